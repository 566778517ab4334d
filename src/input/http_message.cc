// HTTP messages inside WARC response records: header fields, status,
// media type and charset, and the body's transfer and content encodings.
//
// A response record's block is the HTTP response as it came off the wire, so
// its header section is parsed like the WARC header (name: value lines,
// folded continuation lines joined) and its body is decoded the way a
// browser would: chunked transfer-encoding removed, then each
// Content-Encoding (gzip, deflate, in the order applied) undone with zlib,
// stopping at the record size limit so a compressed bomb costs no more than
// the limit.
#include "input/http_message.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>

#include "text/char_class.h"

namespace lede::detail {

namespace {

// Most decimal digits in a Content-Length: 19 always fits in 64 bits.
constexpr size_t kMaxLengthDigits = 19;
// Most hex digits in an HTTP chunk size: 15 always fits in 64 bits.
constexpr size_t kMaxChunkSizeDigits = 15;
// Inflated bytes produced per zlib call when undoing a Content-Encoding.
constexpr size_t kInflateChunkBytes = 64 * 1024;
// windowBits for inflateInit2: the largest window (15) plus 32, which makes
// zlib detect a gzip or a zlib header by itself.
constexpr int kAutoHeaderWindowBits = 15 + 32;
// windowBits for raw deflate data, which some servers send as "deflate".
constexpr int kRawDeflateWindowBits = -15;

// Returns the value of a hex digit, or -1 for any other character.
int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Returns `data` inflated with zlib (window_bits picks the header kind), or
// TooLarge past max_bytes, or Unreadable for data zlib rejects. A stream cut
// short keeps what inflated, since a truncated page is still a page.
Result<std::string> Inflate(std::string_view data, int window_bits, size_t max_bytes) {
  z_stream stream{};
  if (inflateInit2(&stream, window_bits) != Z_OK) return Status::Internal("zlib could not start inflating");
  // zlib's API takes non-const input pointers but never writes through them.
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());  // bodies are under max_record_bytes
  std::string out;
  int code = Z_OK;
  while (code == Z_OK) {
    const size_t before = out.size();
    out.resize(before + kInflateChunkBytes);
    stream.next_out = reinterpret_cast<Bytef*>(out.data() + before);
    stream.avail_out = static_cast<uInt>(kInflateChunkBytes);
    code = inflate(&stream, Z_NO_FLUSH);
    out.resize(out.size() - stream.avail_out);
    if (out.size() > max_bytes) code = Z_MEM_ERROR;
    if (code == Z_BUF_ERROR && stream.avail_in == 0 && !out.empty()) code = Z_STREAM_END;  // truncated
  }
  inflateEnd(&stream);
  if (out.size() > max_bytes) {
    return Status::TooLarge("decoded page is larger than " + std::to_string(max_bytes) + " bytes");
  }
  if (code != Z_STREAM_END) return Status::Unreadable("bad Content-Encoding: the body does not inflate");
  return out;
}

}  // namespace


// Returns `text` without leading and trailing spaces, tabs, CR and LF.
std::string_view TrimField(std::string_view text) {
  const size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// Returns true when `text` starts with `prefix`, ignoring ASCII case.
bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && AsciiLower(text.substr(0, prefix.size())) == prefix;
}

// Adds one header line to *headers; a line starting with a space or tab
// continues the previous field (obsolete folding, still found in old crawls).
void AddHeaderLine(std::string_view line, Headers* headers) {
  if ((line[0] == ' ' || line[0] == '\t') && !headers->empty()) {
    headers->back().second += ' ';
    headers->back().second += TrimField(line);
    return;
  }
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return;  // not a field: ignored, as browsers do
  headers->emplace_back(AsciiLower(TrimField(line.substr(0, colon))), std::string(TrimField(line.substr(colon + 1))));
}

// Returns the value of the first field named `name` (lower case), "" if none.
std::string_view FindHeader(const Headers& headers, std::string_view name) {
  for (const auto& [field, value] : headers) {
    if (field == name) return value;
  }
  return {};
}

// Returns the decimal number in `text`, or -1 when it is not one.
int64_t ParseLength(std::string_view text) {
  text = TrimField(text);
  if (text.empty() || text.size() > kMaxLengthDigits) return -1;
  int64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

// Returns the status code of an HTTP status line ("HTTP/1.1 200 OK"), or -1.
int ParseHttpStatus(std::string_view line) {
  if (!StartsWithNoCase(line, "http/")) return -1;
  const size_t space = line.find(' ');
  if (space == std::string_view::npos) return -1;
  const std::string_view rest = TrimField(line.substr(space));
  if (rest.size() < 3) return -1;
  int code = 0;
  for (size_t i = 0; i < 3; ++i) {
    if (rest[i] < '0' || rest[i] > '9') return -1;
    code = code * 10 + (rest[i] - '0');
  }
  return code;
}

// Returns the media type of a Content-Type value, lower case ("text/html").
std::string MediaType(std::string_view content_type) {
  return AsciiLower(TrimField(content_type.substr(0, content_type.find(';'))));
}

// Returns true for the media types of HTML pages.
bool IsHtmlMediaType(std::string_view media_type) {
  return media_type == "text/html" || media_type == "application/xhtml+xml";
}

// Returns the charset parameter of a Content-Type value, trimmed and
// unquoted ("" when there is none).
std::string CharsetOf(std::string_view content_type) {
  size_t semicolon = content_type.find(';');
  while (semicolon != std::string_view::npos) {
    const size_t next = content_type.find(';', semicolon + 1);
    const std::string_view param = content_type.substr(semicolon + 1, next - semicolon - 1);
    const size_t equals = param.find('=');
    if (equals != std::string_view::npos && AsciiLower(TrimField(param.substr(0, equals))) == "charset") {
      std::string_view value = TrimField(param.substr(equals + 1));
      if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
          value.back() == value.front()) {
        value = TrimField(value.substr(1, value.size() - 2));
      } else if (!value.empty() && (value.front() == '"' || value.front() == '\'')) {
        value = TrimField(value.substr(1));  // an unclosed quote
      }
      return std::string(value);
    }
    semicolon = next;
  }
  return "";
}

// Returns true when a body starts like an HTML document: a doctype or an
// <html> tag after at most a UTF-8 BOM and whitespace.
bool SniffsAsHtml(std::string_view body) {
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  const size_t first = body.find_first_not_of(" \t\r\n\f");
  if (first == std::string_view::npos) return false;
  body.remove_prefix(first);
  return StartsWithNoCase(body, "<!doctype html") || StartsWithNoCase(body, "<html");
}

// Undoes chunked transfer-encoding of *body. A body whose first
// line is not a chunk size was stored de-chunked already (some crawlers do)
// and is left as is; a body cut short keeps the chunks that arrived.
void Dechunk(std::string* body) {
  // The chunks are moved down over the size lines in place: the output is
  // never longer than what has been read, and the body needs no second copy.
  const std::string_view in(*body);
  size_t written = 0;
  size_t pos = 0;
  for (;;) {
    const size_t eol = in.find('\n', pos);
    std::string_view size_text = in.substr(pos, eol == std::string_view::npos ? 0 : eol - pos);
    size_text = TrimField(size_text.substr(0, size_text.find(';')));
    uint64_t size = 0;
    bool valid = !size_text.empty() && size_text.size() <= kMaxChunkSizeDigits;
    for (char c : size_text) {
      const int digit = HexDigit(c);
      if (digit < 0) valid = false;
      size = size * 16 + static_cast<uint64_t>(std::max(digit, 0));
    }
    if (!valid) {
      if (pos == 0) return;  // not chunked after all
      break;
    }
    pos = eol + 1;
    if (size == 0) break;
    const size_t take = static_cast<size_t>(std::min<uint64_t>(size, in.size() - pos));
    std::memmove(body->data() + written, body->data() + pos, take);  // written < pos: moves down
    written += take;
    pos += take;
    if (in.substr(pos, 2) == "\r\n") {
      pos += 2;
    } else if (in.substr(pos, 1) == "\n") {
      pos += 1;
    }
  }
  body->resize(written);
}

// Returns the body with its Content-Encoding (a comma-separated list,
// applied in order, so undone from the last) undone.
Result<std::string> Decode(std::string body, std::string_view encodings, size_t max_bytes) {
  std::vector<std::string> codings;
  size_t start = 0;
  while (start <= encodings.size()) {
    const size_t comma = std::min(encodings.find(',', start), encodings.size());
    codings.push_back(AsciiLower(TrimField(encodings.substr(start, comma - start))));
    start = comma + 1;
  }
  for (auto it = codings.rbegin(); it != codings.rend(); ++it) {
    const std::string& coding = *it;
    if (coding.empty() || coding == "identity") continue;
    Result<std::string> inflated = Status::Unreadable("unsupported Content-Encoding: " + coding);
    if (coding == "gzip" || coding == "x-gzip" || coding == "deflate") {
      inflated = Inflate(body, kAutoHeaderWindowBits, max_bytes);
      if (!inflated.ok() && coding == "deflate" && inflated.status().code() != StatusCode::kTooLarge) {
        inflated = Inflate(body, kRawDeflateWindowBits, max_bytes);
      }
    }
    if (!inflated.ok()) return inflated.status();
    body = std::move(inflated).value();
  }
  return body;
}

}  // namespace lede::detail
