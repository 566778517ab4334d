// Role finder: titles before a name and appositions after it.
//
// "Brazilian President Luiz Lula" -> "Brazilian President"; "UN secretary
// general Antonio Guterres" -> "UN secretary general"; "Li Wei, a foreign
// ministry spokeswoman, said" -> "foreign ministry spokeswoman". A role must
// end in a title or role head word from the lexicon; its modifiers are the
// words just before the head, up to a function word, verb or punctuation.
#ifndef LEDE_SRC_ENTITIES_ROLE_FINDER_H_
#define LEDE_SRC_ENTITIES_ROLE_FINDER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "entities/gazetteer.h"
#include "entities/word_view.h"

namespace lede::detail {

// Marks a role phrase: its words [first, last) and its text.
struct RoleMatch {
  size_t first = 0;
  size_t last = 0;
  std::string text;
  bool honorific = false;  // a title that names no office ("Mr", "Dr"): not reported as a role
};

// Returns the length in words of the longest phrase of `set` starting at word
// `i` (case-insensitive, word tokens only), or 0.
size_t MatchPhraseAt(const std::vector<Word>& words, size_t i, const PhraseSet& set);

// Returns the length in words of the longest phrase of `set` ending just
// before word `end`, or 0.
size_t MatchPhraseBefore(const std::vector<Word>& words, size_t end, const PhraseSet& set);

// Returns the role written right before word `name_start` ("Russian
// counterpart", "Prime Minister"), or nothing.
std::optional<RoleMatch> FindRoleBefore(const std::string& text, const std::vector<Word>& words,
                                        size_t name_start, const Gazetteer& gaz);

// Returns the role of an apposition right after word range ending at
// `name_end` (", a defence ministry spokesman,"), or nothing.
std::optional<RoleMatch> FindApposition(const std::string& text, const std::vector<Word>& words,
                                        size_t name_end, const Gazetteer& gaz);

// Returns the role of an apposition that opens the clause before a name set
// off by commas ("Its chief executive, Ana Lima, said" -> "chief executive";
// "The firm's founder, Ana Lima," -> "firm's founder"), or nothing.
std::optional<RoleMatch> FindAppositionBefore(const std::string& text, const std::vector<Word>& words,
                                              size_t name_start, size_t name_end, const Gazetteer& gaz);

// Returns true when an apposition after `name_end` describes an organisation
// (", a Brazilian planemaker,"), judged by the org cue words.
bool AppositionNamesOrg(const std::vector<Word>& words, size_t name_end, const Gazetteer& gaz);

}  // namespace lede::detail

#endif  // LEDE_SRC_ENTITIES_ROLE_FINDER_H_
