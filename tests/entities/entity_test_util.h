// Helpers for the entity tests: run the stage on text and look entities up.
#ifndef LEDE_TESTS_ENTITIES_ENTITY_TEST_UTIL_H_
#define LEDE_TESTS_ENTITIES_ENTITY_TEST_UTIL_H_

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "entities/entity_extractor.h"
#include "support/annotate.h"

namespace lede::testing {

// Returns the entities lede finds in `text`.
inline std::vector<Entity> EntitiesOf(const std::string& text) {
  return detail::ExtractEntities(Annotate(text));
}

// Returns the entity named `name` (canonical name), or nullptr.
inline const Entity* FindEntity(const std::vector<Entity>& entities, const std::string& name) {
  auto it = std::find_if(entities.begin(), entities.end(),
                         [&](const Entity& e) { return e.name == name; });
  return it == entities.end() ? nullptr : &*it;
}

// Returns true when some entity has `name` as its name or an alias.
inline bool Names(const std::vector<Entity>& entities, const std::string& name) {
  for (const Entity& e : entities) {
    if (e.name == name) return true;
    if (std::find(e.aliases.begin(), e.aliases.end(), name) != e.aliases.end()) return true;
  }
  return false;
}

// Returns a one-line listing of the entities, for failure messages.
inline std::string Describe(const std::vector<Entity>& entities) {
  std::ostringstream out;
  for (const Entity& e : entities) {
    out << e.id << ":" << e.name << "/" << EntityTypeName(e.type);
    for (const std::string& a : e.aliases) out << " ~" << a;
    for (const std::string& r : e.roles) out << " [" << r << "]";
    out << " x" << e.mentions.size() << "; ";
  }
  return out.str();
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_ENTITIES_ENTITY_TEST_UTIL_H_
