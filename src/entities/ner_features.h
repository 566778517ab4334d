// NER features: what the named-entity tagger (a SequenceModel) sees of each
// token of a sentence, as hashed feature slots.
//
// Per token: the word (exact and lower-cased), its shape ("Xx", "X.X.", "d-d"
// with repeats collapsed), prefixes and suffixes of 1-4 characters, the words
// and shapes of the two tokens on either side and bigrams of them, whether it
// opens the sentence, whether the sentence is written in capitals (headlines),
// gazetteer hits (the token begins or continues the longest listed name
// starting at some earlier token, per entity type), word-list hits (given
// name, person title, organisation suffix, common English word) and, when a
// document context is given, how the same word is written elsewhere in the
// document (capitalised inside a sentence, or lower-case), which tells a
// name in a capitalised headline or at a sentence start from a common word.
// Ratinov & Roth (2009) describe this family of features.
//
// Nothing here allocates per token once the extractor's buffers have grown
// to the longest sentence seen.
#ifndef LEDE_SRC_ENTITIES_NER_FEATURES_H_
#define LEDE_SRC_ENTITIES_NER_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "learn/sequence_model.h"

namespace lede::detail {

// Holds how each word of a document is written across it, so that a sentence's
// features can look past the sentence.
class NerDocumentContext {
 public:
  // Forgets every sentence added so far (a new document begins).
  void Clear() {
    words_.clear();
    predicted_.clear();
  }
  // Records how the words of one sentence of the document are written.
  void AddSentence(const std::vector<std::string_view>& tokens);
  // Returns the evidence bits (kCapitalisedInside, kLowerCase) of the word whose lower-case hash is `lower_hash`.
  uint32_t Evidence(uint64_t lower_hash) const;
  // Records the entity types a first-pass tagger gave one sentence's tokens
  // ("PER" for B-PER and I-PER, "O" outside), for the second pass.
  void AddPrediction(const std::vector<std::string_view>& tokens, const std::vector<std::string>& tags);
  // Returns the hash of the type most often predicted for the capitalised word whose lower-case hash is
  // `lower_hash` (0 when it has none), and sets `unanimous` when every prediction agreed.
  uint64_t PredictedType(uint64_t lower_hash, bool* unanimous) const;

  // Set when the word is seen capitalised, not opening a sentence and not in an all-capitals sentence.
  static constexpr uint32_t kCapitalisedInside = 1;
  // Set when the word is seen written in lower case.
  static constexpr uint32_t kLowerCase = 2;

 private:
  std::unordered_map<uint64_t, uint32_t> words_;  // lower-case word hash -> evidence bits
  // lower-case word hash -> (type hash, count) of each type predicted for it
  std::unordered_map<uint64_t, std::vector<std::pair<uint64_t, uint32_t>>> predicted_;
};

class NerFeatureExtractor {
 public:
  // Makes an extractor folding feature hashes with `mask` (a SequenceModel's mask()).
  explicit NerFeatureExtractor(uint32_t mask);

  // Writes the features of one sentence's `tokens` to `out`; `context` may be null.
  void Extract(const std::vector<std::string_view>& tokens, const NerDocumentContext* context,
               SequenceFeatures* out);

 private:
  // Holds what the features of a token and its neighbours need to know about it.
  struct TokenInfo {
    uint64_t word = 0;       // hash of the exact word
    uint64_t lower = 0;      // hash of the lower-cased word
    uint64_t shape = 0;      // hash of the collapsed shape
    uint64_t prefix[4] = {};  // hashes of the lower-cased first 1-4 code points
    uint64_t suffix[4] = {};  // hashes of the lower-cased last 1-4 code points
    uint32_t gazetteer = 0;  // bit 2 * type: begins a listed name; bit 2 * type + 1: continues one
    uint32_t lists = 0;      // word-list bits (kGivenName ...)
    bool capitalised = false;  // first letter upper case
    bool has_letter = false;
  };

  void Describe(std::string_view token, TokenInfo* info);
  void MarkGazetteerNames(const std::vector<std::string_view>& tokens);

  uint32_t mask_;
  std::vector<TokenInfo> infos_;
  std::string lower_;      // scratch: the lower-cased token
  std::string shape_;      // scratch: its shape
  std::vector<size_t> code_point_starts_;  // scratch: byte offset of each code point of lower_
};

// Returns the features of each sentence of `sentences` (a document, in order),
// with the document context built from all of them; `mask` is the model's.
std::vector<SequenceFeatures> NerDocumentFeatures(const std::vector<std::vector<std::string_view>>& sentences,
                                                  uint32_t mask);

// Returns `features` (NerDocumentFeatures of `sentences`) with the second
// pass's features added: which type a first-pass tagger (`predicted`, its tags
// for every sentence) gave each capitalised word across the document.
std::vector<SequenceFeatures> NerPredictionFeatures(const std::vector<std::vector<std::string_view>>& sentences,
                                                    const std::vector<SequenceFeatures>& features,
                                                    const std::vector<std::vector<std::string>>& predicted,
                                                    uint32_t mask);

}  // namespace lede::detail

#endif  // LEDE_SRC_ENTITIES_NER_FEATURES_H_
