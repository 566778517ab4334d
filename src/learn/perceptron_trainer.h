// Perceptron trainer: learns a binary linear model from hashed examples with
// the averaged perceptron (Freund & Schapire 1999; Collins 2002).
//
// Each epoch visits the examples in a fixed pseudo-random order (seeded, so a
// run is reproducible bit for bit) and moves the weights of a misjudged
// example's features towards its label. The returned weights are the average
// of the weights after every example, which generalises far better than the
// last ones; the average is kept with the usual timestamp trick, in O(1) per
// update.
#ifndef LEDE_SRC_LEARN_PERCEPTRON_TRAINER_H_
#define LEDE_SRC_LEARN_PERCEPTRON_TRAINER_H_

#include <cstdint>
#include <vector>

#include "learn/linear_model.h"

namespace lede::detail {

// Holds one training example: the slots of its features and its label.
struct BinaryExample {
  std::vector<uint32_t> features;
  bool positive = false;
};

// Sets how the perceptron trains.
struct PerceptronOptions {
  int hash_bits = 16;  // 2^16 slots
  int epochs = 10;
  uint32_t seed = 1;   // order of the examples in each epoch
};

// Returns the averaged perceptron's model for `examples` (features already
// folded with a mask of `options.hash_bits` bits); a positive score means positive.
LinearModel TrainBinaryPerceptron(const std::vector<BinaryExample>& examples, const PerceptronOptions& options);

}  // namespace lede::detail

#endif  // LEDE_SRC_LEARN_PERCEPTRON_TRAINER_H_
