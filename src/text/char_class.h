// Character classes for the tokenizer and sentence splitter.
//
// ASCII is answered from a table; everything else asks ICU for the Unicode
// general category or binary property, so letters of any script, their
// combining marks, and every kind of quote, dash and space are recognised.
#ifndef LEDE_SRC_TEXT_CHAR_CLASS_H_
#define LEDE_SRC_TEXT_CHAR_CLASS_H_

#include <string>
#include <string_view>

namespace lede::detail {

// Returns `s` with ASCII letters lower-cased and every other byte kept (UTF-8 safe).
std::string AsciiLower(std::string_view s);

// Return the classes below for non-ASCII code points (the slow paths, asking ICU).
bool IsSpaceNonAscii(char32_t cp);
bool IsLetterNonAscii(char32_t cp);
bool IsDigitNonAscii(char32_t cp);
bool IsUpperNonAscii(char32_t cp);
bool IsLowerNonAscii(char32_t cp);

// The five classes below are inline: the tokenizer asks them of every
// character, and ASCII is answered by a compare or two.

// Returns true for whitespace, including no-break and zero-width spaces, the BOM and bidi controls.
inline bool IsSpaceChar(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return IsSpaceNonAscii(cp);
}
// Returns true for letters of any script and combining marks (which belong to the letter before).
inline bool IsLetterChar(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return IsLetterNonAscii(cp);
}
// Returns true for decimal digits of any script.
inline bool IsDigitChar(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return IsDigitNonAscii(cp);
}
// Returns true for uppercase and titlecase letters.
inline bool IsUpperChar(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return IsUpperNonAscii(cp);
}
// Returns true for lowercase letters.
inline bool IsLowerChar(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return IsLowerNonAscii(cp);
}
// Returns true for any quotation mark, straight or typographic: " ' “ ” ‘ ’ « » „ ‚ ‹ › 「 」 『 』.
bool IsQuoteChar(char32_t cp);
// Returns true for quotation marks that can only close a quotation: ” » › 」 』 (and ’).
bool IsClosingQuoteChar(char32_t cp);
// Returns true for quotation marks that can only open a quotation: “ « ‹ „ ‚ 「 『 (and ‘).
bool IsOpeningQuoteChar(char32_t cp);
// Returns true for apostrophes that may join two halves of a word: ' ’ ʼ.
bool IsApostropheChar(char32_t cp);
// Returns true for hyphens that may join two halves of a word: - ‐ ‑.
bool IsHyphenChar(char32_t cp);
// Returns true for dash punctuation that never joins words: ‒ – — ― ⸺ ⸻.
bool IsDashChar(char32_t cp);
// Returns true for characters that start an emoji (pictographs shown as emoji, regional indicators).
bool IsEmojiChar(char32_t cp);
// Returns true for characters that continue an emoji sequence (ZWJ, variation selectors, skin tones, tags, keycap).
bool IsEmojiContinuation(char32_t cp);
// Returns true for ideographs and kana, which are written without spaces between words.
bool IsIdeographicChar(char32_t cp);
// Returns true for currency signs and other symbols (Unicode categories S*), plus % and ‰.
bool IsSymbolChar(char32_t cp);
// Returns true for list bullets: • ‣ ◦ ⁃ ▪ ● ·.
bool IsBulletChar(char32_t cp);
// Returns true for sentence-final punctuation: . ! ? …, the full-width 。！？｡ and the
// stops of other scripts (Arabic ؟ ۔, Devanagari । ॥, Armenian ։, Ethiopic ።).
bool IsTerminalChar(char32_t cp);
// Returns true for the full-width sentence terminators 。！？｡, which need no space after them.
bool IsCjkTerminalChar(char32_t cp);

}  // namespace lede::detail

#endif  // LEDE_SRC_TEXT_CHAR_CLASS_H_
