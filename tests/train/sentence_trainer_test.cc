#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "learn/linear_model.h"
#include "lede/train.h"
#include "support/split_sentences.h"
#include "text/boundary_model.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

using lede::LabelledText;
using lede::SentenceTrainOptions;
using lede::StatusCode;
using lede::detail::LinearModel;
using lede::testing::JoinSentences;

namespace {

// Returns a labelled text made of `sentences` joined by single spaces, with no stops.
LabelledText Joined(const std::vector<std::string>& sentences) {
  LabelledText labelled;
  for (const std::string& s : sentences) {
    if (!labelled.text.empty()) labelled.text += ' ';
    labelled.text += s;
    labelled.sentence_ends.push_back(labelled.text.size());
  }
  return labelled;
}

// Returns the sentences `model` and the rules find in `text`, joined by " | ".
std::string Split(const LinearModel& model, const std::string& text) {
  const std::vector<lede::Token> tokens = lede::detail::Tokenize(text);
  lede::detail::ModelGapJudge judge(model, text, tokens);
  return JoinSentences(text, lede::detail::SplitSentences(text, tokens, {}, &judge));
}

// Review-like texts whose sentences end without a stop. Names inside the
// sentences ("Casa Lina") are the capitalised words that do not open one.
std::vector<LabelledText> UnmarkedReviews() {
  const std::vector<std::string> openers = {"The soup at Casa Lina was cold", "Our room at Villa Rosa was tiny",
                                            "Parking near Porto Nuovo was easy", "The view from Monte Alto was lovely",
                                            "Breakfast at Cafe Blu came late", "The bed at Hotel Sole was soft",
                                            "Music from Bar Centrale played all night", "Prices in Piazza Verde were fair"};
  const std::vector<std::string> closers = {"Staff were kind", "Staff never smiled", "Staff fixed it fast",
                                            "Staff spoke three languages"};
  std::vector<LabelledText> texts;
  for (size_t i = 0; i < openers.size(); ++i) {
    texts.push_back(Joined({openers[i], closers[i % closers.size()], "We would return"}));
  }
  return texts;
}

}  // namespace

TEST_CASE("a trained boundary model splits the unmarked boundaries it was shown", "[train]") {
  const lede::Result<lede::TrainedModel> trained = lede::TrainSentenceModel(UnmarkedReviews(), SentenceTrainOptions{});
  REQUIRE(trained.ok());
  CHECK(trained.value().positives > 0);
  CHECK(trained.value().examples > trained.value().positives);
  const lede::Result<LinearModel> model = LinearModel::Parse(trained.value().bytes);
  REQUIRE(model.ok());
  // New texts of the same shape: the openers were never seen.
  CHECK(Split(model.value(), "The pool at Casa Mare was warm Staff were kind We would return") ==
        "The pool at Casa Mare was warm | Staff were kind | We would return");
  CHECK(Split(model.value(), "Dinner at Villa Blu was slow Staff never smiled We would return") ==
        "Dinner at Villa Blu was slow | Staff never smiled | We would return");
}

TEST_CASE("sentence training is deterministic", "[train]") {
  const auto first = lede::TrainSentenceModel(UnmarkedReviews(), SentenceTrainOptions{});
  const auto second = lede::TrainSentenceModel(UnmarkedReviews(), SentenceTrainOptions{});
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  CHECK(first.value().bytes == second.value().bytes);
}

TEST_CASE("sentence training refuses bad options and texts with nothing to learn", "[train]") {
  SentenceTrainOptions options;
  options.hash_bits = 40;
  CHECK(lede::TrainSentenceModel(UnmarkedReviews(), options).status().code() == StatusCode::kInvalidArgument);
  options = SentenceTrainOptions{};
  options.epochs = 0;
  CHECK(lede::TrainSentenceModel(UnmarkedReviews(), options).status().code() == StatusCode::kInvalidArgument);
  CHECK(lede::TrainSentenceModel({}, SentenceTrainOptions{}).status().code() == StatusCode::kInvalidArgument);
  // Stops everywhere: the rules decide every gap, so no gap is left open to learn from.
  LabelledText punctuated;
  punctuated.text = "Stop.";
  punctuated.sentence_ends = {5};
  CHECK(lede::TrainSentenceModel({punctuated}, SentenceTrainOptions{}).status().code() ==
        StatusCode::kInvalidArgument);
}
