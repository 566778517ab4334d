// Nesting limiter: keeps hostile markup from making HTML parsing quadratic.
//
// The HTML5 tree builder looks through the stack of open elements for
// almost every tag, so a page of 200,000 unclosed <div>s costs 200,000^2
// steps (myhtml: 72 s for 1 MB). Before parsing, one cheap scan tracks how
// deep ordinary elements are nested; start tags past kMaxOpenElements are
// cut out together with as many later end tags, so the stack stays short.
// Void elements (<br>, <img> ...) and elements whose end tag is implied by
// the next sibling (<p>, <li>, <td> ...) never grow the stack and are not
// counted. Comments and the raw text of <script>, <style>, <textarea> and
// <title> are skipped whole. Real pages nest a few dozen deep and pass
// through untouched, without a copy.
#ifndef LEDE_SRC_HTML_NESTING_LIMITER_H_
#define LEDE_SRC_HTML_NESTING_LIMITER_H_

#include <optional>
#include <string>
#include <string_view>

namespace lede::detail {

// Open ordinary elements allowed at once. Real news pages stay under ~100;
// the Dom flattens anything past 256 anyway, so deeper markup carries nothing
// the extractor would keep.
inline constexpr size_t kMaxOpenElements = 512;

// Returns `html` with start tags past kMaxOpenElements (and as many end tags)
// removed, or nothing when the page never nests that deep.
std::optional<std::string> LimitNesting(std::string_view html);

}  // namespace lede::detail

#endif  // LEDE_SRC_HTML_NESTING_LIMITER_H_
