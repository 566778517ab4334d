// Line classifier: shape tests on one trimmed line, plus prefix and whole-line
// matches against the boilerplate lists (ASCII-lowercased, curly apostrophes
// straightened, so "Don’t miss" matches "don't miss").
#include "extract/line_classifier.h"

#include <string>
#include <unordered_set>
#include <vector>

#include "data/embedded_data.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace lede::detail {

namespace {

// Promos are short calls to action; a longer line starting "Read more ..." is prose.
constexpr size_t kMaxPromoWords = 12;
// A photo credit names an agency or one or two photographers ("AFP/Getty Images", "Jane Doe/Reuters").
constexpr size_t kMaxCreditWords = 6;
// A bare counter (comments, shares) has at most this many digits; longer digit lines are kept.
constexpr size_t kMaxCounterDigits = 6;
// A parenthesised credit "(Reuters)" closes a caption only on lines up to this long; wire body
// paragraphs that end in a parenthesis are longer.
constexpr size_t kMaxParenCaptionWords = 45;

// Holds the boilerplate lists, normalised like the lines they are matched against.
struct BoilerplateLists {
  std::unordered_set<std::string> ads;
  std::vector<std::string> promos;
  std::vector<std::string> credit_labels;
};

const BoilerplateLists& Lists() {
  static const BoilerplateLists* lists = [] {
    auto* l = new BoilerplateLists;
    for (std::string_view s : DataLines("boilerplate/text_boilerplate_ads.txt")) l->ads.emplace(s);
    for (std::string_view s : DataLines("boilerplate/text_boilerplate_promos.txt")) l->promos.emplace_back(s);
    for (std::string_view s : DataLines("boilerplate/text_boilerplate_credit_labels.txt")) {
      l->credit_labels.emplace_back(s);
    }
    return l;
  }();
  return *lists;
}

bool IsAsciiAlnum(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

// Returns `s` ASCII-lowercased with ’ and ‘ turned into '. Byte offsets change only where a
// curly apostrophe shrinks, so callers map back through the original, not this copy.
std::string Normalise(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const size_t start = i;
    const char32_t cp = DecodeUtf8(s, &i);
    if (cp == 0x2019 || cp == 0x2018) {
      out += '\'';
    } else if (cp < 0x80) {
      out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

// Returns true when `line` starts with `prefix` ending at a word boundary.
bool StartsWithWord(std::string_view line, std::string_view prefix) {
  if (line.substr(0, prefix.size()) != prefix) return false;
  if (line.size() == prefix.size() || !IsAsciiAlnum(prefix.back())) return true;
  return !IsAsciiAlnum(line[prefix.size()]);
}

// Returns `span` with whitespace trimmed from both ends.
Span Trim(std::string_view text, Span span) {
  while (span.start < span.end) {
    size_t next = span.start;
    if (!IsSpaceChar(DecodeUtf8(text, &next))) break;
    span.start = next;
  }
  while (span.end > span.start) {
    size_t prev = span.end;
    if (!IsSpaceChar(DecodeUtf8Backward(text, &prev))) break;
    span.end = prev;
  }
  return span;
}

// Fills the word, capital and final punctuation features of `line->content`.
void MeasureContent(std::string_view text, Line* line) {
  bool in_word = false;
  for (size_t i = line->content.start; i < line->content.end;) {
    const char32_t cp = DecodeUtf8(text, &i);
    if (IsSpaceChar(cp)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++line->words;
      if (IsUpperChar(cp) || IsDigitChar(cp)) ++line->capitalised;
    }
  }
  size_t end = line->content.end;
  while (end > line->content.start) {
    size_t prev = end;
    const char32_t cp = DecodeUtf8Backward(text, &prev);
    if (IsQuoteChar(cp) || cp == ')' || cp == ']') {
      end = prev;
      continue;
    }
    line->final_stop = IsTerminalChar(cp);
    line->final_colon = cp == ':' || cp == ';';
    break;
  }
}

// Returns true when `credit` looks like a credit: a few words, no sentence punctuation at its end.
bool LooksLikeCredit(std::string_view credit) {
  if (credit.empty() || credit.back() == '.' || credit.back() == ',') return false;
  size_t words = 1;
  for (char c : credit) words += c == ' ';
  size_t first = 0;
  const char32_t cp = DecodeUtf8(credit, &first);
  return words <= kMaxCreditWords && (IsUpperChar(cp) || IsDigitChar(cp));
}

// Finds a "<label>: <credit>" or "<label> by <credit>" ending; returns true and sets the spans if found.
bool FindLabelledCredit(std::string_view text, Span span, Span* caption, Span* credit) {
  // Drop a closing parenthesis around the whole credit: "... (Photo: AFP)".
  Span body = span;
  const bool parenthesised = text[body.end - 1] == ')';
  if (parenthesised) --body.end;
  const std::string lower = AsciiLower(text.substr(body.start, body.size()));  // same offsets as `text`
  for (const std::string& label : Lists().credit_labels) {
    const bool by_form = label.size() > 3 && label.compare(label.size() - 3, 3, " by") == 0;
    const std::string needle = by_form ? label + " " : label + ":";
    size_t at = lower.rfind(needle);
    if (at == std::string::npos) continue;
    if (at > 0 && IsAsciiAlnum(lower[at - 1])) continue;
    Span c = Trim(text, {body.start + at + needle.size(), body.end});
    if (!LooksLikeCredit(SpanOf(text, c))) continue;
    Span before{span.start, body.start + at};
    if (parenthesised) {
      const size_t open = lower.rfind('(', at);
      if (open == std::string::npos) continue;
      before.end = body.start + open;
    }
    *caption = Trim(text, before);
    *credit = c;
    return true;
  }
  return false;
}

// Finds a bare "(Agency)" credit closing a caption; returns true and sets the spans if found.
bool FindParenthesisedCredit(std::string_view text, Span span, size_t words, Span* caption, Span* credit) {
  if (words > kMaxParenCaptionWords || text[span.end - 1] != ')') return false;
  const std::string_view line = SpanOf(text, span);
  const size_t open = line.rfind('(');
  if (open == std::string_view::npos || open == 0) return false;
  const Span c{span.start + open + 1, span.end - 1};
  if (!LooksLikeCredit(SpanOf(text, c))) return false;
  const Span before = Trim(text, {span.start, span.start + open});
  if (before.empty() || text[before.end - 1] != '.') return false;  // a caption ends its sentence first
  *caption = before;
  *credit = c;
  return true;
}

}  // namespace

std::string_view SpanOf(std::string_view text, Span span) { return text.substr(span.start, span.size()); }

Line ClassifyLine(std::string_view text, Span span) {
  Line line;
  line.span = Trim(text, span);
  line.content = line.span;
  if (line.span.empty()) {
    line.kind = LineKind::kBlank;
    return line;
  }
  const std::string_view raw = SpanOf(text, line.span);

  // Bullets: the content is what follows the bullet.
  size_t after_bullet = 0;
  const char32_t first = DecodeUtf8(raw, &after_bullet);
  if ((IsBulletChar(first) || first == '*' || first == '-') && after_bullet < raw.size() &&
      IsSpaceChar(raw[after_bullet])) {
    line.kind = LineKind::kBullet;
    line.content = Trim(text, {line.span.start + after_bullet, line.span.end});
    MeasureContent(text, &line);
    return line;
  }
  MeasureContent(text, &line);

  // Bare clocks and counters: digits with colons, or digits alone.
  size_t digits = 0, colons = 0;
  for (char c : raw) {
    digits += c >= '0' && c <= '9';
    colons += c == ':';
  }
  if (digits + colons == raw.size()) {
    if (colons > 0 && digits > 0) line.kind = LineKind::kTimestamp;
    if (colons == 0 && digits <= kMaxCounterDigits) line.kind = LineKind::kCounter;
    if (line.kind != LineKind::kText) return line;
  }

  std::string lower = Normalise(raw);
  while (!lower.empty() && (lower.back() == ':' || lower.back() == '.')) lower.pop_back();
  if (Lists().ads.count(lower)) {
    line.kind = LineKind::kAd;
    return line;
  }
  if (line.words <= kMaxPromoWords) {
    for (const std::string& promo : Lists().promos) {
      if (StartsWithWord(lower, promo)) {
        line.kind = LineKind::kPromo;
        return line;
      }
    }
  }

  Span caption, credit;
  if (FindLabelledCredit(text, line.span, &caption, &credit) ||
      FindParenthesisedCredit(text, line.span, line.words, &caption, &credit)) {
    line.kind = caption.empty() ? LineKind::kCredit : LineKind::kCaption;
    line.content = caption;
    line.credit = credit;
    line.words = line.capitalised = 0;
    line.final_stop = line.final_colon = false;
    MeasureContent(text, &line);
  }
  return line;
}

}  // namespace lede::detail
