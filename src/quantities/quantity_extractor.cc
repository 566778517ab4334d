// Quantity extractor: one left-to-right pass over the lexer's pieces. At each piece
// the matchers are tried from the most specific to the least (a currency sign, a
// number-led date or clock, a word-led date, then any number with what follows it:
// range, percent, currency, time unit, measure unit, year, ordinal, count); the first
// that matches claims its pieces and the pass resumes after them, so quantities never
// overlap and come out in text order. Every matcher looks a bounded number of pieces
// ahead or back, so the whole pass is linear in the text's length.
#include "quantities/quantity_extractor.h"

#include <optional>
#include <string>

#include "quantities/currency_context.h"
#include "quantities/date_phrases.h"
#include "quantities/date_ranges.h"  // date_ranges: modified dates and ranges
#include "quantities/money.h"
#include "quantities/number_lookalikes.h"
#include "quantities/number_parser.h"
#include "quantities/quantity_lexer.h"
#include "quantities/quantity_lexicon.h"
#include "quantities/subject_finder.h"

namespace lede::detail {

namespace {

// Holds one quantity before it is turned into the public struct.
struct Found {
  size_t begin = 0;  // first piece
  size_t end = 0;    // one past the last piece
  QuantityKind kind = QuantityKind::kCardinal;
  std::optional<double> value;
  std::string unit;
  std::string normalized;
  std::string qualifier;
  std::string subject;
  bool unit_ambiguous = false;  // money: a bare "$" or "¥" (settled later by SettleCurrencySigns)
};

// Holds a number and, for a range, its high end.
struct Amount {
  NumberMatch number;
  std::optional<double> high;
  bool between = false;  // "between 5 and 7"
};


bool IsRangeDash(const Piece& p) { return p.kind == PieceKind::kDash && (p.lower == "-" || p.lower == "\u2013"); }

std::string RangeText(const Amount& a) {
  return a.high ? FormatNumber(a.number.value) + "/" + FormatNumber(*a.high) : "";
}

class Extractor {
 public:
  Extractor(const std::string& text, std::optional<CivilDate> ref, bool every_piece)
      : text_(text), every_piece_(every_piece), lex_(GetQuantityLexicon()), dates_{pieces_, lex_, ref} {}

  std::vector<Quantity> Run() {
    std::vector<Quantity> out;
    snippet_ = IsSnippet(text_);
    // One line at a time: no phrase crosses a newline, and the pieces stay small and hot.
    size_t begin = 0;
    while (begin < text_.size() && out.size() < kMaxQuantitiesPerArticle) {
      size_t end = text_.find('\n', begin);
      if (end == std::string::npos) end = text_.size();
      if (end > begin) {
        LexPiecesInto(text_, begin, end, &pieces_);
        RunLine(&out);
      }
      begin = end + 1;
    }
    return out;
  }

 private:
  void RunLine(std::vector<Quantity>* out) {
    // A line of digits and signs alone ("03:41", a comment count) is page furniture on a
    // page of several lines; a one-line snippet ("1,234,567", "-4/5") is the text itself.
    bool has_words = false;
    for (const Piece& p : pieces_) has_words = has_words || p.kind == PieceKind::kWord;
    if (!has_words && !snippet_) return;
    MarkStarts();
    size_t i = 0;
    while (i < pieces_.size() && out->size() < kMaxQuantitiesPerArticle) {
      if (!every_piece_ && !may_start_[i]) {  // no rule starts at this word
        ++i;
        continue;
      }
      if (size_t lookalike = LookalikeEnd(pieces_, i); lookalike > i) {  // phone numbers, scores, list numbers
        i = lookalike;
        continue;
      }
      Found f;
      size_t skip = i + 1;
      if (MatchAt(i, &f, &skip)) {
        out->push_back(ToQuantity(f));
        i = f.end > i ? f.end : i + 1;
      } else {
        i = skip;
      }
    }
  }

  Quantity ToQuantity(const Found& f) const {
    Quantity q;
    size_t start = pieces_[f.begin].start, end = pieces_[f.end - 1].end;
    // A possessive belongs to the sentence, not the date ("last year's budget").
    for (std::string_view possessive : {"'s", "\u2019s"}) {
      std::string_view t(text_.data() + start, end - start);
      if (t.size() > possessive.size() && t.substr(t.size() - possessive.size()) == possessive) end -= possessive.size();
    }
    q.text = text_.substr(start, end - start);
    q.kind = f.kind;
    q.value = f.value;
    q.unit = f.unit;
    q.qualifier = f.qualifier;
    q.normalized = f.normalized;
    q.subject = f.subject;
    q.unit_ambiguous = f.unit_ambiguous;
    q.span = {start, end};
    return q;
  }

  bool MatchAt(size_t i, Found* f, size_t* skip) {
    f->begin = i;
    MoneyMatch money;
    if (MatchMoneyPrefix(pieces_, i, lex_, &money)) {
      Amount a{money.number, std::nullopt, false};
      f->end = ReadRange(i, &a, money.end);
      f->unit_ambiguous = money.ambiguous;
      return Finish(f, QuantityKind::kMoney, a, money.code);
    }
    if (MatchRelativeOrdinalAt(i, f)) return true;
    if (MatchPercentOfAt(i, f)) return true;  // MatchPercentOfAt
    if (MatchDateSpanAt(i, f)) return true;  // date_ranges: "since August", "Feb 28th to March 1st"
    DateMatch date;
    if (MatchDateTime(dates_, i, &date)) {  // date-time: dates, clocks and their joins
      f->end = date.end;
      f->kind = date.is_time ? QuantityKind::kTime : QuantityKind::kDate;
      f->normalized = date.normalized;
      f->unit = date.zone;
      f->qualifier = DateQualifier(i);
      if (date.is_duration) f->kind = QuantityKind::kDuration;  // date vocabulary: vague durations
      if (date.is_duration) f->unit = date.unit;                 // date vocabulary
      if (date.is_set) f->qualifier = "every";                   // date vocabulary: a recurring time
      return true;
    }
    Amount a;
    if (!ParseNumber(pieces_, i, lex_, &a.number)) return false;
    if (IsPartOfName(i, a.number)) {
      *skip = a.number.end;
      return false;
    }
    return MatchNumberLed(i, a, f, skip);
  }

  // Returns true when a relative ordinal ("the last but one" = end-1) starts at i: an
  // ordinal without a value, its position in `normalized` (MatchRelativeOrdinalAt).
  bool MatchRelativeOrdinalAt(size_t i, Found* f) {
    std::string position;
    if (!ParseRelativeOrdinal(pieces_, i, lex_, &f->end, &position)) return false;
    f->kind = QuantityKind::kOrdinal;
    f->normalized = std::move(position);
    return true;
  }

  // Returns true when a modified date, a sub-period or a range of dates starts at i
  // (date_ranges); the modifier is part of the span and becomes the qualifier.
  bool MatchDateSpanAt(size_t i, Found* f) {
    DateSpan span;
    if (!MatchDateSpan(dates_, i, &span)) return false;
    f->end = span.date.end;
    f->kind = span.date.is_time ? QuantityKind::kTime : QuantityKind::kDate;
    f->normalized = span.date.normalized;
    f->unit = span.date.zone;
    f->qualifier = span.modifier.empty() ? DateQualifier(i) : span.modifier;
    return true;
  }

  // Returns true when "percent of 10" (= 10%) starts a line or clause at i and the number
  // ends it (MatchPercentOfAt). In prose "percent of" follows its number ("40 percent of
  // voters", matched earlier), and "the percent of 18-year-olds" or "what percent of 10
  // is 5" have a word before or after, so only this bare form is read.
  bool MatchPercentOfAt(size_t i, Found* f) {
    if (i > 0 && pieces_[i - 1].kind != PieceKind::kPunct && pieces_[i - 1].kind != PieceKind::kBreak) return false;
    size_t of;
    const std::string* unit = lex_.percent_units.Match(pieces_, i, &of);
    if (!unit || *unit != "percent" || pieces_[i].kind != PieceKind::kWord || !WordAt(pieces_, of, "of") ||
        of + 1 >= pieces_.size() || pieces_[of + 1].kind != PieceKind::kNumber) {
      return false;
    }
    NumberMatch nm;
    if (!ParseNumber(pieces_, of + 1, lex_, &nm) || nm.ordinal) return false;
    if (nm.end < pieces_.size() && pieces_[nm.end].kind != PieceKind::kPunct) return false;
    Amount a{nm, std::nullopt, false};
    f->end = nm.end;
    return Finish(f, QuantityKind::kPercent, a, *unit);
  }

  // Returns true when the number at i belongs to a name or code ("Boeing 737", "COVID-19", "4G").
  bool IsPartOfName(size_t i, const NumberMatch& nm) const {
    if (pieces_[i].kind != PieceKind::kNumber) return false;
    if (nm.end < pieces_.size() && !pieces_[nm.end].space_before &&
        (pieces_[nm.end].kind == PieceKind::kWord || pieces_[nm.end].kind == PieceKind::kCode)) {
      size_t end;
      const std::string& w = pieces_[nm.end].lower;
      bool known = lex_.measure_units.Match(pieces_, nm.end, &end) || lex_.time_units.Match(pieces_, nm.end, &end) ||
                   lex_.percent_units.Match(pieces_, nm.end, &end) || w == "s" || w == "am" || w == "pm";
      if (!known) return true;
    }
    if (i == 0) return false;
    const Piece& prev = pieces_[i - 1];
    if (prev.kind == PieceKind::kCode) return true;
    if (prev.kind == PieceKind::kDash && !pieces_[i].space_before && !prev.space_before && i >= 2 &&
        (pieces_[i - 2].kind == PieceKind::kCode ||
         (pieces_[i - 2].kind == PieceKind::kWord && pieces_[i - 2].capitalized))) {
      return true;
    }
    // A capital anywhere in the word before ("Boeing 737", "iPhone 15") marks a name.
    bool has_capital = false;
    for (size_t b = prev.start; b < prev.end && !has_capital; ++b) has_capital = text_[b] >= 'A' && text_[b] <= 'Z';
    if (prev.kind == PieceKind::kWord && (prev.capitalized || has_capital) && !lex_.lead_words.count(prev.lower) &&
        !lex_.Date(prev.lower) && prev.lower.find('\'') == std::string::npos &&
        prev.lower.find("\u2019") == std::string::npos) {
      return true;
    }
    return false;
  }

  // Reads a range after the number ending at `end`; returns the new end.
  size_t ReadRange(size_t i, Amount* a, size_t end) {
    size_t j = end;
    bool to = WordAt(pieces_, j, "to") && a->number.plain_integer;
    bool between = i > 0 && WordAt(pieces_, i - 1, "between") && WordAt(pieces_, j, "and");
    bool dash = j < pieces_.size() && IsRangeDash(pieces_[j]);
    if (!to && !between && !dash) return end;
    size_t k = j + 1;
    // "€5bn-€7bn", "$5-$7": a repeated sign.
    if (k < pieces_.size() && pieces_[k].kind == PieceKind::kSymbol && pieces_[k].lower != "%") ++k;
    NumberMatch hi;
    if (!ParseNumber(pieces_, k, lex_, &hi) || hi.ordinal || hi.article_only || hi.words != a->number.words) {
      return end;
    }
    if (dash && pieces_[k].space_before != pieces_[j].space_before) return end;
    double low = a->number.value;
    if (hi.magnitude && !a->number.magnitude && pieces_[k].kind == PieceKind::kNumber) {
      double raw = ParseDigits(pieces_[k].lower);
      if (raw != 0) low *= hi.value / raw;
    }
    if (hi.value <= low) return end;
    a->number.value = low;
    a->high = hi.value;
    a->between = between;
    a->number.plain_integer = a->number.plain_integer && hi.plain_integer;
    return hi.end;
  }

  bool Finish(Found* f, QuantityKind kind, const Amount& a, std::string unit) {
    f->kind = kind;
    f->value = a.number.value;
    f->unit = std::move(unit);
    f->normalized = RangeText(a);
    f->qualifier = a.between ? "between" : QualifierBefore(f->begin);
    return true;
  }

  bool MatchNumberLed(size_t i, Amount& a, Found* f, size_t* skip) {
    const NumberMatch& nm = a.number;
    size_t j = ReadRange(i, &a, nm.end);
    size_t end;
    f->begin = i;
    bool counted = !nm.ordinal && !nm.fraction;
    // Units may follow through a glued hyphen: "five-day", "30-km".
    size_t u = j;
    if (GluedAt(pieces_, j) && j + 1 < pieces_.size() && pieces_[j].kind == PieceKind::kDash &&
        pieces_[j].lower == "-" && GluedAt(pieces_, j + 1)) {
      u = j + 1;
    }
    if (const std::string* unit = lex_.percent_units.Match(pieces_, j, &end); unit && !nm.article_only && counted) {
      f->end = end;
      return Finish(f, QuantityKind::kPercent, a, *unit);
    }
    if (MoneyMatch money; !nm.article_only && counted && MatchMoneyAfter(pieces_, nm, u, lex_, &money)) {
      f->end = money.end;  // money: "50 cents" is 0.50 USD, "5 dollars and 20 cents" 5.20
      if (a.high) *a.high *= money.scale;
      a.number = money.number;
      f->unit_ambiguous = money.ambiguous;
      return Finish(f, QuantityKind::kMoney, a, money.code);
    }
    if (const TimeUnit* tu = lex_.time_units.Match(pieces_, u, &end); tu && counted) {
      return MatchTimeUnit(i, a, *tu, end, f);
    }
    if (const std::string* unit = lex_.measure_units.Match(pieces_, u, &end); unit && !nm.article_only && counted) {
      f->end = end;
      return Finish(f, QuantityKind::kMeasure, a, *unit);
    }
    if (nm.article_only) return false;
    std::string qualifier = QualifierBefore(i);
    if (CanBeYear(nm) && !nm.negative && YearContext(i, a.number.value, qualifier)) {
      f->end = j;
      f->kind = QuantityKind::kDate;
      f->normalized = a.high && *a.high <= 9999 ? RangeText(a) : FormatNumber(nm.value);
      f->qualifier = qualifier.empty() ? DateQualifier(i) : qualifier;
      return true;
    }
    f->end = j;
    if (nm.ordinal) {
      if (WordAt(pieces_, j, "of") && nm.words && i > 0 && WordAt(pieces_, i - 1, "a")) return false;
      return Finish(f, QuantityKind::kOrdinal, a, "");
    }
    if (nm.leading_zero) {
      *skip = j;
      return false;
    }
    size_t subject_from = j;
    if (GluedAt(pieces_, j) && j + 1 < pieces_.size() && pieces_[j].kind == PieceKind::kDash &&
        GluedAt(pieces_, j + 1) && pieces_[j + 1].kind == PieceKind::kWord) {
      subject_from = j + 2;  // "a 12-member team": the count modifies the noun after
    }
    std::string subject = FindSubject(pieces_, text_, subject_from, lex_);
    if (subject.empty() && WordAt(pieces_, j, "of") && j + 1 < pieces_.size() &&
        pieces_[j + 1].kind == PieceKind::kWord && (lex_.SubjectFlags(pieces_[j + 1].lower) & kPronounBefore)) {
      subject = FindSubject(pieces_, text_, j + 2, lex_);  // "two of the suspects"
    }
    if (nm.lone_one && !a.high) {
      bool pronoun = (i > 0 && pieces_[i - 1].kind == PieceKind::kWord &&
                      (lex_.SubjectFlags(pieces_[i - 1].lower) & kPronounBefore)) ||
                     (j < pieces_.size() && pieces_[j].kind == PieceKind::kWord &&
                      (lex_.SubjectFlags(pieces_[j].lower) & kPronounAfter));
      if (pronoun || subject.empty()) return false;
    }
    Finish(f, QuantityKind::kCardinal, a, "");
    f->subject = std::move(subject);
    return true;
  }

  bool MatchTimeUnit(size_t i, const Amount& a, const TimeUnit& tu, size_t end, Found* f) {
    const NumberMatch& nm = a.number;
    std::optional<Period> period = PeriodOf(tu.unit);
    if (WordAt(pieces_, end, "ago") && period) {
      f->end = end + 1;
      f->kind = QuantityKind::kDate;
      f->normalized = ResolveAgo(dates_.ref, *period, nm.value);
      f->qualifier = QualifierBefore(i);
      return true;
    }
    bool lead = i > 0 && pieces_[i - 1].kind == PieceKind::kWord && lex_.duration_leads.count(pieces_[i - 1].lower);
    bool hyphenated = end > 0 && end - 1 > nm.end && pieces_[nm.end].kind == PieceKind::kDash;
    if (nm.lone_one && !lead && !hyphenated && QualifierBefore(i).empty()) {
      return false;  // "one day he will return": an adverb, not a length of time
    }
    if (nm.article_only) {
      // "a second term" is an ordinal; "once a year" a rate; "for a year", "a decade" durations.
      if (tu.unit == "second") return false;
      if (!lead && tu.factor == 1) return false;
    }
    if (size_t age_end = AgeEnd(end); age_end > end) {  // "a 45-year-old", "45 years old"
      f->end = age_end;
      Finish(f, QuantityKind::kAge, a, tu.unit);
      f->subject = FindSubject(pieces_, text_, age_end, lex_);
      return true;
    }
    f->end = end;
    Amount count = a;
    Finish(f, QuantityKind::kDuration, count, tu.unit);
    bool time_part = !tu.designator.empty() && tu.designator[0] == 'T';
    std::string designator = time_part ? tu.designator.substr(1) : tu.designator;
    f->normalized = std::string(time_part ? "PT" : "P") + FormatNumber(nm.value * tu.factor) + designator;
    return true;
  }

  // Sets may_start_[k] for each piece of the line, from the last: a digit, sign or code,
  // a start word, or a weak start word ("the", "at") before a piece that may start.
  void MarkStarts() {
    may_start_.assign(pieces_.size() + 1, 0);
    for (size_t k = pieces_.size(); k-- > 0;) {
      const StartKind start = lex_.StartAt(pieces_[k]);
      if (start == StartKind::kNoStart) continue;
      may_start_[k] = start == StartKind::kWeakStart ? may_start_[k + 1] : 1;
    }
  }

  // Returns the index past "old" after a length of time ending at pieces[j] ("45-year-old",
  // "45 years old"), or j when the length is not an age.
  size_t AgeEnd(size_t j) const {
    if (j + 1 < pieces_.size() && pieces_[j].kind == PieceKind::kDash && GluedAt(pieces_, j) && GluedAt(pieces_, j + 1) &&
        WordAt(pieces_, j + 1, "old")) {
      return j + 2;
    }
    return WordAt(pieces_, j, "old") ? j + 1 : j;
  }

  // Returns true when a four-digit number reads as a year here.
  bool YearContext(size_t i, double value, const std::string& qualifier) const {
    bool lead = i > 0 && pieces_[i - 1].kind == PieceKind::kWord && lex_.year_leads.count(pieces_[i - 1].lower);
    if (lead) return true;
    if (!qualifier.empty()) return false;
    return IsPlainYearRange(value);
  }

  // Returns the qualifier of a date: a quantity qualifier, or a word like "since", "until".
  std::string DateQualifier(size_t i) const {
    std::string q = QualifierBefore(i);
    if (q.empty() && i > 0 && pieces_[i - 1].kind == PieceKind::kWord && lex_.date_modifiers.count(pieces_[i - 1].lower)) {
      q = pieces_[i - 1].lower;
    }
    return q;
  }

  std::string QualifierBefore(size_t i) const {
    if (i == 0 || !pieces_[i].space_before) {
      // "mid-2022", "mid-February"
      if (i >= 2 && pieces_[i - 1].kind == PieceKind::kDash && !pieces_[i - 1].space_before &&
          WordAt(pieces_, i - 2, "mid")) {
        return "mid";
      }
      return "";
    }
    size_t begin;
    const std::string* q = lex_.qualifiers.MatchBefore(pieces_, i, &begin);
    return q ? *q : "";
  }

  // Returns true when `text` holds one non-blank line: a snippet, not a page.
  static bool IsSnippet(std::string_view text) {
    size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return true;
    size_t last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1).find('\n') == std::string_view::npos;
  }

  const std::string& text_;
  bool every_piece_;      // try every piece, not only the start words (ExtractQuantitiesAtEveryPiece)
  bool snippet_ = false;  // see IsSnippet
  std::vector<unsigned char> may_start_;  // per piece of the line: see MarkStarts
  std::vector<Piece> pieces_;
  const QuantityLexicon& lex_;
  DateContext dates_;
};

}  // namespace

namespace {

std::vector<Quantity> Extract(const Report& report, std::string_view reference_date, bool every_piece) {
  std::optional<CivilDate> ref = ParseIsoDate(reference_date);
  Extractor extractor(report.document.text, ref, every_piece);
  std::vector<Quantity> quantities = extractor.Run();
  DropYearsInNames(report.entities, report.document.text, &quantities);
  SettleCurrencySigns(report.entities, &quantities);
  LinkConversions(report.document.text, &quantities);
  return quantities;
}

}  // namespace

std::vector<Quantity> ExtractQuantities(const Report& report, std::string_view reference_date) {
  return Extract(report, reference_date, false);
}

std::vector<Quantity> ExtractQuantitiesAtEveryPiece(const Report& report, std::string_view reference_date) {
  return Extract(report, reference_date, true);
}

}  // namespace lede::detail
