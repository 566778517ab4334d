// WARC reader: streams the HTML responses out of a web archive (WARC) file.
#ifndef LEDE_SRC_INPUT_WARC_READER_H_
#define LEDE_SRC_INPUT_WARC_READER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "lede/status.h"

namespace lede::detail {

class ByteStream;

// Returns true when `path` names a WARC file by its extension (.warc,
// .warc.gz, case-insensitive).
bool HasWarcExtension(std::string_view path);

// Returns true when the first bytes of a file (already inflated if the file
// is gzip) start a WARC record ("WARC/1.0" or "WARC/1.1").
bool LooksLikeWarc(std::string_view first_bytes);

// Holds one HTML response of a WARC file.
struct WarcRecord {
  std::string target_uri;  // WARC-Target-URI
  std::string date;        // WARC-Date as written (ISO 8601, e.g. 2019-11-19T11:00:09Z)
  std::string charset;     // charset= of the HTTP Content-Type header ("" when none), trimmed, unquoted
  std::string payload;  // the HTTP body: chunked transfer-encoding and gzip/deflate Content-Encoding undone
  uint64_t offset = 0;  // byte offset of the record in the file (of its gzip member for .warc.gz)
  Status status;        // Ok, or why this record's page cannot be used (TooLarge, Unreadable)
};

// Reads the HTML responses of one WARC file in order, one at a time.
class WarcReader {
 public:
  // Returns a reader of the WARC at `path` (plain, or gzip: detected by the
  // magic bytes, members concatenated), or NotFound / IsDirectory /
  // Unreadable. A record payload over max_record_bytes is skipped without
  // being held in memory and reported as a record with a TooLarge status.
  static Result<std::unique_ptr<WarcReader>> Open(const std::string& path, size_t max_record_bytes);
  ~WarcReader();
  WarcReader(const WarcReader&) = delete;
  WarcReader& operator=(const WarcReader&) = delete;

  // Returns true and fills *record with the next `response` record whose
  // HTTP payload is HTML; false at the end of the file; Unreadable when the
  // file is corrupt beyond recovery (bad gzip, a record header without
  // Content-Length, truncated): the caller then stops reading this file.
  Result<bool> Next(WarcRecord* record);

 private:
  // What reading one response record came to.
  enum class Outcome { kSkip, kReturn };

  WarcReader(std::unique_ptr<ByteStream> stream, size_t max_record_bytes);
  // Reads the HTTP response in the current record's block into *record.
  Result<Outcome> ReadResponse(WarcRecord* record);
  // Returns the next line of the block (LF included, "" at the block's end),
  // or Unreadable when the file ends first; *too_long when it passes `limit`.
  Result<std::string> ReadBlockLine(size_t limit, bool* too_long);
  // Appends the next `n` bytes of the block to *out.
  Status ReadBlockBytes(uint64_t n, std::string* out);
  // Drops the rest of the current record's block without holding it.
  Status SkipBlock();

  std::unique_ptr<ByteStream> stream_;
  size_t max_record_bytes_;
  uint64_t block_left_ = 0;     // bytes of the current record's block not yet read
  uint64_t record_offset_ = 0;  // offset of the current record, for messages
};

}  // namespace lede::detail

#endif  // LEDE_SRC_INPUT_WARC_READER_H_
