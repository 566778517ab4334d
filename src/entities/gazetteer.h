// Gazetteer: the entity stage's word lists and name lists, loaded once.
//
// Names (countries, cities, nationalities, organisations, places, events)
// are keyed by their lower-cased token sequence ("gulf of oman"), so the
// mention finder can try every n-gram up to max_name_tokens() at a token with
// one hash lookup each. Entries written all in capitals in the data ("US",
// "WHO") are case-sensitive: they match only text written the same way.
// Word lists (titles, role heads, name suffixes, cue nouns, common words) are
// phrase sets keyed the same way.
#ifndef LEDE_SRC_ENTITIES_GAZETTEER_H_
#define LEDE_SRC_ENTITIES_GAZETTEER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "data/embedded_data.h"
#include "lede/entity.h"

namespace lede::detail {

// Holds one gazetteer name: its type, the key of its referent, and its case rule.
struct GazetteerEntry {
  EntityType type = EntityType::kMisc;
  std::string canonical;     // lower-cased canonical form shared by all aliases
  std::string exact;         // non-empty: the surface must equal this exactly
  bool city = false;         // from the city list: a vehicle cue may override it ("the destroyer X")
};

// Names what a country code was given to: the country itself, or a people,
// region or city of it (data/gazetteer/country_codes.txt, "kind" column).
enum class CodeKind { kCountry, kNationality, kRegion, kCity };

// Holds the ISO 3166-1 alpha-2 code of one name and what kind of name it is.
struct CountryCode {
  std::string code;  // "CN"
  CodeKind kind = CodeKind::kCountry;
};

// Names one gazetteer file of names and the type of the names in it.
struct GazetteerFile {
  std::string_view path;  // under data/
  EntityType type;
  bool city;              // the city list (see GazetteerEntry::city)
};

// Returns the name files in priority order: the first entry of an ambiguous
// key is preferred, so a country beats a city of the same name.
const std::vector<GazetteerFile>& GazetteerNameFiles();

// Holds copies of strings at addresses that never move, carved from a few
// large blocks: hash tables keyed by string_views into it cost one
// allocation per block instead of one per key.
class StringArena {
 public:
  // Returns a view of a copy of `s` that lives as long as the arena.
  std::string_view Store(std::string_view s);

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;    // first free byte of the newest block
  size_t left_ = 0;         // free bytes after next_
  size_t block_bytes_ = 0;  // size of the newest block; each new one doubles it
};

// Numbers distinct strings 0, 1, 2 ... in the order they are first added.
// The table is open-addressing over (pointer, length) cells of 16 bytes; the
// strings live in an arena, or stay where they are when the caller promises
// they outlive the index (the embedded data), so loading a 40,000-entry list
// costs a handful of allocations and no copy of a key that needs no folding.
class StringIndex {
 public:
  // Marks a string that is not in the index.
  static constexpr uint32_t kNone = UINT32_MAX;

  // Makes room for `n` more strings so that adding them never rehashes.
  void Reserve(size_t n);
  // Returns the number of `key`, numbering it size() - 1 when it is new.
  uint32_t Add(std::string_view key) { return Insert(key, /*stable=*/false); }
  // Add for a key whose bytes outlive the index (embedded data): kept as a view, not copied.
  uint32_t AddStable(std::string_view key) { return Insert(key, /*stable=*/true); }
  // Returns the number of `key`, or kNone.
  uint32_t Find(std::string_view key) const;
  // Returns the number of distinct strings added.
  size_t size() const { return size_; }

  // Returns the hash the table places `key` by.
  static uint64_t Hash(std::string_view key);

 private:
  // Holds one table cell; a null data marks an empty cell.
  struct Slot {
    const char* data = nullptr;
    uint32_t size = 0;
    uint32_t number = kNone;
  };

  uint32_t Insert(std::string_view key, bool stable);
  // Returns the slot holding `key` (whose hash is `hash`), or the empty slot where it would go.
  size_t SlotOf(std::string_view key, uint64_t hash) const;
  // Re-inserts every string into a table of `slots` slots (a power of two).
  void Rehash(size_t slots);

  StringArena arena_;
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

// Holds a set of lower-cased phrases and the longest phrase length in words.
class PhraseSet {
 public:
  // Makes room for `n` more phrases so that adding them never rehashes.
  void Reserve(size_t n) { phrases_.Reserve(n); }
  // Adds a phrase; it is lower-cased and its words counted.
  void Add(std::string_view phrase) { Insert(phrase, /*stable=*/false); }
  // Add for a phrase whose bytes outlive the set (embedded data): when it is
  // already folded the set keeps a view of it instead of a copy.
  void AddStable(std::string_view phrase) { Insert(phrase, /*stable=*/true); }
  // Adds every line of `bytes`, an embedded file kept sorted (see
  // SortedDataLines) whose lines are already folded, without loading them:
  // they are searched in place.
  void AddSortedFile(std::string_view bytes);
  // Returns true when the lower-cased, space-joined `key` is in the set.
  bool Contains(std::string_view key) const {
    return phrases_.Find(key) != StringIndex::kNone || (!sorted_.body().empty() && sorted_.Contains(key));
  }
  // Returns the number of words in the longest phrase.
  size_t max_words() const { return max_words_; }

 private:
  void Insert(std::string_view phrase, bool stable);

  StringIndex phrases_;
  SortedDataLines sorted_;  // the lines of AddSortedFile, searched in place
  size_t max_words_ = 0;
  std::string folded_;  // reused buffer for the phrase being added
};

// Holds a set of names matched exactly as written ("Maria"): the lines of an
// embedded file kept sorted (see SortedDataLines), searched in place.
class NameSet {
 public:
  NameSet() = default;
  explicit NameSet(std::string_view sorted_bytes) : lines_(sorted_bytes) {}
  // Returns 1 when `name` is in the set, else 0.
  size_t count(std::string_view name) const { return lines_.Contains(name) ? 1 : 0; }
  // Iterate the names in the file's order.
  DataLineIterator begin() const { return lines_.begin(); }
  DataLineIterator end() const { return lines_.end(); }

 private:
  SortedDataLines lines_;
};

// Holds every list the entity stage reads.
class Gazetteer {
 public:
  // Returns the process-wide gazetteer, loading the embedded data on first use.
  static const Gazetteer& Get();

  // Returns the entries named by lower-cased key `key`, or nullptr.
  const std::vector<GazetteerEntry>* Find(std::string_view key) const;
  // Returns the country code of lower-cased name key `key` ("china", "chinese"), or nullptr.
  const CountryCode* FindCountryCode(std::string_view key) const;
  // Returns the number of words in the longest name.
  size_t max_name_tokens() const { return max_name_tokens_; }

  PhraseSet person_titles;      // "president", "prime minister", "mr"
  PhraseSet role_heads;         // last words of role phrases: "spokesman", "secretary general"
  PhraseSet org_suffixes;       // "ministry", "corp", "party"
  PhraseSet org_prefixes;       // "ministry" (of X), "bank" (of X)
  PhraseSet org_cues;           // "news agency", "carmaker" before a name
  PhraseSet org_member_nouns;   // "analysts", "economists" before "at" + an organisation
  PhraseSet loc_prefixes;       // "gulf of", "mount"
  PhraseSet loc_suffixes;       // "sea", "strait"
  PhraseSet event_heads;        // "war", "games", "summit"
  PhraseSet misc_heads;         // "initiative", "act", "treaty"
  PhraseSet vehicle_nouns;      // "destroyer", "aircraft carrier"
  PhraseSet reporting_verbs;    // "said", "told"
  PhraseSet non_entity_words;   // "the", "earlier", "thursday"
  PhraseSet common_words;       // lower-case English vocabulary
  PhraseSet name_particles;     // "de", "van", "bin" inside personal names
  PhraseSet of_heads;           // words a name may continue after with "of" ("ministry", "gulf")
  PhraseSet org_common_heads;   // lower-case organisation heads ("the defence ministry")
  NameSet given_names;          // "Maria", "James" (case as written)

 private:
  Gazetteer();
  // Adds the names of one data file, then of one of its lines.
  void AddNames(std::string_view file, EntityType type, bool city);
  void AddNameLine(std::string_view line, EntityType type, bool city);
  // Holds the country codes, keyed like the names.
  struct CountryCodeTable {
    StringIndex keys;                 // lower-cased name -> index in codes
    std::vector<CountryCode> codes;
  };
  // Returns the country codes, loading them on first use.
  static const CountryCodeTable& CountryCodes();

  StringIndex name_keys_;                             // lower-cased name -> index in names_
  std::vector<std::vector<GazetteerEntry>> names_;
  size_t max_name_tokens_ = 0;
  std::string folded_;                // reused buffer for the key being added
  std::vector<std::string_view> fields_;  // reused buffer for the forms of one line
};

// Returns `s` lower-cased (Unicode) with typographic apostrophes made ASCII.
std::string FoldCase(std::string_view s);
// Writes FoldCase(s) to `out`, reusing its buffer.
void FoldCaseInto(std::string_view s, std::string* out);

}  // namespace lede::detail

#endif  // LEDE_SRC_ENTITIES_GAZETTEER_H_
