// NER trainer: learns the named-entity tagger (a SequenceModel over
// ner_features.h) from BIO-tagged sentences, and scores a tagger the way
// conlleval does.
//
// Sentences are grouped into documents (a sentence marked starts_document
// opens one), because some features look at how a word is written elsewhere
// in its document. The tag set is "O" followed by the training data's other
// tags in sorted order, so the same data always gives the same model file.
// An entity is a maximal run of tags B-X I-X ... of one type X; an I-X that
// does not follow B-X or I-X opens an entity too (conlleval's reading).
#include <algorithm>
#include <array>
#include <chrono>
#include <iterator>
#include <map>
#include <set>
#include <tuple>
#include <string_view>

#include "entities/ner_features.h"
#include "learn/sequence_model.h"
#include "lede/train.h"

namespace lede {

namespace {

// Bounds on the options: below 2^14 slots per tag the word features collide
// wholesale; above 2^22 the model file outgrows any use.
constexpr int kMinHashBits = 14;
constexpr int kMaxHashBits = 22;
constexpr int kMaxEpochs = 100;
constexpr std::string_view kOutsideTag = "O";

// Holds one entity: sentence, first token, one past the last token, type.
struct Mention {
  size_t sentence;
  size_t begin;
  size_t end;
  std::string type;
  bool operator<(const Mention& o) const {
    return std::tie(sentence, begin, end, type) < std::tie(o.sentence, o.begin, o.end, o.type);
  }
};

// Appends the entities of one sentence's BIO `tags` to `out`.
void CollectMentions(size_t sentence, const std::vector<std::string>& tags, std::vector<Mention>* out) {
  auto type_of = [](const std::string& tag) { return tag.size() > 2 ? std::string_view(tag).substr(2) : ""; };
  auto is_inside = [](const std::string& tag) { return tag.size() > 2 && tag[0] == 'I' && tag[1] == '-'; };
  auto is_begin = [](const std::string& tag) { return tag.size() > 2 && tag[0] == 'B' && tag[1] == '-'; };
  size_t k = 0;
  while (k < tags.size()) {
    if (!is_begin(tags[k]) && !is_inside(tags[k])) {
      ++k;
      continue;
    }
    const std::string_view type = type_of(tags[k]);
    size_t end = k + 1;
    while (end < tags.size() && is_inside(tags[end]) && type_of(tags[end]) == type) ++end;
    out->push_back(Mention{sentence, k, end, std::string(type)});
    k = end;
  }
}

// Returns the conlleval score of `predicted` against the tags of `gold`.
NerScore Score(const std::vector<NerSentence>& gold, const std::vector<std::vector<std::string>>& predicted) {
  std::vector<Mention> gold_mentions;
  std::vector<Mention> predicted_mentions;
  for (size_t s = 0; s < gold.size(); ++s) {
    CollectMentions(s, gold[s].tags, &gold_mentions);
    CollectMentions(s, predicted[s], &predicted_mentions);
  }
  std::sort(gold_mentions.begin(), gold_mentions.end());
  std::sort(predicted_mentions.begin(), predicted_mentions.end());
  std::map<std::string, std::array<size_t, 3>> per_type;  // gold, predicted, correct
  for (const Mention& m : gold_mentions) ++per_type[m.type][0];
  for (const Mention& m : predicted_mentions) ++per_type[m.type][1];
  std::vector<Mention> correct;
  std::set_intersection(gold_mentions.begin(), gold_mentions.end(), predicted_mentions.begin(),
                        predicted_mentions.end(), std::back_inserter(correct));
  for (const Mention& m : correct) ++per_type[m.type][2];
  auto f1 = [](size_t g, size_t p, size_t c) { return g + p == 0 ? 0.0 : 200.0 * c / static_cast<double>(g + p); };
  NerScore score;
  score.gold = gold_mentions.size();
  score.predicted = predicted_mentions.size();
  score.correct = correct.size();
  score.precision = score.predicted == 0 ? 0 : 100.0 * score.correct / static_cast<double>(score.predicted);
  score.recall = score.gold == 0 ? 0 : 100.0 * score.correct / static_cast<double>(score.gold);
  score.f1 = f1(score.gold, score.predicted, score.correct);
  for (const auto& [type, counts] : per_type) score.type_f1[type] = f1(counts[0], counts[1], counts[2]);
  return score;
}

// Returns the features of every sentence, document by document.
std::vector<detail::SequenceFeatures> Features(const std::vector<NerSentence>& sentences, uint32_t mask) {
  std::vector<detail::SequenceFeatures> out;
  out.reserve(sentences.size());
  std::vector<std::vector<std::string_view>> document;
  auto flush = [&] {
    for (detail::SequenceFeatures& f : detail::NerDocumentFeatures(document, mask)) out.push_back(std::move(f));
    document.clear();
  };
  for (const NerSentence& sentence : sentences) {
    if (sentence.starts_document && !document.empty()) flush();
    document.emplace_back(sentence.tokens.begin(), sentence.tokens.end());
  }
  flush();
  return out;
}

// Returns the tags `model` gives `sentences`, timing features and decoding into `seconds`.
std::vector<std::vector<std::string>> Tag(const detail::SequenceModel& model, const std::vector<NerSentence>& sentences,
                                          double* seconds) {
  const auto start = std::chrono::steady_clock::now();
  const std::vector<detail::SequenceFeatures> features = Features(sentences, model.mask());
  std::vector<std::vector<int>> decoded(features.size());
  for (size_t s = 0; s < features.size(); ++s) model.Decode(features[s], &decoded[s]);
  *seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::vector<std::vector<std::string>> out(decoded.size());
  for (size_t s = 0; s < decoded.size(); ++s) {
    for (int tag : decoded[s]) out[s].push_back(model.tags()[static_cast<size_t>(tag)]);
  }
  return out;
}

NerScore Evaluate(const detail::SequenceModel& model, const std::vector<NerSentence>& gold) {
  double seconds = 0;
  const std::vector<std::vector<std::string>> predicted = Tag(model, gold, &seconds);
  NerScore score = Score(gold, predicted);
  score.seconds = seconds;
  for (const NerSentence& sentence : gold) score.tokens += sentence.tokens.size();
  return score;
}

}  // namespace

Result<TrainedModel> TrainNerModel(const std::vector<NerSentence>& train, const std::vector<NerSentence>& dev,
                                   const NerTrainOptions& options,
                                   const std::function<void(int epoch, const NerScore& dev)>& progress) {
  if (options.hash_bits < kMinHashBits || options.hash_bits > kMaxHashBits) {
    return Status::InvalidArgument("hash bits must be between 14 and 22");
  }
  if (options.epochs < 1 || options.epochs > kMaxEpochs) return Status::InvalidArgument("epochs must be 1 to 100");
  std::set<std::string> tag_set;
  for (const NerSentence& sentence : train) {
    if (sentence.tags.size() != sentence.tokens.size()) {
      return Status::InvalidArgument("a training sentence has not one tag per token");
    }
    for (const std::string& tag : sentence.tags) {
      if (tag != kOutsideTag) tag_set.insert(tag);
    }
  }
  if (tag_set.empty()) return Status::InvalidArgument("the training sentences have no entity tags");
  std::vector<std::string> tags = {std::string(kOutsideTag)};
  tags.insert(tags.end(), tag_set.begin(), tag_set.end());
  std::map<std::string, int> tag_index;
  for (size_t t = 0; t < tags.size(); ++t) tag_index[tags[t]] = static_cast<int>(t);

  const uint32_t mask = (1u << options.hash_bits) - 1;
  std::vector<detail::SequenceFeatures> features = Features(train, mask);
  std::vector<detail::SequenceExample> examples;
  TrainedModel trained;
  for (size_t s = 0; s < train.size(); ++s) {
    if (train[s].tokens.empty()) continue;
    detail::SequenceExample example;
    example.features = std::move(features[s]);
    for (const std::string& tag : train[s].tags) example.tags.push_back(tag_index[tag]);
    examples.push_back(std::move(example));
    trained.examples += train[s].tokens.size();
    for (const std::string& tag : train[s].tags) trained.positives += tag != kOutsideTag;
  }
  detail::SequenceTrainOptions sequence_options;
  sequence_options.hash_bits = options.hash_bits;
  sequence_options.epochs = options.epochs;
  std::function<void(int, const detail::SequenceModel&)> after_epoch;
  if (progress) {
    after_epoch = [&](int epoch, const detail::SequenceModel& model) { progress(epoch, Evaluate(model, dev)); };
  }
  trained.bytes = detail::TrainSequencePerceptron(examples, tags, sequence_options, after_epoch).Serialize();
  return trained;
}

Result<NerScore> EvaluateNerModel(std::string_view model, const std::vector<NerSentence>& gold) {
  Result<detail::SequenceModel> parsed = detail::SequenceModel::Parse(model);
  if (!parsed.ok()) return parsed.status();
  return Evaluate(parsed.value(), gold);
}

Result<std::vector<std::vector<std::string>>> TagNerSentences(std::string_view model,
                                                             const std::vector<NerSentence>& sentences) {
  Result<detail::SequenceModel> parsed = detail::SequenceModel::Parse(model);
  if (!parsed.ok()) return parsed.status();
  double seconds = 0;
  return Tag(parsed.value(), sentences, &seconds);
}

}  // namespace lede
