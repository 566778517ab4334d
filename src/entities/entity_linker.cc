// Entity linker: see the header for the steps.
#include "entities/entity_linker.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "entities/gazetteer.h"

namespace lede::detail {
namespace {

// Returns true when a candidate may be a short form of a person's name:
// one word, and not a known place, organisation or nationality.
bool MayBeShortForm(const Candidate& c) {
  if (c.words.size() != 1 || c.last_word - c.first_word != 1) return false;
  return c.evidence != Evidence::kGazetteer && c.evidence != Evidence::kPattern &&
         c.evidence != Evidence::kVehicleCue && c.evidence != Evidence::kOrgCue;
}

// Maps each first and last word of multi-word PERSON names to their keys.
std::unordered_map<std::string, std::unordered_set<std::string>> NameWordIndex(
    const std::vector<Candidate>& candidates) {
  std::unordered_map<std::string, std::unordered_set<std::string>> index;
  for (const Candidate& c : candidates) {
    if (c.weak || c.type != EntityType::kPerson || c.words.size() < 2) continue;
    index[c.words.front()].insert(c.key);
    index[c.words.back()].insert(c.key);
  }
  return index;
}

// Adds `s` to `list` unless it is there already (compared case-insensitively).
void AddUnique(std::vector<std::string>* list, const std::string& s) {
  std::string folded = FoldCase(s);
  for (const std::string& x : *list) {
    if (FoldCase(x) == folded) return;
  }
  list->push_back(s);
}

}  // namespace

std::vector<Entity> LinkEntities(std::vector<Candidate> candidates) {
  // 1. Short forms join the one full name they match.
  auto index = NameWordIndex(candidates);
  for (Candidate& c : candidates) {
    if (!MayBeShortForm(c)) continue;
    auto it = index.find(c.words.front());
    if (it == index.end() || it->second.size() != 1) continue;
    c.key = *it->second.begin();
    c.type = EntityType::kPerson;
    c.weak = false;
  }

  // A lone word that opens exactly one two-word organisation typed by its
  // suffix ("Nordvik" after "Nordvik Systems") is that organisation's short
  // form; longer names ("Linz Transit Authority") often start with a place.
  std::unordered_map<std::string, std::unordered_set<std::string>> org_index;
  for (const Candidate& c : candidates) {
    if (c.weak || c.type != EntityType::kOrg || c.evidence != Evidence::kPattern || c.words.size() != 2 ||
        c.last_word - c.first_word != 2) {
      continue;
    }
    org_index[c.words.front()].insert(c.key);
  }
  for (Candidate& c : candidates) {
    if (!MayBeShortForm(c) || c.type == EntityType::kPerson) continue;
    auto it = org_index.find(c.words.front());
    if (it == org_index.end() || it->second.size() != 1) continue;
    c.key = *it->second.begin();
    c.type = EntityType::kOrg;
    c.weak = false;
  }

  // 2. Group by referent key.
  std::vector<Candidate*> kept;
  for (Candidate& c : candidates) {
    if (!c.weak) kept.push_back(&c);
  }
  std::sort(kept.begin(), kept.end(),
            [](const Candidate* a, const Candidate* b) { return a->span.start < b->span.start; });
  std::unordered_map<std::string, size_t> by_key;
  std::vector<std::vector<Candidate*>> groups;
  for (Candidate* c : kept) {
    auto [it, added] = by_key.emplace(c->key, groups.size());
    if (added) groups.emplace_back();
    groups[it->second].push_back(c);
  }

  // 3. One entity per group, in order of first mention.
  std::vector<Entity> entities;
  entities.reserve(groups.size());
  for (const std::vector<Candidate*>& group : groups) {
    Entity e;
    e.id = static_cast<int>(entities.size()) + 1;
    const Candidate* strongest = group.front();
    const Candidate* longest = group.front();
    for (const Candidate* c : group) {
      if (EvidenceRank(c->evidence) > EvidenceRank(strongest->evidence)) strongest = c;
      if (c->text.size() > longest->text.size()) longest = c;
      e.mentions.push_back(c->span);
      for (const std::string& r : c->roles) AddUnique(&e.roles, r);
    }
    e.type = strongest->type;
    e.name = longest->text;
    for (const Candidate* c : group) {
      if (c->text != e.name &&
          std::find(e.aliases.begin(), e.aliases.end(), c->text) == e.aliases.end()) {
        e.aliases.push_back(c->text);
      }
    }
    std::sort(e.mentions.begin(), e.mentions.end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
    e.mentions.erase(std::unique(e.mentions.begin(), e.mentions.end()), e.mentions.end());
    entities.push_back(std::move(e));
  }
  return entities;
}

}  // namespace lede::detail
