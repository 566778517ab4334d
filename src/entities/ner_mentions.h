// NER mentions: entity candidates from a trained sequence tagger.
//
// The entity stage's words are grouped by sentence (in document order, so a
// tagger with a document pass sees the whole article), each sentence's token
// strings are tagged with BIO tags by a caller-supplied function, and every
// B-/I- run becomes a Candidate over the same words the rule mention finder
// would use, so the linker and role finder treat both alike. The tagger's
// coarse CoNLL types are refined with the gazetteer: LOC -> GPE for a known
// country, city or region; MISC -> NORP for a known nationality.
//
// The tagger is passed in as a function because the tagging code lives in
// lede_train, which itself links lede_entities (for the NER features).
#ifndef LEDE_SRC_ENTITIES_NER_MENTIONS_H_
#define LEDE_SRC_ENTITIES_NER_MENTIONS_H_

#include <functional>
#include <string>
#include <vector>

#include "entities/candidate.h"
#include "entities/gazetteer.h"
#include "entities/word_view.h"
#include "lede/status.h"
#include "lede/token.h"

namespace lede::detail {

// Returns one BIO tag per token ("B-PER", "I-LOC", "O") for each sentence
// given in document order, or an error.
using NerTagFunction =
    std::function<Result<std::vector<std::vector<std::string>>>(const std::vector<std::vector<std::string>>&)>;

// Returns the entity type a CoNLL tag type ("PER", "ORG", "LOC", "MISC")
// names for a mention whose folded key is `key`, refined by the gazetteer.
EntityType NerMentionType(std::string_view tag_type, const std::string& key, const Gazetteer& gaz);

// Returns the candidates `tag` finds in `words` (over `text`, split into
// `sentences`), in text order, with the roles written around them.
Result<std::vector<Candidate>> TaggedMentions(const std::string& text, const std::vector<Word>& words,
                                              const std::vector<Sentence>& sentences, const NerTagFunction& tag,
                                              const Gazetteer& gaz);

}  // namespace lede::detail

#endif  // LEDE_SRC_ENTITIES_NER_MENTIONS_H_
