#include <catch2/catch.hpp>
#include <optional>
#include <string>

#include "lede/reporter.h"
#include "report/text_layout.h"

using namespace lede;

namespace {

// Returns a report with the given title and body and one entity, quote and quantity.
Report SmallReport(const std::string& title, const std::string& body) {
  Report r;
  r.document.meta.title = title;
  r.document.meta.section = "Local news";
  r.document.meta.authors = {"Ana Ruiz"};
  r.document.meta.published = "2024-05-02";
  r.document.text = body;
  r.document.blocks = {{{0, body.size()}, BlockKind::kParagraph}};
  Entity e;
  e.id = 1;
  e.name = "Harbour Authority";
  e.type = EntityType::kOrg;
  e.aliases = {"the authority"};
  e.mentions = {{0, 4}, {5, 9}};
  r.entities = {e};
  Quote q;
  q.text = "We are ready";
  q.speaker = Speaker{"Harbour Authority", 1};
  r.quotes = {q};
  Quantity n;
  n.text = "12 ships";
  n.value = 12500;
  n.subject = "ships";
  r.quantities = {n};
  r.keywords = {"harbour", "ships"};
  return r;
}

}  // namespace

TEST_CASE("text reporter prints every part of the report", "[text]") {
  const std::string out = RenderText(SmallReport("Harbour reopens", "The harbour reopened on Monday."), {});
  for (const char* part : {"Local news\n", "Harbour reopens\n", "By Ana Ruiz", "2024-05-02", "Entities\n",
                           "ORG", "Harbour Authority", "the authority", "Quotes\n",
                           "  Harbour Authority (1)\n    \xE2\x80\x9CWe are ready\xE2\x80\x9D [direct]",
                           "Quantities\n", "cardinal", "12 ships", "12,500", "Keywords\n", "harbour, ships", "Text\n",
                           "The harbour reopened on Monday.\n"}) {
    INFO(part);
    CHECK(out.find(part) != std::string::npos);
  }
  CHECK(out.find("Summary") == std::string::npos);  // empty parts are left out
  CHECK(out.back() == '\n');
}

TEST_CASE("text reporter strips escape sequences and control characters from the article", "[text]") {
  const std::string out =
      RenderText(SmallReport("\x1B[31mRed\x1B[0m alert\x07", "Body with \x1B]0;evil title\x07 and \x01 junk \xE2\x80\xAE."), {});
  CHECK(out.find('\x1B') == std::string::npos);
  CHECK(out.find('\x07') == std::string::npos);
  CHECK(out.find('\x01') == std::string::npos);
  CHECK(out.find("\xE2\x80\xAE") == std::string::npos);  // right-to-left override
  CHECK(out.find("Red alert") != std::string::npos);
}

TEST_CASE("text reporter uses ANSI colour only when asked", "[text]") {
  const Report r = SmallReport("Harbour reopens", "The harbour reopened.");
  TextOptions color;
  color.color = true;
  CHECK(RenderText(r, color).find("\x1B[") != std::string::npos);
  CHECK(RenderText(r, {}).find('\x1B') == std::string::npos);
}

TEST_CASE("text reporter wraps the body to the width", "[text]") {
  std::string body;
  for (int i = 0; i < 40; ++i) body += "harbour ";
  TextOptions narrow;
  narrow.width = 30;
  const std::string report = RenderText(SmallReport("T", body), narrow);
  const std::string out = report.substr(report.find("Text\n") + 5);  // tables are not wrapped
  CHECK(out.find("harbour harbour") != std::string::npos);
  size_t line_start = 0;
  while (line_start < out.size()) {
    const size_t end = out.find('\n', line_start);
    CHECK(lede::detail::DisplayWidth(out.substr(line_start, end - line_start)) <= 30);
    line_start = end + 1;
  }
}

TEST_CASE("text layout measures, truncates and aligns wide characters", "[text]") {
  using namespace lede::detail;
  CHECK(DisplayWidth("abc") == 3);
  CHECK(DisplayWidth("\xE4\xB8\xAD\xE5\x9B\xBD") == 4);  // 中国: two wide characters
  CHECK(DisplayWidth("e\xCC\x81") == 1);                 // e + combining acute
  CHECK(Truncate("international", 6) == "inter\xE2\x80\xA6");
  CHECK(TerminalSafe("  a\tb\n\nc  ") == "a b c");
  CHECK(Wrap("one two three four", 9, "  ") == "  one two\n  three\n  four\n");
  const std::string table = Table({{"PERSON", "\xE4\xB8\xAD\xE5\x9B\xBD", "1"}, {"GPE", "Lima", "2"}}, {8, 10, 5}, "");
  CHECK(table == "PERSON  \xE4\xB8\xAD\xE5\x9B\xBD  1\nGPE     Lima  2\n");
}

TEST_CASE("text reporter shows a place's or people's country code beside its type", "[text]") {
  Report r = SmallReport("Harbour reopens", "Danish ships docked in Oslo.");
  Entity people;
  people.id = 2;
  people.name = "Danish";
  people.type = EntityType::kNorp;
  people.country = "DK";
  people.mentions = {{0, 6}};
  Entity city;
  city.id = 3;
  city.name = "Oslo";
  city.type = EntityType::kGpe;
  city.country = "NO";
  city.mentions = {{23, 27}};
  r.entities.push_back(people);
  r.entities.push_back(city);
  const std::string out = RenderText(r, {});
  CHECK(out.find("NORP DK") != std::string::npos);
  CHECK(out.find("GPE NO") != std::string::npos);
  CHECK(out.find("ORG ") != std::string::npos);  // no code for the organisation
  CHECK(out.find("ORG  ") != std::string::npos);
}

TEST_CASE("text reporter groups quotes by speaker in order of first quote, unattributed last", "[text]") {
  Report r = SmallReport("Harbour reopens", "The harbour reopened.");
  const auto quote = [](const char* text, QuoteKind kind, std::optional<Speaker> speaker) {
    Quote q;
    q.text = text;
    q.kind = kind;
    q.speaker = std::move(speaker);
    return q;
  };
  r.quotes = {quote("The cranes are back", QuoteKind::kDirect, Speaker{"Ana Ruiz", 4}),
              quote("Nobody called us", QuoteKind::kDirect, std::nullopt),
              quote("the dock workers", QuoteKind::kIndirect, Speaker{"the union", 0}),
              quote("Trade will return by June", QuoteKind::kDirect, Speaker{"Ruiz", 4})};
  const std::string out = RenderText(r, {});
  const size_t ruiz = out.find("  Ana Ruiz (2)\n");
  const size_t union_line = out.find("  the union (1)\n");
  const size_t unattributed = out.find("  (unattributed) (1)\n");
  REQUIRE(ruiz != std::string::npos);
  REQUIRE(union_line != std::string::npos);
  REQUIRE(unattributed != std::string::npos);
  CHECK(ruiz < union_line);
  CHECK(union_line < unattributed);
  // Both of the person's quotes sit under their line, before the next speaker.
  const size_t second = out.find("\xE2\x80\x9CTrade will return by June\xE2\x80\x9D [direct]");
  CHECK((ruiz < second && second < union_line));
  // Reported speech is printed without quotation marks.
  CHECK(out.find("    the dock workers [indirect]") != std::string::npos);
}
