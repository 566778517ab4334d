// Subject finder: the noun a count counts ("12 ships" -> "ships").
#ifndef LEDE_SRC_QUANTITIES_SUBJECT_FINDER_H_
#define LEDE_SRC_QUANTITIES_SUBJECT_FINDER_H_

#include <string>
#include <vector>

#include "quantities/quantity_lexer.h"
#include "quantities/quantity_lexicon.h"

namespace lede::detail {

// Returns the counted noun in the few words from pieces[j] on, as written, or "".
std::string FindSubject(const std::vector<Piece>& pieces, const std::string& text, size_t j,
                        const QuantityLexicon& lex);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUANTITIES_SUBJECT_FINDER_H_
