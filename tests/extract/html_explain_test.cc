// Tests of the HTML extractor's --explain decisions: filled only when asked,
// and saying for each candidate whether it was kept and why.
#include <catch2/catch.hpp>

#include <string>

#include "html_test_pages.h"

namespace lede::testing {
namespace {

// Returns the extracted Document of `html` with decisions recorded.
Document ExplainPage(const std::string& html) {
  Result<detail::Dom> dom = detail::ParseHtml(html);
  REQUIRE(dom.ok());
  Result<Document> doc = detail::ExtractFromHtml(dom.value(), /*explain=*/true);
  REQUIRE(doc.ok());
  return std::move(doc).value();
}

// Returns the first decision of `role` whose text starts with `prefix`, or nullptr.
const BlockDecision* Find(const Document& doc, const std::string& role, const std::string& prefix) {
  for (const BlockDecision& d : doc.decisions) {
    if (d.role == role && d.text.compare(0, prefix.size(), prefix) == 0) return &d;
  }
  return nullptr;
}

const std::string kPage = ArticlePage(
    "<p><a href=/x>Ferry operators warn of fuel costs as winter season begins</a></p><figure><img src=a.jpg>"
    "<figcaption>The new terminal seen from the water in February.</figcaption></figure>",
    "", "",
    "", "<div class=\"related-stories\"><p>More from the harbour desk, with the week's other stories in one "
        "place.</p></div>");

TEST_CASE("html extractor records no decisions unless asked", "[extract][html][explain]") {
  CHECK(ExtractPage(kPage).decisions.empty());
}

TEST_CASE("html extractor explains kept and dropped candidates", "[extract][html][explain]") {
  const Document doc = ExplainPage(kPage);
  const Document plain = ExtractPage(kPage);
  CHECK(doc.text == plain.text);  // explaining never changes the result

  const struct {
    const char* prefix;
    const char* role;
    bool kept;
    const char* reason_part;
  } kCases[] = {
      {"The harbour authority said", "paragraph", true, "article text"},
      {"Ferry operators warn", "paragraph", false, "link-dense"},
      {"More from the harbour desk", "chrome", false, "related"},
      {"The new terminal seen from the water", "caption", false, "caption"},
  };
  for (const auto& c : kCases) {
    CAPTURE(c.prefix);
    const BlockDecision* d = Find(doc, c.role, c.prefix);
    REQUIRE(d != nullptr);
    CHECK(d->kept == c.kept);
    CHECK(d->reason.find(c.reason_part) != std::string::npos);
  }
  bool body_container = false;
  for (const BlockDecision& d : doc.decisions) {
    body_container = body_container || (d.role == "container" && d.kept && d.reason.rfind("body", 0) == 0);
  }
  CHECK(body_container);
}

}  // namespace
}  // namespace lede::testing
