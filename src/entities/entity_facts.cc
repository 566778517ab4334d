// Entity facts: what lede can say about each finished entity beyond its
// mentions.
//
// Country code. A GPE or NORP is looked up by each of its surface forms (name
// first, then aliases): the form's gazetteer entry of the entity's type gives
// the canonical key ("britain" -> "united kingdom", "russians" -> "russian"),
// and the code table (gazetteer/country_codes*.txt) gives that key's ISO
// 3166-1 alpha-2 code; a form the gazetteer lacks is tried in the code table
// directly. A NORP takes only a nationality's code and a GPE only a country's,
// region's or city's, so a mistyped entity gets nothing rather than a wrong
// code. Other types (LOC "Gulf of Oman", PERSON, ORG) get no code.
//
// Country entity. A NORP, region or city is linked to the first GPE entity of
// the report that is the country itself with the same code ("Chinese" ->
// "China"); 0 when the article does not name that country. A country is not
// linked to itself.
//
// Salience, in [0,1], a weighted sum of four parts each in [0,1]:
//   share    = mentions / mentions of the most-mentioned entity
//   early    = 1 - (byte offset of the first mention / text length)
//   headline = 1 when the name or an alias is in the title or standfirst
//   lead     = 1 when the entity is mentioned in the first paragraph
// Weights are the constants below; they sum to 1. How often an article comes
// back to a referent is the strongest sign of its subject, and news puts its
// subject in the headline and lead, so a repeated, early subject outranks a
// one-off name near the end.
#include "entities/entity_facts.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include "entities/gazetteer.h"

namespace lede::detail {
namespace {

// Weight of the mention share: repetition is the clearest sign of what an article is about.
constexpr double kShareWeight = 0.5;
// Weight of earliness: news names its subject early (inverted pyramid).
constexpr double kEarlyWeight = 0.25;
// Weight of appearing in the headline or standfirst: the editor's own choice of subject.
constexpr double kHeadlineWeight = 0.15;
// Weight of a mention in the first paragraph: the lead states who and where.
constexpr double kLeadWeight = 0.1;
static_assert(kShareWeight + kEarlyWeight + kHeadlineWeight + kLeadWeight == 1.0,
              "salience weights must sum to 1 so salience stays in [0,1]");

// Returns true when a code of kind `kind` suits an entity of type `type`.
bool KindFits(EntityType type, CodeKind kind) {
  if (type == EntityType::kNorp) return kind == CodeKind::kNationality;
  return type == EntityType::kGpe && kind != CodeKind::kNationality;
}

// Returns the country code of one surface form of an entity of `type`, or nullptr.
const CountryCode* CodeOfForm(const std::string& form, EntityType type, const Gazetteer& gaz) {
  const std::string key = FoldCase(form);
  if (const std::vector<GazetteerEntry>* entries = gaz.Find(key)) {
    for (const GazetteerEntry& entry : *entries) {
      if (entry.type != type || (!entry.exact.empty() && entry.exact != form)) continue;
      const CountryCode* code = gaz.FindCountryCode(entry.canonical);
      if (code && KindFits(type, code->kind)) return code;
    }
  }
  const CountryCode* code = gaz.FindCountryCode(key);
  return code && KindFits(type, code->kind) ? code : nullptr;
}

// Returns the country code of an entity from its name or aliases, or nullptr.
const CountryCode* CodeOf(const Entity& e, const Gazetteer& gaz) {
  if (e.type != EntityType::kGpe && e.type != EntityType::kNorp) return nullptr;
  if (const CountryCode* code = CodeOfForm(e.name, e.type, gaz)) return code;
  for (const std::string& alias : e.aliases) {
    if (const CountryCode* code = CodeOfForm(alias, e.type, gaz)) return code;
  }
  return nullptr;
}

// Returns true when `c` may continue a word (ASCII letters and digits, and
// every byte of a multi-byte UTF-8 letter).
bool WordByte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return b >= 0x80 || (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
}

// Returns true when `name` occurs in `line` as whole words.
bool ContainsWords(std::string_view line, std::string_view name) {
  if (name.empty()) return false;
  for (size_t at = line.find(name); at != std::string_view::npos; at = line.find(name, at + 1)) {
    const size_t end = at + name.size();
    if ((at == 0 || !WordByte(line[at - 1])) && (end == line.size() || !WordByte(line[end]))) return true;
  }
  return false;
}

// Returns true when the title or standfirst names `e` by its name or an alias.
bool InHeadline(const Entity& e, const Metadata& meta) {
  std::vector<std::string_view> lines{meta.title};
  lines.insert(lines.end(), meta.standfirst.begin(), meta.standfirst.end());
  for (std::string_view line : lines) {
    if (ContainsWords(line, e.name)) return true;
    for (const std::string& alias : e.aliases) {
      if (ContainsWords(line, alias)) return true;
    }
  }
  return false;
}

// Returns the salience of `e` (see the file comment).
double Salience(const Entity& e, size_t max_mentions, const Report& report, size_t lead_end) {
  if (e.mentions.empty() || max_mentions == 0) return 0;
  const double share = static_cast<double>(e.mentions.size()) / static_cast<double>(max_mentions);
  const size_t text_size = std::max<size_t>(report.document.text.size(), 1);
  const size_t first = e.mentions.front().start;  // mentions are in text order
  const double early = 1.0 - static_cast<double>(std::min(first, text_size)) / static_cast<double>(text_size);
  const double headline = InHeadline(e, report.document.meta) ? 1.0 : 0.0;
  const double lead = first < lead_end ? 1.0 : 0.0;
  const double salience =
      kShareWeight * share + kEarlyWeight * early + kHeadlineWeight * headline + kLeadWeight * lead;
  return std::clamp(salience, 0.0, 1.0);
}

}  // namespace

std::vector<Entity> AddEntityFacts(const Report& report, std::vector<Entity> entities) {
  const Gazetteer& gaz = Gazetteer::Get();
  std::vector<const CountryCode*> codes;
  codes.reserve(entities.size());
  for (Entity& e : entities) {
    const CountryCode* code = CodeOf(e, gaz);
    codes.push_back(code);
    e.country = code ? code->code : "";
  }
  // Link each people, region and city to the first country entity of its code.
  std::unordered_map<std::string, int> country_ids;
  for (size_t i = 0; i < entities.size(); ++i) {
    if (codes[i] && codes[i]->kind == CodeKind::kCountry) country_ids.emplace(codes[i]->code, entities[i].id);
  }
  for (size_t i = 0; i < entities.size(); ++i) {
    if (!codes[i] || codes[i]->kind == CodeKind::kCountry) continue;
    auto it = country_ids.find(codes[i]->code);
    if (it != country_ids.end()) entities[i].country_entity = it->second;
  }
  size_t max_mentions = 0;
  for (const Entity& e : entities) max_mentions = std::max(max_mentions, e.mentions.size());
  const std::vector<Block>& blocks = report.document.blocks;
  const size_t lead_end = blocks.empty() ? report.document.text.size() : blocks.front().span.end;
  for (Entity& e : entities) e.salience = Salience(e, max_mentions, report, lead_end);
  return entities;
}

}  // namespace lede::detail
