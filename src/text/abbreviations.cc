// Abbreviations: hash sets built once from the embedded word lists.
#include "text/abbreviations.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "data/embedded_data.h"
#include "text/char_class.h"

namespace lede::detail {

namespace {

// The longest word looked up; longer words are never abbreviations, and the bound
// lets the lowercase copy live on the stack.
constexpr size_t kMaxAbbreviationBytes = 16;

// Holds the abbreviation lists: exact entries, and lowercase entries matched in any case.
struct AbbreviationTables {
  std::unordered_map<std::string_view, AbbreviationKind> exact;
  std::unordered_map<std::string, AbbreviationKind> any_case;
  std::unordered_set<std::string> starters;  // lowercased
};

// Returns true when `s` has no ASCII capital letter.
bool IsAllLower(std::string_view s) {
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') return false;
  }
  return true;
}

void AddList(std::string_view file, AbbreviationKind kind, AbbreviationTables* tables) {
  for (std::string_view line : DataLines(file)) {
    if (!line.empty() && line.back() == '.') line.remove_suffix(1);
    if (line.empty() || line.size() > kMaxAbbreviationBytes) continue;
    tables->exact.emplace(line, kind);
    if (IsAllLower(line)) tables->any_case.emplace(std::string(line), kind);
  }
}

const AbbreviationTables& Tables() {
  static const AbbreviationTables* tables = [] {
    auto* t = new AbbreviationTables;
    AddList("lexicon/abbreviations_titles.txt", AbbreviationKind::kTitle, t);
    AddList("lexicon/abbreviations_numeric.txt", AbbreviationKind::kNumeric, t);
    AddList("lexicon/abbreviations.txt", AbbreviationKind::kGeneral, t);
    for (std::string_view line : DataLines("lexicon/sentence_starters.txt")) t->starters.insert(AsciiLower(line));
    return t;
  }();
  return *tables;
}

}  // namespace

AbbreviationKind LookUpAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > kMaxAbbreviationBytes) return AbbreviationKind::kNone;
  const AbbreviationTables& tables = Tables();
  if (auto it = tables.exact.find(word); it != tables.exact.end()) return it->second;
  if (auto it = tables.any_case.find(AsciiLower(word)); it != tables.any_case.end()) return it->second;
  return AbbreviationKind::kNone;
}

AbbreviationKind ClassifyAbbreviationToken(std::string_view token_text) {
  if (token_text.empty() || token_text.back() != '.') return AbbreviationKind::kNone;
  std::string_view word = token_text.substr(0, token_text.size() - 1);
  if (word.find('.') != std::string_view::npos) return AbbreviationKind::kDotted;
  AbbreviationKind listed = LookUpAbbreviation(word);
  if (listed != AbbreviationKind::kNone) return listed;
  // A lone letter: the tokenizer only glues a period to a capital one.
  return AbbreviationKind::kInitial;
}

bool IsSentenceStarter(std::string_view word) {
  if (word.empty() || word.size() > kMaxAbbreviationBytes) return false;
  return Tables().starters.count(AsciiLower(word)) > 0;
}

}  // namespace lede::detail
