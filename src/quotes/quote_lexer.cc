// Quote lexer: one left-to-right scan per block. Words absorb inner
// apostrophes, hyphens and dots (Modi’s, guided-missile, U.S, 3.5) and digit
// commas (1,250); everything else that is not space becomes a one-code-point
// item. Sentences come from report.sentences by a merge on byte offsets.
#include "quotes/quote_lexer.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "quotes/quote_lexicon.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace lede::detail {

namespace {

bool IsSpace(char32_t cp) { return cp < 0x21 || u_isUWhiteSpace(static_cast<UChar32>(cp)); }

// Letters (with their combining marks) and digits make up words.
bool IsWordChar(char32_t cp) { return IsLetterChar(cp) || IsDigitChar(cp); }

bool IsDash(char32_t cp) {
  return cp == U'-' || cp == U'\u2012' || cp == U'\u2013' || cp == U'\u2014' || cp == U'\u2015';
}

// Returns the code point at pos without advancing (0 at the end).
char32_t Peek(std::string_view s, size_t pos) {
  if (pos >= s.size()) return 0;
  return DecodeUtf8(s, &pos);
}

// Returns the end of the word starting at pos.
size_t ScanWord(std::string_view s, size_t pos) {
  while (pos < s.size()) {
    size_t next = pos;
    char32_t cp = DecodeUtf8(s, &next);
    if (IsWordChar(cp)) {
      pos = next;
      continue;
    }
    // Inner connectors stay in the word only when a word character follows.
    char32_t after = Peek(s, next);
    const bool joins = IsApostropheChar(cp) || IsHyphenChar(cp) || cp == U'.' || cp == U'\u00B7' ||
                       (cp == U',' && u_isdigit(static_cast<UChar32>(after)) && pos > 0 &&
                        u_isdigit(static_cast<UChar32>(s[pos - 1])));
    if (joins && IsWordChar(after)) {
      pos = next;
      continue;
    }
    break;
  }
  return pos;
}

// Bytes of English news text per item (word, mark or punctuation), about 5:
// reserving for it once avoids regrowing the item vector on long articles.
constexpr size_t kBytesPerItem = 5;

}  // namespace

Lexed LexBody(const Report& report) {
  const QuoteLexicon& lexicon = QuoteLexicon::Get();
  const std::string& text = report.document.text;
  Lexed out;
  out.items.reserve(text.size() / kBytesPerItem + 1);
  size_t token = 0;  // merge pointer into report.tokens, for abbreviation dots
  for (size_t b = 0; b < report.document.blocks.size(); ++b) {
    const Span block = report.document.blocks[b].span;
    const std::string_view s = std::string_view(text).substr(0, std::min(block.end, text.size()));
    ItemRange range{out.items.size(), out.items.size()};
    size_t pos = block.start;
    bool space = true;
    while (pos < s.size()) {
      size_t next = pos;
      char32_t cp = DecodeUtf8(s, &next);
      if (IsSpace(cp)) {
        space = true;
        pos = next;
        continue;
      }
      Item item;
      item.block = static_cast<uint32_t>(b);
      item.space_before = space;
      item.cp = cp;
      if (IsWordChar(cp)) {
        next = ScanWord(s, pos);
        // A dot the tokenizer calls part of an abbreviation ("Rep.", "G.K.") stays in the word.
        while (token < report.tokens.size() && report.tokens[token].span.end <= pos) ++token;
        if (next < s.size() && s[next] == '.' && token < report.tokens.size() &&
            report.tokens[token].abbreviation && report.tokens[token].span.end == next + 1) {
          ++next;
        }
        item.kind = ItemKind::kWord;
        item.lower = LowerWord(s.substr(pos, next - pos));
        item.capitalized = u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
        item.cue = lexicon.CueFlags(item.lower);
        item.classes = lexicon.Classes(item.lower);
      } else if (IsQuoteChar(cp)) {
        item.kind = ItemKind::kMark;
        // Two single marks in a row ('' or ‘‘ ’’) are one double mark: some
        // wire and newspaper archives write every double quotation mark so.
        const bool single = cp == U'\'' || cp == U'\u2018' || cp == U'\u2019';
        if (single && Peek(s, next) == cp) {
          DecodeUtf8(s, &next);
          item.cp = cp == U'\u2018' ? U'\u201C' : cp == U'\u2019' ? U'\u201D' : U'"';
        }
      } else if (IsDash(cp)) {
        item.kind = ItemKind::kDash;
      } else {
        item.kind = ItemKind::kPunct;
      }
      item.span = {pos, next};
      if (!out.items.empty() && out.items.size() > range.first) out.items.back().space_after = space;
      out.items.push_back(std::move(item));
      space = false;
      pos = next;
    }
    if (out.items.size() > range.first) out.items.back().space_after = true;
    range.last = out.items.size();
    out.blocks.push_back(range);
  }

  // Sentences: a new one starts at every block start and at every sentence
  // start of report.sentences (merged by offset, so linear).
  size_t si = 0;
  for (size_t i = 0; i < out.items.size(); ++i) {
    Item& item = out.items[i];
    bool starts = i == 0 || out.items[i - 1].block != item.block;
    while (si < report.sentences.size() && report.sentences[si].span.end <= item.span.start) {
      ++si;
      starts = true;
    }
    if (starts && !(i > 0 && !out.sentences.empty() && out.sentences.back().first == i)) {
      if (!out.sentences.empty()) out.sentences.back().last = i;
      out.sentences.push_back({i, i});
    }
    item.sentence = static_cast<uint32_t>(out.sentences.size() - 1);
  }
  if (!out.sentences.empty()) out.sentences.back().last = out.items.size();

  // A capitalised cue inside a name after its article ("the United States",
  // "the Daily Reports") is part of the name, not a verb.
  for (size_t i = 2; i < out.items.size(); ++i) {
    Item& item = out.items[i];
    const Item& prev = out.items[i - 1];
    if (!item.cue || !item.capitalized || prev.kind != ItemKind::kWord || !prev.capitalized) continue;
    if (prev.sentence == item.sentence && (out.items[i - 2].classes & kDeterminer) &&
        out.items[i - 2].kind == ItemKind::kWord && !out.items[i - 2].capitalized) {
      item.cue = 0;
    }
  }

  // Cue verbs that are also nouns ("Friday's reports", "the claims of ...")
  // count only right after a speaker-like word and never before "of".
  for (size_t i = 0; i < out.items.size(); ++i) {
    Item& item = out.items[i];
    if (!(item.cue & kCueNoun)) continue;
    const Item* prev = i > 0 && out.items[i - 1].block == item.block ? &out.items[i - 1] : nullptr;
    const Item* next = i + 1 < out.items.size() ? &out.items[i + 1] : nullptr;
    const bool possessive = prev && prev->lower.size() > 2 &&
                            (prev->lower.compare(prev->lower.size() - 2, 2, "'s") == 0 || prev->lower.back() == '\'');
    const bool speaker_like = prev && prev->kind == ItemKind::kWord && !(prev->classes & kDeterminer) &&
                              (prev->capitalized || (prev->classes & (kPronounPerson | kPronounThing | kPronounGroup)) ||
                               lexicon.IsNominalHead(prev->lower));
    if (!speaker_like || possessive || (next && next->kind == ItemKind::kWord && next->lower == "of")) item.cue = 0;
  }
  return out;
}

size_t ItemAt(const Lexed& lexed, size_t offset) {
  auto it = std::lower_bound(lexed.items.begin(), lexed.items.end(), offset,
                             [](const Item& item, size_t at) { return item.span.start < at; });
  return static_cast<size_t>(it - lexed.items.begin());
}

}  // namespace lede::detail
