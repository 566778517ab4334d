// Format sniffer: tells an HTML page from plain text.
//
// A page announces itself in its first tag: a doctype, <html>, <head> or
// <body> (after optional whitespace, a BOM, an XML declaration and comments).
// Fragments saved without those (a copied <div> or <article>) are
// recognised by a density of common tags near the start: plain-text
// articles mention a tag at most once or twice, markup has one every line.
#include "input/format_sniffer.h"

#include <array>
#include <string>

namespace lede::detail {

namespace {

// Bytes of the start of the input examined: HTML shows itself at once.
constexpr size_t kSniffBytes = 4096;

// Tags within kSniffBytes that make a fragment HTML. Three distinct lines
// of markup is more than any prose mentions, fewer than any page holds.
constexpr int kMinTagCount = 3;

// Tag openings that mark a document as HTML when one comes first.
constexpr std::array<std::string_view, 4> kDocumentStarts = {"<!doctype html", "<html", "<head", "<body"};

// Common tag openings counted for fragments (lower case, including the
// character after the name so "<p" does not match "<pre" or "<param").
constexpr std::array<std::string_view, 24> kCommonTags = {
    "<p>", "<p ", "</p>", "<div", "</div>", "<br", "<a href", "<span", "</span>", "<meta", "<title",
    "<script", "<link", "<h1", "<h2", "<h3", "<li>", "<li ", "<ul", "<img", "<table", "<article",
    "<section", "<figure",
};

// Returns `s` in ASCII lower case.
std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Returns the offset of the first tag of `head`, past whitespace, a BOM,
// an XML declaration and comments.
size_t FirstTag(const std::string& head) {
  size_t i = 0;
  if (head.rfind("\xEF\xBB\xBF", 0) == 0) i = 3;
  for (;;) {
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) ++i;
    if (head.compare(i, 4, "<!--") == 0) {
      const size_t end = head.find("-->", i + 4);
      if (end == std::string::npos) return head.size();
      i = end + 3;
    } else if (head.compare(i, 5, "<?xml") == 0) {
      const size_t end = head.find("?>", i);
      if (end == std::string::npos) return head.size();
      i = end + 2;
    } else {
      return i;
    }
  }
}

}  // namespace

bool LooksLikeHtml(std::string_view text) {
  const std::string head = Lower(text.substr(0, kSniffBytes));
  const size_t first = FirstTag(head);
  for (std::string_view start : kDocumentStarts) {
    if (head.compare(first, start.size(), start) == 0) return true;
  }
  int tags = 0;
  for (std::string_view tag : kCommonTags) {
    for (size_t pos = head.find(tag); pos != std::string::npos; pos = head.find(tag, pos + tag.size())) {
      if (++tags >= kMinTagCount) return true;
    }
  }
  return false;
}

}  // namespace lede::detail
