// Tokenizer: splits text into tokens with byte offsets and kinds.
//
// One left-to-right pass; every token is decided by looking at most a few
// characters ahead (e-mail and URL runs are scanned once, from their start).
// Choices the later stages rely on:
//  * Words are letters of any script plus digits after the first letter
//    (G7, A380). Inner apostrophes (' ’ ʼ) and hyphens join word halves:
//    don't, Modi’s, India-France, guided-missile, COVID-19 are one kWord.
//    A slash between letters joins too (and/or). Ideographs and kana form
//    words of their own, split from neighbouring Latin letters.
//  * An apostrophe at a word's end ("nations’ ") is NOT part of the word: it
//    is a kQuote token, since the quote stage needs closing marks.
//  * Numbers are kNumber: digits with inner , . : / between digits (1,250.5,
//    03:41, 24/7, 30/03/2023), plus an ordinal or decade suffix (3rd, 1990s).
//    Other letters glued to a number are a separate kWord: 1.5bn -> "1.5" "bn",
//    10km -> "10" "km". A hyphen after a number is its own kPunctuation token
//    (10-day -> "10" "-" "day"), while five-day stays one word.
//  * Currency signs, % and other symbols are kSymbol tokens apart from the
//    digits (€150 -> "€" "150", 5% -> "5" "%"). One to three capitals glued
//    to '$' form one kSymbol: US$163 -> "US$" "163" (also HK$, A$, NZ$).
//  * Quotation marks " ' “ ” ‘ ’ « » „ 「 」 are single kQuote tokens.
//  * – — ― and runs of two or more hyphens are kDash; a single '-' is kDash
//    when it has space on either side, else kPunctuation (a hyphen).
//  * "…" and runs of three or more periods are one kPunctuation token.
//  * A period is glued to the word before it, with Token::abbreviation set,
//    for listed abbreviations (Mr., Co., etc., Jan.; data/lexicon/
//    abbreviations*.txt; "No."-like ones only before a number), single
//    capital initials (J.) and dotted letters (U.S., a.m., e.g., Ph.D.).
//  * http(s)://, www. and bare host names with a known TLD (example.com), and
//    e-mail addresses, are kUrl, without trailing punctuation.
//  * #hashtags and @handles (also "#1") are one kWord; emoji sequences (with
//    ZWJ, skin tones, tags) are one kEmoji, a flag is one pair of regional
//    letters, and U+FE0F or a keycap makes a text symbol or digit an emoji
//    (❤️, 1️⃣).
#ifndef LEDE_SRC_TEXT_TOKENIZER_H_
#define LEDE_SRC_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "lede/token.h"

namespace lede::detail {

// Returns the tokens of `text` in order. Whitespace is never a token.
std::vector<Token> Tokenize(std::string_view text);

}  // namespace lede::detail

#endif  // LEDE_SRC_TEXT_TOKENIZER_H_
