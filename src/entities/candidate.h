// Candidate: one possible entity mention with the evidence behind it.
//
// The mention finder proposes candidates; the linker keeps, merges or drops
// them. Every rule that fires leaves its mark in `evidence` and the feature
// flags, so a trained model can later score the same candidates instead of
// the hand-set priorities used now.
#ifndef LEDE_SRC_ENTITIES_CANDIDATE_H_
#define LEDE_SRC_ENTITIES_CANDIDATE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "lede/document.h"
#include "lede/entity.h"

namespace lede::detail {

// Names the rule that typed a candidate, strongest first.
enum class Evidence {
  kGazetteer,      // a name list entry
  kVehicleCue,     // "the destroyer X"
  kPattern,        // a name-final head word: "X Ministry", "X Sea", "X War"
  kTitle,          // a person title or role noun before: "President X", "spokesman X"
  kApposition,     // ", a defence ministry spokesman," after
  kOrgCue,         // "news agency X"
  kReportingVerb,  // "X said"
  kGivenName,      // first word is a known given name
  kShape,          // two or more capitalised words with no other cue
  kNone,           // a lone capitalised word with no cue
};

// Holds one proposed mention.
struct Candidate {
  Span span;                        // name only: no title, no possessive
  size_t first_word = 0;            // word range [first_word, last_word)
  size_t last_word = 0;
  std::string text;                 // surface text of span
  std::string key;                  // referent key: folded canonical form
  EntityType type = EntityType::kMisc;
  Evidence evidence = Evidence::kNone;
  bool weak = false;                // kept only if the linker ties it to a stronger mention
  bool sentence_start = false;      // feature: the name opens a sentence
  bool common_word = false;         // feature: a single word that is common English
  std::vector<std::string> roles;   // titles and appositions naming the referent's role
  std::vector<std::string> words;   // folded words of the name (for short-form linking)
};

// Returns a rank for `e` where larger means stronger evidence.
inline int EvidenceRank(Evidence e) {
  return static_cast<int>(Evidence::kNone) - static_cast<int>(e);
}

}  // namespace lede::detail

#endif  // LEDE_SRC_ENTITIES_CANDIDATE_H_
