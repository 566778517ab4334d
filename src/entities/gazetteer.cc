// Gazetteer loading. Every list is read once from the embedded data files
// into hash sets keyed by the case-folded phrase; a name line
// "Canonical|alias|..." becomes one entry per form, all sharing the folded
// canonical form as the referent key so that "NATO" and "Nato" or "UK" and
// "Britain" merge into one entity later.
//
// Loading runs at every process start, so it avoids work per entry: keys are
// folded into one reused buffer and copied into an arena only when new, the
// tables are sized up front from the line counts, and the 40,000-entry phrase
// sets are open-addressing tables of views rather than node-based sets.
#include "entities/gazetteer.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstring>
#include <functional>

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

// Splits a "a|b|c" data line into its non-empty forms, reusing `forms`.
void SplitForms(std::string_view line, std::vector<std::string_view>* forms) {
  forms->clear();
  while (true) {
    size_t bar = line.find('|');
    std::string_view f = line.substr(0, bar);
    if (!f.empty()) forms->push_back(f);
    if (bar == std::string_view::npos) break;
    line.remove_prefix(bar + 1);
  }
}

// Returns the number of '|'-separated forms in `lines`, an upper bound on the
// keys they add.
size_t CountForms(const std::vector<std::string_view>& lines) {
  size_t n = 0;
  for (std::string_view line : lines) n += 1 + std::count(line.begin(), line.end(), '|');
  return n;
}

// Returns FoldCase(s): `s` itself when it is already folded (lower-case
// ASCII, as most list entries are), else its folding written to `buffer`.
std::string_view Folded(std::string_view s, std::string* buffer) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80 || (c >= 'A' && c <= 'Z')) {
      FoldCaseInto(s, buffer);
      return *buffer;
    }
  }
  return s;
}

void LoadPhrases(std::string_view file, PhraseSet* set) {
  std::vector<std::string_view> lines = DataLines(file);
  set->Reserve(lines.size());
  for (std::string_view line : lines) set->Add(line);
}

// The first arena block; later ones double, so a list of N bytes takes
// about log2(N / kFirstBlockBytes) allocations and wastes under half a block.
constexpr size_t kFirstBlockBytes = 4096;

// The largest share of StringIndex slots in use: linear probing stays short
// (about 1.5 probes for a hit, 2.5 for a miss) below three quarters full.
constexpr size_t kMaxLoadNum = 3;
constexpr size_t kMaxLoadDen = 4;

// The fewest slots a non-empty StringIndex has.
constexpr size_t kMinSlots = 16;

}  // namespace

void FoldCaseInto(std::string_view s, std::string* out) {
  // Nearly every entry is ASCII: lower its leading ASCII run with plain byte
  // writes into a buffer of the final size, and decode only from the first
  // non-ASCII byte on, where the folded length may differ.
  out->resize(s.size());
  char* folded = out->data();
  size_t ascii = 0;  // a local of its own: DecodeUtf8 takes pos by address
  for (; ascii < s.size(); ++ascii) {
    const char c = s[ascii];
    if (static_cast<unsigned char>(c) >= 0x80) break;
    folded[ascii] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  out->resize(ascii);
  size_t pos = ascii;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      char c = s[pos++];
      out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      continue;
    }
    char32_t cp = DecodeUtf8(s, &pos);
    if (cp == U'\u2019' || cp == U'\u2018') {
      out->push_back('\'');
    } else {
      AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), out);
    }
  }
}

std::string FoldCase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  FoldCaseInto(s, &out);
  return out;
}

std::string_view StringArena::Store(std::string_view s) {
  // A new block also when none exists, so even "" gets a non-null address
  // (StringIndex marks empty slots by a null one).
  if (s.size() > left_ || next_ == nullptr) {
    block_bytes_ = std::max({s.size(), kFirstBlockBytes, 2 * block_bytes_});
    blocks_.emplace_back(new char[block_bytes_]);
    next_ = blocks_.back().get();
    left_ = block_bytes_;
  }
  if (!s.empty()) std::memcpy(next_, s.data(), s.size());
  std::string_view stored(next_, s.size());
  next_ += s.size();
  left_ -= s.size();
  return stored;
}

void StringIndex::Reserve(size_t n) {
  size_t slots = std::max(slots_.size(), kMinSlots);
  while ((size_ + n) * kMaxLoadDen > slots * kMaxLoadNum) slots *= 2;
  if (slots != slots_.size()) Rehash(slots);
}

size_t StringIndex::SlotOf(std::string_view key, size_t hash) const {
  const size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  while (slots_[i].key.data() != nullptr && (slots_[i].hash != hash || slots_[i].key != key)) {
    i = (i + 1) & mask;
  }
  return i;
}

void StringIndex::Rehash(size_t slots) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(slots, Slot());
  for (const Slot& slot : old) {
    if (slot.key.data() != nullptr) slots_[SlotOf(slot.key, slot.hash)] = slot;
  }
}

uint32_t StringIndex::Add(std::string_view key) {
  Reserve(1);
  const size_t hash = std::hash<std::string_view>()(key);
  Slot& slot = slots_[SlotOf(key, hash)];
  if (slot.key.data() == nullptr) {
    slot = Slot{arena_.Store(key), hash, static_cast<uint32_t>(size_++)};
  }
  return slot.number;
}

uint32_t StringIndex::Find(std::string_view key) const {
  return slots_.empty() ? kNone : slots_[SlotOf(key, std::hash<std::string_view>()(key))].number;
}

void PhraseSet::Add(std::string_view phrase) {
  std::string_view key = Folded(phrase, &folded_);
  max_words_ = std::max(max_words_, CountWords(key));
  phrases_.Add(key);
}

const Gazetteer& Gazetteer::Get() {
  static const Gazetteer* const kGazetteer = new Gazetteer();
  return *kGazetteer;
}

const std::vector<GazetteerEntry>* Gazetteer::Find(std::string_view key) const {
  uint32_t i = name_keys_.Find(key);
  return i == StringIndex::kNone ? nullptr : &names_[i];
}

void Gazetteer::AddNames(const std::vector<std::string_view>& lines, EntityType type, bool city) {
  constexpr std::string_view kGpeMark = "GPE:";
  for (std::string_view line : lines) {
    EntityType line_type = type;
    if (line.substr(0, kGpeMark.size()) == kGpeMark) {
      line_type = EntityType::kGpe;
      line.remove_prefix(kGpeMark.size());
    }
    SplitForms(line, &fields_);
    if (fields_.empty()) continue;
    std::string canonical = FoldCase(fields_.front());
    for (std::string_view form : fields_) {
      GazetteerEntry entry{line_type, canonical, IsAcronym(form) ? std::string(form) : "", city};
      FoldCaseInto(form, &folded_);
      max_name_tokens_ = std::max(max_name_tokens_, CountWords(folded_));
      uint32_t i = name_keys_.Add(folded_);
      if (i == names_.size()) names_.emplace_back();
      names_[i].push_back(std::move(entry));
    }
  }
}

const CountryCode* Gazetteer::FindCountryCode(std::string_view key) const {
  uint32_t i = code_keys_.Find(key);
  return i == StringIndex::kNone ? nullptr : &country_codes_[i];
}

// Reads "Name|CC|kind" lines; a later file's line replaces an earlier one of
// the same name, so the hand-written extras correct the generated table.
void Gazetteer::AddCountryCodes(std::string_view file) {
  std::vector<std::string_view> lines = DataLines(file);
  code_keys_.Reserve(lines.size());
  country_codes_.reserve(country_codes_.size() + lines.size());
  for (std::string_view line : lines) {
    SplitForms(line, &fields_);
    if (fields_.size() != 3) continue;
    CodeKind kind = CodeKind::kCountry;
    if (fields_[2] == "nationality") kind = CodeKind::kNationality;
    if (fields_[2] == "region") kind = CodeKind::kRegion;
    if (fields_[2] == "city") kind = CodeKind::kCity;
    FoldCaseInto(fields_[0], &folded_);
    CountryCode code{std::string(fields_[1]), kind};
    uint32_t i = code_keys_.Add(folded_);
    if (i == country_codes_.size()) {
      country_codes_.push_back(std::move(code));
    } else {
      country_codes_[i] = std::move(code);
    }
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
  std::vector<std::vector<std::string_view>> name_lines;
  size_t forms = 0;
  for (const GazetteerFile& file : GazetteerNameFiles()) {
    name_lines.push_back(DataLines(file.path));
    forms += CountForms(name_lines.back());
  }
  name_keys_.Reserve(forms);
  names_.reserve(forms);
  for (size_t i = 0; i < name_lines.size(); ++i) {
    const GazetteerFile& file = GazetteerNameFiles()[i];
    AddNames(name_lines[i], file.type, file.city);
  }
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
  std::vector<std::string_view> given = DataLines("lexicon/entity_given_names.txt");
  given_names.reserve(given.size());
  for (std::string_view name : given) given_names.emplace(name);
}

}  // namespace lede::detail
