// Entity extractor: words -> candidates (gazetteers, patterns, context) ->
// one entity per referent. Each step lives in its own file; this one only
// runs them in order.
#include "entities/entity_extractor.h"

#include "entities/entity_facts.h"
#include "entities/entity_linker.h"
#include "entities/gazetteer.h"
#include "entities/mention_finder.h"
#include "entities/ner_mentions.h"
#include "entities/word_view.h"

namespace lede::detail {

std::vector<Entity> ExtractEntities(const Report& report) {
  const Gazetteer& gaz = Gazetteer::Get();
  // 1. The tokens as the entity rules read them.
  std::vector<Word> words = BuildWords(report);
  // 2. Candidate mentions with their evidence and roles.
  std::vector<Candidate> candidates = FindMentions(report.document.text, words, gaz);
  // 3. Merge into referents; 4. add country codes, country links and salience.
  return AddEntityFacts(report, LinkEntities(std::move(candidates)));
}

Result<std::vector<Entity>> ExtractEntities(const Report& report, const NerTagFunction& tag) {
  const Gazetteer& gaz = Gazetteer::Get();
  std::vector<Word> words = BuildWords(report);
  Result<std::vector<Candidate>> candidates =
      TaggedMentions(report.document.text, words, report.sentences, tag, gaz);
  if (!candidates.ok()) return candidates.status();
  return AddEntityFacts(report, LinkEntities(std::move(candidates).value()));
}

}  // namespace lede::detail
