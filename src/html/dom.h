// DOM: lede's own small, read-only tree of an HTML page.
//
// The HTML parser (html_parser.cc, the only file that knows myhtml) builds
// it; the extractor walks it. Nodes live in one vector and refer to each
// other by index, so the tree is cheap to build and to free.
#ifndef LEDE_SRC_HTML_DOM_H_
#define LEDE_SRC_HTML_DOM_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lede::detail {

// Index of a node in Dom::nodes; kNoNode for none.
using NodeId = uint32_t;
inline constexpr NodeId kNoNode = UINT32_MAX;

// Holds one element or text node.
struct DomNode {
  bool is_text = false;
  std::string tag;  // lower-case element name; "" for text nodes
  std::string text;  // text content for text nodes (entities decoded), else ""
  std::vector<std::pair<std::string, std::string>> attrs;  // lower-case names
  NodeId parent = kNoNode;
  std::vector<NodeId> children;

  // Returns the value of attribute `name`, or "" when absent.
  std::string_view Attr(std::string_view name) const;
};

// Holds a parsed page. nodes[0] is the root (<html>) when the page is not empty.
struct Dom {
  std::vector<DomNode> nodes;
  NodeId root = kNoNode;
};

}  // namespace lede::detail

#endif  // LEDE_SRC_HTML_DOM_H_
