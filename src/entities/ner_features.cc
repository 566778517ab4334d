// NER feature extraction. Each token is described once (hashes of its word,
// shape, affixes; its gazetteer and word-list bits), then its features are
// the templates below over itself and its neighbours, each hashed with its own
// template id by FeatureIndex.
//
// Gazetteer names are matched on chained hashes of lower-cased tokens against
// an index of every listed name and every word prefix of one, so that the
// longest-match search from a token stops as soon as no listed name can begin
// with the tokens so far: one hash probe per token in the common case instead
// of one string lookup per n-gram length.
#include "entities/ner_features.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <unordered_set>

#include "data/embedded_data.h"
#include "entities/gazetteer.h"
#include "learn/feature_hash.h"
#include "text/utf8.h"

namespace lede::detail {
namespace {

// Feature template ids: one per template, so equal values in two templates hash apart.
enum Template : uint64_t {
  kBias = 1,
  kWord,
  kLower,
  kShape,
  kPrefix,
  kSuffix,
  kFirstShape,
  kCapsSentenceWord,
  kContextWord,
  kContextShape,
  kBigramPrev,
  kBigramNext,
  kShapeTrigram,
  kPrevWordShape,
  kShapeNextWord,
  kGazetteer,
  kGazetteerContext,
  kGazetteerShape,
  kList,
  kListContext,
  kDocument,
  kFirstCommon,
  kPredictedType,
};

// Word-list bits of a token.
constexpr uint32_t kGivenName = 1u << 0;
constexpr uint32_t kPersonTitle = 1u << 1;
constexpr uint32_t kOrgSuffix = 1u << 2;
constexpr uint32_t kLocPrefix = 1u << 3;
constexpr uint32_t kLocSuffix = 1u << 4;
constexpr uint32_t kCommonWord = 1u << 5;
constexpr uint32_t kNonEntity = 1u << 6;
constexpr uint32_t kRoleHead = 1u << 7;
constexpr uint32_t kReportingVerb = 1u << 8;
constexpr uint32_t kListBits = 9;

// Tokens on each side whose words and shapes are features: two, as in
// Ratinov & Roth's baseline; a third side token added nothing on CoNLL dev.
constexpr int kWindow = 2;
// Affix lengths in code points: 1 to 4 catch "-ski", "-stan", "-berg", "Mc-".
constexpr size_t kMaxAffix = 4;
// Hash standing for "no token here" (past either end of the sentence).
constexpr uint64_t kOutside = 0x5EB7E9CEULL;

// Returns the hash of the chain `h` extended by one word hash.
uint64_t Chain(uint64_t h, uint64_t word) { return HashMix(h, word); }

// Writes `s` lower-cased as FoldCase does to `out`; returns HashBytes of it.
uint64_t LowerInto(std::string_view s, std::string* out) {
  out->clear();
  size_t pos = 0;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      const char c = s[pos++];
      out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      continue;
    }
    const char32_t cp = DecodeUtf8(s, &pos);
    if (cp == U'\u2019' || cp == U'\u2018') {
      out->push_back('\'');
    } else {
      AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), out);
    }
  }
  return HashBytes(*out);
}

// Holds the gazetteer names as chained hashes of their lower-cased words.
struct NameIndex {
  std::unordered_map<uint64_t, uint32_t> names;  // chain of a whole name -> bit per EntityType
  std::unordered_set<uint64_t> prefixes;         // chain of every proper word prefix of a name
  size_t max_words = 0;
};

void IndexNames(std::string_view file, EntityType type, NameIndex* index) {
  constexpr std::string_view kGpeMark = "GPE:";
  std::string lower;
  for (std::string_view line : DataLines(file)) {
    EntityType line_type = type;
    if (line.substr(0, kGpeMark.size()) == kGpeMark) {
      line_type = EntityType::kGpe;
      line.remove_prefix(kGpeMark.size());
    }
    while (!line.empty()) {
      const size_t bar = line.find('|');
      const std::string_view form = line.substr(0, bar);
      line = bar == std::string_view::npos ? std::string_view() : line.substr(bar + 1);
      if (form.empty()) continue;
      uint64_t chain = kFnvOffset;
      size_t words = 0;
      size_t start = 0;
      while (start <= form.size()) {
        const size_t space = std::min(form.find(' ', start), form.size());
        if (words > 0) index->prefixes.insert(chain);
        chain = Chain(chain, LowerInto(form.substr(start, space - start), &lower));
        ++words;
        start = space + 1;
      }
      index->names[chain] |= 1u << static_cast<uint32_t>(line_type);
      index->max_words = std::max(index->max_words, words);
    }
  }
}

// Returns the name index, built once from the same files as the Gazetteer.
const NameIndex& Names() {
  static const NameIndex* const kIndex = [] {
    auto* index = new NameIndex();
    for (const GazetteerFile& file : GazetteerNameFiles()) IndexNames(file.path, file.type, index);
    return index;
  }();
  return *kIndex;
}

// Returns the lower-case hashes of the given names (the Gazetteer keeps them as written).
const std::unordered_set<uint64_t>& GivenNames() {
  static const std::unordered_set<uint64_t>* const kNames = [] {
    auto* names = new std::unordered_set<uint64_t>();
    std::string lower;
    for (std::string_view name : Gazetteer::Get().given_names) names->insert(LowerInto(name, &lower));
    return names;
  }();
  return *kNames;
}

// Returns the shape class of one code point: 'X' upper, 'x' other letter, 'd' digit, ASCII punctuation as
// itself, 'o' anything else.
char ShapeOf(char32_t cp) {
  if (u_isupper(cp)) return 'X';
  if (u_isalpha(cp)) return 'x';
  if (u_isdigit(cp)) return 'd';
  if (cp < 0x80) return static_cast<char>(cp);
  return 'o';
}

// Returns true when no token of the sentence has a lower-case letter and some has letters: a headline.
bool IsAllCapitals(const std::vector<std::string_view>& tokens) {
  bool letters = false;
  for (std::string_view token : tokens) {
    size_t pos = 0;
    while (pos < token.size()) {
      const char32_t cp = DecodeUtf8(token, &pos);
      if (u_islower(cp)) return false;
      letters = letters || u_isupper(cp);
    }
  }
  return letters;
}

}  // namespace

void NerDocumentContext::AddSentence(const std::vector<std::string_view>& tokens) {
  const bool all_capitals = IsAllCapitals(tokens);
  std::string lower;
  for (size_t i = 0; i < tokens.size(); ++i) {
    bool upper_first = false;
    bool has_upper = false;
    bool has_letter = false;
    size_t pos = 0;
    while (pos < tokens[i].size()) {
      const char32_t cp = DecodeUtf8(tokens[i], &pos);
      if (!u_isalpha(cp)) continue;
      if (!has_letter) upper_first = u_isupper(cp);
      has_letter = true;
      has_upper = has_upper || u_isupper(cp);
    }
    if (!has_letter) continue;
    uint32_t bits = 0;
    if (!has_upper) {
      bits = kLowerCase;
    } else if (upper_first && i > 0 && !all_capitals) {
      bits = kCapitalisedInside;
    }
    if (bits != 0) words_[LowerInto(tokens[i], &lower)] |= bits;
  }
}

uint32_t NerDocumentContext::Evidence(uint64_t lower_hash) const {
  auto it = words_.find(lower_hash);
  return it == words_.end() ? 0 : it->second;
}

void NerDocumentContext::AddPrediction(const std::vector<std::string_view>& tokens,
                                       const std::vector<std::string>& tags) {
  std::string lower;
  for (size_t i = 0; i < tokens.size() && i < tags.size(); ++i) {
    size_t pos = 0;
    if (tokens[i].empty() || !u_isupper(DecodeUtf8(tokens[i], &pos))) continue;
    const std::string_view tag = tags[i];
    const uint64_t type = HashBytes(tag.size() > 2 && tag[1] == '-' ? tag.substr(2) : tag);
    auto& counts = predicted_[LowerInto(tokens[i], &lower)];
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == type; });
    if (it == counts.end()) {
      counts.emplace_back(type, 1);
    } else {
      ++it->second;
    }
  }
}

uint64_t NerDocumentContext::PredictedType(uint64_t lower_hash, bool* unanimous) const {
  *unanimous = false;
  auto it = predicted_.find(lower_hash);
  if (it == predicted_.end() || it->second.empty()) return 0;
  const auto& counts = it->second;
  auto best = std::max_element(counts.begin(), counts.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  *unanimous = counts.size() == 1;
  return best->first;
}

NerFeatureExtractor::NerFeatureExtractor(uint32_t mask) : mask_(mask) {
  (void)Names();
  (void)GivenNames();
}

void NerFeatureExtractor::Describe(std::string_view token, TokenInfo* info) {
  const Gazetteer& gazetteer = Gazetteer::Get();
  *info = TokenInfo();
  info->word = HashBytes(token);
  info->lower = LowerInto(token, &lower_);
  shape_.clear();
  size_t pos = 0;
  while (pos < token.size()) {
    const char32_t cp = DecodeUtf8(token, &pos);
    const char c = ShapeOf(cp);
    if (!info->has_letter && u_isalpha(cp)) {
      info->capitalised = u_isupper(cp);
      info->has_letter = true;
    }
    if (shape_.empty() || shape_.back() != c) shape_.push_back(c);
  }
  info->shape = HashBytes(shape_);
  code_point_starts_.clear();
  for (size_t b = 0; b < lower_.size(); ++b) {
    if ((static_cast<unsigned char>(lower_[b]) & 0xC0) != 0x80) code_point_starts_.push_back(b);
  }
  const size_t points = code_point_starts_.size();
  for (size_t k = 1; k <= kMaxAffix && k <= points; ++k) {
    const size_t prefix_end = k < points ? code_point_starts_[k] : lower_.size();
    info->prefix[k - 1] = HashBytes(std::string_view(lower_).substr(0, prefix_end));
    info->suffix[k - 1] = HashBytes(std::string_view(lower_).substr(code_point_starts_[points - k]));
  }
  if (!info->has_letter) return;
  if (GivenNames().count(info->lower) > 0) info->lists |= kGivenName;
  if (gazetteer.person_titles.Contains(lower_)) info->lists |= kPersonTitle;
  if (gazetteer.org_suffixes.Contains(lower_)) info->lists |= kOrgSuffix;
  if (gazetteer.loc_prefixes.Contains(lower_)) info->lists |= kLocPrefix;
  if (gazetteer.loc_suffixes.Contains(lower_)) info->lists |= kLocSuffix;
  if (gazetteer.common_words.Contains(lower_)) info->lists |= kCommonWord;
  if (gazetteer.non_entity_words.Contains(lower_)) info->lists |= kNonEntity;
  if (gazetteer.role_heads.Contains(lower_)) info->lists |= kRoleHead;
  if (gazetteer.reporting_verbs.Contains(lower_)) info->lists |= kReportingVerb;
}

void NerFeatureExtractor::MarkGazetteerNames(const std::vector<std::string_view>& tokens) {
  const NameIndex& index = Names();
  for (size_t i = 0; i < tokens.size(); ++i) {
    uint64_t chain = kFnvOffset;
    size_t longest = 0;
    uint32_t types = 0;
    for (size_t n = 1; n <= index.max_words && i + n <= tokens.size(); ++n) {
      chain = Chain(chain, infos_[i + n - 1].lower);
      auto it = index.names.find(chain);
      if (it != index.names.end()) {
        longest = n;
        types = it->second;
      }
      if (index.prefixes.count(chain) == 0) break;
    }
    for (uint32_t type = 0; types != 0; ++type, types >>= 1) {
      if ((types & 1) == 0) continue;
      infos_[i].gazetteer |= 1u << (2 * type);
      for (size_t k = i + 1; k < i + longest; ++k) infos_[k].gazetteer |= 1u << (2 * type + 1);
    }
  }
}

void NerFeatureExtractor::Extract(const std::vector<std::string_view>& tokens, const NerDocumentContext* context,
                                  SequenceFeatures* out) {
  const size_t n = tokens.size();
  infos_.resize(n);
  for (size_t i = 0; i < n; ++i) Describe(tokens[i], &infos_[i]);
  MarkGazetteerNames(tokens);
  const bool all_capitals = IsAllCapitals(tokens);
  out->features.clear();
  out->offsets.assign(1, 0);
  auto lower_at = [&](ptrdiff_t k) { return k < 0 || k >= static_cast<ptrdiff_t>(n) ? kOutside : infos_[k].lower; };
  auto shape_at = [&](ptrdiff_t k) { return k < 0 || k >= static_cast<ptrdiff_t>(n) ? kOutside : infos_[k].shape; };
  std::vector<uint32_t>& f = out->features;
  for (size_t i = 0; i < n; ++i) {
    const TokenInfo& t = infos_[i];
    const auto at = static_cast<ptrdiff_t>(i);
    f.push_back(FeatureIndex(mask_, kBias, 0));
    f.push_back(FeatureIndex(mask_, kWord, t.word));
    f.push_back(FeatureIndex(mask_, kLower, t.lower));
    f.push_back(FeatureIndex(mask_, kShape, t.shape));
    for (size_t k = 0; k < kMaxAffix && t.prefix[k] != 0; ++k) {
      f.push_back(FeatureIndex(mask_, kPrefix, k, t.prefix[k]));
      f.push_back(FeatureIndex(mask_, kSuffix, k, t.suffix[k]));
    }
    if (i == 0) f.push_back(FeatureIndex(mask_, kFirstShape, t.shape));
    if (i == 0) f.push_back(FeatureIndex(mask_, kFirstCommon, t.lists & kCommonWord, t.capitalised));
    if (all_capitals) f.push_back(FeatureIndex(mask_, kCapsSentenceWord, t.lower));
    for (int d = -kWindow; d <= kWindow; ++d) {
      if (d == 0) continue;
      f.push_back(FeatureIndex(mask_, kContextWord, static_cast<uint64_t>(d + kWindow), lower_at(at + d)));
      f.push_back(FeatureIndex(mask_, kContextShape, static_cast<uint64_t>(d + kWindow), shape_at(at + d)));
    }
    f.push_back(FeatureIndex(mask_, kBigramPrev, lower_at(at - 1), t.lower));
    f.push_back(FeatureIndex(mask_, kBigramNext, t.lower, lower_at(at + 1)));
    f.push_back(FeatureIndex(mask_, kShapeTrigram, shape_at(at - 1), t.shape, shape_at(at + 1)));
    f.push_back(FeatureIndex(mask_, kPrevWordShape, lower_at(at - 1), t.shape));
    f.push_back(FeatureIndex(mask_, kShapeNextWord, t.shape, lower_at(at + 1)));
    for (uint32_t bit = 0; bit < 2 * 8; ++bit) {
      if ((t.gazetteer >> bit & 1) == 0) continue;
      f.push_back(FeatureIndex(mask_, kGazetteer, bit));
      f.push_back(FeatureIndex(mask_, kGazetteerShape, bit, t.shape));
    }
    for (uint32_t bit = 0; bit < kListBits; ++bit) {
      if ((t.lists >> bit & 1) != 0) f.push_back(FeatureIndex(mask_, kList, bit, t.capitalised));
    }
    for (int d : {-1, 1}) {
      if (at + d < 0 || at + d >= static_cast<ptrdiff_t>(n)) continue;
      const TokenInfo& u = infos_[i + d];
      for (uint32_t bit = 0; bit < 2 * 8; ++bit) {
        if ((u.gazetteer >> bit & 1) != 0) f.push_back(FeatureIndex(mask_, kGazetteerContext, d + 1, bit));
      }
      for (uint32_t bit = 0; bit < kListBits; ++bit) {
        if ((u.lists >> bit & 1) != 0) f.push_back(FeatureIndex(mask_, kListContext, d + 1, bit, t.capitalised));
      }
    }
    if (context != nullptr && t.has_letter) {
      const uint64_t position = i == 0 ? 1 : all_capitals ? 2 : 0;
      f.push_back(FeatureIndex(mask_, kDocument, context->Evidence(t.lower), position * 2 + t.capitalised));
    }
    out->offsets.push_back(f.size());
  }
}

std::vector<SequenceFeatures> NerDocumentFeatures(const std::vector<std::vector<std::string_view>>& sentences,
                                                  uint32_t mask) {
  NerDocumentContext context;
  for (const auto& sentence : sentences) context.AddSentence(sentence);
  NerFeatureExtractor extractor(mask);
  std::vector<SequenceFeatures> out(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) extractor.Extract(sentences[s], &context, &out[s]);
  return out;
}

}  // namespace lede::detail

namespace lede::detail {

std::vector<SequenceFeatures> NerPredictionFeatures(const std::vector<std::vector<std::string_view>>& sentences,
                                                    const std::vector<SequenceFeatures>& features,
                                                    const std::vector<std::vector<std::string>>& predicted,
                                                    uint32_t mask) {
  NerDocumentContext context;
  for (size_t s = 0; s < sentences.size(); ++s) context.AddPrediction(sentences[s], predicted[s]);
  std::vector<SequenceFeatures> out(sentences.size());
  std::string lower;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const SequenceFeatures& in = features[s];
    SequenceFeatures& f = out[s];
    f.features.reserve(in.features.size() + sentences[s].size());
    f.offsets.assign(1, 0);
    for (size_t i = 0; i < sentences[s].size(); ++i) {
      f.features.insert(f.features.end(), in.features.begin() + static_cast<ptrdiff_t>(in.offsets[i]),
                        in.features.begin() + static_cast<ptrdiff_t>(in.offsets[i + 1]));
      const std::string_view token = sentences[s][i];
      size_t pos = 0;
      const bool capitalised = !token.empty() && u_isupper(DecodeUtf8(token, &pos));
      if (capitalised) {
        bool unanimous = false;
        const uint64_t type = context.PredictedType(LowerInto(token, &lower), &unanimous);
        if (type != 0) f.features.push_back(FeatureIndex(mask, kPredictedType, type, unanimous));
      }
      f.offsets.push_back(f.features.size());
    }
  }
  return out;
}

}  // namespace lede::detail
