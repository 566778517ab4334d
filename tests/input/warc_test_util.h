// Test support for WARC input: small WARC files written in the test, plain or
// gzip with one member per record (as crawlers write .warc.gz files).
#ifndef LEDE_TESTS_INPUT_WARC_TEST_UTIL_H_
#define LEDE_TESTS_INPUT_WARC_TEST_UTIL_H_

#include <cstdint>
#include <string>
#include <vector>

#include "input/gzip_test_util.h"

namespace lede::testing {

// Describes one WARC record to write.
struct WarcTestRecord {
  std::string type = "response";              // WARC-Type: response, request, warcinfo, metadata, ...
  std::string target_uri;                     // WARC-Target-URI ("" leaves the field out)
  std::string date = "2019-11-19T11:00:09Z";  // WARC-Date
  std::string block;                          // the record block; for a response, the HTTP response
};

// Returns an HTTP response: status line, `headers` (each "Name: value",
// CRLF-terminated lines, may be ""), a blank line, then `body`.
inline std::string HttpResponse(const std::string& body,
                                const std::string& headers = "Content-Type: text/html; charset=UTF-8\r\n",
                                int status = 200) {
  return "HTTP/1.1 " + std::to_string(status) + (status / 100 == 2 ? " OK" : " Other") + "\r\n" + headers +
         "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

// Returns a response record for an HTML page at `uri`.
inline WarcTestRecord HtmlRecord(const std::string& uri, const std::string& html,
                                 const std::string& date = "2019-11-19T11:00:09Z") {
  return WarcTestRecord{"response", uri, date, HttpResponse(html)};
}

// Returns one record as WARC/1.0 bytes, CRLF CRLF separator included.
inline std::string WarcRecordBytes(const WarcTestRecord& record, int serial) {
  std::string content_type = "application/http; msgtype=" + record.type;
  if (record.type == "warcinfo" || record.type == "metadata") content_type = "application/warc-fields";
  std::string out = "WARC/1.0\r\nWARC-Type: " + record.type + "\r\n";
  out +=
      "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-" + std::to_string(100000000000 + serial) + ">\r\n";
  out += "WARC-Date: " + record.date + "\r\n";
  if (!record.target_uri.empty()) out += "WARC-Target-URI: " + record.target_uri + "\r\n";
  out += "Content-Type: " + content_type + "\r\n";
  out += "Content-Length: " + std::to_string(record.block.size()) + "\r\n\r\n";
  return out + record.block + "\r\n\r\n";
}

// Returns a WARC file holding `records` in order: plain, or with `gzip` one
// gzip member per record. When `offsets` is given, it receives each record's
// byte offset in the returned file (its member's offset when gzip).
inline std::string MakeWarc(const std::vector<WarcTestRecord>& records, bool gzip,
                            std::vector<uint64_t>* offsets = nullptr) {
  std::string out;
  int serial = 0;
  for (const WarcTestRecord& record : records) {
    if (offsets != nullptr) offsets->push_back(out.size());
    const std::string bytes = WarcRecordBytes(record, serial++);
    out += gzip ? Gzip(bytes) : bytes;
  }
  return out;
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_INPUT_WARC_TEST_UTIL_H_
