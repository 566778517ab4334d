// Sentence splitter: one pass over each block's tokens. At every sentence
// terminator or abbreviation it takes the closing marks glued after it and
// asks whether the next token starts a sentence; at every line break it asks
// whether the line was a heading or bullet item. Informal web text adds three
// cues: a lowercase word after ". ? !" (the writer skipped the capital), marks
// glued to the next word ("ok?thanks", "first.They"), and a spaced text
// emoticon, which stays with the sentence it closes. Each question looks only at
// the few tokens around the boundary (and at the current line's tokens once),
// so the pass is linear in the number of tokens.
#include "text/sentence_splitter.h"

#include <unordered_set>

#include "data/embedded_data.h"

#include "text/abbreviations.h"
#include "text/boundary_model.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace lede::detail {

namespace {

// A line with no final punctuation ends its sentence at the line break when at
// least this share of its words are capitalised (a title-case heading) ...
constexpr double kHeadingCapitalShare = 0.5;
// ... or when it is shorter than this many bytes: hard-wrapped prose lines run
// 60-80 characters, so a shorter unpunctuated line before a capital is a heading.
constexpr size_t kMaxHeadingLineBytes = 40;
// The most digits a list number has ("1." to "999."); longer numbers are years or amounts.
constexpr size_t kMaxListNumberBytes = 3;

// The fewest bytes of the word before a stop that a lowercase word may follow as a new
// sentence: a one-letter word before a stop is an initial or a list letter ("a. the first").
constexpr size_t kMinWordBeforeLowercaseOpener = 2;

// The fewest bytes of each word around a stop with no space after it for the stop to end a
// sentence ("railways.You"); shorter pieces are initials or abbreviations ("a.M", "No.5").
constexpr size_t kMinGluedWordBytes = 3;

// The most tokens before a clock time ("5 a.m.") for it to be the sentence's opening phrase
// ("At 5 a.m. Mr. Smith left"), which leads into the clause instead of closing one.
constexpr size_t kMaxOpeningTimePhraseTokens = 2;

// The most tokens of a dateline opening a paragraph: "Thursday , May 7 , 2015" is six,
// "Evansville , Indiana , United States -" eight; a longer run is a sentence.
constexpr size_t kMaxDatelineTokens = 10;
// Digits of a year closing a dateline.
constexpr size_t kYearDigits = 4;

constexpr size_t kNone = static_cast<size_t>(-1);
// The most tokens a text emoticon spans (">:(" is three punctuation tokens).
constexpr size_t kMaxEmoticonTokens = 4;

// Returns the emoticons of data/lexicon/emoticons.txt, loaded once.
const std::unordered_set<std::string_view>& Emoticons() {
  static const auto* emoticons = [] {
    auto* set = new std::unordered_set<std::string_view>;
    for (std::string_view line : DataLines("lexicon/emoticons.txt")) set->insert(line);
    return set;
  }();
  return *emoticons;
}

// Returns the credit labels of data/lexicon/credit_labels.txt (lowercase), loaded once.
const std::unordered_set<std::string>& CreditLabels() {
  static const auto* labels = [] {
    auto* set = new std::unordered_set<std::string>;
    for (std::string_view line : DataLines("lexicon/credit_labels.txt")) set->insert(AsciiLower(line));
    return set;
  }();
  return *labels;
}

// Returns the lowercase month and weekday names of data/lexicon/date_words.txt, loaded once.
const std::unordered_set<std::string>& CalendarWords() {
  static const auto* words = [] {
    auto* set = new std::unordered_set<std::string>;
    for (std::string_view line : DataLines("lexicon/date_words.txt")) {
      const size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      const std::string_view role = line.substr(tab + 1, line.find('\t', tab + 1) - tab - 1);
      if (role == "month" || role == "weekday") set->insert(AsciiLower(line.substr(0, tab)));
    }
    return set;
  }();
  return *words;
}

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<Token>& tokens, GapJudge* judge)
      : text_(text), tokens_(tokens), judge_(judge) {}

  // Appends the sentences of tokens [first, last), which lie in block `block`, to `out`.
  void SplitBlock(size_t first, size_t last, size_t block, std::vector<Sentence>* out) {
    last_ = last;
    first_ = first;
    size_t start = first;
    size_t line_start = first;
    size_t k = first;
    ListMarker marker = ParseListMarker(first);
    while (k < last) {
      size_t boundary = kNone;
      // "1) The first item 2) The second item": the next marker of a list opens the next item.
      if (marker.end != kNone && k >= marker.end && tokens_[k].space_before) {
        const ListMarker next = ParseListMarker(k);
        if (next.end != kNone && next.value == marker.value + 1) {
          Emit(start, k, block, out);
          start = k;
          marker = next;
        }
      }
      size_t tail = k;  // the last token this step looked at
      const size_t smiley = k > start && tokens_[k].space_before ? EmoticonEnd(k) : kNone;
      if (smiley != kNone) {
        // "no luck :( I tried again": a spaced emoticon closes its sentence like a stop.
        tail = smiley - 1;
        if (OpensAfterEmoticon(smiley)) boundary = smiley;
      } else if (IsTerminator(k) || tokens_[k].abbreviation) {
        const size_t after = AbsorbClosers(k + 1);
        tail = after - 1;
        const size_t trailing = after < last && tokens_[after].space_before ? EmoticonEnd(after) : kNone;
        if (trailing != kNone) {
          // "Great trip! :) Thanks": the emoticon belongs to the sentence it follows.
          tail = trailing - 1;
          if (OpensAfterEmoticon(trailing)) boundary = trailing;
        } else {
          const bool ends = IsTerminator(k) ? TerminatorEnds(k, after, start) : AbbreviationEnds(k, after, start);
          if (ends) boundary = after;
        }
      }
      const bool line_break = tail + 1 < last && LineBreakAfter(tail);
      if (boundary == kNone && line_break && LineBreakEnds(line_start, tail)) boundary = tail + 1;
      // Open gaps: a caption credit or the end of a dateline starts a sentence; the rest go to
      // the judge, except after an abbreviation (the rules weighed it), right after a list
      // marker ("1.) The first item") and after a lone mark or lowercase word, which is no
      // sentence ("•", "de Klerk").
      const bool in_marker = marker.end != kNone && tail < marker.end;
      const bool open_gap = boundary == kNone && tail + 1 < last && !in_marker;
      const bool lone_token = tail == start && (IsMark(tail) || IsLowerChar(FirstChar(tail)));
      if (open_gap && (CreditFollows(tail + 1) || DatelineEnds(start, tail))) {
        boundary = tail + 1;  // "... Captain America Image: Nick Moreau.", "Thursday, May 7, 2015 On ..."
      } else if (open_gap && !tokens_[tail].abbreviation && !lone_token && judge_ != nullptr &&
                 judge_->Ends(tail, start, first_, last)) {
        boundary = tail + 1;
      }
      if (line_break) line_start = tail + 1;
      if (boundary != kNone && boundary < last) {
        Emit(start, boundary, block, out);
        start = boundary;
        marker = ParseListMarker(start);
      }
      k = tail + 1;
    }
    if (start < last) Emit(start, last, block, out);
  }

 private:
  void Emit(size_t first, size_t last, size_t block, std::vector<Sentence>* out) const {
    out->push_back(Sentence{{tokens_[first].span.start, tokens_[last - 1].span.end}, first, last, block});
  }

  std::string_view Text(size_t k) const {
    return text_.substr(tokens_[k].span.start, tokens_[k].span.size());
  }

  char32_t FirstChar(size_t k) const {
    size_t pos = tokens_[k].span.start;
    return DecodeUtf8(text_, &pos);
  }

  // Returns the index after the emoticon whose glued tokens start at `k`, or kNone.
  size_t EmoticonEnd(size_t k) const {
    const TokenKind kind = tokens_[k].kind;
    if (kind == TokenKind::kWord || kind == TokenKind::kNumber || kind == TokenKind::kUrl) return kNone;
    size_t end = k + 1;
    while (end < last_ && end - k < kMaxEmoticonTokens && !tokens_[end].space_before) ++end;
    if (end < last_ && !tokens_[end].space_before) return kNone;  // part of a longer run
    const size_t from = tokens_[k].span.start;
    return Emoticons().count(text_.substr(from, tokens_[end - 1].span.end - from)) ? end : kNone;
  }

  // Returns true when the token after an emoticon ending at `end` starts a new sentence.
  bool OpensAfterEmoticon(size_t end) const {
    if (end >= last_) return true;
    if (!tokens_[end].space_before) return false;
    return StartsSentence(end) || (tokens_[end].kind == TokenKind::kWord && IsLowerChar(FirstChar(end)));
  }

  // Returns word `k` without a contraction ("There's" -> "There", "I've" -> "I").
  std::string_view Stem(size_t k) const {
    const std::string_view word = Text(k);
    const size_t apostrophe = word.find_first_of("'\xE2");  // ' or the first byte of ’
    return apostrophe == 0 || apostrophe == std::string_view::npos ? word : word.substr(0, apostrophe);
  }

  // Returns true for . ! ? … ... and CJK terminators.
  bool IsTerminator(size_t k) const {
    return tokens_[k].kind == TokenKind::kPunctuation && IsTerminalChar(FirstChar(k));
  }

  // Returns true for a closing quote or bracket that can follow a full stop.
  bool IsCloser(size_t k) const {
    const char32_t cp = FirstChar(k);
    if (tokens_[k].kind == TokenKind::kQuote) return !IsOpeningQuoteChar(cp);
    return cp == ')' || cp == ']' || cp == '}';
  }

  // Returns the index after the terminators and glued closing marks that start at `k`.
  size_t AbsorbClosers(size_t k) const {
    while (k < last_) {
      const std::string_view t = Text(k);
      const bool spaced_stop = t == "." || t == "\xE2\x80\xA6";  // ". . ." ellipses are spaced
      if (IsTerminator(k) && (!tokens_[k].space_before || spaced_stop)) {
        ++k;
      } else if (!tokens_[k].space_before && IsCloser(k)) {
        ++k;
      } else {
        break;
      }
    }
    return k;
  }

  // Returns true when token `k` can open a sentence.
  bool StartsSentence(size_t k) const {
    const char32_t cp = FirstChar(k);
    switch (tokens_[k].kind) {
      case TokenKind::kWord:
        return !IsLowerChar(cp);
      case TokenKind::kNumber:
      case TokenKind::kSymbol:
      case TokenKind::kEmoji:
      case TokenKind::kUrl:
        return true;
      case TokenKind::kQuote:
        return !IsClosingQuoteChar(cp);
      case TokenKind::kPunctuation:
        return cp == '(' || cp == '[' || cp == 0xBF || cp == 0xA1 || IsBulletChar(cp);
      default:
        return false;
    }
  }

  // Describes a list marker opening a sentence ("1.", "2)", "b.", "• 9.").
  struct ListMarker {
    size_t end = kNone;  // the index after the marker's tokens, kNone when there is no marker
    size_t value = 0;    // the number, or the letter's place in the alphabet
  };

  // Returns the list marker starting at token `k`: bullets, a short number or one letter, then . ) or .).
  ListMarker ParseListMarker(size_t k) const {
    ListMarker marker;
    while (k < last_ && (tokens_[k].kind == TokenKind::kDash || IsBulletChar(FirstChar(k)))) ++k;
    if (k + 1 >= last_) return marker;
    const std::string_view label = Text(k);
    size_t value = 0;
    if (tokens_[k].kind == TokenKind::kNumber && label.size() <= kMaxListNumberBytes) {
      for (char c : label) {
        if (c < '0' || c > '9') return marker;
        value = value * 10 + static_cast<size_t>(c - '0');
      }
    } else if (tokens_[k].kind == TokenKind::kWord && label.size() == 1 && label[0] >= 'a' && label[0] <= 'z') {
      value = static_cast<size_t>(label[0] - 'a' + 1);
    } else {
      return marker;
    }
    size_t end = k + 1;
    if (Text(end) == "." && !tokens_[end].space_before) ++end;
    if (end < last_ && Text(end) == ")" && !tokens_[end].space_before) ++end;
    if (end == k + 1 || end >= last_ || !tokens_[end].space_before) return marker;
    marker.end = end;
    marker.value = value;
    return marker;
  }

  // Returns true when tokens [start, k) are only a list number or letter, after any bullets.
  bool IsListMarker(size_t start, size_t k) const {
    while (start < k && (tokens_[start].kind == TokenKind::kDash || IsBulletChar(FirstChar(start)))) ++start;
    if (k != start + 1 || tokens_[k].space_before) return false;
    const Token& marker = tokens_[start];
    if (marker.kind == TokenKind::kNumber) return marker.span.size() <= kMaxListNumberBytes;
    size_t end = marker.span.start;
    DecodeUtf8(text_, &end);
    return marker.kind == TokenKind::kWord && end == marker.span.end;
  }

  // Returns true when the terminator at `k`, with closers up to `after`, ends the sentence begun at `start`.
  bool TerminatorEnds(size_t k, size_t after, size_t start) const {
    if (after >= last_) return true;
    if (IsCjkTerminalChar(FirstChar(k))) return true;
    if (!tokens_[after].space_before) return GluedOpener(k, after);
    if (Text(k) == "." && IsListMarker(start, k)) return false;
    return StartsSentence(after) || LowercaseOpener(k, after);
  }

  // Returns true when the marks [k, after) glued to the next word still end a sentence: hasty
  // writers drop the space after "?" and "!" ("any tips?thanks"), while glued stops alone are
  // domains, file names, decimals or a trailing-off "course..if" that the sentence runs through.
  bool GluedOpener(size_t k, size_t after) const {
    if (k == 0 || tokens_[k - 1].kind != TokenKind::kWord || tokens_[after].kind != TokenKind::kWord) return false;
    const size_t from = tokens_[k].span.start;
    const std::string_view marks = text_.substr(from, tokens_[after].span.start - from);
    bool asks = false;
    for (char c : marks) {
      if (c != '.' && c != '?' && c != '!') return false;
      asks = asks || c != '.';
    }
    if (asks) return true;
    // "the railways.You might ...": stops between a lowercase word and a title-case word, which
    // domains ("news.example"), initials ("J.R.") and abbreviations ("U.S.") never form.
    const std::string_view prev = Text(k - 1);
    const std::string_view next = Text(after);
    if (prev.size() < kMinGluedWordBytes || next.size() < kMinGluedWordBytes) return false;
    const auto ascii_lower = [](char c) { return c >= 'a' && c <= 'z'; };
    if (!ascii_lower(prev.back()) || !IsUpperChar(FirstChar(after)) || !ascii_lower(next.back())) return false;
    return after + 1 >= last_ || tokens_[after + 1].space_before;
  }

  // Returns true when a single "." or a run of "?" and "!" after a word is followed by a lowercase word: informal
  // writers start sentences in lowercase ("Try it. it works"), while a lowercase word after a
  // plain stop is rarely a continuation once abbreviations and ellipses are set aside.
  bool LowercaseOpener(size_t k, size_t after) const {
    if (k == 0) return false;
    const size_t from = tokens_[k].span.start;
    const std::string_view stop = text_.substr(from, tokens_[after - 1].span.end - from);
    // "did i forget it??? that was odd": a run of "?" and "!" ends like a single one.
    if (stop != "." && stop.find_first_not_of("?!") != std::string_view::npos) return false;
    // "who is better ? ask friends": a spaced "?" or "!" still ends; a spaced "." may be a
    // stray dot in a list or a file name and stays with its sentence.
    if (tokens_[k].space_before && stop == ".") return false;
    const Token& before = tokens_[k - 1];
    if (before.kind != TokenKind::kWord || before.abbreviation) return false;
    if (before.span.size() < kMinWordBeforeLowercaseOpener) return false;
    const Token& next = tokens_[after];
    if (next.kind != TokenKind::kWord || !IsLowerChar(FirstChar(after))) return false;
    return ParseListMarker(after).end == kNone;  // "b) the second item" is a list item, not a sentence
  }

  // Returns true when the abbreviation at `k`, with closers up to `after`, ends the sentence.
  bool AbbreviationEnds(size_t k, size_t after, size_t start) const {
    if (after >= last_) return true;
    const AbbreviationKind kind = ClassifyAbbreviationToken(Text(k));
    if (kind == AbbreviationKind::kTitle || kind == AbbreviationKind::kNumeric) return false;
    if (!tokens_[after].space_before) return false;
    if (after > k + 1) return StartsSentence(after);  // "... the U.S.” He said" ends at the quote
    const Token& next = tokens_[after];
    const char32_t next_first = FirstChar(after);
    if (kind == AbbreviationKind::kInitial) {
      const bool lowercase_before = k > start && tokens_[k - 1].kind == TokenKind::kWord &&
                                    IsLowerChar(FirstChar(k - 1));
      if (!lowercase_before || next.kind != TokenKind::kWord || !IsUpperChar(next_first) || next.abbreviation) {
        return false;
      }
      // "you and I. Did ..." ends; "writer L. Ron Hubbard" does not, unless a usual opener follows.
      return Text(k) == "I." || IsSentenceStarter(Stem(after));
    }
    if (next.kind == TokenKind::kQuote) return !IsClosingQuoteChar(next_first);
    if (next.kind != TokenKind::kWord || !IsUpperChar(next_first)) return false;
    // "At 5 a.m. Mr. Smith left" runs on; "He left at 6 P.M. Mr. Smith then ..." ends.
    const bool opening_time = kind == AbbreviationKind::kDotted && k > start &&
                              tokens_[k - 1].kind == TokenKind::kNumber && k - start <= kMaxOpeningTimePhraseTokens;
    if (opening_time) return false;
    if (next.abbreviation) return ClassifyAbbreviationToken(Text(after)) == AbbreviationKind::kTitle;
    return IsSentenceStarter(Stem(after));
  }

  // Returns true when a credit label and its colon start at token `k` ("Photo: AFP"), and
  // its first word is capitalised, as a label opening a caption's credit is.
  bool CreditFollows(size_t k) const {
    if (tokens_[k].kind != TokenKind::kWord || !IsUpperChar(FirstChar(k))) return false;
    // "(Photo: AFP)" and "[Source: ...]" are credits inside the sentence's brackets.
    if (k > 0 && tokens_[k - 1].kind == TokenKind::kPunctuation && !IsCloser(k - 1)) return false;
    if (k > 0 && tokens_[k - 1].kind == TokenKind::kQuote && IsOpeningQuoteChar(FirstChar(k - 1))) return false;
    size_t colon = k + 1;
    if (colon < last_ && tokens_[colon].kind == TokenKind::kWord) ++colon;  // "File photo:"
    if (colon >= last_ || Text(colon) != ":" || tokens_[colon].space_before) return false;
    const size_t from = tokens_[k].span.start;
    return CreditLabels().count(AsciiLower(text_.substr(from, tokens_[colon - 1].span.end - from))) > 0;
  }

  // Returns true for punctuation, quotes, dashes and bullets: tokens that are not words.
  bool IsMark(size_t k) const {
    const TokenKind kind = tokens_[k].kind;
    return kind == TokenKind::kPunctuation || kind == TokenKind::kQuote || kind == TokenKind::kDash ||
           IsBulletChar(FirstChar(k));
  }

  // Returns true when a line break separates token `k` from the next one.
  bool LineBreakAfter(size_t k) const {
    const size_t from = tokens_[k].span.end;
    const size_t to = tokens_[k + 1].span.start;
    return text_.substr(from, to - from).find('\n') != std::string_view::npos;
  }

  // Returns true when tokens [start, tail] open the block as a dateline and the next token
  // starts a sentence: a date ("Thursday, May 7, 2015") or a place before a dash
  // ("Evansville, Indiana, United States -", "LONDON (Reuters) —"): capitalised words,
  // commas and brackets, and for a date a month or weekday and numbers.
  bool DatelineEnds(size_t start, size_t tail) const {
    if (start != first_ || tail - start + 1 > kMaxDatelineTokens || !StartsSentence(tail + 1)) return false;
    const bool dash_end = tokens_[tail].kind == TokenKind::kDash && tail > start && tokens_[tail].space_before &&
                          tokens_[tail + 1].space_before;  // "Paris–Berlin" is one name
    const bool year_end = tokens_[tail].kind == TokenKind::kNumber && tokens_[tail].span.size() == kYearDigits;
    if (!dash_end && !year_end) return false;
    bool calendar_word = false;
    for (size_t k = start; k < tail; ++k) {
      const std::string_view t = Text(k);
      if (tokens_[k].kind == TokenKind::kWord) {
        if (!IsUpperChar(FirstChar(k))) return false;
        calendar_word = calendar_word || CalendarWords().count(AsciiLower(t)) > 0;
      } else if (tokens_[k].kind == TokenKind::kNumber) {
        if (!year_end) return false;
      } else if (t != "," && t != "(" && t != ")") {
        return false;
      }
    }
    return dash_end || calendar_word;
  }

  // Returns true when token `k`, first on its line, is a bullet: a bullet sign, or a dash or
  // "*" with a space after it ("- Fares rise", "* Night trains return").
  bool IsLineBullet(size_t k) const {
    if (IsBulletChar(FirstChar(k))) return true;
    const bool dash_like = tokens_[k].kind == TokenKind::kDash || Text(k) == "-" || Text(k) == "*";
    return dash_like && k + 1 < last_ && tokens_[k + 1].space_before;
  }

  // Returns true when the line of tokens [line_start, end] ends its sentence at its line break.
  bool LineBreakEnds(size_t line_start, size_t end) const {
    const size_t next = end + 1;
    if (IsLineBullet(next) || IsLineBullet(line_start)) return true;
    if (IsTerminator(end) || !StartsSentence(next)) return false;
    const TokenKind last_kind = tokens_[end].kind;
    if (last_kind == TokenKind::kDash || (last_kind == TokenKind::kPunctuation && !IsCloser(end))) return false;
    size_t words = 0;
    size_t capitalised = 0;
    for (size_t k = line_start; k <= end; ++k) {
      if (tokens_[k].kind != TokenKind::kWord) continue;
      ++words;
      if (!IsLowerChar(FirstChar(k))) ++capitalised;
    }
    const size_t bytes = tokens_[end].span.end - tokens_[line_start].span.start;
    return bytes < kMaxHeadingLineBytes || capitalised >= kHeadingCapitalShare * static_cast<double>(words);
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  GapJudge* judge_;   // decides the gaps the rules leave open; may be null
  size_t first_ = 0;  // start of the current block's tokens
  size_t last_ = 0;   // end of the current block's tokens
};

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<Block>& blocks) {
  const LinearModel* model = ShippedBoundaryModel();
  if (model == nullptr) return SplitSentences(text, tokens, blocks, nullptr);
  ModelGapJudge judge(*model, text, tokens);
  return SplitSentences(text, tokens, blocks, &judge);
}

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<Block>& blocks, GapJudge* judge) {
  std::vector<Sentence> sentences;
  Splitter splitter(text, tokens, judge);
  std::vector<Block> whole;
  if (blocks.empty()) whole.push_back(Block{{0, text.size()}, BlockKind::kParagraph});
  const std::vector<Block>& spans = blocks.empty() ? whole : blocks;
  size_t k = 0;
  for (size_t b = 0; b < spans.size(); ++b) {
    while (k < tokens.size() && tokens[k].span.start < spans[b].span.start) ++k;  // outside every block
    const size_t first = k;
    while (k < tokens.size() && tokens[k].span.start < spans[b].span.end) ++k;
    if (k > first) splitter.SplitBlock(first, k, b, &sentences);
  }
  return sentences;
}

}  // namespace lede::detail
