// Training: lede learns its statistical models from annotated text, so that
// every shipped model can be rebuilt with one command and users can train
// their own.
#ifndef LEDE_TRAIN_H_
#define LEDE_TRAIN_H_

#include <cstddef>
#include <string>
#include <vector>

#include "lede/status.h"

namespace lede {

// Holds one annotated text for the sentence boundary model.
struct LabelledText {
  std::string text;                   // UTF-8; paragraphs separated by blank lines
  std::vector<size_t> sentence_ends;  // byte offset just past each gold sentence
};

// Sets how the sentence boundary model trains.
struct SentenceTrainOptions {
  // Passes of the averaged perceptron over the examples: on UD English-EWT, 5
  // scored as well as 10 or 20 on held-out documents, in half the time.
  int epochs = 5;
  // The weight table has 2^hash_bits slots: 2^16 floats (256 KB) stay in a
  // core's L2 cache, and on UD English-EWT scored as well as 2^18.
  int hash_bits = 16;
};

// Holds a trained model and what it was trained on.
struct TrainedModel {
  std::string bytes;     // the model file
  size_t examples = 0;   // gaps the model was trained on
  size_t positives = 0;  // of which were sentence boundaries
};

// Returns the sentence boundary model learnt from `texts`: for every gap the
// splitter's rules leave open, whether a gold sentence ends there. Fails with
// kInvalidArgument when there is nothing to learn from.
Result<TrainedModel> TrainSentenceModel(const std::vector<LabelledText>& texts, const SentenceTrainOptions& options);

}  // namespace lede

#endif  // LEDE_TRAIN_H_
