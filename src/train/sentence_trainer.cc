// Sentence trainer: turns annotated texts into boundary examples and learns
// the boundary model from them.
//
// Each text is split into blocks exactly as `lede --raw` splits it and
// tokenised by the pipeline's tokenizer; the splitter then runs with a
// recording judge, which stores the features of every open gap it is asked
// about together with the gold answer, and answers with the gold answer, so
// that the sentence-length features see gold sentence starts.
#include <algorithm>

#include "extract/text_extractor.h"
#include "learn/perceptron_trainer.h"
#include "lede/train.h"
#include "text/boundary_features.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace lede {

namespace {

// Bounds on the options: below 2^12 slots the features collide wholesale,
// above 2^22 the model file outgrows what a gap model needs.
constexpr int kMinHashBits = 12;
constexpr int kMaxHashBits = 22;
constexpr int kMaxEpochs = 100;

class RecordingJudge : public detail::GapJudge {
 public:
  RecordingJudge(std::string_view text, const std::vector<Token>& tokens, std::vector<bool> gold, uint32_t mask,
                 std::vector<detail::BinaryExample>* out)
      : features_(text, tokens), gold_(std::move(gold)), mask_(mask), out_(out) {}

  bool Ends(size_t left, size_t start, size_t first, size_t last) override {
    if (!features_.IsCandidate(left)) return false;
    detail::BinaryExample example;
    example.features.resize(detail::BoundaryFeatures::kMaxFeatures);
    example.features.resize(features_.Extract(left, start, first, last, mask_, example.features.data()));
    example.positive = gold_[left];
    out_->push_back(std::move(example));
    return gold_[left];
  }

 private:
  detail::BoundaryFeatures features_;
  std::vector<bool> gold_;  // gold_[k]: a gold sentence ends after token k
  uint32_t mask_;
  std::vector<detail::BinaryExample>* out_;
};

// Returns, per token, whether a gold sentence ends between it and the next token.
std::vector<bool> GoldGaps(const std::vector<Token>& tokens, std::vector<size_t> ends) {
  std::sort(ends.begin(), ends.end());
  std::vector<bool> gold(tokens.size(), false);
  size_t e = 0;
  for (size_t k = 0; k + 1 < tokens.size(); ++k) {
    while (e < ends.size() && ends[e] < tokens[k].span.end) ++e;
    gold[k] = e < ends.size() && ends[e] <= tokens[k + 1].span.start;
  }
  return gold;
}

}  // namespace

Result<TrainedModel> TrainSentenceModel(const std::vector<LabelledText>& texts, const SentenceTrainOptions& options) {
  if (options.hash_bits < kMinHashBits || options.hash_bits > kMaxHashBits) {
    return Status::InvalidArgument("hash bits must be between 12 and 22");
  }
  if (options.epochs < 1 || options.epochs > kMaxEpochs) return Status::InvalidArgument("epochs must be 1 to 100");
  const uint32_t mask = (1u << options.hash_bits) - 1;
  std::vector<detail::BinaryExample> examples;
  for (const LabelledText& labelled : texts) {
    const Document document = detail::DocumentFromRawText(labelled.text);
    const std::vector<Token> tokens = detail::Tokenize(document.text);
    RecordingJudge judge(document.text, tokens, GoldGaps(tokens, labelled.sentence_ends), mask, &examples);
    (void)detail::SplitSentences(document.text, tokens, document.blocks, &judge);
  }
  if (examples.empty()) return Status::InvalidArgument("no open gaps to learn from in the training texts");
  detail::PerceptronOptions perceptron;
  perceptron.hash_bits = options.hash_bits;
  perceptron.epochs = options.epochs;
  TrainedModel trained;
  trained.bytes = detail::TrainBinaryPerceptron(examples, perceptron).Serialize();
  trained.examples = examples.size();
  for (const detail::BinaryExample& example : examples) trained.positives += example.positive;
  return trained;
}

}  // namespace lede
