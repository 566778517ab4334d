#include "html/nesting_limiter.h"

#include <catch2/catch.hpp>
#include <string>

#include "html/html_parser.h"

using lede::detail::kMaxOpenElements;
using lede::detail::LimitNesting;

namespace {

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// Returns the deepest element nesting of a parsed page.
size_t DomDepth(const lede::detail::Dom& dom) {
  size_t deepest = 0;
  for (const auto& node : dom.nodes) {
    size_t depth = 0;
    for (auto p = node.parent; p != lede::detail::kNoNode; p = dom.nodes[p].parent) ++depth;
    deepest = std::max(deepest, depth);
  }
  return deepest;
}

}  // namespace

TEST_CASE("nesting limiter leaves ordinary pages alone", "[html]") {
  const std::string page = "<html><body>" + Repeat("<div class=card><p>Text<br><img src=a.png></p></div>", 2000) +
                           "</body></html>";
  CHECK_FALSE(LimitNesting(page).has_value());
  // Unclosed <p>, <li> and void elements never stay open, however many there are.
  CHECK_FALSE(LimitNesting(Repeat("<p>one<li>two<br><hr><td>", 5000)).has_value());
}

TEST_CASE("nesting limiter cuts start tags past the limit and as many end tags", "[html]") {
  const size_t n = kMaxOpenElements * 4;
  const std::string page = Repeat("<div>", n) + "deep words" + Repeat("</div>", n) + "<p>after</p>";
  const auto limited = LimitNesting(page);
  REQUIRE(limited.has_value());
  CHECK(*limited == Repeat("<div>", kMaxOpenElements) + "deep words" + Repeat("</div>", kMaxOpenElements) +
                        "<p>after</p>");
}

TEST_CASE("nesting limiter does not count tags inside scripts or comments", "[html]") {
  const std::string hidden = "<script>" + Repeat("<div>", kMaxOpenElements * 2) + "</script><!--" +
                             Repeat("<span>", kMaxOpenElements * 2) + "--><p>body</p>";
  CHECK_FALSE(LimitNesting(hidden).has_value());
}

TEST_CASE("deeply nested hostile markup parses with its text and bounded depth", "[html]") {
  const std::string page = Repeat("<div>", 200000) + "the only sentence.";
  const auto dom = lede::detail::ParseHtml(page);
  REQUIRE(dom.ok());
  bool found = false;
  for (const auto& node : dom.value().nodes) found = found || node.text.find("the only sentence.") != std::string::npos;
  CHECK(found);
  CHECK(DomDepth(dom.value()) <= kMaxOpenElements + 8);
}
