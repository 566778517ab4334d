// Boundary model: the linear model that judges the gaps the sentence
// splitter's rules leave open, and the judge that asks it.
//
// The shipped model is data/models/sentence_boundary.bin, trained by
// `lede train sentences` (see data/models/README.md); without it the
// splitter runs on its rules alone.
#ifndef LEDE_SRC_TEXT_BOUNDARY_MODEL_H_
#define LEDE_SRC_TEXT_BOUNDARY_MODEL_H_

#include <string>
#include <string_view>
#include <vector>

#include "learn/linear_model.h"
#include "lede/token.h"
#include "text/boundary_features.h"
#include "text/sentence_splitter.h"

namespace lede::detail {

// Returns the shipped boundary model, loaded once, or null when it is missing or unreadable.
const LinearModel* ShippedBoundaryModel();

// Returns the model in the file at `path`, read once per path and kept for
// the life of the process, or a status saying why it cannot be used.
Result<const LinearModel*> BoundaryModelFromFile(const std::string& path);

// Judges open gaps by the sign of the model's score.
class ModelGapJudge : public GapJudge {
 public:
  // Judges the gaps of `text`'s `tokens` with `model` (both must outlive the judge).
  ModelGapJudge(const LinearModel& model, std::string_view text, const std::vector<Token>& tokens)
      : model_(model), features_(text, tokens) {}

  // Returns true when the model scores the gap after `left` above zero.
  bool Ends(size_t left, size_t start, size_t first, size_t last) override;

 private:
  const LinearModel& model_;
  BoundaryFeatures features_;
};

}  // namespace lede::detail

#endif  // LEDE_SRC_TEXT_BOUNDARY_MODEL_H_
