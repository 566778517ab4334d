// Gzip reader: inflates gzip-compressed input in memory with zlib.
//
// The compressed bytes are already in memory (the reader has applied
// --max-bytes to them); inflation writes into the output string one chunk at
// a time and stops as soon as the output passes max_bytes, so a gzip bomb
// (a few kilobytes that inflate to gigabytes) costs at most max_bytes plus
// one chunk of memory. The output is reserved once from the size the gzip
// trailer records (capped by the limit: the trailer is untrusted), so the
// string does not double its way up to twice the output's size. A file may hold several gzip members one after
// another (`cat a.gz b.gz`); each is inflated in turn, as gzip(1) does.
// Bytes after the last member that are not another member (tar-style zero
// padding) are ignored, also as gzip(1) does.
#include "input/gzip_reader.h"

#include <zlib.h>

#include <algorithm>
#include <string>

namespace lede::detail {

namespace {

// Bytes inflated per call: large enough for few calls, and the most the
// output can overshoot max_bytes before the limit is noticed.
constexpr size_t kInflateChunkBytes = 64 * 1024;
// Most compressed bytes handed to zlib per slice: its avail_in is a 32-bit
// uInt, so larger inputs are fed in slices.
constexpr size_t kMaxFeedBytes = size_t{1} << 30;
// windowBits for inflateInit2: the largest window (15) plus 16, which makes
// zlib expect and check a gzip header and trailer rather than a zlib one.
constexpr int kGzipWindowBits = 15 + 16;

// Returns the failure for a stream zlib rejects, with zlib's own reason.
Status CorruptStatus(const z_stream& stream, const char* fallback) {
  return Status::Unreadable(std::string("corrupt gzip data: ") + (stream.msg != nullptr ? stream.msg : fallback));
}

// Owns a z_stream set up for gzip inflation and ends it on scope exit.
class Inflater {
 public:
  Inflater() { ok_ = inflateInit2(&stream_, kGzipWindowBits) == Z_OK; }
  ~Inflater() {
    if (ok_) inflateEnd(&stream_);
  }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;

  // Returns true when zlib could set up the stream.
  bool ok() const { return ok_; }
  // Returns the stream.
  z_stream& stream() { return stream_; }

 private:
  z_stream stream_{};
  bool ok_ = false;
};

// Returns the size the last member's trailer records (ISIZE: the
// uncompressed size modulo 2^32, little-endian), a hint for the output size.
size_t TrailerSize(std::string_view compressed) {
  if (compressed.size() < 4) return 0;
  size_t size = 0;
  for (int i = 1; i <= 4; ++i) size = (size << 8) | static_cast<unsigned char>(compressed[compressed.size() - i]);
  return size;
}

}  // namespace

bool LooksGzipped(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

Result<std::string> InflateGzip(std::string_view compressed, size_t max_bytes) {
  if (!LooksGzipped(compressed)) return Status::Unreadable("corrupt gzip data: not in gzip format");
  Inflater inflater;
  if (!inflater.ok()) return Status::Internal("zlib could not start inflating");
  z_stream& stream = inflater.stream();
  // zlib's API takes non-const input pointers but never writes through them.
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  size_t unfed = compressed.size();
  std::string out;
  out.reserve(std::min(TrailerSize(compressed), max_bytes) + kInflateChunkBytes);
  for (;;) {
    if (stream.avail_in == 0 && unfed > 0) {
      stream.avail_in = static_cast<uInt>(std::min(unfed, kMaxFeedBytes));
      unfed -= stream.avail_in;
    }
    const size_t before = out.size();
    out.resize(before + kInflateChunkBytes);
    stream.next_out = reinterpret_cast<Bytef*>(out.data() + before);
    stream.avail_out = static_cast<uInt>(kInflateChunkBytes);
    const int code = inflate(&stream, Z_NO_FLUSH);
    out.resize(out.size() - stream.avail_out);
    if (out.size() > max_bytes) {
      return Status::TooLarge("decompressed input is larger than " + std::to_string(max_bytes) +
                              " bytes (--max-bytes)");
    }
    if (code == Z_STREAM_END) {
      const std::string_view rest(reinterpret_cast<const char*>(stream.next_in), stream.avail_in + unfed);
      if (!LooksGzipped(rest)) break;  // the end, or padding after the last member
      if (inflateReset(&stream) != Z_OK) return CorruptStatus(stream, "cannot read the next member");
      continue;
    }
    // With fresh output space, no progress (Z_BUF_ERROR) or an unfilled
    // output with no input left means the input ended inside a member.
    const bool input_spent = stream.avail_in == 0 && unfed == 0;
    if (code == Z_BUF_ERROR || (code == Z_OK && input_spent && stream.avail_out != 0)) {
      return Status::Unreadable("corrupt gzip data: unexpected end of data (truncated file?)");
    }
    if (code != Z_OK) return CorruptStatus(stream, "invalid data");
  }
  return out;
}

}  // namespace lede::detail
