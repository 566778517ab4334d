#include "input/decoder.h"

#include <unicode/ucnv.h>

#include <catch2/catch.hpp>
#include <string>

using lede::StatusCode;
using lede::detail::DecodeToUtf8;

namespace {

using namespace std::string_literals;

// Returns `ascii` encoded as UTF-16 in the given byte order (ASCII input only).
std::string Utf16(const std::string& ascii, bool little_endian) {
  std::string out;
  for (char c : ascii) {
    if (little_endian) {
      out += c;
      out += '\0';
    } else {
      out += '\0';
      out += c;
    }
  }
  return out;
}

// Returns UTF-8 `text` encoded in `charset` with ICU.
std::string Encode(const std::string& text, const char* charset) {
  std::string out(text.size() * 4 + 16, '\0');
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), text.data(),
                                 static_cast<int32_t>(text.size()), &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(n);
  return out;
}

}  // namespace

TEST_CASE("decoder detects undeclared legacy charsets of other scripts", "[decoder]") {
  struct Case {
    std::string text;  // UTF-8, invented news prose
    const char* charset;
    std::string expected_encoding;
  };
  const Case cases[] = {
      {"\xD0\x9C\xD1\x8D\xD1\x80 \xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD0\xB0 \xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB "
       "\xD0\xB2 \xD0\xBF\xD0\xBE\xD0\xBD\xD0\xB5\xD0\xB4\xD0\xB5\xD0\xBB\xD1\x8C\xD0\xBD\xD0\xB8\xD0\xBA, \xD1\x87\xD1\x82\xD0\xBE "
       "\xD0\xBD\xD0\xBE\xD0\xB2\xD1\x8B\xD0\xB9 \xD0\xBC\xD0\xBE\xD1\x81\xD1\x82 \xD0\xBE\xD1\x82\xD0\xBA\xD1\x80\xD0\xBE\xD0\xB5\xD1\x82\xD1\x81\xD1\x8F "
       "\xD0\xB2 \xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD1\x83\xD1\x8E\xD1\x89\xD0\xB5\xD0\xBC \xD0\xB3\xD0\xBE\xD0\xB4\xD1\x83, "
       "\xD0\xB0 \xD0\xB4\xD0\xB2\xD0\xB8\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5 \xD0\xB1\xD1\x83\xD0\xB4\xD0\xB5\xD1\x82 "
       "\xD0\xBE\xD0\xB3\xD1\x80\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x87\xD0\xB5\xD0\xBD\xD0\xBE \xD0\xBD\xD0\xB0 \xD0\xBD\xD0\xB5\xD1\x81\xD0\xBA\xD0\xBE\xD0\xBB\xD1\x8C\xD0\xBA\xD0\xBE "
       "\xD0\xB4\xD0\xBD\xD0\xB5\xD0\xB9.",
       "windows-1251", "windows-1251"},
      {"\xE5\xB8\x82\xE6\x94\xBF\xE5\xBA\x9C\xE5\x91\xA8\xE4\xB8\x80\xE8\xA1\xA8\xE7\xA4\xBA\xEF\xBC\x8C\xE6\x96\xB0\xE6\xA1\xA5"
       "\xE5\xB0\x86\xE4\xBA\x8E\xE6\x98\x8E\xE5\xB9\xB4\xE5\xBC\x80\xE9\x80\x9A\xE3\x80\x82\xE4\xBA\xA4\xE9\x80\x9A\xE5\xB0\x86"
       "\xE5\x8F\x97\xE5\x88\xB0\xE9\x99\x90\xE5\x88\xB6\xE3\x80\x82",
       "GBK", "GB18030"},
  };
  for (const Case& c : cases) {
    INFO(c.charset);
    auto decoded = DecodeToUtf8(Encode(c.text, c.charset));
    REQUIRE(decoded.ok());
    CHECK(decoded.value().encoding == c.expected_encoding);
    CHECK(decoded.value().text == c.text);
  }
}

TEST_CASE("decoder turns every supported encoding into UTF-8", "[decoder]") {
  struct Case {
    const char* name;
    std::string bytes;
    std::string expected_substring;
    std::string expected_encoding;
  };
  const std::string html_head = "<!DOCTYPE html><html><head>";
  const Case cases[] = {
      {"plain ASCII stays", "The council met on Monday.", "The council met on Monday.", "UTF-8"},
      {"valid UTF-8 stays", "Caf\xC3\xA9 owners in M\xC3\xBCnchen", "Caf\xC3\xA9 owners in M\xC3\xBCnchen", "UTF-8"},
      {"UTF-8 BOM is removed", "\xEF\xBB\xBFMayor resigns", "Mayor resigns", "UTF-8"},
      {"UTF-16LE with BOM", "\xFF\xFE"s + Utf16("Harbour reopens", true), "Harbour reopens", "UTF-16LE"},
      {"UTF-16BE with BOM", "\xFE\xFF"s + Utf16("Harbour reopens", false), "Harbour reopens", "UTF-16BE"},
      {"UTF-16LE without BOM", Utf16("Rail strike called off after talks", true),
       "Rail strike called off after talks", "UTF-16LE"},
      {"UTF-16BE without BOM", Utf16("Rail strike called off after talks", false),
       "Rail strike called off after talks", "UTF-16BE"},
      {"meta charset windows-1252",
       html_head + "<meta charset=\"windows-1252\"></head><body><p>The caf\xE9 said \x93no\x94.</p></body></html>",
       "The caf\xC3\xA9 said \xE2\x80\x9Cno\xE2\x80\x9D.", "windows-1252"},
      {"http-equiv iso-8859-1 is read as windows-1252",
       html_head +
           "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head>"
           "<body><p>\x93Quoted\x94 na\xEFve</p></body></html>",
       "\xE2\x80\x9CQuoted\xE2\x80\x9D na\xC3\xAFve", "windows-1252"},
      {"meta charset Shift_JIS", html_head + "<meta charset=Shift_JIS></head><body><p>\x93\xFA\x96\x7B</p>",
       "\xE6\x97\xA5\xE6\x9C\xAC", "Shift_JIS"},
      {"meta charset gb2312 is read as GBK", html_head + "<meta charset='gb2312'></head><body><p>\xD6\xD0\xB9\xFA</p>",
       "\xE4\xB8\xAD\xE5\x9B\xBD", "GBK"},
      {"latin-1 label on valid multibyte UTF-8 is a mislabel",
       html_head + "<meta charset=iso-8859-1></head><body><p>Caf\xC3\xA9 r\xC3\xA9opens</p>",
       "Caf\xC3\xA9 r\xC3\xA9opens", "UTF-8"},
      {"declared UTF-16 in an ASCII page is ignored",
       html_head + "<meta charset=utf-16></head><body><p>Caf\xC3\xA9</p>", "Caf\xC3\xA9", "UTF-8"},
      {"invalid bytes in UTF-8 become U+FFFD", "Caf\xC3\xA9 \xFF open \xC3\xA9t\xC3\xA9", "Caf\xC3\xA9 \xEF\xBF\xBD open",
       "UTF-8"},
      {"undeclared legacy text falls back to windows-1252",
       "The minister said \x93we will act\x94 and the caf\xE9 owners agreed.",
       "\xE2\x80\x9Cwe will act\xE2\x80\x9D", "windows-1252"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    auto decoded = DecodeToUtf8(c.bytes);
    REQUIRE(decoded.ok());
    CHECK(decoded.value().text.find(c.expected_substring) != std::string::npos);
    CHECK(decoded.value().encoding == c.expected_encoding);
  }
}

TEST_CASE("decoder rejects binary input and names the file type", "[decoder]") {
  struct Case {
    std::string bytes;
    std::string expected_message;
  };
  const Case cases[] = {
      {"\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s, "binary input (PNG image)"},
      {"\xFF\xD8\xFF\xE0\0\x10JFIF"s, "binary input (JPEG image)"},
      {"GIF89a\x01\0\x01\0"s, "binary input (GIF image)"},
      {"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"s, "binary input (PDF document)"},
      {"PK\x03\x04\x14\0\0\0\x08\0"s, "binary input (ZIP archive)"},
      {"\x7F" "ELF\x02\x01\x01\0\0\0"s, "binary input (ELF executable)"},
      {"\x1F\x8B\x08\0\0\0\0\0"s, "binary input (gzip archive)"},
      {"some text\0with a NUL byte in the middle of it all"s, "binary input (NUL bytes)"},
      {"\x01\x02\x03\x04\x05\x06\x07\x08 mostly control bytes \x0E\x0F\x10\x11\x12\x13"s,
       "binary input (control characters)"},
  };
  for (const Case& c : cases) {
    INFO(c.expected_message);
    auto decoded = DecodeToUtf8(c.bytes);
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.status().code() == StatusCode::kBinaryInput);
    CHECK(decoded.status().message() == c.expected_message);
  }
}

TEST_CASE("decoder rejects empty and whitespace-only input", "[decoder]") {
  const std::string cases[] = {
      "",
      " \n\t\r\n  ",
      "\xEF\xBB\xBF   \n",
      "\xC2\xA0\xE3\x80\x80\n",  // no-break space and ideographic space
      "\xFF\xFE"s + Utf16("   \n  ", true),
  };
  for (const std::string& bytes : cases) {
    auto decoded = DecodeToUtf8(bytes);
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.status().code() == StatusCode::kEmptyInput);
  }
}

TEST_CASE("decoder keeps a single stray control character as text", "[decoder]") {
  auto decoded = DecodeToUtf8("A long paragraph of ordinary news prose with one stray \x1B escape in it.");
  REQUIRE(decoded.ok());
  CHECK(decoded.value().encoding == "UTF-8");
}

TEST_CASE("decoder lets the transport's charset outrank the page's declaration", "[decoder]") {
  // "Élection à Zürich" in ISO-8859-15, in a page that wrongly declares UTF-8
  // or declares nothing: the HTTP header is right, as browsers assume.
  const std::string body = Encode("<p>\xC3\x89lection \xC3\xA0 Z\xC3\xBCrich</p>", "ISO-8859-15");
  struct Case {
    std::string page;
    std::string transport;
    std::string encoding;
    std::string text_has;
  };
  const Case cases[] = {
      {"<html><head><meta charset=\"utf-8\"></head><body>" + body, "iso-8859-15", "ISO-8859-15",
       "\xC3\x89lection \xC3\xA0 Z\xC3\xBCrich"},
      {"<html><body>" + body, "latin9", "ISO-8859-15", "\xC3\x89lection"},
      // An unknown label counts as none: the page's own declaration decides.
      {"<html><head><meta charset=\"iso-8859-15\"></head><body>" + body, "x-nonsense", "ISO-8859-15", "Z\xC3\xBCrich"},
      // Windows-1252 announced for valid multibyte UTF-8 is the usual mislabel: UTF-8 wins.
      {"<html><body><p>Caf\xC3\xA9 cr\xC3\xA8me</p>", "windows-1252", "UTF-8", "Caf\xC3\xA9 cr\xC3\xA8me"},
  };
  for (const Case& c : cases) {
    INFO(c.transport);
    const auto decoded = DecodeToUtf8(c.page, c.transport);
    REQUIRE(decoded.ok());
    CHECK(decoded.value().encoding == c.encoding);
    CHECK(decoded.value().text.find(c.text_has) != std::string::npos);
  }
}
