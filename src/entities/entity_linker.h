// Entity linker: merges candidates into one entity per referent.
//
//   0. An uncued mention whose key is a named vehicle's ("Izumo" after "the
//      destroyer Izumo") joins the vehicle; a gazetteer place does not.
//   1. A one-word person-like mention ("Macron", "Li") that equals the first
//      or last word of exactly one multi-word PERSON ("Emmanuel Macron", "Li
//      Wei") joins it; weak candidates are kept only when so joined.
//   2. Candidates sharing a referent key (the gazetteer's canonical form, or
//      the folded name) form one entity; its type comes from the strongest
//      evidence, its name is the longest surface form (a mixed-case one over
//      an all-capitals one of the same length: "Kenya", not "KENYA"), the
//      other forms are aliases, and roles are gathered from every mention.
//   A bare surname shared by two full names ("Berg" after "Anna Berg" and
//   "Tomas Berg") joins neither: the linker does not guess.
//   3. Entities are ordered by first mention and numbered from 1.
#ifndef LEDE_SRC_ENTITIES_ENTITY_LINKER_H_
#define LEDE_SRC_ENTITIES_ENTITY_LINKER_H_

#include <vector>

#include "entities/candidate.h"
#include "lede/entity.h"

namespace lede::detail {

// Returns the entities the candidates name, one per referent, ids from 1.
std::vector<Entity> LinkEntities(std::vector<Candidate> candidates);

}  // namespace lede::detail

#endif  // LEDE_SRC_ENTITIES_ENTITY_LINKER_H_
