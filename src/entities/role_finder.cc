// Role finder. A role ends in a head from lexicon/person_titles.txt or
// lexicon/role_titles.txt; before a name it extends left over up to
// kMaxRoleModifiers modifiers (lower-case content words, or known
// nationalities, places and organisations: "Nato secretary general"), and
// after a name it is a comma-delimited apposition whose head is a role noun.
#include "entities/role_finder.h"

#include <algorithm>

namespace lede::detail {
namespace {

// Words a role may carry before its head ("former deputy foreign minister"
// has three); more is rarely a role and usually runs into the clause.
constexpr size_t kMaxRoleModifiers = 3;
// Words an apposition may hold (", the country's top foreign policy
// official,"); longer comma-delimited stretches are clauses, not roles.
constexpr size_t kMaxAppositionWords = 8;

std::string_view Bare(const Word& w) { return w.bare(); }

// Returns true when a lower-case word looks like a verb form that ends a
// role's modifiers ("visited", "meeting").
bool LooksVerbal(std::string_view f) {
  auto ends = [&](std::string_view s) {
    return f.size() > s.size() + 2 && f.substr(f.size() - s.size()) == s;
  };
  return ends("ed") || ends("ing");
}

// Returns true when words [i, ...) start a modifier a role may include.
bool IsRoleModifier(const Word& w, const Gazetteer& gaz) {
  if (!IsWordToken(w)) return false;
  if (gaz.non_entity_words.Contains(w.folded) || gaz.reporting_verbs.Contains(w.folded)) return false;
  if (w.capitalised) {
    // A nationality, place or organisation qualifies the role ("Russian", "Nato", "China's").
    return gaz.Find(w.folded) != nullptr;
  }
  return !LooksVerbal(w.folded);
}

// Returns true when a capitalised word is an ordinary English word written in
// title case before a title-case head ("Interior Minister", "Health
// Secretary"): the office's field, which no name list holds. Only used while
// the head and every modifier after it are capitalised, so a lower-case role
// ("interior minister") never picks up a capitalised word before it.
bool IsTitleCaseModifier(const Word& w, const Gazetteer& gaz) {
  if (!IsWordToken(w) || !w.capitalised || w.all_caps || w.possessive) return false;
  if (gaz.non_entity_words.Contains(w.folded) || gaz.reporting_verbs.Contains(w.folded)) return false;
  return gaz.common_words.Contains(w.folded) && !LooksVerbal(w.folded);
}

// Returns the byte range text of words [first, last).
std::string WordsText(const std::string& text, const std::vector<Word>& words, size_t first,
                      size_t last) {
  return text.substr(words[first].span.start, words[last - 1].span.end - words[first].span.start);
}

bool IsStop(const Word& w) {
  return IsChar(w, ',') || IsChar(w, '.') || IsChar(w, ';') || IsChar(w, ')') ||
         IsChar(w, ':') || w.kind == TokenKind::kDash || w.kind == TokenKind::kQuote;
}

// Finds the apposition after `name_end`: returns [first, last) of its words
// (without the determiner), or first == last when there is none.
std::pair<size_t, size_t> AppositionRange(const std::vector<Word>& words, size_t name_end,
                                          const Gazetteer& gaz) {
  if (name_end >= words.size() || !IsChar(words[name_end], ',')) return {0, 0};
  size_t first = name_end + 1;
  if (first < words.size() && (words[first].folded == "a" || words[first].folded == "an" ||
                               words[first].folded == "the")) {
    ++first;
  }
  size_t last = first;
  while (last < words.size() && !IsStop(words[last]) && last - first < kMaxAppositionWords) {
    if (gaz.reporting_verbs.Contains(words[last].folded) || words[last].sentence_start) {
      return {0, 0};
    }
    ++last;
  }
  if (last == first || (last < words.size() && !IsStop(words[last]))) return {0, 0};
  return {first, last};
}

}  // namespace

size_t MatchPhraseAt(const std::vector<Word>& words, size_t i, const PhraseSet& set) {
  size_t best = 0;
  std::string key;
  for (size_t n = 1; n <= set.max_words() && i + n <= words.size(); ++n) {
    const Word& w = words[i + n - 1];
    if (!IsWordToken(w) || (n > 1 && w.sentence_start)) break;
    if (n > 1) key += ' ';
    key += Bare(w);
    if (set.Contains(key)) best = n;
    if (w.possessive) break;
  }
  return best;
}

size_t MatchPhraseBefore(const std::vector<Word>& words, size_t end, const PhraseSet& set) {
  size_t best = 0;
  std::string key;
  for (size_t n = 1; n <= set.max_words() && n <= end; ++n) {
    const Word& w = words[end - n];
    if (!IsWordToken(w) || (n > 1 && (w.possessive || words[end - n + 1].sentence_start))) break;
    key = n == 1 ? std::string(Bare(w)) : std::string(Bare(w)) + ' ' + key;
    if (set.Contains(key)) best = n;
  }
  return best;
}

std::optional<RoleMatch> FindRoleBefore(const std::string& text, const std::vector<Word>& words,
                                        size_t name_start, const Gazetteer& gaz) {
  size_t title_len = MatchPhraseBefore(words, name_start, gaz.person_titles);
  size_t role_len = MatchPhraseBefore(words, name_start, gaz.role_heads);
  size_t head_len = std::max(title_len, role_len);
  if (head_len == 0) return std::nullopt;
  size_t first = name_start - head_len;
  if (words[first].possessive) return std::nullopt;  // "Lee's Jae-myung" is no title
  size_t modifiers = 0;
  bool title_case = words[first].capitalised;  // "Interior Minister": head and modifiers capitalised
  while (first > 0 && modifiers < kMaxRoleModifiers && !words[first].sentence_start) {
    const Word& w = words[first - 1];
    if (IsRoleModifier(w, gaz)) {
      title_case = title_case && w.capitalised;
    } else if (!title_case || !IsTitleCaseModifier(w, gaz)) {
      break;
    }
    --first;
    ++modifiers;
  }
  RoleMatch m;
  m.first = first;
  m.last = name_start;
  m.text = WordsText(text, words, first, name_start);
  // "Mr", "Dr": a title that is not also a role head names no office.
  m.honorific = role_len == 0 && modifiers == 0;
  return m;
}

std::optional<RoleMatch> FindApposition(const std::string& text, const std::vector<Word>& words,
                                        size_t name_end, const Gazetteer& gaz) {
  auto [first, last] = AppositionRange(words, name_end, gaz);
  if (first == last) return std::nullopt;
  // The head is the last word, or a role noun followed by a preposition
  // ("spokeswoman for the ministry").
  bool has_head = MatchPhraseBefore(words, last, gaz.role_heads) > 0;
  for (size_t i = first; !has_head && i + 1 < last; ++i) {
    std::string_view next = words[i + 1].folded;
    if ((next == "of" || next == "for" || next == "at" || next == "to" || next == "in") &&
        MatchPhraseBefore(words, i + 1, gaz.role_heads) > 0) {
      has_head = true;
    }
  }
  if (!has_head) return std::nullopt;
  RoleMatch m;
  m.first = first;
  m.last = last;
  m.text = WordsText(text, words, first, last);
  return m;
}

std::optional<RoleMatch> FindAppositionBefore(const std::string& text, const std::vector<Word>& words,
                                              size_t name_start, size_t name_end, const Gazetteer& gaz) {
  // The name must be set off on both sides: ", Ana Lima," (a lone leading
  // comma is often a list or a clause boundary).
  if (name_start < 2 || name_end >= words.size() || !IsChar(words[name_start - 1], ',') ||
      !IsChar(words[name_end], ',')) {
    return std::nullopt;
  }
  const size_t last = name_start - 1;  // the comma
  if (MatchPhraseBefore(words, last, gaz.role_heads) == 0 && MatchPhraseBefore(words, last, gaz.person_titles) == 0) {
    return std::nullopt;
  }
  // Read the role back to its determiner or the sentence start: only role
  // modifiers and possessives ("company's") may stand in between, so a
  // clause ("When the strike ended in May, ...") never passes for a role.
  size_t first = last;
  // True while reading the possessor's name back from its "'s": the
  // capitalised words of "Halden Bank's" belong to the role, whatever they are.
  bool in_possessor = false;
  while (first > 0 && last - first < kMaxAppositionWords) {
    const Word& w = words[first - 1];
    if (!IsWordToken(w)) return std::nullopt;
    if (w.folded == "the" || w.folded == "a" || w.folded == "an" || w.folded == "its" || w.folded == "his" ||
        w.folded == "her" || w.folded == "their" || w.folded == "our") {
      break;
    }
    in_possessor = w.possessive || (in_possessor && w.capitalised);
    if (!in_possessor && !IsRoleModifier(w, gaz) && MatchPhraseBefore(words, first, gaz.role_heads) == 0) {
      return std::nullopt;
    }
    --first;
    if (words[first].sentence_start) break;
  }
  if (first == last || last - first > kMaxAppositionWords) return std::nullopt;
  const bool at_det = first > 0 && !words[first].sentence_start;
  const size_t opener = at_det ? first - 1 : first;
  // The role opens the sentence or a clause: after a comma, or after a
  // conjunction that joins it to the clause before ("Profits fell, and the
  // company's chief executive, Mara Lind, resigned").
  const bool after_comma = opener > 0 && IsChar(words[opener - 1], ',');
  const bool after_conjunction = opener > 0 && IsWordToken(words[opener - 1]) &&
                                 (words[opener - 1].folded == "and" || words[opener - 1].folded == "but");
  if (!words[opener].sentence_start && !after_comma && !after_conjunction) return std::nullopt;
  RoleMatch m;
  m.first = first;
  m.last = last;
  m.text = WordsText(text, words, first, last);
  return m;
}

bool AppositionNamesOrg(const std::vector<Word>& words, size_t name_end, const Gazetteer& gaz) {
  auto [first, last] = AppositionRange(words, name_end, gaz);
  return first != last && MatchPhraseBefore(words, last, gaz.org_cues) > 0;
}

}  // namespace lede::detail
