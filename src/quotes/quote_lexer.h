// Quote lexer: cuts each paragraph into the items the quote stage works on.
//
// Items are words, quotation marks, punctuation and dashes, each tagged with
// its paragraph and sentence. The lexer decides apostrophes itself: ’ or '
// between letters (Modi’s, don't) stays inside the word, so only marks that
// may open or close a quotation become mark items. A mark right after a
// letter ("nations’") is still a mark item; the pairing step treats it as an
// apostrophe unless a single quotation is open. One pass over the text.
#ifndef LEDE_SRC_QUOTES_QUOTE_LEXER_H_
#define LEDE_SRC_QUOTES_QUOTE_LEXER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "lede/report.h"

namespace lede::detail {

// Names what an item is.
enum class ItemKind : uint8_t { kWord, kMark, kPunct, kDash };

// Holds one item of the body.
struct Item {
  Span span;
  std::string lower;          // words: lower-cased, ’ folded to '
  // Indices fit 32 bits: an article has far fewer than 4 billion blocks or
  // sentences. (Items are kept for every word of the body at once, so their
  // size is the quote stage's memory on a huge article.)
  uint32_t block = 0;         // index into Document::blocks
  uint32_t sentence = 0;      // index into Lexed::sentences
  char32_t cp = 0;            // the mark or punctuation code point (first letter for words)
  ItemKind kind = ItemKind::kWord;
  bool space_before = false;  // whitespace or the paragraph start precedes it
  bool space_after = false;   // whitespace or the paragraph end follows it
  bool capitalized = false;   // a word starting with an upper-case letter or digit-free capital
  uint8_t cue = 0;            // CueFlag bits of the word
  uint16_t classes = 0;       // WordClass bits of the word
};

// Marks a half-open range of item indices.
struct ItemRange {
  size_t first = 0;
  size_t last = 0;
};

// Holds the items of a report's body with their paragraph and sentence ranges.
struct Lexed {
  std::vector<Item> items;
  std::vector<ItemRange> blocks;     // one per Document block, same order
  std::vector<ItemRange> sentences;  // sentences, never crossing a block
};

// Returns the items of every block of the report, with sentences taken from
// report.sentences (cut at block ends).
Lexed LexBody(const Report& report);

// Returns the index of the first item starting at or after byte `offset`
// (lexed.items.size() when there is none).
size_t ItemAt(const Lexed& lexed, size_t offset);

// Returns true when the item is a word (or number) whose lower form is `w`.
inline bool IsWord(const Item& item, std::string_view w) {
  return item.kind == ItemKind::kWord && item.lower == w;
}

// Returns true when the item is the punctuation or dash code point `cp`.
inline bool IsPunct(const Item& item, char32_t cp) {
  return (item.kind == ItemKind::kPunct || item.kind == ItemKind::kDash) && item.cp == cp;
}

// Returns true when the item ends a sentence: . ! ? or an ellipsis.
inline bool IsTerminal(const Item& item) {
  return item.kind == ItemKind::kPunct &&
         (item.cp == U'.' || item.cp == U'!' || item.cp == U'?' || item.cp == U'\u2026');
}

}  // namespace lede::detail

#endif  // LEDE_SRC_QUOTES_QUOTE_LEXER_H_
