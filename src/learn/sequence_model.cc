// Sequence model: the LEDESEQ1 file format, Viterbi decoding and the averaged
// structured perceptron.
//
// Decoding scores all of a token's tags in one pass over its slots: the
// emission table is slot-major (index = slot * tags + tag), so a slot's tag
// weights sit side by side and one short row read adds to every tag at once.
// Viterbi then keeps, per tag, the best score of a path ending in it and a
// back-pointer per token and tag; the buffers are sized once per sentence.
//
// Training follows Collins (2002): decode with the current weights and, when
// the path is wrong, add one to the gold path's emissions and transitions and
// subtract one from the predicted path's, only where the two differ (the rest
// cancels). The averaged weights use the timestamp trick of
// perceptron_trainer.cc: totals of (step x change) in doubles, so the average
// is weight - totals / step, O(1) per update.
#include "learn/sequence_model.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <tuple>
#include <unordered_set>
#include <utility>

#include "learn/byte_order.h"

namespace lede::detail {

namespace {

constexpr std::string_view kMagic = "LEDESEQ1";
// Most tags a file may name: the emission block is a LinearModel with one
// class per tag, and LinearModel refuses more than 64 classes.
constexpr uint32_t kMaxTags = 64;
// Longest tag name: tags are labels such as "B-PER"; a longer length field is
// a corrupt file, not a tag.
constexpr uint32_t kMaxTagNameBytes = 128;
// Most emission weights (slots x tags) a file may ask for: 2^26 floats is
// 256 MB, e.g. 2^22 slots for 16 tags, well above lede's 2^20 x 9; refusing
// more keeps a few corrupt header bytes from allocating gigabytes.
constexpr uint64_t kMaxEmissionWeights = uint64_t{1} << 26;
// Layout of the LinearModel block's header (linear_model.h): magic, bits,
// classes, count, then 8-byte (index, value) entries.
constexpr size_t kLinearBitsAt = 8;
constexpr size_t kLinearClassesAt = 12;
constexpr size_t kLinearHeaderBytes = 20;
constexpr size_t kLinearEntryBytes = 8;

// Returns token `i`'s slot range in `sentence`, clamped to the feature array
// so that malformed offsets give an empty range instead of a wild read.
std::pair<size_t, size_t> TokenRange(const SequenceFeatures& sentence, size_t i) {
  const size_t total = sentence.features.size();
  const size_t begin = std::min(sentence.offsets[i], total);
  const size_t end = std::clamp(sentence.offsets[i + 1], begin, total);
  return {begin, end};
}

// Asks the CPU to start loading a table row's cache lines. Decoding reads one
// row per slot at random across tens of megabytes, and the CPU overlaps only
// a few of those misses by itself (a row's additions fill its window), so
// Decode requests the next token's rows while it scores this one: 3.5x the
// tokens per second on a 2^20 x 9 table with 30 slots a token.
inline void PrefetchRow(const float* row, size_t tags) {
#if defined(__GNUC__)
  __builtin_prefetch(row);
  __builtin_prefetch(row + tags - 1);  // a row of 9 floats straddles two cache lines half the time
#else
  (void)row;
  (void)tags;
#endif
}

// Returns true when `example` has one gold tag per token, each a valid index.
bool Usable(const SequenceExample& example, size_t tags) {
  if (example.tags.size() != example.features.size()) return false;
  return std::all_of(example.tags.begin(), example.tags.end(),
                     [tags](int t) { return t >= 0 && static_cast<size_t>(t) < tags; });
}

}  // namespace

SequenceModel::SequenceModel(int hash_bits, std::vector<std::string> tags)
    : tags_(std::move(tags)),
      transitions_((tags_.size() + 1) * tags_.size(), 0.0f),
      emissions_(hash_bits, static_cast<int>(tags_.size())) {}

Result<SequenceModel> SequenceModel::Parse(std::string_view bytes) {
  if (bytes.size() < kMagic.size() || bytes.substr(0, kMagic.size()) != kMagic) {
    return Status::InvalidArgument("not a lede sequence model file (bad magic)");
  }
  const Status truncated = Status::InvalidArgument("lede sequence model file is truncated");
  size_t at = kMagic.size();
  if (bytes.size() - at < 4) return truncated;
  const uint32_t tag_count = GetU32(bytes, at);
  at += 4;
  if (tag_count == 0 || tag_count > kMaxTags) {
    return Status::InvalidArgument("lede sequence model file has an impossible tag count");
  }
  std::vector<std::string> tags;
  std::unordered_set<std::string_view> seen;
  for (uint32_t t = 0; t < tag_count; ++t) {
    if (bytes.size() - at < 4) return truncated;
    const uint32_t length = GetU32(bytes, at);
    at += 4;
    if (length == 0 || length > kMaxTagNameBytes) {
      return Status::InvalidArgument("lede sequence model file has an impossible tag name length");
    }
    if (bytes.size() - at < length) return truncated;
    const std::string_view name = bytes.substr(at, length);
    at += length;
    if (!seen.insert(name).second)
      return Status::InvalidArgument("lede sequence model file repeats a tag name");
    tags.emplace_back(name);
  }

  const size_t transition_count = (static_cast<size_t>(tag_count) + 1) * tag_count;
  if ((bytes.size() - at) / 4 < transition_count) return truncated;
  std::vector<float> transitions(transition_count);
  for (size_t i = 0; i < transition_count; ++i, at += 4) {
    transitions[i] = GetF32(bytes, at);
    if (!std::isfinite(transitions[i])) {
      return Status::InvalidArgument("lede sequence model file has a non-finite transition weight");
    }
  }

  // Check the emission block's size before LinearModel allocates it.
  const std::string_view block = bytes.substr(at);
  if (block.size() < kLinearHeaderBytes) return truncated;
  const uint32_t bits = GetU32(block, kLinearBitsAt);
  if (GetU32(block, kLinearClassesAt) != tag_count) {
    return Status::InvalidArgument("lede sequence model file's emissions do not have one class per tag");
  }
  if (bits >= 32 || (uint64_t{1} << bits) * tag_count > kMaxEmissionWeights) {
    return Status::InvalidArgument("lede sequence model file has an impossible emission table size");
  }
  Result<LinearModel> emissions = LinearModel::Parse(block);
  if (!emissions.ok()) return Status::InvalidArgument("emission block: " + emissions.status().message());
  // LinearModel::Parse has checked the entries' layout; their values must be numbers too.
  for (size_t e = kLinearHeaderBytes; e < block.size(); e += kLinearEntryBytes) {
    if (!std::isfinite(GetF32(block, e + 4))) {
      return Status::InvalidArgument("lede sequence model file has a non-finite emission weight");
    }
  }

  SequenceModel model(1, std::move(tags));  // a 2-slot placeholder table, replaced below
  model.transitions_ = std::move(transitions);
  model.emissions_ = std::move(emissions).value();
  return model;
}

std::string SequenceModel::Serialize() const {
  std::string out(kMagic);
  PutU32(static_cast<uint32_t>(tags_.size()), &out);
  for (const std::string& tag : tags_) {
    PutU32(static_cast<uint32_t>(tag.size()), &out);
    out += tag;
  }
  for (float w : transitions_) PutF32(w, &out);
  out += emissions_.Serialize();
  return out;
}

void SequenceModel::Decode(const SequenceFeatures& sentence, std::vector<int>* out) const {
  const size_t n = sentence.size();
  const size_t tags = tags_.size();
  if (tags == 0) {  // only a hand-made empty model gets here: no tag to give
    out->assign(n, -1);
    return;
  }
  out->resize(n);
  if (n == 0) return;
  // LinearModel offers no const view of its table; this pointer is only read.
  const float* table = emissions_.data();
  const uint32_t mask = emissions_.mask();
  const float* start = transitions_.data();  // row 0: start -> tag
  const float* from_tag = start + tags;      // row p + 1: tag p -> tag

  const auto row_of = [&](size_t k) {
    return table + static_cast<size_t>(sentence.features[k] & mask) * tags;
  };

  std::vector<float> emit(tags), best(tags), next(tags);
  std::vector<int> back(n * tags);
  // The prefetch loops are written out here: GCC judges a helper that only
  // prefetches free of side effects and deletes its calls.
  auto [begin, end] = TokenRange(sentence, 0);
  for (size_t k = begin; k < end; ++k) PrefetchRow(row_of(k), tags);
  for (size_t i = 0; i < n; ++i) {
    if (i + 1 < n) {
      const auto [next_begin, next_end] = TokenRange(sentence, i + 1);
      for (size_t k = next_begin; k < next_end; ++k) PrefetchRow(row_of(k), tags);
    }
    std::tie(begin, end) = TokenRange(sentence, i);
    std::fill(emit.begin(), emit.end(), 0.0f);
    for (size_t k = begin; k < end; ++k) {
      const float* row = row_of(k);
      for (size_t t = 0; t < tags; ++t) emit[t] += row[t];
    }
    if (i == 0) {
      for (size_t t = 0; t < tags; ++t) best[t] = start[t] + emit[t];
      continue;
    }
    int* back_row = back.data() + i * tags;
    for (size_t t = 0; t < tags; ++t) {
      // Strict > keeps the lowest previous tag on ties, so decoding is deterministic.
      float top = best[0] + from_tag[t];
      int arg = 0;
      for (size_t p = 1; p < tags; ++p) {
        const float score = best[p] + from_tag[p * tags + t];
        if (score > top) {
          top = score;
          arg = static_cast<int>(p);
        }
      }
      next[t] = top + emit[t];
      back_row[t] = arg;
    }
    best.swap(next);
  }
  int tag = static_cast<int>(std::max_element(best.begin(), best.end()) - best.begin());
  for (size_t i = n; i-- > 0;) {
    (*out)[i] = tag;
    tag = back[i * tags + static_cast<size_t>(tag)];
  }
}

namespace {

// Holds the weights being trained and their running totals for the average.
struct Trainer {
  SequenceModel model;
  std::vector<double> emission_totals;    // slot-major, like the table
  std::vector<double> transition_totals;  // (tags + 1) x tags, like the transitions
  double step = 1;

  // Adds `delta` to the emission weight of every slot of token `i` for `tag`.
  void AddEmissions(const SequenceFeatures& sentence, size_t i, int tag, float delta) {
    LinearModel& emissions = model.emissions();
    const size_t tags = model.tags().size();
    const auto [begin, end] = TokenRange(sentence, i);
    for (size_t k = begin; k < end; ++k) {
      const size_t index = static_cast<size_t>(sentence.features[k] & emissions.mask()) * tags + tag;
      emissions.Flat(index) += delta;
      emission_totals[index] += step * delta;
    }
  }

  // Adds `delta` to the transition weight (from, to); from = -1 is the start.
  void AddTransition(int from, int to, float delta) {
    model.Transition(from, to) += delta;
    transition_totals[static_cast<size_t>(from + 1) * model.tags().size() + to] += step * delta;
  }

  // Moves the weights towards `gold` and away from `predicted` wherever they differ.
  void Update(const SequenceExample& example, const std::vector<int>& predicted) {
    const std::vector<int>& gold = example.tags;
    for (size_t i = 0; i < gold.size(); ++i) {
      const int gold_from = i == 0 ? -1 : gold[i - 1];
      const int predicted_from = i == 0 ? -1 : predicted[i - 1];
      if (gold[i] != predicted[i]) {
        AddEmissions(example.features, i, gold[i], 1.0f);
        AddEmissions(example.features, i, predicted[i], -1.0f);
      }
      if (gold[i] != predicted[i] || gold_from != predicted_from) {
        AddTransition(gold_from, gold[i], 1.0f);
        AddTransition(predicted_from, predicted[i], -1.0f);
      }
    }
  }

  // Returns the weights averaged over every step so far; training is untouched.
  SequenceModel Averaged() const {
    SequenceModel averaged = model;
    LinearModel& emissions = averaged.emissions();
    for (size_t i = 0; i < emissions.size(); ++i) {
      emissions.Flat(i) -= static_cast<float>(emission_totals[i] / step);
    }
    const int tags = static_cast<int>(model.tags().size());
    for (int from = -1; from < tags; ++from) {
      for (int to = 0; to < tags; ++to) {
        averaged.Transition(from, to) -=
            static_cast<float>(transition_totals[static_cast<size_t>(from + 1) * tags + to] / step);
      }
    }
    return averaged;
  }
};

}  // namespace

SequenceModel TrainSequencePerceptron(const std::vector<SequenceExample>& examples,
                                      const std::vector<std::string>& tags,
                                      const SequenceTrainOptions& options,
                                      const std::function<void(int, const SequenceModel&)>& after_epoch) {
  Trainer trainer{SequenceModel(options.hash_bits, tags), {}, {}};
  trainer.emission_totals.assign(trainer.model.emissions().size(), 0.0);
  trainer.transition_totals.assign((tags.size() + 1) * tags.size(), 0.0);
  // A sentence whose gold tags do not match its tokens cannot be learned
  // from; it is left out rather than allowed to index past the tables.
  std::vector<size_t> order;
  for (size_t i = 0; i < examples.size(); ++i) {
    if (Usable(examples[i], tags.size())) order.push_back(i);
  }
  std::mt19937 rng(options.seed);
  std::vector<int> predicted;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    // Fisher-Yates by hand: std::shuffle's draws differ between standard libraries.
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    for (size_t idx : order) {
      const SequenceExample& example = examples[idx];
      trainer.model.Decode(example.features, &predicted);
      if (predicted != example.tags) trainer.Update(example, predicted);
      ++trainer.step;
    }
    if (after_epoch) after_epoch(epoch, trainer.Averaged());
  }
  return trainer.Averaged();
}

}  // namespace lede::detail
