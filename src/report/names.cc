// Names the reporters print for enums that have no public name function.
// They are part of the JSON contract (data/schema/report.schema.json lists
// them): renaming one is an incompatible change.
#include "report/names.h"

namespace lede::detail {

std::string_view StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kNotFound: return "not_found";
    case StatusCode::kIsDirectory: return "is_directory";
    case StatusCode::kUnreadable: return "unreadable";
    case StatusCode::kEmptyInput: return "empty_input";
    case StatusCode::kBinaryInput: return "binary_input";
    case StatusCode::kTooLarge: return "too_large";
    case StatusCode::kNoArticle: return "no_article";
    case StatusCode::kInvalidArgument: return "invalid_argument";
    case StatusCode::kInternal: return "internal";
  }
  return "internal";
}

std::string_view BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kListItem: return "list_item";
    case BlockKind::kBlockquote: return "blockquote";
  }
  return "paragraph";
}

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunctuation: return "punctuation";
    case TokenKind::kQuote: return "quote";
    case TokenKind::kDash: return "dash";
    case TokenKind::kSymbol: return "symbol";
    case TokenKind::kEmoji: return "emoji";
    case TokenKind::kUrl: return "url";
    case TokenKind::kOther: return "other";
  }
  return "other";
}

}  // namespace lede::detail
