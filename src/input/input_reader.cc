// Input reader: turns a run's list of inputs into a stream of article inputs.
//
// A plain file (or stdin, or a .gz file) is read whole, up to --max-bytes,
// and is one article. A WARC file is one article per HTML response record:
// it is recognised by its name (.warc, .warc.gz) before it is read, so a
// multi-gigabyte crawl file is never loaded, or by its content after a plain
// read (a WARC saved under another name, within --max-bytes), and is then
// read record by record by the WARC reader. A WARC file that turns out
// corrupt part-way gives one failed input after the records read so far,
// and the run goes on with the next file.
//
// Progress counts the inputs' sizes on disk, stat()ed once when the reader
// is made: a plain file counts when it has been read, a WARC file as far as
// its last record's offset. The counters are atomics because a progress
// display reads them from another thread while the reader advances.
#include <sys/stat.h>

#include <atomic>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "input/reader.h"
#include "input/warc_reader.h"
#include "lede/inputs.h"

namespace lede {

struct InputReader::State {
  std::vector<InputPath> inputs;
  std::vector<uint64_t> sizes;  // on-disk size of each input, 0 when unknown
  size_t max_bytes = 0;
  size_t next = 0;                                // index of the next input to open
  std::unique_ptr<detail::WarcReader> warc;       // the WARC file being read, if any
  std::string warc_path;                          // its path, for the records' names
  uint64_t warc_size = 0;                         // its size on disk
  uint64_t bytes_before = 0;                      // bytes of the inputs finished before the current one
  std::atomic<uint64_t> bytes_read{0};
  std::atomic<size_t> files_read{0};
  std::atomic<bool> opened_warc{false};
  uint64_t bytes_total = 0;
};

namespace {

// Returns the size of the file at `path` on disk, 0 for stdin or when unknown.
uint64_t FileSize(const std::string& path) {
  struct stat info;
  if (path == "-" || ::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return 0;
  return static_cast<uint64_t>(info.st_size);
}

// Returns the name of a WARC record's article: the file and the record's
// offset in it, the address Common Crawl's indexes give.
std::string RecordPath(const std::string& warc_path, uint64_t offset) {
  return warc_path + "#" + std::to_string(offset);
}

// Returns a failed input named `path`.
Input Failed(std::string path, Status status) {
  Input input;
  input.info.path = std::move(path);
  input.status = std::move(status);
  return input;
}

}  // namespace

InputReader::InputReader(std::vector<InputPath> inputs, size_t max_bytes) : state_(std::make_unique<State>()) {
  state_->inputs = std::move(inputs);
  state_->max_bytes = max_bytes;
  state_->sizes.reserve(state_->inputs.size());
  for (const InputPath& input : state_->inputs) {
    state_->sizes.push_back(input.status.ok() ? FileSize(input.path) : 0);
    state_->bytes_total += state_->sizes.back();
  }
}

InputReader::~InputReader() = default;

bool InputReader::Next(Input* input) {
  State& s = *state_;
  // Finishes the current input: its whole size counts as read.
  auto finish = [&s](uint64_t size) {
    s.bytes_before += size;
    s.bytes_read.store(s.bytes_before);
    s.files_read.fetch_add(1);
  };
  while (true) {
    if (s.warc != nullptr) {
      detail::WarcRecord record;
      Result<bool> more = s.warc->Next(&record);
      if (more.ok() && more.value()) {
        s.bytes_read.store(s.bytes_before + record.offset);
        *input = Input{};
        input->info = InputInfo{RecordPath(s.warc_path, record.offset), std::move(record.target_uri),
                                std::move(record.date), std::move(record.charset)};
        input->bytes = std::move(record.payload);
        input->status = std::move(record.status);
        if (!input->status.ok()) input->bytes.clear();
        return true;
      }
      s.warc.reset();
      finish(s.warc_size);
      if (!more.ok()) {
        *input = Failed(s.warc_path, more.status());
        return true;
      }
      continue;
    }
    if (s.next >= s.inputs.size()) return false;
    const size_t index = s.next++;
    const InputPath& path = s.inputs[index];
    if (!path.status.ok()) {
      finish(0);
      *input = Failed(path.path, path.status);
      return true;
    }
    if (path.path == "-" || !detail::HasWarcExtension(path.path)) {
      Result<std::string> bytes = detail::ReadAll(path.path, s.max_bytes);
      if (!bytes.ok()) {
        finish(s.sizes[index]);
        *input = Failed(path.path, bytes.status());
        return true;
      }
      if (!detail::LooksLikeWarc(bytes.value())) {
        finish(s.sizes[index]);
        *input = Input{};
        input->info.path = path.path;
        input->bytes = std::move(bytes).value();
        return true;
      }
      if (path.path == "-") {
        finish(0);
        *input = Failed(path.path, Status::InvalidArgument("a WARC file cannot be read from stdin: give its path"));
        return true;
      }
      // A WARC under another name: read it again, record by record.
    }
    Result<std::unique_ptr<detail::WarcReader>> warc = detail::WarcReader::Open(path.path, s.max_bytes);
    if (!warc.ok()) {
      finish(s.sizes[index]);
      *input = Failed(path.path, warc.status());
      return true;
    }
    s.warc = std::move(warc).value();
    s.opened_warc.store(true);
    s.warc_path = path.path;
    s.warc_size = s.sizes[index];
  }
}

size_t InputReader::files_total() const { return state_->inputs.size(); }
size_t InputReader::files_read() const { return state_->files_read.load(); }
uint64_t InputReader::bytes_total() const { return state_->bytes_total; }
uint64_t InputReader::bytes_read() const { return state_->bytes_read.load(); }
bool InputReader::opened_warc() const { return state_->opened_warc.load(); }

}  // namespace lede
