// HTTP message helpers for WARC response records: header fields, status,
// media type and charset, and body decoding.
#ifndef LEDE_SRC_INPUT_HTTP_MESSAGE_H_
#define LEDE_SRC_INPUT_HTTP_MESSAGE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lede/status.h"

namespace lede::detail {

// Holds header fields in order, names lowercased.
using Headers = std::vector<std::pair<std::string, std::string>>;

// Returns `text` without leading and trailing spaces, tabs, CR and LF.
std::string_view TrimField(std::string_view text);

// Returns true when `text` starts with `prefix`, ignoring ASCII case.
bool StartsWithNoCase(std::string_view text, std::string_view prefix);

// Adds one header line to *headers; a line starting with a space or tab
// continues the previous field (obsolete folding, still found in old crawls).
void AddHeaderLine(std::string_view line, Headers* headers);

// Returns the value of the first field named `name` (lower case), "" if none.
std::string_view FindHeader(const Headers& headers, std::string_view name);

// Returns the decimal number in `text`, or -1 when it is not one.
int64_t ParseLength(std::string_view text);

// Returns the status code of an HTTP status line ("HTTP/1.1 200 OK"), or -1.
int ParseHttpStatus(std::string_view line);

// Returns the media type of a Content-Type value, lower case ("text/html").
std::string MediaType(std::string_view content_type);

// Returns true for the media types of HTML pages.
bool IsHtmlMediaType(std::string_view media_type);

// Returns the charset parameter of a Content-Type value, trimmed and
// unquoted ("" when there is none).
std::string CharsetOf(std::string_view content_type);

// Returns true when a body starts like an HTML document: a doctype or an
// <html> tag after at most a UTF-8 BOM and whitespace.
bool SniffsAsHtml(std::string_view body);

// Undoes chunked transfer-encoding of *body. A body whose first
// line is not a chunk size was stored de-chunked already (some crawlers do)
// and is left as is; a body cut short keeps the chunks that arrived.
void Dechunk(std::string* body);

// Returns the body with its Content-Encoding (a comma-separated list,
// applied in order, so undone from the last) undone, or TooLarge past
// max_bytes, or Unreadable for an encoding lede cannot undo or corrupt data.
Result<std::string> Decode(std::string body, std::string_view encodings, size_t max_bytes);

}  // namespace lede::detail

#endif  // LEDE_SRC_INPUT_HTTP_MESSAGE_H_
