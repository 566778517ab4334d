// Byline parser: the author names in a byline or an author field, without
// the "By", the roles, agencies, handles and datelines that come with them.
#ifndef LEDE_SRC_EXTRACT_BYLINE_PARSER_H_
#define LEDE_SRC_EXTRACT_BYLINE_PARSER_H_

#include <string>
#include <string_view>
#include <vector>

namespace lede::detail {

// Returns the names in a byline: "By Jane Doe and John Roe" -> {"Jane Doe", "John Roe"};
// empty when a part does not read as a name.
std::vector<std::string> ParseByline(std::string_view byline);

// Returns `name` without a trailing organisation of `orgs` (lower-cased), as
// long as a name of two or more words is left ("JANE DOE Associated Press" -> "JANE DOE").
std::string DropOrgSuffix(std::string name, const std::vector<std::string>& orgs);

}  // namespace lede::detail

#endif  // LEDE_SRC_EXTRACT_BYLINE_PARSER_H_
