// WARC reader: streams the HTML responses out of a web archive (WARC) file.
//
// A WARC file is a sequence of records, each a header block ("WARC/1.0",
// then "Name: value" lines, then a blank line) followed by exactly
// Content-Length bytes of block and a CRLF CRLF separator. Crawls are large
// (a Common Crawl file is about 1 GB compressed), so the file is read through
// a ByteStream window one record at a time and nothing is kept between
// records: the header is parsed line by line, blocks of records we do not
// want (warcinfo, request, metadata, revisit, non-HTML or non-2xx responses)
// are skipped by consuming them chunk by chunk, and only the body of a
// wanted HTML response is held, and only when it fits max_record_bytes.
// The block of a response record is the HTTP response as it came off the
// wire: its status line and headers are parsed the same way as the WARC
// header, then the body is de-chunked and inflated when the HTTP headers say
// so. Problems inside one response (bad HTTP, bad encoding, too large) are
// reported on that record and reading goes on; problems in the WARC framing
// (no Content-Length, a truncated file, corrupt gzip) end the file, because
// after them there is no way to know where the next record starts.
#include "input/warc_reader.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "input/byte_stream.h"
#include "input/http_message.h"
#include "text/char_class.h"

namespace lede::detail {

namespace {

// Longest WARC record header accepted. Real ones are under 2 KB; anything
// this long means the reader is not looking at a header at all.
constexpr size_t kMaxWarcHeaderBytes = 64 * 1024;
// Longest HTTP header section accepted (status line and all headers).
// Servers cap theirs at 8-64 KB; past this the response is treated as corrupt.
constexpr size_t kMaxHttpHeaderBytes = 64 * 1024;
// Body bytes looked at to decide whether a response without a Content-Type
// is HTML: the doctype or <html> tag comes first, after at most a BOM and
// some whitespace.
constexpr size_t kSniffBytes = 1024;
// Most bytes copied or skipped per window peek, so the window never grows
// past about this plus one read chunk however large the block is.
constexpr size_t kCopyChunkBytes = 64 * 1024;

// Returns the next line of `stream` (LF included) of at most `cap` bytes:
// shorter, without LF, at the cap or at the end of the data. Sets *too_long
// and stops when the line passes `limit` bytes.
Result<std::string> ReadLine(ByteStream& stream, uint64_t cap, size_t limit, bool* too_long) {
  std::string line;
  *too_long = false;
  while (line.size() < cap) {
    Result<std::string_view> window = stream.Peek(1);
    if (!window.ok()) return window.status();
    if (window.value().empty()) break;
    const std::string_view view = window.value().substr(
        0, static_cast<size_t>(std::min<uint64_t>(window.value().size(), cap - line.size())));
    const size_t lf = view.find('\n');
    const size_t take = lf == std::string_view::npos ? view.size() : lf + 1;
    if (line.size() + take > limit) {
      *too_long = true;
      break;
    }
    line.append(view.substr(0, take));
    stream.Consume(take);
    if (lf != std::string_view::npos) break;
  }
  return line;
}

// Returns the fields of the WARC record header at the stream's cursor (the
// "WARC/1.x" line, fields, blank line), or Unreadable when there is none or
// the file ends inside it; `where` names the record in messages.
Result<Headers> ReadWarcHeader(ByteStream& stream, const std::string& where) {
  Headers warc;
  bool too_long = false;
  size_t header_bytes = 0;
  bool first = true;
  for (;;) {
    Result<std::string> line = ReadLine(stream, UINT64_MAX, kMaxWarcHeaderBytes - header_bytes, &too_long);
    if (!line.ok()) return line.status();
    if (too_long) return Status::Unreadable("WARC record header too long" + where);
    if (line.value().empty() || line.value().back() != '\n') {
      return Status::Unreadable("WARC file ends inside a record header" + where + " (truncated?)");
    }
    header_bytes += line.value().size();
    const std::string_view text = TrimField(line.value());
    if (first) {
      if (!StartsWithNoCase(text, "warc/")) return Status::Unreadable("no WARC record" + where);
      first = false;
      continue;
    }
    if (text.empty()) return warc;
    AddHeaderLine(std::string_view(line.value()).substr(0, line.value().find_last_not_of("\r\n") + 1), &warc);
  }
}

}  // namespace

bool HasWarcExtension(std::string_view path) {
  const std::string lower = AsciiLower(path.substr(path.size() > 8 ? path.size() - 8 : 0));
  const auto ends_with = [&](std::string_view suffix) {
    return lower.size() >= suffix.size() &&
           lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends_with(".warc") || ends_with(".warc.gz");
}

bool LooksLikeWarc(std::string_view first_bytes) {
  return first_bytes.substr(0, 8) == "WARC/1.0" || first_bytes.substr(0, 8) == "WARC/1.1";
}

Result<std::unique_ptr<WarcReader>> WarcReader::Open(const std::string& path, size_t max_record_bytes) {
  Result<std::unique_ptr<ByteStream>> stream = ByteStream::Open(path);
  if (!stream.ok()) return stream.status();
  return std::unique_ptr<WarcReader>(new WarcReader(std::move(stream).value(), max_record_bytes));
}

WarcReader::WarcReader(std::unique_ptr<ByteStream> stream, size_t max_record_bytes)
    : stream_(std::move(stream)), max_record_bytes_(max_record_bytes) {}

WarcReader::~WarcReader() = default;

Result<bool> WarcReader::Next(WarcRecord* record) {
  for (;;) {
    // 1. Skip the CR LF separators after the previous record.
    for (;;) {
      Result<std::string_view> window = stream_->Peek(1);
      if (!window.ok()) return window.status();
      if (window.value().empty()) return false;
      const size_t blank = std::min(window.value().find_first_not_of("\r\n"), window.value().size());
      if (blank == 0) break;
      stream_->Consume(blank);
    }
    record_offset_ = stream_->SourceOffset();
    const std::string where = " at offset " + std::to_string(record_offset_);

    // 2. Read the WARC header up to its blank line.
    Result<Headers> header = ReadWarcHeader(*stream_, where);
    if (!header.ok()) return header.status();
    const Headers& warc = header.value();
    const int64_t length = ParseLength(FindHeader(warc, "content-length"));
    if (length < 0) return Status::Unreadable("WARC record without a valid Content-Length" + where);
    block_left_ = static_cast<uint64_t>(length);

    // 3. Keep only responses carrying HTTP; read their HTTP response.
    const std::string type = AsciiLower(FindHeader(warc, "warc-type"));
    const std::string_view block_type = FindHeader(warc, "content-type");
    Outcome outcome = Outcome::kSkip;
    if (type == "response" && (block_type.empty() || StartsWithNoCase(block_type, "application/http"))) {
      *record = WarcRecord();
      std::string_view uri = FindHeader(warc, "warc-target-uri");
      if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>') uri = uri.substr(1, uri.size() - 2);
      record->target_uri = std::string(uri);
      record->date = std::string(FindHeader(warc, "warc-date"));
      record->offset = record_offset_;
      Result<Outcome> read = ReadResponse(record);
      if (!read.ok()) return read.status();
      outcome = read.value();
    }
    // 4. Drop what is left of the block; the separator goes in step 1.
    Status skipped = SkipBlock();
    if (!skipped.ok()) return skipped;
    if (outcome == Outcome::kReturn) return true;
  }
}

Result<WarcReader::Outcome> WarcReader::ReadResponse(WarcRecord* record) {
  // The status line and headers, up to the blank line.
  bool too_long = false;
  Result<std::string> status_line = ReadBlockLine(kMaxHttpHeaderBytes, &too_long);
  if (!status_line.ok()) return status_line.status();
  const int code = ParseHttpStatus(TrimField(status_line.value()));
  if (code < 0 || too_long) {
    record->status = Status::Unreadable("corrupt HTTP response: no status line");
    return Outcome::kReturn;
  }
  if (code / 100 != 2) return Outcome::kSkip;  // redirects, errors, 1xx
  Headers http;
  size_t header_bytes = status_line.value().size();
  bool complete = false;
  for (;;) {
    Result<std::string> line =
        ReadBlockLine(kMaxHttpHeaderBytes - std::min(header_bytes, kMaxHttpHeaderBytes), &too_long);
    if (!line.ok()) return line.status();
    if (too_long) {
      record->status = Status::Unreadable("corrupt HTTP response: headers longer than " +
                                          std::to_string(kMaxHttpHeaderBytes) + " bytes");
      return Outcome::kReturn;
    }
    if (line.value().empty()) break;  // the block ended inside the headers
    header_bytes += line.value().size();
    const std::string_view text =
        std::string_view(line.value()).substr(0, line.value().find_last_not_of("\r\n") + 1);
    if (TrimField(text).empty() && line.value().back() == '\n') {
      complete = true;
      break;
    }
    if (!text.empty()) AddHeaderLine(text, &http);
  }

  // Is it HTML? By the Content-Type, or later by the body's start.
  const std::string_view content_type = FindHeader(http, "content-type");
  const std::string media_type = MediaType(content_type);
  const bool sniff = media_type.empty();
  if (!sniff && !IsHtmlMediaType(media_type)) return Outcome::kSkip;
  record->charset = CharsetOf(content_type);
  if (!complete) {
    record->status = Status::Unreadable("corrupt HTTP response: headers have no blank line after them");
    return Outcome::kReturn;
  }

  // The body: skipped when too large, else read, de-chunked and decoded.
  const std::string too_large = "page is larger than " + std::to_string(max_record_bytes_) + " bytes";
  if (block_left_ > max_record_bytes_) {
    if (sniff) {
      Result<std::string_view> start = stream_->Peek(kSniffBytes);
      if (!start.ok()) return start.status();
      if (!SniffsAsHtml(start.value().substr(0, std::min<uint64_t>(kSniffBytes, block_left_))))
        return Outcome::kSkip;
    }
    record->status = Status::TooLarge(too_large);
    return Outcome::kReturn;
  }
  std::string body;
  Status read = ReadBlockBytes(block_left_, &body);
  if (!read.ok()) return read;
  if (AsciiLower(FindHeader(http, "transfer-encoding")).find("chunked") != std::string::npos) Dechunk(&body);
  Result<std::string> decoded =
      Decode(std::move(body), FindHeader(http, "content-encoding"), max_record_bytes_);
  if (!decoded.ok()) {
    record->status =
        decoded.status().code() == StatusCode::kTooLarge ? Status::TooLarge(too_large) : decoded.status();
    return Outcome::kReturn;
  }
  if (sniff && !SniffsAsHtml(std::string_view(decoded.value()).substr(0, kSniffBytes))) return Outcome::kSkip;
  record->payload = std::move(decoded).value();
  return Outcome::kReturn;
}

Result<std::string> WarcReader::ReadBlockLine(size_t limit, bool* too_long) {
  Result<std::string> line = ReadLine(*stream_, block_left_, limit, too_long);
  if (!line.ok()) return line;
  block_left_ -= line.value().size();
  if (!*too_long && block_left_ > 0 && (line.value().empty() || line.value().back() != '\n')) {
    return Status::Unreadable("WARC file ends inside a record at offset " + std::to_string(record_offset_) +
                              " (truncated?)");
  }
  return line;
}

Status WarcReader::ReadBlockBytes(uint64_t n, std::string* out) {
  out->reserve(out->size() + static_cast<size_t>(n));
  while (n > 0) {
    Result<std::string_view> window =
        stream_->Peek(static_cast<size_t>(std::min<uint64_t>(n, kCopyChunkBytes)));
    if (!window.ok()) return window.status();
    if (window.value().empty()) {
      return Status::Unreadable("WARC file ends inside a record at offset " + std::to_string(record_offset_) +
                                " (truncated?)");
    }
    const size_t take = static_cast<size_t>(std::min<uint64_t>(n, window.value().size()));
    out->append(window.value().substr(0, take));
    stream_->Consume(take);
    n -= take;
    block_left_ -= take;
  }
  return Status::Ok();
}

Status WarcReader::SkipBlock() {
  while (block_left_ > 0) {
    Result<std::string_view> window = stream_->Peek(1);
    if (!window.ok()) return window.status();
    if (window.value().empty()) {
      return Status::Unreadable("WARC file ends inside a record at offset " + std::to_string(record_offset_) +
                                " (truncated?)");
    }
    const size_t take = static_cast<size_t>(std::min<uint64_t>(block_left_, window.value().size()));
    stream_->Consume(take);
    block_left_ -= take;
  }
  return Status::Ok();
}

}  // namespace lede::detail
