#include "input/http_message.h"

#include <catch2/catch.hpp>
#include <string>

#include "input/gzip_test_util.h"

using namespace lede::detail;

TEST_CASE("http message reads the charset and media type of a Content-Type", "[http]") {
  struct Case {
    std::string content_type;
    std::string media_type;
    std::string charset;
  };
  const Case cases[] = {
      {"text/html; charset=UTF-8", "text/html", "UTF-8"},
      {"Text/HTML;Charset=\"iso-8859-1\"", "text/html", "iso-8859-1"},
      {"text/html; boundary=x; charset = 'windows-1251' ", "text/html", "windows-1251"},
      {"application/xhtml+xml", "application/xhtml+xml", ""},
      {"", "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.content_type);
    CHECK(MediaType(c.content_type) == c.media_type);
    CHECK(CharsetOf(c.content_type) == c.charset);
  }
  CHECK(IsHtmlMediaType("text/html"));
  CHECK(IsHtmlMediaType("application/xhtml+xml"));
  CHECK_FALSE(IsHtmlMediaType("image/png"));
}

TEST_CASE("http message parses status lines and lengths strictly", "[http]") {
  CHECK(ParseHttpStatus("HTTP/1.1 200 OK") == 200);
  CHECK(ParseHttpStatus("HTTP/1.0 404 Not Found") == 404);
  CHECK(ParseHttpStatus("HTTP/2 301") == 301);
  CHECK(ParseHttpStatus("GET / HTTP/1.1") == -1);
  CHECK(ParseHttpStatus("HTTP/1.1 2OO OK") == -1);
  CHECK(ParseLength("1234") == 1234);
  CHECK(ParseLength(" 12 ") == 12);  // as a header value, spaces around it are allowed
  CHECK(ParseLength("-12") == -1);
  CHECK(ParseLength("12a") == -1);
  CHECK(ParseLength("99999999999999999999999") == -1);
}

TEST_CASE("http message joins folded header lines and finds fields by lower-case name", "[http]") {
  Headers headers;
  AddHeaderLine("Content-Type: text/html;", &headers);
  AddHeaderLine("  charset=utf-8", &headers);
  AddHeaderLine("X-Empty:", &headers);
  CHECK(CharsetOf(FindHeader(headers, "content-type")) == "utf-8");
  CHECK(FindHeader(headers, "x-empty").empty());
  CHECK(FindHeader(headers, "missing").empty());
}

TEST_CASE("http message undoes chunked and gzip bodies", "[http]") {
  std::string chunked = "5\r\nHello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n";
  Dechunk(&chunked);
  CHECK(chunked == "Hello, world");
  std::string plain = "<html>not chunked</html>";
  Dechunk(&plain);
  CHECK(plain == "<html>not chunked</html>");
  const std::string page = "<html><p>Dock strike ends</p></html>";
  const auto gunzipped = Decode(lede::testing::Gzip(page), "gzip", 1 << 20);
  REQUIRE(gunzipped.ok());
  CHECK(gunzipped.value() == page);
  CHECK(Decode(page, "identity", 1 << 20).value() == page);
  CHECK(Decode(page, "br", 1 << 20).status().code() == lede::StatusCode::kUnreadable);
  CHECK(Decode(lede::testing::Gzip(std::string(5000, 'a')), "gzip", 1000).status().code() ==
        lede::StatusCode::kTooLarge);
}
