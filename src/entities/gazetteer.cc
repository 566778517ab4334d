// Gazetteer loading. Every list is read once from the embedded data files
// into hash sets keyed by the case-folded phrase; a name line
// "Canonical|alias|..." becomes one entry per form, all sharing the folded
// canonical form as the referent key so that "NATO" and "Nato" or "UK" and
// "Britain" merge into one entity later.
//
// Loading runs at every process start, so it avoids work: the two big sorted
// lists (40,000 common words, 8,000 given names) are not loaded at all but
// binary-searched in their embedded bytes (a page looks them up a few
// thousand times at most); the country codes load on their first lookup;
// for the rest, lines are walked in place (no vector of lines), a key already
// folded stays a view of the embedded bytes and only a folded one is copied
// (into an arena), the tables are sized up front from the line counts, and
// they are open-addressing tables of views with a cheap hash of their own
// rather than node-based sets.
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
    // ASCII without asking ICU: most names are ASCII and start with a capital
    // followed by a small letter, which settles it at the second byte.
    const char c = s[pos];
    if (static_cast<unsigned char>(c) < 0x80) {
      ++pos;
      if (c >= 'a' && c <= 'z') return false;
      letters += c >= 'A' && c <= 'Z';
      continue;
    }
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

// Returns the number of lines plus '|' separators in `bytes`, an upper bound
// on the forms, and so the keys, its lines add.
size_t CountForms(std::string_view bytes) {
  return CountLines(bytes) + static_cast<size_t>(std::count(bytes.begin(), bytes.end(), '|'));
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
  set->Reserve(CountLines(DataFile(file)));
  ForEachDataLine(file, [set](std::string_view line) { set->AddStable(line); });
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

// The multiplier of StringIndex::Hash: 2^64 divided by the golden ratio, odd,
// so each multiplication spreads every input bit over the upper half.
constexpr uint64_t kHashMul = 0x9E3779B97F4A7C15ull;

// Folds the upper half of a product into the lower one, where the table index is taken.
constexpr uint64_t Mix(uint64_t h) { return h ^ (h >> 32); }

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

uint64_t StringIndex::Hash(std::string_view key) {
  // Keys are mostly words of 3 to 12 bytes: a word at a time, with the tail
  // read as two overlapping 4-byte loads (or three bytes when shorter), costs
  // a few multiplications where a byte-wise hash costs a step per byte.
  const char* p = key.data();
  size_t n = key.size();
  uint64_t h = Mix((n + 1) * kHashMul);
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = Mix((h ^ w) * kHashMul);
  }
  uint64_t tail = 0;
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    tail = uint64_t{hi} << 32 | lo;
  } else if (n > 0) {
    tail = uint64_t{static_cast<unsigned char>(p[0])} << 16 |
           uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 | static_cast<unsigned char>(p[n - 1]);
  }
  return Mix((h ^ tail) * kHashMul);
}

void StringIndex::Reserve(size_t n) {
  size_t slots = std::max(slots_.size(), kMinSlots);
  while ((size_ + n) * kMaxLoadDen > slots * kMaxLoadNum) slots *= 2;
  if (slots != slots_.size()) Rehash(slots);
}

size_t StringIndex::SlotOf(std::string_view key, uint64_t hash) const {
  const size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  while (slots_[i].data != nullptr &&
         (slots_[i].size != key.size() || std::memcmp(slots_[i].data, key.data(), key.size()) != 0)) {
    i = (i + 1) & mask;
  }
  return i;
}

void StringIndex::Rehash(size_t slots) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(slots, Slot());
  for (const Slot& slot : old) {
    if (slot.data == nullptr) continue;
    std::string_view key(slot.data, slot.size);
    slots_[SlotOf(key, Hash(key))] = slot;
  }
}

uint32_t StringIndex::Insert(std::string_view key, bool stable) {
  Reserve(1);
  Slot& slot = slots_[SlotOf(key, Hash(key))];
  if (slot.data == nullptr) {
    // A stable key is kept as it is unless it has no address to mark the slot full with.
    std::string_view stored = stable && key.data() != nullptr ? key : arena_.Store(key);
    slot = Slot{stored.data(), static_cast<uint32_t>(stored.size()), static_cast<uint32_t>(size_++)};
  }
  return slot.number;
}

uint32_t StringIndex::Find(std::string_view key) const {
  return slots_.empty() ? kNone : slots_[SlotOf(key, Hash(key))].number;
}

void PhraseSet::Insert(std::string_view phrase, bool stable) {
  // One pass both counts the words and tells whether the phrase is already
  // folded (lower-case ASCII, as nearly every list entry is).
  // The loop has no branch: OR-ing the byte tests costs less than leaving early.
  size_t words = 1;
  unsigned unfolded = 0;
  for (char c : phrase) {
    const unsigned char u = static_cast<unsigned char>(c);
    words += u == ' ';
    unfolded |= static_cast<unsigned>(u >= 0x80) | static_cast<unsigned>(static_cast<unsigned>(u - 'A') < 26u);
  }
  std::string_view key = phrase;
  if (unfolded != 0) {
    FoldCaseInto(phrase, &folded_);
    key = folded_;
    words = CountWords(key);
    stable = false;
  }
  max_words_ = std::max(max_words_, words);
  if (stable) {
    phrases_.AddStable(key);
  } else {
    phrases_.Add(key);
  }
}

void PhraseSet::AddSortedFile(std::string_view bytes) {
  sorted_ = SortedDataLines(bytes);
  // Only the word counts are read from the lines: a memchr for each space
  // skips the (many) one-word lines.
  std::string_view body = sorted_.body();
  for (size_t space = body.find(' '); space != std::string_view::npos; space = body.find(' ', space + 1)) {
    size_t begin = body.rfind('\n', space);
    begin = begin == std::string_view::npos ? 0 : begin + 1;
    size_t end = body.find('\n', space);
    max_words_ = std::max(max_words_, CountWords(body.substr(begin, end == std::string_view::npos ? end : end - begin)));
  }
  if (!body.empty()) max_words_ = std::max<size_t>(max_words_, 1);
}

const Gazetteer& Gazetteer::Get() {
  static const Gazetteer* const kGazetteer = new Gazetteer();
  return *kGazetteer;
}

const std::vector<GazetteerEntry>* Gazetteer::Find(std::string_view key) const {
  uint32_t i = name_keys_.Find(key);
  return i == StringIndex::kNone ? nullptr : &names_[i];
}

void Gazetteer::AddNames(std::string_view file, EntityType type, bool city) {
  ForEachDataLine(file, [this, type, city](std::string_view line) { AddNameLine(line, type, city); });
}

void Gazetteer::AddNameLine(std::string_view line, EntityType type, bool city) {
  constexpr std::string_view kGpeMark = "GPE:";
  EntityType line_type = type;
  if (line.substr(0, kGpeMark.size()) == kGpeMark) {
    line_type = EntityType::kGpe;
    line.remove_prefix(kGpeMark.size());
  }
  SplitForms(line, &fields_);
  if (fields_.empty()) return;
  std::string canonical = FoldCase(fields_.front());
  for (std::string_view form : fields_) {
    GazetteerEntry entry{line_type, canonical, IsAcronym(form) ? std::string(form) : "", city};
    std::string_view key = Folded(form, &folded_);
    max_name_tokens_ = std::max(max_name_tokens_, CountWords(key));
    // The lines are embedded data: a form that needed no folding is its own key.
    uint32_t i = key.data() == form.data() ? name_keys_.AddStable(key) : name_keys_.Add(key);
    if (i == names_.size()) names_.emplace_back();
    names_[i].push_back(std::move(entry));
  }
}

const CountryCode* Gazetteer::FindCountryCode(std::string_view key) const {
  const CountryCodeTable& table = CountryCodes();
  uint32_t i = table.keys.Find(key);
  return i == StringIndex::kNone ? nullptr : &table.codes[i];
}

namespace {

// Reads "Name|CC|kind" lines; a later file's line replaces an earlier one of
// the same name, so the hand-written extras correct the generated table.
void AddCountryCodes(std::string_view file, StringIndex* keys, std::vector<CountryCode>* codes) {
  const size_t lines = CountLines(DataFile(file));
  keys->Reserve(lines);
  codes->reserve(codes->size() + lines);
  std::vector<std::string_view> fields;
  std::string folded;
  ForEachDataLine(file, [&](std::string_view line) {
    SplitForms(line, &fields);
    if (fields.size() != 3) return;
    CodeKind kind = CodeKind::kCountry;
    if (fields[2] == "nationality") kind = CodeKind::kNationality;
    if (fields[2] == "region") kind = CodeKind::kRegion;
    if (fields[2] == "city") kind = CodeKind::kCity;
    std::string_view key = Folded(fields[0], &folded);
    CountryCode code{std::string(fields[1]), kind};
    // The lines are embedded data: a name that needed no folding is its own key.
    uint32_t i = key.data() == fields[0].data() ? keys->AddStable(key) : keys->Add(key);
    if (i == codes->size()) {
      codes->push_back(std::move(code));
    } else {
      (*codes)[i] = std::move(code);
    }
  });
}

}  // namespace

const Gazetteer::CountryCodeTable& Gazetteer::CountryCodes() {
  // Loaded apart from the rest, on the first lookup: an input that names no
  // place never reads the 6,700-line table. (A function-local static is
  // initialised once even when several workers ask at the same time.)
  static const CountryCodeTable* const kTable = [] {
    auto* table = new CountryCodeTable();
    AddCountryCodes("gazetteer/country_codes.txt", &table->keys, &table->codes);
    AddCountryCodes("gazetteer/country_codes_extras.txt", &table->keys, &table->codes);
    return table;
  }();
  return *kTable;
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
  size_t forms = 0;
  for (const GazetteerFile& file : GazetteerNameFiles()) forms += CountForms(DataFile(file.path));
  name_keys_.Reserve(forms);
  names_.reserve(forms);
  for (const GazetteerFile& file : GazetteerNameFiles()) AddNames(file.path, file.type, file.city);
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
  // The 40,000 common words are searched in place, in their sorted file.
  common_words.AddSortedFile(DataFile("lexicon/entity_common_words.txt"));
  LoadPhrases("lexicon/entity_name_particles.txt", &name_particles);
  LoadPhrases("lexicon/entity_org_common_heads.txt", &org_common_heads);
  // A name goes on after "of" only behind an organisation or place head:
  // "Ministry of Defence", "Gulf of Aden", but never "China of Russia".
  LoadPhrases("lexicon/org_prefixes.txt", &of_heads);
  LoadPhrases("lexicon/org_suffixes.txt", &of_heads);
  ForEachDataLine("lexicon/entity_loc_prefixes.txt", [this](std::string_view line) {
    constexpr std::string_view kOf = " of";
    if (line.size() > kOf.size() && line.substr(line.size() - kOf.size()) == kOf) {
      of_heads.AddStable(line.substr(0, line.size() - kOf.size()));
    }
  });
  given_names = NameSet(DataFile("lexicon/entity_given_names.txt"));
}

}  // namespace lede::detail
