// Training: lede learns its statistical models from annotated text, so that
// every shipped model can be rebuilt with one command and users can train
// their own.
#ifndef LEDE_TRAIN_H_
#define LEDE_TRAIN_H_

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
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

// Holds one sentence annotated for named entities: its tokens and one BIO tag
// per token ("B-PER", "I-PER", "O").
struct NerSentence {
  std::vector<std::string> tokens;
  std::vector<std::string> tags;
  bool starts_document = false;  // the first sentence of a new document (CoNLL -DOCSTART-)
};

// Sets how the named-entity tagger trains.
struct NerTrainOptions {
  // Passes of the averaged structured perceptron over the sentences.
  int epochs = 15;
  // The weight table has 2^hash_bits slots per tag. On CoNLL-2003 dev, 2^17
  // scored 92.36 F1 against 92.44 for 2^20 and loads in about 50 ms instead
  // of 300 (the dense tables of both passes are built at load).
  int hash_bits = 17;
  // Adds a second pass that also sees which type the first pass gave each
  // word across its document (Ratinov & Roth 2009's prediction history).
  bool document_pass = true;
};

// Holds an entity-level score (exact span and type, as conlleval counts) and the tagging speed.
struct NerScore {
  size_t gold = 0;       // gold entities
  size_t predicted = 0;  // predicted entities
  size_t correct = 0;    // predicted entities equal to a gold one
  double precision = 0;
  double recall = 0;
  double f1 = 0;                       // in percent, as are precision and recall
  std::map<std::string, double> type_f1;  // per entity type, in percent
  size_t tokens = 0;                   // tokens tagged
  double seconds = 0;                  // time spent on features and decoding
};

// Returns the named-entity tagger learnt from `train` (sentences in document
// order). When `progress` is set it is called after each epoch with the
// epoch number and the averaged model's score on `dev` (which may be empty).
// Fails with kInvalidArgument on bad options or data with nothing to learn.
Result<TrainedModel> TrainNerModel(const std::vector<NerSentence>& train, const std::vector<NerSentence>& dev,
                                   const NerTrainOptions& options,
                                   const std::function<void(int epoch, const NerScore& dev)>& progress = {});

// Returns the score of the tagger in `model` (a TrainNerModel file) on `gold`,
// or kInvalidArgument when the model does not parse.
Result<NerScore> EvaluateNerModel(std::string_view model, const std::vector<NerSentence>& gold);

// A parsed NER model: parse a `lede train ner` file once, tag many documents.
class NerTagger {
 public:
  // Returns the tagger in `model`, or kInvalidArgument when it does not parse.
  static Result<std::shared_ptr<const NerTagger>> Parse(std::string_view model);
  ~NerTagger();

  // Returns the BIO tags of each sentence of one document (in order; their tags are ignored).
  std::vector<std::vector<std::string>> Tag(const std::vector<NerSentence>& sentences) const;

 private:
  struct Passes;
  explicit NerTagger(std::unique_ptr<Passes> passes);
  std::unique_ptr<Passes> passes_;
};

// Returns the BIO tags the tagger in `model` gives each sentence of `sentences`
// (in document order; their tags are ignored), or kInvalidArgument when the
// model does not parse.
Result<std::vector<std::vector<std::string>>> TagNerSentences(std::string_view model,
                                                             const std::vector<NerSentence>& sentences);

}  // namespace lede

#endif  // LEDE_TRAIN_H_
