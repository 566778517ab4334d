// HTML parser: the adapter between myhtml (libmodest) and lede's Dom.
//
// myhtml runs the HTML5 tree-construction algorithm (so unclosed <p>s,
// stray end tags and misnested markup come out as a browser would build
// them) and decodes character references. We then copy its tree into a Dom
// with one iterative pre-order walk, leaving out what no extractor reads:
// comments, doctype, <style>, <template>, <noscript> (on news pages it holds
// tracking pixels, duplicate images or "enable JavaScript" notices) and every
// <script> except JSON-LD ones, whose text the metadata extractor parses.
// Nesting deeper than kMaxDepth is flattened onto the deepest allowed
// ancestor, so every later recursive walk over the Dom has a bounded depth.
//
// This is the only file that includes myhtml headers.
#include "html/html_parser.h"

#include <myhtml/api.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "html/nesting_limiter.h"

namespace lede::detail {

std::string_view DomNode::Attr(std::string_view name) const {
  for (const auto& [k, v] : attrs) {
    if (k == name) return v;
  }
  return {};
}

namespace {

// Deepest element nesting kept as is. Real pages rarely pass 60; hostile
// ones nest hundreds of thousands of <div>s to blow recursive walkers' stacks.
constexpr size_t kMaxDepth = 256;

// Owns one myhtml parser and tree per thread: creating them allocates
// several tag and token pools, far more than parsing a small page costs.
class MyhtmlContext {
 public:
  MyhtmlContext() {
    myhtml_ = myhtml_create();
    if (myhtml_ == nullptr) return;
    if (myhtml_init(myhtml_, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0) != MyHTML_STATUS_OK) {
      myhtml_ = myhtml_destroy(myhtml_);
      return;
    }
    tree_ = myhtml_tree_create();
    if (tree_ == nullptr || myhtml_tree_init(tree_, myhtml_) != MyHTML_STATUS_OK) {
      if (tree_ != nullptr) tree_ = myhtml_tree_destroy(tree_);
    }
  }
  ~MyhtmlContext() {
    if (tree_ != nullptr) myhtml_tree_destroy(tree_);
    if (myhtml_ != nullptr) myhtml_destroy(myhtml_);
  }
  MyhtmlContext(const MyhtmlContext&) = delete;
  MyhtmlContext& operator=(const MyhtmlContext&) = delete;

  // Returns the reusable tree, or nullptr when myhtml could not be set up.
  myhtml_tree_t* tree() { return tree_; }

 private:
  myhtml_t* myhtml_ = nullptr;
  myhtml_tree_t* tree_ = nullptr;
};

// Returns the lower-cased copy of `s` (ASCII only: HTML names are ASCII).
std::string Lower(const char* s, size_t n) {
  std::string out(s, n);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Returns true when a <script> carries JSON-LD, the only script we keep.
bool IsJsonLdScript(myhtml_tree_node_t* node) {
  for (myhtml_tree_attr_t* a = myhtml_node_attribute_first(node); a != nullptr; a = myhtml_attribute_next(a)) {
    size_t klen = 0, vlen = 0;
    const char* key = myhtml_attribute_key(a, &klen);
    const char* value = myhtml_attribute_value(a, &vlen);
    if (key == nullptr || Lower(key, klen) != "type" || value == nullptr) continue;
    return Lower(value, vlen).find("ld+json") != std::string::npos;
  }
  return false;
}

// Returns true when the subtree of `node` is left out of the Dom.
bool IsSkipped(myhtml_tree_node_t* node, myhtml_tag_id_t tag) {
  switch (tag) {
    case MyHTML_TAG__COMMENT:
    case MyHTML_TAG__DOCTYPE:
    case MyHTML_TAG__END_OF_FILE:
    case MyHTML_TAG__UNDEF:
    case MyHTML_TAG_STYLE:
    case MyHTML_TAG_TEMPLATE:
    case MyHTML_TAG_NOSCRIPT:
      return true;
    case MyHTML_TAG_SCRIPT:
      return !IsJsonLdScript(node);
    default:
      return false;
  }
}

// Copies the myhtml tree under `html` into `dom` in pre-order, iteratively.
void CopyTree(myhtml_tree_t* tree, myhtml_tree_node_t* html, Dom* dom) {
  struct Frame {
    myhtml_tree_node_t* node;
    NodeId parent;
    size_t depth;
  };
  std::vector<Frame> stack = {{html, kNoNode, 0}};
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    const myhtml_tag_id_t tag = myhtml_node_tag_id(f.node);
    if (IsSkipped(f.node, tag)) continue;

    const NodeId id = static_cast<NodeId>(dom->nodes.size());
    dom->nodes.emplace_back();
    DomNode& n = dom->nodes.back();
    n.parent = f.parent;
    if (f.parent != kNoNode) dom->nodes[f.parent].children.push_back(id);
    if (tag == MyHTML_TAG__TEXT) {
      n.is_text = true;
      size_t len = 0;
      const char* text = myhtml_node_text(f.node, &len);
      if (text != nullptr) n.text.assign(text, len);
      continue;
    }
    size_t name_len = 0;
    const char* name = myhtml_tag_name_by_id(tree, tag, &name_len);
    if (name != nullptr) n.tag = Lower(name, name_len);
    for (myhtml_tree_attr_t* a = myhtml_node_attribute_first(f.node); a != nullptr; a = myhtml_attribute_next(a)) {
      size_t klen = 0, vlen = 0;
      const char* key = myhtml_attribute_key(a, &klen);
      const char* value = myhtml_attribute_value(a, &vlen);
      if (key == nullptr) continue;
      n.attrs.emplace_back(Lower(key, klen), value != nullptr ? std::string(value, vlen) : std::string());
    }

    // Children are pushed last-first so they pop in document order; past the
    // depth limit they hang from this node's parent instead of from it.
    const bool too_deep = f.depth >= kMaxDepth;
    const NodeId child_parent = too_deep && f.parent != kNoNode ? f.parent : id;
    const size_t child_depth = too_deep ? f.depth : f.depth + 1;
    const size_t first = stack.size();
    for (myhtml_tree_node_t* c = myhtml_node_child(f.node); c != nullptr; c = myhtml_node_next(c)) {
      stack.push_back({c, child_parent, child_depth});
    }
    std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(first), stack.end());
  }
}

}  // namespace

Result<Dom> ParseHtml(std::string_view utf8_html) {
  Dom dom;
  if (utf8_html.empty()) return dom;
  thread_local MyhtmlContext context;
  myhtml_tree_t* tree = context.tree();
  if (tree == nullptr) return Status::Internal("could not set up the HTML parser");
  myhtml_tree_clean(tree);
  // NUL bytes carry nothing (HTML5 drops them from text and turns them into
  // U+FFFD elsewhere), and myhtml mishandles one right after a multi-byte
  // character, leaving a lone UTF-8 lead byte in the text: drop them first.
  std::string without_nuls;
  if (utf8_html.find('\0') != std::string_view::npos) {
    without_nuls.reserve(utf8_html.size());
    for (char c : utf8_html) {
      if (c != '\0') without_nuls += c;
    }
    utf8_html = without_nuls;
  }
  // Hostile nesting would make the tree builder quadratic: cap it first.
  const std::optional<std::string> limited = LimitNesting(utf8_html);
  if (limited) utf8_html = *limited;
  if (myhtml_parse(tree, MyENCODING_UTF_8, utf8_html.data(), utf8_html.size()) != MyHTML_STATUS_OK) {
    return Status::Internal("the HTML parser failed");
  }
  myhtml_tree_node_t* html = myhtml_tree_get_node_html(tree);
  if (html != nullptr) CopyTree(tree, html, &dom);
  if (!dom.nodes.empty()) dom.root = 0;
  return dom;
}

}  // namespace lede::detail
