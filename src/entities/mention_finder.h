// Mention finder: proposes entity candidates from capitalised word runs.
//
// One left-to-right pass. At each capitalised word it takes the maximal run
// of capitalised words (with "of" after an organisation or place head, and
// name particles like "von"), then reads the run in this order:
//   1. a vehicle noun before it ("the destroyer X") makes it a PRODUCT;
//   2. a gazetteer name covering the whole run wins;
//   3. a name-final head ("X Ministry", "X Sea", "X War", "X Initiative") or
//      a place prefix ("Gulf of X", "Mount X") types the whole run;
//   4. otherwise the run is segmented: gazetteer names (longest first),
//      titles ("President"), words never names ("Earlier", "Thursday"), and
//      the rest as a name chunk typed by its context (title or role before,
//      apposition or reporting verb after, cue noun before, given name).
// Lower-case organisation mentions ("the defence ministry") are found too.
// A shouted line (a headline in capitals, or in title case with "And") says
// nothing by its case: only gazetteer names are typed there, and other
// uncommon words are weak candidates that count only if named elsewhere.
// Unsure single words are returned as weak candidates for the linker.
#ifndef LEDE_SRC_ENTITIES_MENTION_FINDER_H_
#define LEDE_SRC_ENTITIES_MENTION_FINDER_H_

#include <string>
#include <string_view>
#include <vector>

#include "entities/candidate.h"
#include "entities/gazetteer.h"
#include "entities/word_view.h"

namespace lede::detail {

// Prefixes the referent key of a named vehicle ("vehicle:hamburg"), so the
// frigate Hamburg and the city of Hamburg stay two referents.
inline constexpr std::string_view kVehicleKeyPrefix = "vehicle:";

// Returns the candidates of `words` (over `text`) in text order.
std::vector<Candidate> FindMentions(const std::string& text, const std::vector<Word>& words,
                                    const Gazetteer& gaz);

}  // namespace lede::detail

#endif  // LEDE_SRC_ENTITIES_MENTION_FINDER_H_
