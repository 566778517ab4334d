// Perceptron trainer: the averaged binary perceptron.
#include "learn/perceptron_trainer.h"

#include <numeric>
#include <random>

namespace lede::detail {

LinearModel TrainBinaryPerceptron(const std::vector<BinaryExample>& examples, const PerceptronOptions& options) {
  LinearModel model(options.hash_bits, 1);
  // totals[i] sums (update step x weight change) so that the average is
  // weight - totals / steps at the end, without touching every slot per step.
  std::vector<double> totals(model.size(), 0.0);
  std::vector<size_t> order(examples.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(options.seed);
  double step = 1;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    // Fisher-Yates by hand: std::shuffle's draws differ between standard libraries.
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    for (size_t idx : order) {
      const BinaryExample& example = examples[idx];
      const float score = model.Score(example.features.data(), example.features.size());
      // A score of zero decides nothing: count it as a mistake for either label,
      // or negatives that merely tie would never be pushed below zero.
      if (example.positive ? score <= 0 : score >= 0) {
        const float delta = example.positive ? 1.0f : -1.0f;
        for (uint32_t f : example.features) {
          model.Flat(f) += delta;
          totals[f] += step * delta;
        }
      }
      ++step;
    }
  }
  for (size_t i = 0; i < model.size(); ++i) {
    model.Flat(i) -= static_cast<float>(totals[i] / step);
  }
  return model;
}

}  // namespace lede::detail
