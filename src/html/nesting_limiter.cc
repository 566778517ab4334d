#include "html/nesting_limiter.h"

#include <cstring>
#include <vector>

namespace lede::detail {

namespace {

// Names one markup construct the scanner found at a '<'.
enum class TagKind { kNone, kStart, kEnd, kSkip };

// Holds a tag's extent and, for raw-text elements, where their content ends.
struct Tag {
  TagKind kind = TagKind::kNone;
  size_t end = 0;     // one past the '>' (or past the skipped region)
  bool counts = false;  // an ordinary element that stays open until closed
};

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

// Returns true for elements that never stay open: void elements and those
// whose end tag the next sibling implies.
bool NeverNests(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "image", "input", "keygen", "link", "meta", "param",
      "source", "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead",
      "tbody", "tfoot", "rb", "rt", "rp", "colgroup", "caption", "html", "head", "body"};
  for (std::string_view n : kNames) {
    if (n == name) return true;
  }
  return false;
}

// Returns true for elements whose content is raw text up to their end tag.
bool IsRawText(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp";
}

// Returns the position just past the end tag `</name ...>` at or after `from`
// (case-insensitive), or the text's end when there is none.
size_t SkipRawText(std::string_view html, size_t from, std::string_view name) {
  size_t pos = from;
  while ((pos = html.find("</", pos)) != std::string_view::npos) {
    size_t k = 0;
    while (k < name.size() && pos + 2 + k < html.size() && Lower(html[pos + 2 + k]) == name[k]) ++k;
    if (k == name.size()) {
      size_t close = html.find('>', pos);
      return close == std::string_view::npos ? html.size() : close + 1;
    }
    pos += 2;
  }
  return html.size();
}

// Reads the construct starting at html[pos] == '<'.
Tag ReadTag(std::string_view html, size_t pos) {
  Tag tag;
  if (html.compare(pos, 4, "<!--") == 0) {
    size_t close = html.find("-->", pos + 4);
    return {TagKind::kSkip, close == std::string_view::npos ? html.size() : close + 3, false};
  }
  size_t p = pos + 1;
  const bool is_end = p < html.size() && html[p] == '/';
  if (is_end) ++p;
  const size_t name_start = p;
  char name[16];
  size_t len = 0;
  while (p < html.size() && IsNameChar(html[p])) {
    if (len < sizeof name) name[len] = Lower(html[p]);
    ++len;
    ++p;
  }
  if (len == 0 || !((html[name_start] | 0x20) >= 'a' && (html[name_start] | 0x20) <= 'z')) return tag;
  size_t close = html.find('>', p);
  if (close == std::string_view::npos) return tag;
  const std::string_view tag_name(name, len < sizeof name ? len : sizeof name);
  tag.end = close + 1;
  if (is_end) {
    tag.kind = TagKind::kEnd;
    tag.counts = !NeverNests(tag_name);
    return tag;
  }
  if (IsRawText(tag_name)) return {TagKind::kSkip, SkipRawText(html, tag.end, tag_name), false};
  tag.kind = TagKind::kStart;
  tag.counts = !NeverNests(tag_name) && html[close - 1] != '/';
  return tag;
}

// Walks the tags, calling keep(start, end) for every byte range to keep.
// Returns true when some tag had to be dropped.
template <typename Keep>
bool Walk(std::string_view html, Keep keep) {
  size_t depth = 0;
  size_t dropped_open = 0;  // start tags cut out whose end tags are still to come
  bool dropped_any = false;
  size_t kept_from = 0;
  size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    const Tag tag = ReadTag(html, pos);
    if (tag.kind == TagKind::kNone) {
      ++pos;
      continue;
    }
    bool drop = false;
    if (tag.kind == TagKind::kStart && tag.counts) {
      if (depth >= kMaxOpenElements) {
        drop = true;
        ++dropped_open;
      } else {
        ++depth;
      }
    } else if (tag.kind == TagKind::kEnd && tag.counts) {
      if (dropped_open > 0) {
        drop = true;
        --dropped_open;
      } else if (depth > 0) {
        --depth;
      }
    }
    if (drop) {
      dropped_any = true;
      keep(kept_from, pos);
      kept_from = tag.end;
    }
    pos = tag.end;
  }
  keep(kept_from, html.size());
  return dropped_any;
}

}  // namespace

std::optional<std::string> LimitNesting(std::string_view html) {
  // Fewer tags than the limit cannot nest past it: skip the scan.
  size_t tags = 0;
  for (const char* p = html.data(); (p = static_cast<const char*>(std::memchr(p, '<', html.data() + html.size() - p)));
       ++p) {
    if (++tags > kMaxOpenElements) break;
  }
  if (tags <= kMaxOpenElements) return std::nullopt;
  if (!Walk(html, [](size_t, size_t) {})) return std::nullopt;
  std::string out;
  out.reserve(html.size());
  Walk(html, [&](size_t from, size_t to) { out.append(html.substr(from, to - from)); });
  return out;
}

}  // namespace lede::detail
