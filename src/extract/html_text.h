// HTML text: whitespace collapsing and tag classes shared by the HTML
// extractor's parts.
//
// HTML renders every run of whitespace (including newlines and, for
// reading purposes, no-break spaces) as one space, and starts a new line at
// every block-level element. These helpers give the extractor that view of
// the text without building a rendered string for the whole page.
#ifndef LEDE_SRC_EXTRACT_HTML_TEXT_H_
#define LEDE_SRC_EXTRACT_HTML_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "html/dom.h"

namespace lede::detail {

// Appends `text` to *out with whitespace runs collapsed to one space; no
// leading space is written at the start of *out. Returns the number of
// non-space code points appended.
size_t AppendCollapsed(std::string_view text, std::string* out);

// Returns `text` with whitespace runs collapsed and the ends trimmed.
std::string CollapseWhitespace(std::string_view text);

// Returns the whitespace-collapsed text of the subtree at `id`, with a
// space at every block boundary and <br>, so words never run together.
std::string SubtreeText(const Dom& dom, NodeId id);

// Returns the number of non-space code points in `text`.
size_t VisibleLength(std::string_view text);

// Returns true for tags that start a new line when rendered (p, div, li, h2 ...).
bool IsBlockTag(std::string_view tag);

// Returns the first code points of `text` (at most a line's worth), with
// "..." when cut, for --explain.
std::string TextPreview(std::string_view text);

// Returns a short CSS-like label of an element ("div#main.entry-content"), for --explain.
std::string ElementLabel(const DomNode& node);

// Returns true for h1-h6.
bool IsHeadingTag(std::string_view tag);

}  // namespace lede::detail

#endif  // LEDE_SRC_EXTRACT_HTML_TEXT_H_
