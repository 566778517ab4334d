// Boundary features: describes a gap between two tokens for the sentence
// boundary model.
//
// The sentence splitter's rules decide every gap after a stop; what they
// cannot see are the sentences informal writers end with no stop at all
// ("Do not waste your money This product broke", "Thanks, Kim", a signature before the
// next line of an e-mail). For those gaps a linear model weighs a handful of
// facts about the two tokens on each side: their lowercased words, their
// shapes (Xxx, xxx, XXX, digits, the punctuation mark itself), whether the
// right one is glued to the left one, and how long the sentence has run.
// Tokens are coded (a word hash, a shape) only when a gap next to them is a
// candidate, at most once each; a gap costs a fixed number of hash mixes and
// table reads.
#ifndef LEDE_SRC_TEXT_BOUNDARY_FEATURES_H_
#define LEDE_SRC_TEXT_BOUNDARY_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "lede/token.h"

namespace lede::detail {

// Codes the tokens of one text and extracts the features of its gaps.
class BoundaryFeatures {
 public:
  // The most features one gap yields.
  static constexpr size_t kMaxFeatures = 16;

  // Codes every token of `text`.
  BoundaryFeatures(std::string_view text, const std::vector<Token>& tokens);

  // Returns true when the gap after token `left` is worth asking the model
  // about: whitespace separates the tokens, the right one can open a sentence
  // (a lowercase word only after a mark other than a comma, a URL not after a
  // lowercase word, a word of an uncased script never), and the left one is
  // not a colon.
  bool IsCandidate(size_t left) const;

  // Writes the slots (folded with `mask`) of the gap after token `left` to
  // `out` and returns how many; `start` is the current sentence's first
  // token and [first, last) the block's tokens.
  size_t Extract(size_t left, size_t start, size_t first, size_t last, uint32_t mask, uint32_t* out) const;

 private:
  // Marks a token whose word hash is not computed yet: only tokens next to a
  // candidate gap are ever hashed.
  static constexpr uint64_t kUnhashed = 0;

  // Returns the hash of token `k`'s lowercased text, computing it on first use.
  uint64_t Word(size_t k) const;

  std::string_view text_;
  const std::vector<Token>& tokens_;
  mutable std::vector<uint64_t> words_;  // hash of each token's lowercased text, or kUnhashed
  // Marks a token whose shape is not coded yet.
  static constexpr uint32_t kUnshaped = 0;

  // Returns the shape code of token `k`, coding it on first use.
  uint32_t Shape(size_t k) const;

  mutable std::vector<uint32_t> shapes_;  // shape code of each token, or kUnshaped
};

}  // namespace lede::detail

#endif  // LEDE_SRC_TEXT_BOUNDARY_FEATURES_H_
