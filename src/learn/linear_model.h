// Linear model: a hashed weight table scored by summing the weights of the
// features that fire, one column of weights per class.
//
// The file format is little-endian binary: the magic "LEDELIN1", then uint32
// hash bits, uint32 classes, uint32 entry count, then per non-zero weight a
// uint32 index and a float32 value. Only non-zero weights are stored, so a
// model is small on disk and dense (one float per slot) in memory, where a
// lookup is one array read.
#ifndef LEDE_SRC_LEARN_LINEAR_MODEL_H_
#define LEDE_SRC_LEARN_LINEAR_MODEL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede::detail {

class LinearModel {
 public:
  // Makes an all-zero model of 2^hash_bits slots for `classes` classes.
  LinearModel(int hash_bits, int classes);

  // Returns the model read from `bytes`, or a kInvalidArgument status naming what is wrong.
  static Result<LinearModel> Parse(std::string_view bytes);

  // Returns the model in the file format above.
  std::string Serialize() const;

  // Returns the mask that folds a feature hash to a slot index.
  uint32_t mask() const { return mask_; }
  // Returns the number of classes.
  int classes() const { return classes_; }

  // Returns the summed weight of `features` for class `cls`.
  float Score(const uint32_t* features, size_t count, int cls = 0) const {
    float sum = 0;
    const float* column = weights_.data() + static_cast<size_t>(cls);
    for (size_t i = 0; i < count; ++i) sum += column[static_cast<size_t>(features[i]) * classes_];
    return sum;
  }

  // Returns the weight of slot `index` for class `cls`, for training.
  float& Weight(uint32_t index, int cls = 0) { return weights_[static_cast<size_t>(index) * classes_ + cls]; }
  // Returns the number of weights (slots times classes).
  size_t size() const { return weights_.size(); }
  // Returns weight `i` of the flat table (slot-major), for training.
  float& Flat(size_t i) { return weights_[i]; }
  // Returns the flat table (slot-major: slot * classes + class), for fast scoring.
  const float* data() const { return weights_.data(); }

 private:
  int hash_bits_;
  int classes_;
  uint32_t mask_;
  std::vector<float> weights_;
};

}  // namespace lede::detail

#endif  // LEDE_SRC_LEARN_LINEAR_MODEL_H_
