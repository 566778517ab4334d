// Entity extractor: finds named entities and merges mentions into referents.
#ifndef LEDE_SRC_ENTITIES_ENTITY_EXTRACTOR_H_
#define LEDE_SRC_ENTITIES_ENTITY_EXTRACTOR_H_

#include <vector>

#include "entities/ner_mentions.h"
#include "lede/entity.h"
#include "lede/report.h"
#include "lede/status.h"

namespace lede::detail {

// Returns the entities of a report whose document, tokens and sentences are
// filled in: one per referent, with aliases, roles and mentions, ids from 1.
std::vector<Entity> ExtractEntities(const Report& report);

// Returns the entities of a report as ExtractEntities does, but with the
// mentions tagged by `tag` instead of found by the rules; fails when `tag` does.
Result<std::vector<Entity>> ExtractEntities(const Report& report, const NerTagFunction& tag);

}  // namespace lede::detail

#endif  // LEDE_SRC_ENTITIES_ENTITY_EXTRACTOR_H_
