// Builds the entity stage's Words from tokens: splits stray punctuation off
// word tokens, strips possessives, and marks sentence starts from the
// sentence list and, as a fallback, from the punctuation before a word.
#include "entities/word_view.h"

#include <unicode/uchar.h>

#include "entities/gazetteer.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace lede::detail {
namespace {

// Returns true for characters that may not begin or end a word token.
bool IsEdgePunct(char32_t cp) {
  if (u_isalnum(static_cast<UChar32>(cp))) return false;
  return true;
}

TokenKind KindOfPunct(char32_t cp) {
  if (IsQuoteChar(cp)) return TokenKind::kQuote;
  if (cp == '-' || cp == U'\u2013' || cp == U'\u2014') return TokenKind::kDash;
  if (u_ispunct(static_cast<UChar32>(cp))) return TokenKind::kPunctuation;
  return TokenKind::kSymbol;
}

void Fill(const std::string& text, Word* w) {
  std::string_view s = SpanText(text, w->span);
  Span name_span = w->span;
  if (w->kind == TokenKind::kWord) {
    // A possessive ending: 's or ’s after at least one letter.
    for (std::string_view suffix : {std::string_view("'s"), std::string_view("\u2019s")}) {
      if (s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix) {
        w->possessive = true;
        name_span.end -= suffix.size();
        break;
      }
    }
  }
  w->text = SpanText(text, name_span);
  w->folded = FoldCase(w->text);
  size_t pos = 0;
  char32_t first = DecodeUtf8(w->text, &pos);
  w->capitalised = u_isupper(static_cast<UChar32>(first)) || u_istitle(static_cast<UChar32>(first));
  size_t letters = 0;
  bool all_upper = true;
  pos = 0;
  while (pos < w->text.size()) {
    char32_t cp = DecodeUtf8(w->text, &pos);
    if (!u_isalpha(static_cast<UChar32>(cp))) continue;
    ++letters;
    all_upper = all_upper && u_isupper(static_cast<UChar32>(cp));
  }
  w->all_caps = all_upper && letters >= 2;
}

// Splits one token into words: leading punctuation, the core, trailing punctuation.
void SplitToken(const std::string& text, const Token& token, std::vector<Word>* out) {
  std::string_view s = SpanText(text, token.span);
  if (token.kind != TokenKind::kWord) {
    Word w;
    w.span = token.span;
    w.kind = token.kind;
    w.space_before = token.space_before;
    Fill(text, &w);
    out->push_back(std::move(w));
    return;
  }
  size_t b = 0, e = s.size();
  std::vector<Word> trailing;
  bool space = token.space_before || (token.span.start > 0 && (text[token.span.start - 1] == ' ' ||
                                                               text[token.span.start - 1] == '\n'));
  while (b < e) {  // leading punctuation
    size_t pos = b;
    char32_t cp = DecodeUtf8(s, &pos);
    if (!IsEdgePunct(cp)) break;
    Word w;
    w.span = {token.span.start + b, token.span.start + pos};
    w.kind = KindOfPunct(cp);
    w.space_before = space;
    space = false;
    Fill(text, &w);
    out->push_back(std::move(w));
    b = pos;
  }
  while (e > b) {  // trailing punctuation, except an abbreviation's final period
    size_t pos = e;
    char32_t cp = DecodeUtf8Backward(s, &pos);
    if (!IsEdgePunct(cp)) break;
    if (cp == '.' && token.abbreviation) break;
    Word w;
    w.span = {token.span.start + pos, token.span.start + e};
    w.kind = KindOfPunct(cp);
    Fill(text, &w);
    trailing.push_back(std::move(w));
    e = pos;
  }
  if (e > b) {
    Word w;
    w.span = {token.span.start + b, token.span.start + e};
    w.kind = TokenKind::kWord;
    w.space_before = space;
    Fill(text, &w);
    out->push_back(std::move(w));
  }
  for (auto it = trailing.rbegin(); it != trailing.rend(); ++it) out->push_back(std::move(*it));
}

}  // namespace

std::vector<Word> BuildWords(const Report& report) {
  const std::string& text = report.document.text;
  std::vector<Word> words;
  words.reserve(report.tokens.size() + report.tokens.size() / 4);
  for (const Token& t : report.tokens) SplitToken(text, t, &words);

  // Sentence starts: the sentence list, plus a word after . ! ? : or an
  // opening quote, or after a line break (headlines and list items).
  std::vector<size_t> starts;
  for (const Sentence& s : report.sentences) starts.push_back(s.span.start);
  size_t next_start = 0;
  bool after_break = true;
  for (size_t i = 0; i < words.size(); ++i) {
    Word& w = words[i];
    while (next_start < starts.size() && starts[next_start] < w.span.start) ++next_start;
    bool listed = next_start < starts.size() && starts[next_start] == w.span.start;
    if (i > 0) {
      std::string_view gap = std::string_view(text).substr(
          words[i - 1].span.end, w.span.start - words[i - 1].span.end);
      if (gap.find('\n') != std::string_view::npos) after_break = true;
    }
    if (w.kind != TokenKind::kWord && w.kind != TokenKind::kNumber) {
      // A quote opens a quotation when the next word touches it ("“The").
      bool opening_quote = w.kind == TokenKind::kQuote && i + 1 < words.size() &&
                           words[i + 1].span.start == w.span.end;
      if (IsChar(w, '.') || IsChar(w, '!') || IsChar(w, '?') || IsChar(w, ':') ||
          opening_quote || IsChar(w, '(') || w.text == "\u2022") {
        after_break = true;
      } else if (IsChar(w, ',') || IsChar(w, ';') || w.kind == TokenKind::kQuote) {
        // After a closing quote ("What?" she asked) only the sentence list
        // says whether a new sentence begins.
        after_break = false;
      }
      continue;
    }
    w.sentence_start = listed || after_break;
    after_break = false;
  }
  return words;
}

}  // namespace lede::detail
