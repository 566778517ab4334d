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
#include <optional>
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

// Returns the [begin, end) sentence ranges of the documents of `sentences`.
std::vector<std::pair<size_t, size_t>> Documents(const std::vector<NerSentence>& sentences) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (out.empty() || sentences[s].starts_document) out.emplace_back(s, s);
    out.back().second = s + 1;
  }
  return out;
}

// Returns the tokens of sentences [begin, end).
std::vector<std::vector<std::string_view>> Tokens(const std::vector<NerSentence>& sentences, size_t begin,
                                                  size_t end) {
  std::vector<std::vector<std::string_view>> out;
  for (size_t s = begin; s < end; ++s) out.emplace_back(sentences[s].tokens.begin(), sentences[s].tokens.end());
  return out;
}

// Returns the first pass's features of every sentence, document by document.
std::vector<detail::SequenceFeatures> Features(const std::vector<NerSentence>& sentences, uint32_t mask) {
  std::vector<detail::SequenceFeatures> out;
  out.reserve(sentences.size());
  for (const auto& [begin, end] : Documents(sentences)) {
    for (detail::SequenceFeatures& f : detail::NerDocumentFeatures(Tokens(sentences, begin, end), mask)) {
      out.push_back(std::move(f));
    }
  }
  return out;
}

// Returns the second pass's features: `first` (Features of `sentences`) and
// what the first pass `predicted` for each sentence's document.
std::vector<detail::SequenceFeatures> SecondFeatures(const std::vector<NerSentence>& sentences,
                                                     const std::vector<detail::SequenceFeatures>& first,
                                                     const std::vector<std::vector<std::string>>& predicted,
                                                     uint32_t mask) {
  std::vector<detail::SequenceFeatures> out;
  out.reserve(sentences.size());
  for (const auto& [begin, end] : Documents(sentences)) {
    const auto from = static_cast<ptrdiff_t>(begin);
    const auto to = static_cast<ptrdiff_t>(end);
    const std::vector<detail::SequenceFeatures> features(first.begin() + from, first.begin() + to);
    const std::vector<std::vector<std::string>> tags(predicted.begin() + from, predicted.begin() + to);
    for (detail::SequenceFeatures& f :
         detail::NerPredictionFeatures(Tokens(sentences, begin, end), features, tags, mask)) {
      out.push_back(std::move(f));
    }
  }
  return out;
}

// Returns the tags `model` gives the sentences of `features`.
std::vector<std::vector<std::string>> Decode(const detail::SequenceModel& model,
                                             const std::vector<detail::SequenceFeatures>& features) {
  std::vector<std::vector<std::string>> out(features.size());
  std::vector<int> decoded;
  for (size_t s = 0; s < features.size(); ++s) {
    model.Decode(features[s], &decoded);
    for (int tag : decoded) out[s].push_back(model.tags()[static_cast<size_t>(tag)]);
  }
  return out;
}

// Returns the tags the tagger (`first`, then `second` when not null) gives
// `sentences`, timing features and decoding into `seconds`.
std::vector<std::vector<std::string>> Tag(const detail::SequenceModel& first, const detail::SequenceModel* second,
                                          const std::vector<NerSentence>& sentences, double* seconds) {
  const auto start = std::chrono::steady_clock::now();
  const std::vector<detail::SequenceFeatures> features = Features(sentences, first.mask());
  std::vector<std::vector<std::string>> tags = Decode(first, features);
  if (second != nullptr) tags = Decode(*second, SecondFeatures(sentences, features, tags, second->mask()));
  *seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return tags;
}

NerScore Evaluate(const detail::SequenceModel& first, const detail::SequenceModel* second,
                  const std::vector<NerSentence>& gold) {
  double seconds = 0;
  const std::vector<std::vector<std::string>> predicted = Tag(first, second, gold, &seconds);
  NerScore score = Score(gold, predicted);
  score.seconds = seconds;
  for (const NerSentence& sentence : gold) score.tokens += sentence.tokens.size();
  return score;
}

// Holds a parsed tagger file: one SequenceModel, or "LEDENER2", the first
// pass's length as uint32 and its bytes, then the second pass's bytes.
struct Tagger {
  std::optional<detail::SequenceModel> first;
  std::optional<detail::SequenceModel> second;
};
constexpr std::string_view kTwoPassMagic = "LEDENER2";

std::string SerializeTagger(const std::string& first, const std::string& second) {
  std::string out(kTwoPassMagic);
  const auto size = static_cast<uint32_t>(first.size());
  for (int b = 0; b < 4; ++b) out.push_back(static_cast<char>(size >> (8 * b) & 0xFF));
  return out + first + second;
}

Result<Tagger> ParseTagger(std::string_view bytes) {
  Tagger tagger;
  if (bytes.substr(0, kTwoPassMagic.size()) != kTwoPassMagic) {
    Result<detail::SequenceModel> only = detail::SequenceModel::Parse(bytes);
    if (!only.ok()) return only.status();
    tagger.first = std::move(only).value();
    return tagger;
  }
  constexpr size_t kHeader = kTwoPassMagic.size() + 4;
  if (bytes.size() < kHeader) return Status::InvalidArgument("truncated NER model header");
  uint32_t size = 0;
  for (int b = 0; b < 4; ++b) size |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[8 + b])) << (8 * b);
  if (bytes.size() - kHeader < size) return Status::InvalidArgument("truncated NER model first pass");
  Result<detail::SequenceModel> first = detail::SequenceModel::Parse(bytes.substr(kHeader, size));
  if (!first.ok()) return first.status();
  Result<detail::SequenceModel> second = detail::SequenceModel::Parse(bytes.substr(kHeader + size));
  if (!second.ok()) return second.status();
  tagger.first = std::move(first).value();
  tagger.second = std::move(second).value();
  return tagger;
}

// Returns the training examples of `sentences` with `features` (one per sentence), skipping empty ones.
std::vector<detail::SequenceExample> Examples(const std::vector<NerSentence>& sentences,
                                              std::vector<detail::SequenceFeatures> features,
                                              const std::map<std::string, int>& tag_index) {
  std::vector<detail::SequenceExample> examples;
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (sentences[s].tokens.empty()) continue;
    detail::SequenceExample example;
    example.features = std::move(features[s]);
    for (const std::string& tag : sentences[s].tags) example.tags.push_back(tag_index.at(tag));
    examples.push_back(std::move(example));
  }
  return examples;
}

// Returns the first pass's tags for every training sentence, each from a
// model that did not see its document (2-fold over documents), so the second
// pass learns from predictions as wrong as they will be on new text.
std::vector<std::vector<std::string>> HeldOutPredictions(const std::vector<NerSentence>& train,
                                                         const std::vector<std::string>& tags,
                                                         const std::map<std::string, int>& tag_index,
                                                         const detail::SequenceTrainOptions& options) {
  constexpr size_t kFolds = 2;
  std::vector<size_t> fold_of(train.size());
  size_t document = 0;
  for (size_t s = 0; s < train.size(); ++s) {
    if (s > 0 && train[s].starts_document) ++document;
    fold_of[s] = document % kFolds;
  }
  std::vector<std::vector<std::string>> predicted(train.size());
  for (size_t fold = 0; fold < kFolds; ++fold) {
    std::vector<NerSentence> learn;
    std::vector<NerSentence> held_out;
    for (size_t s = 0; s < train.size(); ++s) (fold_of[s] == fold ? held_out : learn).push_back(train[s]);
    if (learn.empty() || held_out.empty()) continue;
    const detail::SequenceModel model =
        detail::TrainSequencePerceptron(Examples(learn, Features(learn, (1u << options.hash_bits) - 1),
                                                 tag_index),
                                        tags, options);
    double seconds = 0;
    std::vector<std::vector<std::string>> tagged = Tag(model, nullptr, held_out, &seconds);
    size_t k = 0;
    for (size_t s = 0; s < train.size(); ++s) {
      if (fold_of[s] == fold) predicted[s] = std::move(tagged[k++]);
    }
  }
  return predicted;
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

  TrainedModel trained;
  for (const NerSentence& sentence : train) {
    trained.examples += sentence.tokens.size();
    for (const std::string& tag : sentence.tags) trained.positives += tag != kOutsideTag;
  }
  const uint32_t mask = (1u << options.hash_bits) - 1;
  detail::SequenceTrainOptions sequence_options;
  sequence_options.hash_bits = options.hash_bits;
  sequence_options.epochs = options.epochs;
  std::function<void(int, const detail::SequenceModel&)> after_first;
  if (progress && !options.document_pass) {
    after_first = [&](int epoch, const detail::SequenceModel& model) {
      progress(epoch, Evaluate(model, nullptr, dev));
    };
  }
  std::vector<detail::SequenceFeatures> first_features = Features(train, mask);
  const detail::SequenceModel first = detail::TrainSequencePerceptron(Examples(train, first_features, tag_index), tags,
                                                                      sequence_options, after_first);
  if (!options.document_pass) {
    trained.bytes = first.Serialize();
    return trained;
  }
  const std::vector<std::vector<std::string>> predicted =
      HeldOutPredictions(train, tags, tag_index, sequence_options);
  std::function<void(int, const detail::SequenceModel&)> after_second;
  if (progress) {
    after_second = [&](int epoch, const detail::SequenceModel& model) {
      progress(epoch, Evaluate(first, &model, dev));
    };
  }
  const detail::SequenceModel second = detail::TrainSequencePerceptron(
      Examples(train, SecondFeatures(train, first_features, predicted, mask), tag_index), tags, sequence_options,
      after_second);
  trained.bytes = SerializeTagger(first.Serialize(), second.Serialize());
  return trained;
}

Result<NerScore> EvaluateNerModel(std::string_view model, const std::vector<NerSentence>& gold) {
  Result<Tagger> tagger = ParseTagger(model);
  if (!tagger.ok()) return tagger.status();
  const Tagger& t = tagger.value();
  return Evaluate(*t.first, t.second ? &*t.second : nullptr, gold);
}

struct NerTagger::Passes {
  Tagger tagger;
};

NerTagger::NerTagger(std::unique_ptr<Passes> passes) : passes_(std::move(passes)) {}
NerTagger::~NerTagger() = default;

Result<std::shared_ptr<const NerTagger>> NerTagger::Parse(std::string_view model) {
  Result<Tagger> tagger = ParseTagger(model);
  if (!tagger.ok()) return tagger.status();
  auto passes = std::make_unique<Passes>();
  passes->tagger = std::move(tagger).value();
  return std::shared_ptr<const NerTagger>(new NerTagger(std::move(passes)));
}

std::vector<std::vector<std::string>> NerTagger::Tag(const std::vector<NerSentence>& sentences) const {
  const Tagger& t = passes_->tagger;
  double seconds = 0;
  return lede::Tag(*t.first, t.second ? &*t.second : nullptr, sentences, &seconds);
}

Result<std::vector<std::vector<std::string>>> TagNerSentences(std::string_view model,
                                                             const std::vector<NerSentence>& sentences) {
  Result<std::shared_ptr<const NerTagger>> tagger = NerTagger::Parse(model);
  if (!tagger.ok()) return tagger.status();
  return tagger.value()->Tag(sentences);
}

}  // namespace lede
