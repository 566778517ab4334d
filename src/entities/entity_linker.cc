// Entity linker: see the header for the steps.
#include "entities/entity_linker.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include <unicode/uchar.h>

#include "entities/gazetteer.h"
#include "entities/mention_finder.h"
#include "text/utf8.h"

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

// Returns true when `s` has letters and none of them is lower case
// ("KENYA" in a headline): a shouted form, a worse name than "Kenya".
bool Shouted(std::string_view s) {
  bool letters = false;
  size_t pos = 0;
  while (pos < s.size()) {
    UChar32 cp = static_cast<UChar32>(DecodeUtf8(s, &pos));
    if (u_islower(cp)) return false;
    letters = letters || u_isalpha(cp);
  }
  return letters;
}

// Returns true when surface form `a` makes a better entity name than `b`:
// the longer one, and between equally long ones the one not in capitals.
bool BetterName(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return a.size() > b.size();
  return Shouted(b) && !Shouted(a);
}

}  // namespace

std::vector<Entity> LinkEntities(std::vector<Candidate> candidates) {
  // 0. A later bare mention of a named vehicle ("Izumo" after "the destroyer
  // Izumo") joins it, unless a name list types it (the city of Hamburg).
  std::unordered_map<std::string, std::string> vehicle_keys;  // plain key -> vehicle key
  for (const Candidate& c : candidates) {
    if (c.evidence == Evidence::kVehicleCue && c.key.starts_with(kVehicleKeyPrefix)) {
      vehicle_keys.emplace(c.key.substr(kVehicleKeyPrefix.size()), c.key);
    }
  }
  for (Candidate& c : candidates) {
    if (c.evidence == Evidence::kVehicleCue || c.evidence == Evidence::kGazetteer) continue;
    auto it = vehicle_keys.find(c.key);
    if (it == vehicle_keys.end()) continue;
    c.key = it->second;
    c.type = EntityType::kProduct;
    c.evidence = Evidence::kVehicleCue;  // typed through the cued mention; no longer a short-form candidate
    c.weak = false;
  }

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
      if (BetterName(c->text, longest->text)) longest = c;
      e.mentions.push_back(c->span);
      for (const std::string& r : c->roles) AddUnique(&e.roles, r);
    }
    e.type = strongest->type;
    e.name = longest->text;
    // Every other surface form is an alias, case variants included: "NATO"
    // and "Nato" are both ways the article writes the name.
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
