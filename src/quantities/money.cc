// Money: one phrase-table lookup for the currency, then the number parser for the
// amount (which already reads magnitudes: "bn", "million"). Codes count only when
// written in capitals, so "all", "top" or "cup" in prose never become currencies.
// The yen/yuan choice for "¥" looks at most kContextPieces pieces either way inside
// the sentence, so it stays linear however many signs a text has.
#include "quantities/money.h"

namespace lede::detail {

namespace {

// How far (in pieces, each way) "¥" looks for a word naming China or the yuan.
constexpr size_t kContextPieces = 40;

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

std::string CodeOf(const std::vector<Piece>& pieces, size_t i, const Currency& c, const QuantityLexicon& lex) {
  if (c.code == "JPY" && pieces[i].lower == "\u00a5" && HasCnyContext(pieces, i, lex)) return "CNY";
  return c.code;
}

}  // namespace

bool MatchMoneyPrefix(const std::vector<Piece>& pieces, size_t i, const QuantityLexicon& lex, MoneyMatch* m) {
  const Piece& p = pieces[i];
  // Signs, codes and prefixed dollars (US$, Rs) all start with a symbol or a capital.
  if (p.kind != PieceKind::kSymbol && !(p.kind == PieceKind::kWord && p.capitalized)) return false;
  size_t end;
  const Currency* c = lex.currencies.Match(pieces, i, &end);
  if (!c || c->form == CurrencyForm::kName || !CodeWritten(pieces, i, end, *c)) return false;
  if (end >= pieces.size() || pieces[end].kind != PieceKind::kNumber) return false;
  // A sign glued to the word before it is part of that word ("Yahoo!" style names, "S&P").
  if (i > 0 && !p.space_before && pieces[i - 1].kind == PieceKind::kWord) return false;
  if (!ParseNumber(pieces, end, lex, &m->number) || m->number.ordinal) return false;
  m->end = m->number.end;
  m->code = CodeOf(pieces, i, *c, lex);
  return true;
}

std::string CurrencyAfter(const std::vector<Piece>& pieces, size_t j, const QuantityLexicon& lex, size_t* end) {
  if (j >= pieces.size()) return "";
  const Piece& p = pieces[j];
  if (p.kind != PieceKind::kWord && p.kind != PieceKind::kSymbol) return "";
  // Names stand apart ("5 yuan") or after a hyphen ("a one-yen bid"), never glued to digits.
  if (p.kind == PieceKind::kWord && !p.space_before && !(j > 0 && pieces[j - 1].kind == PieceKind::kDash)) return "";
  const Currency* c = lex.currencies.Match(pieces, j, end);
  if (!c || !CodeWritten(pieces, j, *end, *c)) return "";
  // A sign after the number must not start another amount ("5 $10" is two things).
  if (c->form == CurrencyForm::kSymbol && *end < pieces.size() && pieces[*end].kind == PieceKind::kNumber) return "";
  return CodeOf(pieces, j, *c, lex);
}

}  // namespace lede::detail
