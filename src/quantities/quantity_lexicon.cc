// Quantity lexicon: parses the tab-separated word lists once. Phrase keys are built by
// lexing each entry with the same lexer as the text and joining the pieces' lower-case
// text, with one space where the text had whitespace; a lookup builds the same key from
// the text's pieces, so "US$", "km/h" and "per cent" need no special cases.
#include "quantities/quantity_lexicon.h"

#include <charconv>
#include <cstdlib>

#include "data/embedded_data.h"

namespace lede::detail {

namespace {

// Returns the tab-separated fields of a data line. The vector is reused from
// line to line (thread-local, as loading may run on any worker), so reading a
// list allocates once rather than once per line.
const std::vector<std::string_view>& Fields(std::string_view line) {
  thread_local std::vector<std::string_view> fields;
  fields.clear();
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

double ToDouble(std::string_view s) { return std::strtod(std::string(s).c_str(), nullptr); }

// The word lists whose words (first column) may start a quantity phrase.
constexpr std::string_view kStartWordFiles[] = {
    "lexicon/number_words.txt",   "lexicon/date_words.txt",      "lexicon/quantity_qualifiers.txt",
    "lexicon/unit_time.tsv",      "lexicon/unit_percent.tsv",    "lexicon/currency_names.tsv",
    "lexicon/holidays.tsv",       "lexicon/relative_ordinals.txt", "lexicon/date_range_modifiers.tsv",
    "lexicon/quantity_start_words.txt"};
constexpr std::string_view kStartWordsFile = "lexicon/quantity_start_words.txt";

// Appends piece `p`'s key text to `key`.
void AppendKey(const Piece& p, bool first, std::string* key) {
  if (!first && p.space_before) key->push_back(' ');
  key->append(p.lower);
}

}  // namespace

template <typename T>
void PhraseTable<T>::Add(std::string_view phrase, T value) {
  std::vector<Piece> pieces = LexPieces(phrase);
  if (pieces.empty()) return;
  first_pieces_.Add(pieces[0].lower);
  std::string key;
  for (size_t i = 0; i + 1 < pieces.size(); ++i) {
    AppendKey(pieces[i], i == 0, &key);
    entries_.try_emplace(key);
  }
  AppendKey(pieces.back(), pieces.size() == 1, &key);
  if (pieces.size() > max_pieces_) max_pieces_ = pieces.size();
  std::optional<T>& slot = entries_[key];
  if (!slot) slot = std::move(value);
}

template <typename T>
const T* PhraseTable<T>::Match(const std::vector<Piece>& pieces, size_t i, size_t* end) const {
  if (i >= pieces.size() || !first_pieces_.MayContain(pieces[i].lower)) return nullptr;
  std::string key;
  const T* best = nullptr;
  for (size_t j = i; j < pieces.size() && j - i < max_pieces_; ++j) {
    if (pieces[j].kind == PieceKind::kBreak) break;
    AppendKey(pieces[j], j == i, &key);
    auto it = entries_.find(key);
    if (it == entries_.end()) break;
    if (it->second) {
      best = &*it->second;
      *end = j + 1;
    }
  }
  return best;
}

template <typename T>
const T* PhraseTable<T>::MatchBefore(const std::vector<Piece>& pieces, size_t i, size_t* begin) const {
  const T* best = nullptr;
  std::string key;
  for (size_t n = 1; n <= max_pieces_ && n <= i; ++n) {
    size_t first = i - n;
    if (pieces[first].kind == PieceKind::kBreak) break;
    key.clear();
    for (size_t j = first; j < i; ++j) AppendKey(pieces[j], j == first, &key);
    auto it = entries_.find(key);
    if (it != entries_.end() && it->second) {
      best = &*it->second;
      *begin = first;
    }
  }
  return best;
}

template class PhraseTable<std::string>;
template class PhraseTable<TimeUnit>;
template class PhraseTable<Currency>;

const NumberWord* QuantityLexicon::Number(const std::string& lower) const {
  if (!number_shapes.MayContain(lower)) return nullptr;
  auto it = numbers.find(lower);
  return it == numbers.end() ? nullptr : &it->second;
}

const DateWord* QuantityLexicon::Date(const std::string& lower) const {
  if (!date_shapes.MayContain(lower)) return nullptr;
  auto it = dates.find(lower);
  return it == dates.end() ? nullptr : &it->second;
}

unsigned QuantityLexicon::SubjectFlags(const std::string& lower) const {
  auto it = subject_flags.find(lower);
  return it == subject_flags.end() ? 0 : it->second;
}

namespace {

QuantityLexicon LoadLexicon() {
  QuantityLexicon lex;
  static const std::unordered_map<std::string_view, NumberRole> kNumberRoles = {
      {"unit", NumberRole::kUnit},       {"tens", NumberRole::kTens},     {"hundred", NumberRole::kHundred},
      {"scale", NumberRole::kScale},     {"ordinal", NumberRole::kOrdinal}, {"fraction", NumberRole::kFraction},
      {"dozen", NumberRole::kDozen},     {"half", NumberRole::kHalf},     {"article", NumberRole::kArticle},
      {"suffix", NumberRole::kSuffix}};
  for (std::string_view line : DataLines("lexicon/number_words.txt")) {
    const auto& f = Fields(line);
    if (f.size() < 3 || !kNumberRoles.count(f[1])) continue;
    lex.numbers[std::string(f[0])] = {kNumberRoles.at(f[1]), ToDouble(f[2])};
  }
  static const std::unordered_map<std::string_view, DateRole> kDateRoles = {
      {"month", DateRole::kMonth},         {"month_abbrev", DateRole::kMonthAbbrev},
      {"weekday", DateRole::kWeekday},     {"day_offset", DateRole::kDayOffset},
      {"relative", DateRole::kRelative},   {"approximate", DateRole::kApproximate},
      {"period", DateRole::kPeriod},       {"daypart", DateRole::kDaypart},
      {"zone", DateRole::kZone},           {"year_lead", DateRole::kYearLead},
      {"duration_lead", DateRole::kDurationLead}, {"date_modifier", DateRole::kDateModifier}};
  for (std::string_view line : DataLines("lexicon/date_words.txt")) {
    const auto& f = Fields(line);
    if (f.size() < 3 || !kDateRoles.count(f[1])) continue;
    DateRole role = kDateRoles.at(f[1]);
    if (role == DateRole::kYearLead) {
      lex.year_leads.emplace(f[0]);
    } else if (role == DateRole::kDurationLead) {
      lex.duration_leads.emplace(f[0]);
    } else if (role == DateRole::kDateModifier) {
      lex.date_modifiers.emplace(f[0]);
    } else {
      lex.dates[std::string(f[0])] = {role, static_cast<int>(ToDouble(f[2]))};
    }
  }
  static const std::unordered_map<std::string_view, unsigned> kSubjectRoles = {
      {"stop", kSubjectStop}, {"modifier", kSubjectModifier},
      {"pronoun_before", kPronounBefore}, {"pronoun_after", kPronounAfter}};
  for (std::string_view line : DataLines("lexicon/number_subject_words.txt")) {
    const auto& f = Fields(line);
    if (f.size() < 2 || !kSubjectRoles.count(f[1])) continue;
    lex.subject_flags[std::string(f[0])] |= kSubjectRoles.at(f[1]);
  }
  for (std::string_view line : DataLines("lexicon/number_lead_words.txt")) lex.lead_words.emplace(line);
  for (std::string_view line : DataLines("lexicon/currency_cny_context.txt")) lex.cny_context.emplace(line);
  for (std::string_view line : DataLines("lexicon/quantity_qualifiers.txt")) {
    lex.qualifiers.Add(line, std::string(line));
    lex.lead_words.emplace(line);
  }
  for (std::string_view line : DataLines("lexicon/unit_time.tsv")) {
    const auto& f = Fields(line);
    if (f.size() < 4) continue;
    lex.time_units.Add(f[0], TimeUnit{std::string(f[1]), std::string(f[2]), ToDouble(f[3])});
  }
  for (std::string_view line : DataLines("lexicon/measure_units.tsv")) {
    const auto& f = Fields(line);
    if (f.size() < 2) continue;
    lex.measure_units.Add(f[0], std::string(f[1]));
  }
  for (std::string_view line : DataLines("lexicon/unit_percent.tsv")) {
    const auto& f = Fields(line);
    if (f.size() < 2) continue;
    lex.percent_units.Add(f[0], std::string(f[1]));
  }
  static const std::unordered_map<std::string_view, CurrencyForm> kForms = {
      {"code", CurrencyForm::kCode}, {"name", CurrencyForm::kName}, {"symbol", CurrencyForm::kSymbol}};
  for (std::string_view line : DataLines("lexicon/currency_names.tsv")) {
    const auto& f = Fields(line);
    if (f.size() < 3 || !kForms.count(f[2])) continue;
    lex.currencies.Add(f[0], Currency{std::string(f[1]), kForms.at(f[2])});
  }
  for (const auto& [word, info] : lex.dates) {
    if (info.role == DateRole::kMonth || info.role == DateRole::kWeekday) lex.lead_words.insert(word);
  }
  // Start words: every word of every phrase column above and of the lists other rules
  // read (a superset of the words phrases start with, which is all the gate needs).
  for (std::string_view file : kStartWordFiles) {
    for (std::string_view line : DataLines(file)) {
      const auto& f = Fields(line);
      for (const Piece& p : LexPieces(f[0])) {
        if (p.kind == PieceKind::kWord) lex.start_words.try_emplace(p.lower, false);
      }
      if (file == kStartWordsFile && f.size() > 1 && f[1] == "weak") lex.start_words[std::string(f[0])] = true;
    }
  }
  for (const auto& [word, info] : lex.numbers) lex.number_shapes.Add(word);
  for (const auto& [word, info] : lex.dates) lex.date_shapes.Add(word);
  for (const auto& [word, weak] : lex.start_words) lex.start_shapes.Add(word);
  return lex;
}

}  // namespace

StartKind QuantityLexicon::StartAt(const Piece& p) const {
  if (p.kind != PieceKind::kWord) return StartKind::kStart;
  if (start_shapes.MayContain(p.lower)) {
    if (auto it = start_words.find(p.lower); it != start_words.end()) {
      return it->second ? StartKind::kWeakStart : StartKind::kStart;
    }
  }
  if (p.lower.size() < 3 || p.lower.back() != 's') return StartKind::kNoStart;  // no possessive to strip
  for (std::string_view possessive : {"'s", "\u2019s"}) {
    const std::string& w = p.lower;
    if (w.size() > possessive.size() && std::string_view(w).substr(w.size() - possessive.size()) == possessive) {
      // A start word with a possessive ("today's") is a full start, weak or not.
      return start_words.count(w.substr(0, w.size() - possessive.size())) ? StartKind::kStart : StartKind::kNoStart;
    }
  }
  return StartKind::kNoStart;
}

const QuantityLexicon& GetQuantityLexicon() {
  // Never destroyed: freeing every table at exit is work for nothing.
  static const QuantityLexicon* const lexicon = new QuantityLexicon(LoadLexicon());
  return *lexicon;
}

}  // namespace lede::detail
