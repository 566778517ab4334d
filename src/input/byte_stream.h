// Byte stream: reads a file front to back through a small window, inflating
// it on the fly when it is gzip.
#ifndef LEDE_SRC_INPUT_BYTE_STREAM_H_
#define LEDE_SRC_INPUT_BYTE_STREAM_H_

#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <memory>
#include <string>
#include <string_view>

#include "lede/status.h"

namespace lede::detail {

// Reads the (inflated) bytes of one file in order with bounded memory.
class ByteStream {
 public:
  // Returns a stream over the file at `path` (gzip detected by its magic
  // bytes, members concatenated), or NotFound / IsDirectory / Unreadable.
  static Result<std::unique_ptr<ByteStream>> Open(const std::string& path);
  ~ByteStream();
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;

  // Returns the buffered bytes at the cursor, reading more until at least
  // `min_bytes` are buffered or the data ends (then fewer); Unreadable for a
  // read error or corrupt gzip. The view is valid until the next call.
  Result<std::string_view> Peek(size_t min_bytes);
  // Moves the cursor past `n` buffered bytes (n <= the last Peek's size).
  void Consume(size_t n);
  // Returns how many (inflated) bytes the cursor has moved past.
  uint64_t position() const { return position_; }
  // Returns the file offset of the gzip member holding the byte at the
  // cursor (the cursor's own offset for a plain file). Call after a Peek
  // that returned at least one byte.
  uint64_t SourceOffset();

 private:
  // Remembers where in the file and in the inflated data a gzip member starts.
  struct MemberStart {
    uint64_t inflated_position;
    uint64_t file_offset;
  };

  ByteStream(std::FILE* file, bool gzipped);
  // Appends one more chunk to the window; sets at_end_ when there is none.
  Status ReadMore();
  // Appends one inflated chunk (gzip files); sets at_end_ after the last member.
  Status InflateMore();
  // Moves the unread compressed bytes to the front of input_ and reads more
  // after them; returns how many bytes the file gave (0 at its end).
  Result<size_t> RefillInput();
  // Forgets the members that end before the cursor.
  void PruneMembers();

  std::FILE* file_;
  bool gzipped_;
  bool at_end_ = false;
  std::string window_;  // buffered bytes; the cursor is at window_start_
  size_t window_start_ = 0;
  uint64_t position_ = 0;  // inflated bytes consumed
  uint64_t produced_ = 0;  // inflated bytes appended to the window so far
  // Gzip state.
  z_stream zstream_{};
  bool zstream_ready_ = false;
  bool member_done_ = false;         // the last member hit its end; the next may follow
  std::string input_;                // compressed bytes read from the file
  uint64_t file_read_ = 0;           // compressed bytes read from the file so far
  std::deque<MemberStart> members_;  // members from the cursor's on
};

}  // namespace lede::detail

#endif  // LEDE_SRC_INPUT_BYTE_STREAM_H_
