// Byte stream: reads a file front to back through a small window, inflating
// it on the fly when it is gzip.
//
// A WARC file can be gigabytes, so nothing here ever holds the whole file:
// the window holds the bytes the caller has peeked at but not consumed, plus
// one chunk read (or inflated) ahead. Before each new chunk the consumed
// prefix of the window is dropped, so the window stays about as large as the
// biggest single Peek the caller makes plus a chunk. Gzip files are inflated
// by one z_stream that is reset at the start of each member, as gzip(1) joins
// concatenated members; bytes after the last member that do not start another
// member (zero padding) end the data. Web archives are written with one gzip
// member per record so that an index can point into the middle of the file;
// the stream remembers where each member starts, in the file and in the
// inflated data, until the cursor has passed it, so the caller can learn the
// file offset of the member a record begins in.
#include "input/byte_stream.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include "input/gzip_reader.h"
#include "input/reader.h"

namespace lede::detail {

namespace {

// Bytes read from the file per fread call: large enough for few system
// calls, small enough that the window stays small.
constexpr size_t kReadChunkBytes = 64 * 1024;
// Inflated bytes produced per inflate round; also the most the window grows
// past what the caller asked for.
constexpr size_t kInflateChunkBytes = 64 * 1024;
// windowBits for inflateInit2: the largest window (15) plus 16, which makes
// zlib expect and check a gzip header and trailer rather than a zlib one.
constexpr int kGzipWindowBits = 15 + 16;
// Bytes of gzip magic needed to tell whether another member follows.
constexpr size_t kGzipMagicBytes = 2;

}  // namespace

Result<std::unique_ptr<ByteStream>> ByteStream::Open(const std::string& path) {
  if (path.empty()) return Status::NotFound("no such file");
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) return StatusFromErrno(errno);
  if (S_ISDIR(info.st_mode)) return Status::IsDirectory("is a directory");
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return StatusFromErrno(errno);
  std::unique_ptr<ByteStream> stream(new ByteStream(file, false));
  Result<size_t> got = stream->RefillInput();
  if (!got.ok()) return got.status();
  const std::string_view first(stream->input_.data(), stream->zstream_.avail_in);
  if (LooksGzipped(first)) {
    if (inflateInit2(&stream->zstream_, kGzipWindowBits) != Z_OK) {
      return Status::Internal("zlib could not start inflating");
    }
    stream->zstream_ready_ = true;
    stream->gzipped_ = true;
    stream->members_.push_back({0, 0});
  } else {
    // A plain file: what was read is the first chunk of the data itself.
    stream->window_.assign(first);
    stream->produced_ = first.size();
    stream->zstream_.avail_in = 0;
    std::string().swap(stream->input_);
    stream->at_end_ = first.empty();
  }
  return stream;
}

ByteStream::ByteStream(std::FILE* file, bool gzipped) : file_(file), gzipped_(gzipped) {}

ByteStream::~ByteStream() {
  if (zstream_ready_) inflateEnd(&zstream_);
  std::fclose(file_);
}

Result<std::string_view> ByteStream::Peek(size_t min_bytes) {
  while (window_.size() - window_start_ < min_bytes && !at_end_) {
    Status status = ReadMore();
    if (!status.ok()) return status;
  }
  return std::string_view(window_).substr(window_start_);
}

void ByteStream::Consume(size_t n) {
  window_start_ += n;
  position_ += n;
  PruneMembers();
}

uint64_t ByteStream::SourceOffset() {
  if (!gzipped_) return position_;
  PruneMembers();
  return members_.front().file_offset;
}

void ByteStream::PruneMembers() {
  while (members_.size() >= 2 && members_[1].inflated_position <= position_) members_.pop_front();
}

Status ByteStream::ReadMore() {
  window_.erase(0, window_start_);
  window_start_ = 0;
  if (gzipped_) return InflateMore();
  const size_t before = window_.size();
  window_.resize(before + kReadChunkBytes);
  const size_t got = std::fread(window_.data() + before, 1, kReadChunkBytes, file_);
  window_.resize(before + got);
  produced_ += got;
  if (got == 0) {
    if (std::ferror(file_)) return StatusFromErrno(errno == 0 ? EIO : errno);
    at_end_ = true;
  }
  return Status::Ok();
}

Result<size_t> ByteStream::RefillInput() {
  if (input_.size() != kReadChunkBytes) input_.resize(kReadChunkBytes);
  const size_t kept = zstream_.avail_in;
  if (kept > 0 && reinterpret_cast<char*>(zstream_.next_in) != input_.data()) {
    std::memmove(input_.data(), zstream_.next_in, kept);
  }
  const size_t got = std::fread(input_.data() + kept, 1, kReadChunkBytes - kept, file_);
  if (got == 0 && std::ferror(file_)) return StatusFromErrno(errno == 0 ? EIO : errno);
  file_read_ += got;
  zstream_.next_in = reinterpret_cast<Bytef*>(input_.data());
  zstream_.avail_in = static_cast<uInt>(kept + got);
  return got;
}

Status ByteStream::InflateMore() {
  if (member_done_) {
    if (zstream_.avail_in < kGzipMagicBytes) {
      Result<size_t> got = RefillInput();
      if (!got.ok()) return got.status();
    }
    const std::string_view rest(reinterpret_cast<const char*>(zstream_.next_in), zstream_.avail_in);
    if (!LooksGzipped(rest)) {  // the end, or padding after the last member
      at_end_ = true;
      return Status::Ok();
    }
    if (inflateReset(&zstream_) != Z_OK)
      return Status::Unreadable("corrupt gzip data: cannot read the next member");
    members_.push_back({produced_, file_read_ - zstream_.avail_in});
    member_done_ = false;
  }
  const size_t before = window_.size();
  window_.resize(before + kInflateChunkBytes);
  zstream_.next_out = reinterpret_cast<Bytef*>(window_.data() + before);
  zstream_.avail_out = static_cast<uInt>(kInflateChunkBytes);
  Status status = Status::Ok();
  for (;;) {
    if (zstream_.avail_in == 0) {
      Result<size_t> got = RefillInput();
      if (!got.ok()) {
        status = got.status();
        break;
      }
      if (got.value() == 0) {
        status = Status::Unreadable("corrupt gzip data: unexpected end of data (truncated file?)");
        break;
      }
    }
    const int code = inflate(&zstream_, Z_NO_FLUSH);
    if (code == Z_STREAM_END) {
      member_done_ = true;
      break;
    }
    if (code != Z_OK && !(code == Z_BUF_ERROR && zstream_.avail_in == 0)) {
      status = Status::Unreadable(std::string("corrupt gzip data: ") +
                                  (zstream_.msg != nullptr ? zstream_.msg : "invalid data"));
      break;
    }
    if (zstream_.avail_out < kInflateChunkBytes) break;  // some output: hand it over
  }
  const size_t got = kInflateChunkBytes - zstream_.avail_out;
  window_.resize(before + got);
  produced_ += got;
  return status;
}

}  // namespace lede::detail
