// End-to-end check of the JSON offsets: the lede program reports token,
// sentence and paragraph offsets in code points of its "text" field (the data
// model's byte offsets converted), so slicing the text by code point gives the
// expected pieces even around multi-byte characters (é, ’, 🙂, 中文, Å).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "support/run_lede.h"

using Json = nlohmann::json;
using lede::testing::LedeSandbox;
using lede::testing::RunResult;
using lede::testing::WriteFile;

namespace {

// Returns the JSON report of `lede --raw --json --include sentences,tokens` on `text`.
Json AnalyzeRaw(const std::string& text) {
  const LedeSandbox dir("lede_offsets");
  WriteFile(dir.Path("in.txt"), text);
  const RunResult r = dir.Run("--raw --json --include sentences,tokens in.txt");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return Json::parse(r.out);
}

// Returns the code points [start, end) of UTF-8 `text`, counting every byte that is not a
// continuation byte (10xxxxxx) as the start of a code point.
std::string SliceCodePoints(const std::string& text, size_t start, size_t end) {
  size_t byte_start = text.size();
  size_t byte_end = text.size();
  size_t cp = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (cp == start) byte_start = i;
    if (cp == end) {
      byte_end = i;
      break;
    }
    ++cp;
  }
  REQUIRE(byte_start <= byte_end);
  return text.substr(byte_start, byte_end - byte_start);
}

// Returns the pieces of `text` that the spans of `items` cover, joined by `separator`.
std::string Pieces(const std::string& text, const Json& items, const std::string& separator) {
  std::string out;
  for (const Json& item : items) {
    if (!out.empty()) out += separator;
    out += SliceCodePoints(text, item["start"].get<size_t>(), item["end"].get<size_t>());
  }
  return out;
}

}  // namespace

TEST_CASE("json offsets are code points that slice the text around multi-byte characters", "[cli]") {
  const std::string input =
      "Caf\xC3\xA9 owners don\xE2\x80\x99t mind \xF0\x9F\x99\x82 \xE4\xB8\xAD\xE6\x96\x87\xE3\x80\x82 Prices rose 5%.\n\n"
      "Xi\xE2\x80\x99s envoy met Ms. \xC3\x85" "berg at 9 a.m. in Z\xC3\xBCrich.";
  const Json report = AnalyzeRaw(input);
  const std::string text = report["text"].get<std::string>();
  REQUIRE(text == input);

  CHECK(Pieces(text, report["tokens"], "|") ==
        "Caf\xC3\xA9|owners|don\xE2\x80\x99t|mind|\xF0\x9F\x99\x82|\xE4\xB8\xAD\xE6\x96\x87|\xE3\x80\x82|Prices|rose|5|%|.|"
        "Xi\xE2\x80\x99s|envoy|met|Ms.|\xC3\x85" "berg|at|9|a.m.|in|Z\xC3\xBCrich|.");
  CHECK(Pieces(text, report["sentences"], " | ") ==
        "Caf\xC3\xA9 owners don\xE2\x80\x99t mind \xF0\x9F\x99\x82 \xE4\xB8\xAD\xE6\x96\x87\xE3\x80\x82 | Prices rose 5%. | "
        "Xi\xE2\x80\x99s envoy met Ms. \xC3\x85" "berg at 9 a.m. in Z\xC3\xBCrich.");
  CHECK(Pieces(text, report["paragraphs"], " || ") ==
        "Caf\xC3\xA9 owners don\xE2\x80\x99t mind \xF0\x9F\x99\x82 \xE4\xB8\xAD\xE6\x96\x87\xE3\x80\x82 Prices rose 5%. || "
        "Xi\xE2\x80\x99s envoy met Ms. \xC3\x85" "berg at 9 a.m. in Z\xC3\xBCrich.");

  // The numbers themselves: the text is 91 code points but 107 bytes, and the last token
  // ends at the last code point.
  REQUIRE(report["tokens"].size() == 23);
  CHECK(report["tokens"][4]["start"] == 23);  // the emoji: one code point, four bytes
  CHECK(report["tokens"][4]["end"] == 24);
  CHECK(report["tokens"][5]["start"] == 25);  // 中文: two code points, six bytes
  CHECK(report["tokens"][5]["end"] == 27);
  CHECK(report["tokens"].back()["end"] == 91);
  CHECK(text.size() == 107);
}
