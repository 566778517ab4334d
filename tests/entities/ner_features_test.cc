#include "entities/ner_features.h"

#include <catch2/catch.hpp>
#include <set>
#include <string_view>
#include <vector>

using lede::detail::NerDocumentContext;
using lede::detail::NerFeatureExtractor;
using lede::detail::SequenceFeatures;

namespace {

constexpr uint32_t kMask = (1u << 18) - 1;

// Returns the features of `tokens` as one sentence, with `context` (may be null).
SequenceFeatures Extract(const std::vector<std::string_view>& tokens, const NerDocumentContext* context = nullptr) {
  NerFeatureExtractor extractor(kMask);
  SequenceFeatures out;
  extractor.Extract(tokens, context, &out);
  return out;
}

// Returns the feature slots of token `i`.
std::vector<uint32_t> TokenFeatures(const SequenceFeatures& f, size_t i) {
  return {f.features.begin() + static_cast<ptrdiff_t>(f.offsets[i]),
          f.features.begin() + static_cast<ptrdiff_t>(f.offsets[i + 1])};
}

// Returns how many of `a`'s slots are also in `b`.
size_t Shared(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  const std::set<uint32_t> in_b(b.begin(), b.end());
  size_t n = 0;
  for (uint32_t x : a) n += in_b.count(x);
  return n;
}

}  // namespace

TEST_CASE("ner features give every token a run of slots inside the table", "[ner]") {
  const SequenceFeatures f = Extract({"Officials", "in", "Varnell", "said", "so", "."});
  REQUIRE(f.size() == 6);
  REQUIRE(f.offsets.front() == 0);
  REQUIRE(f.offsets.back() == f.features.size());
  for (size_t i = 0; i < f.size(); ++i) CHECK(f.offsets[i + 1] > f.offsets[i]);
  for (uint32_t slot : f.features) CHECK(slot <= kMask);
  CHECK(Extract({}).size() == 0);
}

TEST_CASE("ner features do not depend on the sentences extracted before", "[ner]") {
  NerFeatureExtractor extractor(kMask);
  SequenceFeatures first;
  SequenceFeatures other;
  SequenceFeatures again;
  const std::vector<std::string_view> sentence = {"The", "Bralt", "Group", "rose", "3.5", "%"};
  extractor.Extract(sentence, nullptr, &first);
  extractor.Extract({"Shares", "of", "a", "much", "longer", "named", "Quenwick", "Holdings", "fell", "."}, nullptr,
                    &other);
  extractor.Extract(sentence, nullptr, &again);
  CHECK(first.features == again.features);
  CHECK(first.offsets == again.offsets);
}

TEST_CASE("ner features of a word share its lower-case form across cases", "[ner]") {
  const auto upper = TokenFeatures(Extract({"they", "met", "Harbin", "there"}), 2);
  const auto lower = TokenFeatures(Extract({"they", "met", "harbin", "there"}), 2);
  const auto other = TokenFeatures(Extract({"they", "met", "Pelmar", "there"}), 2);
  CHECK(upper != lower);
  // The same word in other case shares more (lower-case word, affixes) than
  // another word of the same shape in the same context.
  CHECK(Shared(upper, lower) > Shared(upper, other));
}

TEST_CASE("ner features mark gazetteer names and word lists", "[ner]") {
  // Each pair differs only in one letter of one word, which is listed in the
  // first sentence and not in the second: the listed word has extra features.
  struct Case {
    std::vector<std::string_view> listed;
    std::vector<std::string_view> unlisted;
    size_t token;
  };
  const std::vector<Case> cases = {
      {{"exports", "to", "Germany", "grew"}, {"exports", "to", "Gerzany", "grew"}, 2},       // country
      {{"the", "United", "States", "said"}, {"the", "Unitex", "States", "said"}, 2},        // inside a name
      {{"Maria", "Tolvek", "spoke"}, {"Marqa", "Tolvek", "spoke"}, 0},                      // given name
      {{"the", "Ardwell", "Company", "said"}, {"the", "Ardwell", "Compzny", "said"}, 2},    // org suffix
  };
  for (const Case& c : cases) {
    INFO(c.listed[c.token]);
    CHECK(TokenFeatures(Extract(c.listed), c.token).size() > TokenFeatures(Extract(c.unlisted), c.token).size());
  }
}

TEST_CASE("ner features of a headline word depend on how the document writes it", "[ner]") {
  const std::vector<std::string_view> headline = {"KELVARD", "WINS", "FINAL"};
  NerDocumentContext as_name;
  as_name.AddSentence(headline);
  as_name.AddSentence({"On", "Sunday", "Kelvard", "won", "the", "final", "."});
  NerDocumentContext as_word;
  as_word.AddSentence(headline);
  as_word.AddSentence({"On", "Sunday", "a", "kelvard", "won", "the", "final", "."});
  const auto name = TokenFeatures(Extract(headline, &as_name), 0);
  const auto word = TokenFeatures(Extract(headline, &as_word), 0);
  CHECK(name != word);
  // "FINAL" is written in lower case in both documents: its features agree.
  CHECK(TokenFeatures(Extract(headline, &as_name), 2) == TokenFeatures(Extract(headline, &as_word), 2));
  // A sentence-initial capital is no evidence of a name.
  NerDocumentContext initial;
  initial.AddSentence({"Kelvard", "won", "."});
  const NerDocumentContext empty;
  CHECK(TokenFeatures(Extract(headline, &initial), 0) == TokenFeatures(Extract(headline, &empty), 0));
}
