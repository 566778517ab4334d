// Entity facts: country codes, links to the country entity, and salience,
// filled in on the finished entities of one report.
#ifndef LEDE_SRC_ENTITIES_ENTITY_FACTS_H_
#define LEDE_SRC_ENTITIES_ENTITY_FACTS_H_

#include <vector>

#include "lede/entity.h"
#include "lede/report.h"

namespace lede::detail {

// Returns `entities` with country, country_entity and salience set, read from
// the gazetteer's code table and from where and how often `report` names each.
std::vector<Entity> AddEntityFacts(const Report& report, std::vector<Entity> entities);

}  // namespace lede::detail

#endif  // LEDE_SRC_ENTITIES_ENTITY_FACTS_H_
