// Entity: one real-world referent named in the article.
#ifndef LEDE_ENTITY_H_
#define LEDE_ENTITY_H_

#include <string>
#include <string_view>
#include <vector>

#include "lede/document.h"

namespace lede {

// Names the type of an entity (OntoNotes-style, mapped to CoNLL's four for scoring).
enum class EntityType {
  kPerson,   // people
  kOrg,      // companies, agencies, ministries, alliances, media
  kGpe,      // countries, cities, states: places with a government
  kLoc,      // other places: seas, gulfs, mountains, regions
  kNorp,     // nationalities, religious and political groups ("Chinese")
  kEvent,    // named events ("Cold War")
  kProduct,  // named vehicles, ships, aircraft, products
  kMisc,     // other names (initiatives, laws, titles)
};

// Returns the upper-case name of a type ("PERSON", "GPE", ...).
std::string_view EntityTypeName(EntityType type);

// Holds one referent with all the ways the article names it.
struct Entity {
  int id = 0;                        // stable within one report, from 1
  std::string name;                  // canonical (longest full) name
  EntityType type = EntityType::kMisc;
  std::vector<std::string> aliases;  // other surface forms ("Okafor" for "Grace Okafor")
  std::vector<std::string> roles;    // titles and appositions ("defence ministry spokesman")
  std::vector<Span> mentions;        // every mention, in text order
  std::string country;               // ISO 3166-1 alpha-2 of a GPE or NORP ("CN"); empty when unknown or another type
  int country_entity = 0;            // id of this report's GPE entity for `country` (NORP, region, city); 0 if none
  double salience = 0;               // in [0,1]: how central the entity is to the article (entity_facts.cc)
};

}  // namespace lede

#endif  // LEDE_ENTITY_H_
