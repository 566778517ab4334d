// Gazetteer loading. Every list is read once from the embedded data files
// into hash sets keyed by the case-folded phrase; a name line
// "Canonical|alias|..." becomes one entry per form, all sharing the folded
// canonical form as the referent key so that "NATO" and "Nato" or "UK" and
// "Britain" merge into one entity later.
#include "entities/gazetteer.h"

#include <unicode/uchar.h>

#include "data/embedded_data.h"
#include "text/utf8.h"

namespace lede::detail {
namespace {

// Returns the number of space-separated words in `s`.
size_t CountWords(std::string_view s) {
  size_t n = 1;
  for (char c : s) n += c == ' ';
  return n;
}

// Returns true when every letter of `s` is upper case and it has two or more
// letters: such data entries ("US", "WHO") are case-sensitive.
bool IsAcronym(std::string_view s) {
  size_t letters = 0;
  size_t pos = 0;
  while (pos < s.size()) {
    char32_t cp = DecodeUtf8(s, &pos);
    if (u_isalpha(cp)) {
      if (!u_isupper(cp)) return false;
      ++letters;
    }
  }
  return letters >= 2;
}

// Splits a "a|b|c" data line into its forms.
std::vector<std::string_view> SplitForms(std::string_view line) {
  std::vector<std::string_view> forms;
  while (true) {
    size_t bar = line.find('|');
    std::string_view f = line.substr(0, bar);
    if (!f.empty()) forms.push_back(f);
    if (bar == std::string_view::npos) break;
    line.remove_prefix(bar + 1);
  }
  return forms;
}

void LoadPhrases(std::string_view file, PhraseSet* set) {
  for (std::string_view line : DataLines(file)) set->Add(line);
}

}  // namespace

std::string FoldCase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      char c = s[pos++];
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      continue;
    }
    char32_t cp = DecodeUtf8(s, &pos);
    if (cp == U'\u2019' || cp == U'\u2018') {
      out.push_back('\'');
    } else {
      AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), &out);
    }
  }
  return out;
}

void PhraseSet::Add(std::string_view phrase) {
  std::string key = FoldCase(phrase);
  max_words_ = std::max(max_words_, CountWords(key));
  phrases_.insert(std::move(key));
}

const Gazetteer& Gazetteer::Get() {
  static const Gazetteer* const kGazetteer = new Gazetteer();
  return *kGazetteer;
}

const std::vector<GazetteerEntry>* Gazetteer::Find(std::string_view key) const {
  auto it = names_.find(std::string(key));
  return it == names_.end() ? nullptr : &it->second;
}

void Gazetteer::AddNames(std::string_view file, EntityType type, bool city) {
  constexpr std::string_view kGpeMark = "GPE:";
  for (std::string_view line : DataLines(file)) {
    EntityType line_type = type;
    if (line.substr(0, kGpeMark.size()) == kGpeMark) {
      line_type = EntityType::kGpe;
      line.remove_prefix(kGpeMark.size());
    }
    std::vector<std::string_view> forms = SplitForms(line);
    if (forms.empty()) continue;
    std::string canonical = FoldCase(forms.front());
    for (std::string_view form : forms) {
      GazetteerEntry entry{line_type, canonical, IsAcronym(form) ? std::string(form) : "", city};
      std::string key = FoldCase(form);
      max_name_tokens_ = std::max(max_name_tokens_, CountWords(key));
      names_[key].push_back(std::move(entry));
    }
  }
}

const CountryCode* Gazetteer::FindCountryCode(std::string_view key) const {
  auto it = country_codes_.find(std::string(key));
  return it == country_codes_.end() ? nullptr : &it->second;
}

// Reads "Name|CC|kind" lines; a later file's line replaces an earlier one of
// the same name, so the hand-written extras correct the generated table.
void Gazetteer::AddCountryCodes(std::string_view file) {
  for (std::string_view line : DataLines(file)) {
    std::vector<std::string_view> fields = SplitForms(line);
    if (fields.size() != 3) continue;
    CodeKind kind = CodeKind::kCountry;
    if (fields[2] == "nationality") kind = CodeKind::kNationality;
    if (fields[2] == "region") kind = CodeKind::kRegion;
    if (fields[2] == "city") kind = CodeKind::kCity;
    country_codes_[FoldCase(fields[0])] = CountryCode{std::string(fields[1]), kind};
  }
}

const std::vector<GazetteerFile>& GazetteerNameFiles() {
  static const auto* files = new std::vector<GazetteerFile>{
      {"gazetteer/country_aliases.txt", EntityType::kGpe, false},
      {"gazetteer/countries.txt", EntityType::kGpe, false},
      {"gazetteer/organisations.txt", EntityType::kOrg, false},
      {"gazetteer/events.txt", EntityType::kEvent, false},
      {"gazetteer/locations.txt", EntityType::kLoc, false},
      {"gazetteer/nationalities.txt", EntityType::kNorp, false},
      {"gazetteer/nationality_extras.txt", EntityType::kNorp, false},
      {"gazetteer/regions.txt", EntityType::kGpe, false},
      {"gazetteer/cities.txt", EntityType::kGpe, true},
  };
  return *files;
}

Gazetteer::Gazetteer() {
  for (const GazetteerFile& file : GazetteerNameFiles()) AddNames(file.path, file.type, file.city);
  AddCountryCodes("gazetteer/country_codes.txt");
  AddCountryCodes("gazetteer/country_codes_extras.txt");
  LoadPhrases("lexicon/person_titles.txt", &person_titles);
  LoadPhrases("lexicon/role_titles.txt", &role_heads);
  LoadPhrases("lexicon/org_suffixes.txt", &org_suffixes);
  LoadPhrases("lexicon/org_prefixes.txt", &org_prefixes);
  LoadPhrases("lexicon/org_cue_words.txt", &org_cues);
  LoadPhrases("lexicon/org_member_nouns.txt", &org_member_nouns);
  LoadPhrases("lexicon/entity_loc_prefixes.txt", &loc_prefixes);
  LoadPhrases("lexicon/entity_loc_suffixes.txt", &loc_suffixes);
  LoadPhrases("lexicon/entity_event_heads.txt", &event_heads);
  LoadPhrases("lexicon/entity_misc_heads.txt", &misc_heads);
  LoadPhrases("lexicon/entity_vehicle_nouns.txt", &vehicle_nouns);
  LoadPhrases("lexicon/entity_reporting_verbs.txt", &reporting_verbs);
  LoadPhrases("lexicon/non_entity_capitalised.txt", &non_entity_words);
  LoadPhrases("lexicon/entity_common_words.txt", &common_words);
  LoadPhrases("lexicon/entity_name_particles.txt", &name_particles);
  LoadPhrases("lexicon/entity_org_common_heads.txt", &org_common_heads);
  // A name goes on after "of" only behind an organisation or place head:
  // "Ministry of Defence", "Gulf of Aden", but never "China of Russia".
  LoadPhrases("lexicon/org_prefixes.txt", &of_heads);
  LoadPhrases("lexicon/org_suffixes.txt", &of_heads);
  for (std::string_view line : DataLines("lexicon/entity_loc_prefixes.txt")) {
    constexpr std::string_view kOf = " of";
    if (line.size() > kOf.size() && line.substr(line.size() - kOf.size()) == kOf) {
      of_heads.Add(line.substr(0, line.size() - kOf.size()));
    }
  }
  for (std::string_view name : DataLines("lexicon/entity_given_names.txt")) {
    given_names.emplace(name);
  }
}

}  // namespace lede::detail
