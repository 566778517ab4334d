// Sentence splitter: groups tokens into sentences, never across a block.
//
// A sentence ends at . ! ? … (and CJK 。！？, Arabic ؟, Devanagari ।) plus any closing quotes or
// brackets glued after it, when the next token looks like a sentence start
// (a capital, a digit, an opening quote or bracket; CJK needs no space).
// It does not end:
//  * after a title abbreviation (Mr., Gen., St.) or a numeric one (No. 5);
//  * after a general or dotted abbreviation (Co., etc., U.S., a.m.) unless the
//    next word is a common sentence opener (The, He, How ...) or a title;
//  * after a capital initial (J. R. R. Tolkien, Jonas E. Smith) unless the
//    word before it is lowercase ("you and I. Did ...");
//  * after a list number or letter opening the sentence ("1. The first item");
//  * before a lowercase word ("“Why?” she asked").
// A line break inside a block also ends a sentence when the line has no
// final punctuation and is a bullet item (•, or "- " or "* " opening a line) or heading-like (short, or mostly
// capitalised) and the next line starts like a sentence.
// Every gap the rules leave open, except after an abbreviation or a list
// marker, is put to a GapJudge: by default the shipped boundary model
// (boundary_model.h), which finds the sentences informal writers end without
// a stop ("Do not waste your money This product broke") and overrules the rules' caution
// after a stop in web text ("box. other than that").
#ifndef LEDE_SRC_TEXT_SENTENCE_SPLITTER_H_
#define LEDE_SRC_TEXT_SENTENCE_SPLITTER_H_

#include <string_view>
#include <vector>

#include "lede/document.h"
#include "lede/token.h"

namespace lede::detail {

// Decides the gaps the splitter's rules leave open.
class GapJudge {
 public:
  virtual ~GapJudge() = default;
  // Returns true when the sentence begun at token `start` ends after token
  // `left`; [first, last) are the block's tokens.
  virtual bool Ends(size_t left, size_t start, size_t first, size_t last) = 0;
};

// Returns the sentences of `text`, given its tokens and blocks (an empty
// block list means one block covering the whole text), using the shipped
// boundary model for open gaps. Tokens outside every block belong to no sentence.
std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<Block>& blocks);

// Returns the sentences as above, asking `judge` about open gaps (nullptr:
// the rules alone).
std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens,
                                     const std::vector<Block>& blocks, GapJudge* judge);

}  // namespace lede::detail

#endif  // LEDE_SRC_TEXT_SENTENCE_SPLITTER_H_
