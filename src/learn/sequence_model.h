// Sequence model: a first-order linear-chain tagger over hashed features,
// decoded with Viterbi and trained with the averaged structured perceptron
// (Collins 2002).
//
// Each token carries the table slots of its features (see feature_hash.h);
// a token's score for tag t is the sum of the slots' weights in column t,
// plus the weight of the transition from the previous token's tag to t
// (a start row for the first token). Decoding finds the best-scoring tag
// sequence in O(n * tags^2). Training decodes each sentence with the current
// weights and, where the best path differs from the gold one, adds the gold
// path's features and subtracts the predicted path's, averaging the weights
// over all steps; the order of sentences per epoch is seeded, so training is
// deterministic.
//
// File format (little-endian): the magic "LEDESEQ1"; uint32 tag count, then
// each tag name as uint32 length + bytes; (tags + 1) x tags float32
// transition weights (row 0 = start); then the emission weights as a
// LinearModel file (linear_model.h) with one class per tag.
#ifndef LEDE_SRC_LEARN_SEQUENCE_MODEL_H_
#define LEDE_SRC_LEARN_SEQUENCE_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "learn/linear_model.h"
#include "lede/status.h"

namespace lede::detail {

// Holds one sentence's features: token i's slots are
// features[offsets[i], offsets[i + 1]), so offsets has one entry more than
// there are tokens.
struct SequenceFeatures {
  std::vector<uint32_t> features;
  std::vector<size_t> offsets;  // starts with 0
  // Returns the number of tokens.
  size_t size() const { return offsets.empty() ? 0 : offsets.size() - 1; }
};

// Holds one training sentence: its features and gold tag indices.
struct SequenceExample {
  SequenceFeatures features;
  std::vector<int> tags;  // one per token, indices into the model's tags
};

class SequenceModel {
 public:
  // Makes an all-zero model with 2^hash_bits feature slots per tag.
  SequenceModel(int hash_bits, std::vector<std::string> tags);

  // Returns the model read from `bytes`, or a kInvalidArgument status saying what is wrong.
  static Result<SequenceModel> Parse(std::string_view bytes);
  // Returns the model in the file format above.
  std::string Serialize() const;

  // Returns the tag names, in index order.
  const std::vector<std::string>& tags() const { return tags_; }
  // Returns the mask that folds a feature hash to a slot.
  uint32_t mask() const { return emissions_.mask(); }

  // Writes the best tag sequence for `sentence` to `out` (resized to its length).
  void Decode(const SequenceFeatures& sentence, std::vector<int>* out) const;

  // For the trainer: the emission table and transition weight (from, to); from = -1 is the start.
  LinearModel& emissions() { return emissions_; }
  const LinearModel& emissions() const { return emissions_; }
  float& Transition(int from, int to) { return transitions_[static_cast<size_t>(from + 1) * tags_.size() + to]; }
  float Transition(int from, int to) const {
    return transitions_[static_cast<size_t>(from + 1) * tags_.size() + to];
  }

 private:
  std::vector<std::string> tags_;
  std::vector<float> transitions_;  // (tags + 1) x tags, row 0 = start
  LinearModel emissions_;
};

// Sets how the structured perceptron trains.
struct SequenceTrainOptions {
  int hash_bits = 20;  // 2^20 slots per tag
  int epochs = 10;
  uint32_t seed = 1;   // order of the sentences in each epoch
};

// Returns the averaged structured perceptron's model for `examples`, whose
// features must be folded with a mask of `options.hash_bits` bits. When
// `after_epoch` is set it is called after each epoch with the epoch number
// (from 1) and the averaged model so far, e.g. to score a dev set.
SequenceModel TrainSequencePerceptron(const std::vector<SequenceExample>& examples,
                                      const std::vector<std::string>& tags, const SequenceTrainOptions& options,
                                      const std::function<void(int, const SequenceModel&)>& after_epoch = {});

}  // namespace lede::detail

#endif  // LEDE_SRC_LEARN_SEQUENCE_MODEL_H_
