// Names the reporters print for enums that have no public name function.
#ifndef LEDE_SRC_REPORT_NAMES_H_
#define LEDE_SRC_REPORT_NAMES_H_

#include <string_view>

#include "lede/document.h"
#include "lede/status.h"
#include "lede/token.h"

namespace lede::detail {

// Returns the snake_case name of a failure code ("not_found", "binary_input", ...).
std::string_view StatusCodeName(StatusCode code);

// Returns the snake_case name of a block kind ("paragraph", "list_item", ...).
std::string_view BlockKindName(BlockKind kind);

// Returns the lower-case name of a token kind ("word", "number", ...).
std::string_view TokenKindName(TokenKind kind);

}  // namespace lede::detail

#endif  // LEDE_SRC_REPORT_NAMES_H_
