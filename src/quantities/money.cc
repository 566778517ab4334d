// Money: one phrase-table lookup for the currency, then the number parser for the
// amount (which already reads magnitudes: "bn", "million"). Codes count only when
// written in capitals, so "all", "top" or "cup" in prose never become currencies.
// The yen/yuan choice for "¥" looks at most kContextPieces pieces either way inside
// the sentence, so it stays linear however many signs a text has. Subunits
// (currency_subunits.tsv) are read after a number as hundredths, and after a whole
// amount named in words ("5 dollars and 20 cents") as its fractional part.
#include "quantities/money.h"

#include "data/embedded_data.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace lede::detail {

namespace {

// How far (in pieces, each way) "¥" looks for a word naming China or the yuan.
constexpr size_t kContextPieces = 40;
// Every subunit in currency_subunits.tsv is a hundredth of its currency.
constexpr double kSubunitScale = 0.01;
// A count of subunits after a whole amount ("and 45 cents") is below one whole unit.
constexpr double kSubunitsPerUnit = 100;

// Returns the subunit table (alias -> ISO code), loaded once.
const PhraseTable<std::string>& Subunits() {
  static const PhraseTable<std::string> table = [] {
    PhraseTable<std::string> t;
    for (std::string_view line : DataLines("lexicon/currency_subunits.tsv")) {
      size_t tab = line.find('\t');
      if (tab != std::string_view::npos) t.Add(line.substr(0, tab), std::string(line.substr(tab + 1)));
    }
    return t;
  }();
  return table;
}

// Returns true when a piece is one apostrophe (the tokenizer's set of apostrophe characters).
bool IsApostrophe(const Piece& p) {
  size_t pos = 0;
  return !p.lower.empty() && IsApostropheChar(DecodeUtf8(p.lower, &pos)) && pos == p.lower.size();
}

// Returns true when a lower-case word at pieces[i] may start the sign alias ending
// before `end`: glued to its sign ("us$"), an abbreviation with a dot ("u.s $"), or a
// lone letter that is no English word ("c $300"; not "a $5 bill", not the "s" of a
// possessive split off by an apostrophe). "us $5" in lower case stays the pronoun.
bool LowerPrefixOk(const std::vector<Piece>& pieces, size_t i, size_t end) {
  bool glued = true;
  for (size_t k = i + 1; k < end; ++k) glued = glued && !pieces[k].space_before;
  if (glued) return true;
  if (i + 1 < end && pieces[i + 1].lower == "." && !pieces[i + 1].space_before) return true;
  const std::string& w = pieces[i].lower;
  if (w.size() != 1 || w == "a" || w == "i") return false;
  return i == 0 || !IsApostrophe(pieces[i - 1]);
}

bool CodeWritten(const std::vector<Piece>& pieces, size_t begin, size_t end, const Currency& c) {
  if (c.form != CurrencyForm::kCode) return true;
  return end == begin + 1 && pieces[begin].all_caps;
}

// Returns true when pieces[k] ends a sentence or a line: the context window stops there.
bool EndsContext(const Piece& p) {
  return p.kind == PieceKind::kBreak || (p.kind == PieceKind::kPunct && (p.lower == "." || p.lower == "!" || p.lower == "?"));
}

bool HasCnyContext(const std::vector<Piece>& pieces, size_t i, const QuantityLexicon& lex) {
  for (size_t k = i; k > 0 && i - k < kContextPieces && !EndsContext(pieces[k - 1]); --k) {
    if (lex.cny_context.count(pieces[k - 1].lower)) return true;
  }
  for (size_t k = i; k < pieces.size() && k - i < kContextPieces && !EndsContext(pieces[k]); ++k) {
    if (lex.cny_context.count(pieces[k].lower)) return true;
  }
  return false;
}

// Returns true when `p` alone names a currency several countries use: "$" and "dollars"
// (US, Australian, Canadian ...), "¥" not tied to the yuan by its sentence (yen or yuan).
bool IsSharedSign(const Piece& p, const std::string& code) {
  if (p.lower == "\u00a5") return code == "JPY";
  return p.lower == "$" || p.lower == "dollar" || p.lower == "dollars";
}

std::string CodeOf(const std::vector<Piece>& pieces, size_t i, const Currency& c, const QuantityLexicon& lex) {
  if (c.code == "JPY" && pieces[i].lower == "\u00a5" && HasCnyContext(pieces, i, lex)) return "CNY";
  return c.code;
}

}  // namespace

bool MatchMoneyPrefix(const std::vector<Piece>& pieces, size_t i, const QuantityLexicon& lex, MoneyMatch* m) {
  const Piece& p = pieces[i];
  // Signs, codes and prefixed dollars (US$, Rs) start with a sign (the lexer leaves
  // rarer signs such as the kip's as punctuation) or a capital; see LowerPrefixOk.
  if (p.kind != PieceKind::kSymbol && p.kind != PieceKind::kPunct && p.kind != PieceKind::kWord) return false;
  size_t end;
  const Currency* c = lex.currencies.Match(pieces, i, &end);
  if (!c || c->form == CurrencyForm::kName || !CodeWritten(pieces, i, end, *c)) return false;
  if (p.kind == PieceKind::kWord && !p.capitalized && !LowerPrefixOk(pieces, i, end)) return false;
  if (end >= pieces.size() || pieces[end].kind != PieceKind::kNumber) return false;
  // A sign glued to the word before it is part of that word ("Yahoo!" style names, "S&P").
  if (i > 0 && !p.space_before && pieces[i - 1].kind == PieceKind::kWord) return false;
  if (!ParseNumber(pieces, end, lex, &m->number) || m->number.ordinal) return false;
  m->end = m->number.end;
  m->code = CodeOf(pieces, i, *c, lex);
  m->ambiguous = end == i + 1 && IsSharedSign(p, m->code);
  return true;
}

std::string CurrencyAfter(const std::vector<Piece>& pieces, size_t j, const QuantityLexicon& lex, size_t* end) {
  if (j >= pieces.size()) return "";
  const Piece& p = pieces[j];
  if (p.kind != PieceKind::kWord && p.kind != PieceKind::kSymbol && p.kind != PieceKind::kPunct) return "";
  // Names stand apart ("5 yuan") or after a hyphen ("a one-yen bid"), never glued to digits.
  if (p.kind == PieceKind::kWord && !p.space_before && !(j > 0 && pieces[j - 1].kind == PieceKind::kDash)) return "";
  const Currency* c = lex.currencies.Match(pieces, j, end);
  if (!c || !CodeWritten(pieces, j, *end, *c)) return "";
  // A sign after the number must not start another amount ("5 $10" is two things).
  if (c->form == CurrencyForm::kSymbol && *end < pieces.size() && pieces[*end].kind == PieceKind::kNumber) return "";
  return CodeOf(pieces, j, *c, lex);
}

namespace {

// Returns the ISO code of a subunit at pieces[j] after a number and sets *end past it.
std::string SubunitAfter(const std::vector<Piece>& pieces, size_t j, size_t* end) {
  if (j >= pieces.size() || pieces[j].kind != PieceKind::kWord) return "";
  if (!pieces[j].space_before && !(j > 0 && pieces[j - 1].kind == PieceKind::kDash)) return "";
  const std::string* code = Subunits().Match(pieces, j, end);
  return code ? *code : "";
}

bool IsAnd(const Piece& p) { return p.kind == PieceKind::kWord && p.lower == "and"; }

// Adds "and 45 cents" / "45 cents" after a whole amount of `code` ending at m->end.
void AddSubunits(const std::vector<Piece>& pieces, const QuantityLexicon& lex, MoneyMatch* m) {
  size_t k = m->end;
  if (k < pieces.size() && IsAnd(pieces[k])) ++k;
  NumberMatch cents;
  if (!ParseNumber(pieces, k, lex, &cents) || cents.ordinal || cents.fraction || cents.article_only ||
      cents.negative || cents.value <= 0 || cents.value >= kSubunitsPerUnit) {
    return;
  }
  size_t end;
  if (SubunitAfter(pieces, cents.end, &end) == m->code) {
    m->number.value += cents.value * kSubunitScale;
    m->end = end;
    return;
  }
  // Spoken prices leave the subunit out ("one dollar and fifty"): only in words, after
  // "and", and with nothing counted after the number (no noun follows it).
  size_t after = cents.end;
  bool bare = after >= pieces.size() || pieces[after].kind == PieceKind::kPunct ||
              pieces[after].kind == PieceKind::kBreak || IsAnd(pieces[after]);
  if (k > m->end && m->number.words && !m->number.magnitude && cents.words && bare && !Subunits().Match(pieces, after, &end)) {
    m->number.value += cents.value * kSubunitScale;
    m->end = after;
  }
}

}  // namespace

bool MatchMoneyAfter(const std::vector<Piece>& pieces, const NumberMatch& number, size_t j, const QuantityLexicon& lex,
                     MoneyMatch* m) {
  m->number = number;
  size_t end;
  if (std::string code = SubunitAfter(pieces, j, &end); !code.empty()) {
    m->number.value *= kSubunitScale;
    m->scale = kSubunitScale;
    m->code = std::move(code);
    m->end = end;
    return true;
  }
  m->code = CurrencyAfter(pieces, j, lex, &end);
  if (m->code.empty()) return false;
  m->ambiguous = end == j + 1 && IsSharedSign(pieces[j], m->code);
  m->end = end;
  m->scale = 1;
  if (number.words || !number.magnitude) AddSubunits(pieces, lex, m);
  return true;
}

}  // namespace lede::detail
