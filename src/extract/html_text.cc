// HTML text: whitespace is ASCII space, tab, CR, LF, FF and the no-break
// space U+00A0 (which pages use as a plain space between words); other
// Unicode spaces are rare in body text and kept as they are.
#include "extract/html_text.h"

#include <unordered_set>
#include <vector>

namespace lede::detail {

namespace {

// Code points of block text shown by --explain: enough to recognise the
// block, short enough to keep one decision on one line.
constexpr size_t kPreviewCodePoints = 100;
// Longest class attribute copied into an element label.
constexpr size_t kMaxLabelClassBytes = 60;

// Returns the byte length of the whitespace character at text[i], or 0.
size_t SpaceAt(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') return 1;
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) return 2;
  return 0;
}

}  // namespace

size_t AppendCollapsed(std::string_view text, std::string* out) {
  size_t visible = 0;
  bool space = false;
  for (size_t i = 0; i < text.size();) {
    if (const size_t n = SpaceAt(text, i); n != 0) {
      space = true;
      i += n;
      continue;
    }
    if (space && !out->empty() && out->back() != ' ') out->push_back(' ');
    space = false;
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) ++visible;
    out->push_back(text[i]);
    ++i;
  }
  if (space && !out->empty() && out->back() != ' ') out->push_back(' ');
  return visible;
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  AppendCollapsed(text, &out);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string SubtreeText(const Dom& dom, NodeId id) {
  std::string out;
  if (id >= dom.nodes.size()) return out;
  std::vector<NodeId> stack = {id};
  while (!stack.empty()) {
    const NodeId top = stack.back();
    stack.pop_back();
    // kNoNode marks the end of a block, which separates words like its start.
    if (top == kNoNode) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    const DomNode& n = dom.nodes[top];
    if (n.is_text) {
      AppendCollapsed(n.text, &out);
      continue;
    }
    const bool block = IsBlockTag(n.tag) || n.tag == "br";
    if (block && !out.empty() && out.back() != ' ') out.push_back(' ');
    if (block) stack.push_back(kNoNode);
    for (auto it = n.children.rbegin(); it != n.children.rend(); ++it) stack.push_back(*it);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

size_t VisibleLength(std::string_view text) {
  size_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (SpaceAt(text, i) != 0) continue;
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

bool IsBlockTag(std::string_view tag) {
  static const std::unordered_set<std::string_view> kBlocks = {
      "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote",
      "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
      "caption", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "hr", "address",
      "details", "summary", "form", "fieldset", "center", "body", "html"};
  return kBlocks.count(tag) != 0;
}

std::string TextPreview(std::string_view text) {
  size_t code_points = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (code_points++ == kPreviewCodePoints) return std::string(text.substr(0, i)) + "...";
  }
  return std::string(text);
}

std::string ElementLabel(const DomNode& node) {
  std::string out = node.tag;
  if (const std::string_view id = node.Attr("id"); !id.empty()) out += "#" + std::string(id);
  std::string classes = CollapseWhitespace(node.Attr("class"));
  if (classes.size() > kMaxLabelClassBytes) {
    size_t cut = kMaxLabelClassBytes;
    while (cut > 0 && (static_cast<unsigned char>(classes[cut]) & 0xC0) == 0x80) --cut;
    classes.resize(cut);
  }
  for (char& c : classes) {
    if (c == ' ') c = '.';
  }
  if (!classes.empty()) out += "." + classes;
  return out;
}

bool IsHeadingTag(std::string_view tag) {
  return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
}

}  // namespace lede::detail
