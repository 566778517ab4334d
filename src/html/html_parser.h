// HTML parser: the adapter between myhtml (libmodest) and lede's Dom.
#ifndef LEDE_SRC_HTML_HTML_PARSER_H_
#define LEDE_SRC_HTML_HTML_PARSER_H_

#include <string_view>

#include "html/dom.h"
#include "lede/status.h"

namespace lede::detail {

// Returns the Dom of a UTF-8 HTML document, parsed by the HTML5 algorithm.
// Comments, <script>, <style>, <noscript> and <template> contents are kept
// only where the extractor needs them (JSON-LD scripts keep their text).
Result<Dom> ParseHtml(std::string_view utf8_html);

}  // namespace lede::detail

#endif  // LEDE_SRC_HTML_HTML_PARSER_H_
