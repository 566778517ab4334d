// Inputs: turns the paths a user names (files, directories, list files) into
// the list of inputs to analyse, in order.
//
//   auto list = lede::ReadInput("urls-saved.txt");            // a --from file
//   std::vector<std::string> args = lede::ParseInputList(list.value());
//   for (const lede::InputPath& input : lede::ExpandInputs(args)) {
//     if (!input.status.ok()) { ... input.path, input.status.message() ... }
//     else { ... lede::ReadInput(input.path) ... }
//   }
//
// Or let InputReader read them, WARC files record by record:
//
//   lede::InputReader reader(lede::ExpandInputs(args), lede::Options{}.max_bytes);
//   lede::Input input;
//   while (reader.Next(&input)) {
//     if (input.status.ok()) auto report = lede::Analyze(input.bytes, input.info, options);
//   }
#ifndef LEDE_INPUTS_H_
#define LEDE_INPUTS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lede/analyzer.h"
#include "lede/status.h"

namespace lede {

// Holds one input of a run: its path, and why it cannot be read when
// listing it already failed (an unreadable directory); Ok otherwise.
struct InputPath {
  std::string path;
  Status status;
  bool from_directory = false;  // true when found by expanding a directory
};

// Returns the inputs of a list of arguments, in order: files (and "-") as
// given, directories expanded to the regular files under them in sorted path
// order (names starting with '.' skipped, symlinked directories not
// followed), and a failed entry for a directory that cannot be read or holds
// no file.
std::vector<InputPath> ExpandInputs(const std::vector<std::string>& args);

// Returns the paths listed in the text of a list file: one per line, with
// surrounding spaces and a trailing '\r' removed; blank lines and lines
// starting with '#' are skipped.
std::vector<std::string> ParseInputList(std::string_view text);

// Holds one article's input as read: its bytes and what is known of its
// origin, or why it could not be read.
struct Input {
  InputInfo info;     // path ("crawl.warc.gz#1234" for a WARC record), url, date, charset
  std::string bytes;  // the raw bytes (inflated when gzip); empty when status is not Ok
  Status status;
};

// Reads the articles of a run's inputs in order, one at a time, so memory
// does not grow with the number of inputs: a file (or stdin) is one article;
// a WARC file (.warc, .warc.gz, or any file whose content starts a WARC
// record) is one article per HTML response record, read as a stream.
class InputReader {
 public:
  // Reads `inputs` in order; no input, and no WARC record's payload, may be
  // larger than `max_bytes`.
  InputReader(std::vector<InputPath> inputs, size_t max_bytes);
  ~InputReader();
  InputReader(const InputReader&) = delete;
  InputReader& operator=(const InputReader&) = delete;

  // Returns true and fills *input with the next article's input (or the
  // failure of one input: a missing file, a corrupt WARC); false when every
  // input has been read.
  bool Next(Input* input);

  // Returns the number of inputs named (files, not WARC records).
  size_t files_total() const;
  // Returns the number of inputs read to their end so far.
  size_t files_read() const;
  // Returns the size of the inputs on disk (compressed, as stored), summed
  // when the reader was made; stdin counts 0.
  uint64_t bytes_total() const;
  // Returns how many of bytes_total() have been read so far (within a WARC
  // file: up to its last record read). Safe to call from another thread.
  uint64_t bytes_read() const;
  // Returns true once a WARC file has been opened: the run then has (or may
  // have) several articles even when it names one input.
  bool opened_warc() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace lede

#endif  // LEDE_INPUTS_H_
