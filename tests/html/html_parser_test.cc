// Tests of the myhtml adapter: the Dom it builds from good, bad and hostile HTML.
#include <catch2/catch.hpp>

#include <string>

#include "html/html_parser.h"

namespace lede::detail {
namespace {

// Returns the concatenated text of every text node of the Dom.
std::string AllText(const Dom& dom) {
  std::string out;
  for (const DomNode& n : dom.nodes) {
    if (n.is_text) out += n.text;
  }
  return out;
}

// Returns how many elements named `tag` the Dom has.
size_t CountTag(const Dom& dom, const std::string& tag) {
  size_t n = 0;
  for (const DomNode& node : dom.nodes) n += !node.is_text && node.tag == tag;
  return n;
}

Dom Parse(const std::string& html) {
  Result<Dom> dom = ParseHtml(html);
  REQUIRE(dom.ok());
  return std::move(dom).value();
}

TEST_CASE("html parser returns an empty Dom for empty input", "[html]") {
  const Dom dom = Parse("");
  CHECK(dom.nodes.empty());
  CHECK(dom.root == kNoNode);
}

TEST_CASE("html parser decodes character references", "[html]") {
  const struct {
    const char* html;
    const char* text;
  } kCases[] = {
      {"<p>Fish &amp; chips</p>", "Fish & chips"},
      {"<p>&ldquo;Quoted&rdquo; &mdash; said</p>", "\u201cQuoted\u201d \u2014 said"},
      {"<p>&#8220;Hi&#8221; &#x2019;</p>", "\u201cHi\u201d \u2019"},
      {"<p>caf&eacute; &lt;b&gt;</p>", "caf\u00e9 <b>"},
      {"<p>a&nbsp;b</p>", "a\u00a0b"},
  };
  for (const auto& c : kCases) {
    CAPTURE(c.html);
    CHECK(AllText(Parse(c.html)) == c.text);
  }
}

TEST_CASE("html parser builds a browser's tree from malformed markup", "[html]") {
  const Dom dom = Parse("<div><p>One<p>Two</div></span><b>bold<i>both</b>italic<table><td>cell");
  CHECK(CountTag(dom, "p") == 2);
  CHECK(CountTag(dom, "td") == 1);
  CHECK(AllText(dom) == "OneTwoboldbothitaliccell");
  // Every child points back at its parent, and children follow parents (pre-order).
  for (NodeId i = 0; i < dom.nodes.size(); ++i) {
    for (NodeId c : dom.nodes[i].children) {
      CHECK(dom.nodes[c].parent == i);
      CHECK(c > i);
    }
  }
}

TEST_CASE("html parser lower-cases tag and attribute names but keeps values", "[html]") {
  const Dom dom = Parse("<DIV CLASS=\"Story-Body\" Data-X='1'>text</DIV>");
  bool found = false;
  for (const DomNode& n : dom.nodes) {
    if (n.tag != "div") continue;
    found = true;
    CHECK(n.Attr("class") == "Story-Body");
    CHECK(n.Attr("data-x") == "1");
    CHECK(n.Attr("id").empty());
  }
  CHECK(found);
}

TEST_CASE("html parser drops scripts, styles, comments, templates and noscript", "[html]") {
  const Dom dom = Parse(
      "<html><head><style>p{color:red}</style><script>var secret = 1;</script></head><body>"
      "<!-- a comment --><p>Kept</p><script type=\"text/javascript\">track()</script>"
      "<noscript><img src=x>Enable JavaScript</noscript><template><p>Later</p></template></body></html>");
  CHECK(AllText(dom) == "Kept");
  CHECK(CountTag(dom, "script") == 0);
  CHECK(CountTag(dom, "style") == 0);
}

TEST_CASE("html parser keeps the text of JSON-LD scripts", "[html]") {
  const Dom dom = Parse(
      "<head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"A < b\"}</script>"
      "</head><body><p>x</p></body>");
  REQUIRE(CountTag(dom, "script") == 1);
  CHECK(AllText(dom).find("\"headline\": \"A < b\"") != std::string::npos);
}

TEST_CASE("html parser survives deep nesting and bounds the Dom's depth", "[html]") {
  std::string html;
  constexpr int kLevels = 50000;
  for (int i = 0; i < kLevels; ++i) html += "<div>";
  html += "deep text";
  const Dom dom = Parse(html);
  CHECK(AllText(dom) == "deep text");
  size_t max_depth = 0;
  for (NodeId i = 0; i < dom.nodes.size(); ++i) {
    size_t depth = 0;
    for (NodeId a = dom.nodes[i].parent; a != kNoNode; a = dom.nodes[a].parent) ++depth;
    max_depth = std::max(max_depth, depth);
  }
  CHECK(max_depth < 300);
}

TEST_CASE("html parser never fails on garbage bytes", "[html]") {
  std::string garbage;
  for (int i = 0; i < 5000; ++i) garbage.push_back(static_cast<char>((i * 7919 + 13) % 256));
  const std::string cases[] = {garbage, std::string("<\0p>\0\0</", 8), "<<<>>>&&&;;;<a href=", "\xff\xfe<p>\xc3</p>",
                               "</html></body><p>", "<svg><p>x</svg><math><mi>y"};
  for (const std::string& html : cases) {
    Result<Dom> dom = ParseHtml(html);
    CHECK(dom.ok());
  }
}

TEST_CASE("html parser gives the same Dom when reused for several pages", "[html]") {
  const Dom first = Parse("<p>First page</p>");
  Parse("<div><p>Other page with more nodes</p><ul><li>a</li></ul></div>");
  const Dom again = Parse("<p>First page</p>");
  CHECK(first.nodes.size() == again.nodes.size());
  CHECK(AllText(again) == "First page");
}

}  // namespace
}  // namespace lede::detail
