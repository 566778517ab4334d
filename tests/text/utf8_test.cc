#include "text/utf8.h"

#include <catch2/catch.hpp>

using namespace lede::detail;

TEST_CASE("utf8 decoder replaces invalid and overlong sequences", "[utf8]") {
  CHECK(IsValidUtf8("plain ascii"));
  CHECK(IsValidUtf8("China\xE2\x80\x99s"));      // curly apostrophe
  CHECK_FALSE(IsValidUtf8("\xC0\xAF"));           // overlong '/'
  CHECK_FALSE(IsValidUtf8("\xED\xA0\x80"));       // UTF-16 surrogate
  CHECK_FALSE(IsValidUtf8("abc\xE2\x80"));        // truncated at the end
  CHECK(SanitizeUtf8("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(SanitizeUtf8("\xE2\x82\xAC" "5") == "\xE2\x82\xAC" "5");  // a valid € is kept
}

TEST_CASE("utf8 validity finds a bad byte wherever it falls among ASCII words", "[utf8]") {
  // The ASCII skip reads eight bytes at a time: put the bad byte, and a good
  // multibyte character, at every offset around and across those words.
  for (size_t at = 0; at <= 24; ++at) {
    INFO(at);
    const std::string ascii(at, 'x');
    CHECK(SkipAscii(ascii + "\xC3\xA9" + std::string(20, 'y'), 0) == at);
    CHECK(SkipAscii(ascii, 0) == at);
    CHECK(SkipAscii(ascii + "\xC3\xA9" + std::string(20, 'y'), at + 2) == at + 22);
    CHECK(IsValidUtf8(ascii + "\xC3\xA9" + std::string(20, 'y') + "\xE2\x82\xAC"));
    CHECK_FALSE(IsValidUtf8(ascii + "\xFF" + std::string(20, 'y')));
    CHECK_FALSE(IsValidUtf8(std::string(20, 'y') + "\xC3\xA9" + ascii + "\xE2\x82"));  // truncated at the end
    CHECK(SanitizeUtf8(ascii + "\x80" + ascii) == ascii + "\xEF\xBF\xBD" + ascii);
  }
}

TEST_CASE("code point index maps byte offsets to code point offsets", "[utf8]") {
  const std::string text = "\xE2\x82\xAC" "150 \xE4\xB8\xAD\xE5\x9B\xBD x";  // "€150 中国 x"
  CodePointIndex index(text);
  CHECK(index.ToCodePoint(0) == 0);
  CHECK(index.ToCodePoint(3) == 1);   // after €
  CHECK(index.ToCodePoint(7) == 5);   // start of 中
  CHECK(index.ToCodePoint(13) == 7);  // the space after 国
  CHECK(index.ToCodePoint(text.size()) == 9);
  std::string long_text(1000, 'a');
  long_text += "\xC3\xA9z";
  CodePointIndex long_index(long_text);
  CHECK(long_index.ToCodePoint(1002) == 1001);
}

TEST_CASE("backward decoding steps over whole code points", "[utf8]") {
  const std::string text = "a\xE2\x80\x99";
  size_t pos = text.size();
  CHECK(DecodeUtf8Backward(text, &pos) == U'\u2019');
  CHECK(pos == 1);
  CHECK(DecodeUtf8Backward(text, &pos) == U'a');
  CHECK(pos == 0);
}
