// Entity extractor: words -> candidates (gazetteers, patterns, context) ->
// one entity per referent. Each step lives in its own file; this one only
// runs them in order.
#include "entities/entity_extractor.h"

#include "entities/entity_linker.h"
#include "entities/gazetteer.h"
#include "entities/mention_finder.h"
#include "entities/word_view.h"

namespace lede::detail {

std::vector<Entity> ExtractEntities(const Report& report) {
  const Gazetteer& gaz = Gazetteer::Get();
  // 1. The tokens as the entity rules read them.
  std::vector<Word> words = BuildWords(report);
  // 2. Candidate mentions with their evidence and roles.
  std::vector<Candidate> candidates = FindMentions(report.document.text, words, gaz);
  // 3. Merge into referents.
  return LinkEntities(std::move(candidates));
}

}  // namespace lede::detail
