// The gazetteer's lookup tables: the string index (copied and in-place keys),
// phrase sets, the case-sensitive name set, and that the loaded lists hold
// every line of their data files.
#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "data/embedded_data.h"
#include "entities/gazetteer.h"

namespace lede::detail {
namespace {

TEST_CASE("string index numbers keys in order and finds each", "[entities][gazetteer]") {
  StringIndex index;
  // Keys of every length from 0 to 20 bytes, sharing prefixes, so every tail
  // width of the hash and many equal-length neighbours are exercised.
  std::vector<std::string> keys;
  for (char c : std::string("abcXYZ019 '")) {
    for (size_t n = 0; n <= 20; ++n) keys.push_back(std::string(n, c) + (n % 2 ? "q" : ""));
  }
  std::vector<std::string> unique;
  for (const std::string& k : keys) {
    if (std::find(unique.begin(), unique.end(), k) == unique.end()) unique.push_back(k);
  }
  for (size_t i = 0; i < keys.size(); ++i) {
    uint32_t n = i % 2 ? index.Add(keys[i]) : index.AddStable(keys[i]);
    auto first = std::find(unique.begin(), unique.end(), keys[i]) - unique.begin();
    CHECK(n == static_cast<uint32_t>(first));
  }
  CHECK(index.size() == unique.size());
  for (size_t i = 0; i < unique.size(); ++i) CHECK(index.Find(unique[i]) == i);
  CHECK(index.Find("absent") == StringIndex::kNone);
  CHECK(index.Find("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") == StringIndex::kNone);
  CHECK(StringIndex().Find("") == StringIndex::kNone);
}

TEST_CASE("string index copies added keys and keeps stable ones in place", "[entities][gazetteer]") {
  StringIndex index;
  std::string scratch = "transient";
  index.Add(scratch);
  scratch.assign("overwritten");
  CHECK(index.Find("transient") == 0);
  CHECK(index.Find("overwritten") == StringIndex::kNone);
  static constexpr std::string_view kStable = "kept in place";
  CHECK(index.AddStable(kStable) == 1);
  CHECK(index.Find(std::string("kept in place")) == 1);
}

TEST_CASE("string index grows past its reserve without losing keys", "[entities][gazetteer]") {
  StringIndex index;
  index.Reserve(4);
  std::vector<std::string> keys;
  for (int i = 0; i < 5000; ++i) keys.push_back("w" + std::to_string(i * 7919));
  for (const std::string& k : keys) index.Add(k);
  REQUIRE(index.size() == keys.size());
  for (size_t i = 0; i < keys.size(); ++i) CHECK(index.Find(keys[i]) == i);
  CHECK(index.Find("w1") == StringIndex::kNone);
}

TEST_CASE("phrase sets fold what they add and count words", "[entities][gazetteer]") {
  PhraseSet set;
  set.AddStable("Prime Minister");
  set.AddStable("already folded");
  set.Add("\xC3\x89" "COLE normale");  // "ÉCOLE normale"
  CHECK(set.Contains("prime minister"));
  CHECK_FALSE(set.Contains("Prime Minister"));
  CHECK(set.Contains("already folded"));
  CHECK(set.Contains("\xC3\xA9""cole normale"));
  CHECK(set.max_words() == 2);
  set.Add("one two three four");
  CHECK(set.max_words() == 4);
}

TEST_CASE("name sets match exactly and iterate in file order", "[entities][gazetteer]") {
  NameSet names("# comment\nJames\nMaria\nmaria\n");
  CHECK(names.count("Maria") == 1);
  CHECK(names.count("maria") == 1);
  CHECK(names.count("James") == 1);
  CHECK(names.count("MARIA") == 0);
  CHECK(names.count("Jame") == 0);
  CHECK(names.count(std::string("James")) == 1);
  std::vector<std::string_view> order(names.begin(), names.end());
  CHECK(order == std::vector<std::string_view>{"James", "Maria", "maria"});
  CHECK(NameSet().count("James") == 0);
}

TEST_CASE("phrase sets search a sorted file in place", "[entities][gazetteer]") {
  PhraseSet set;
  set.AddSortedFile("# words\nable\nbaker street\ncab\n");
  set.Add("Extra");
  CHECK(set.Contains("able"));
  CHECK(set.Contains("baker street"));
  CHECK(set.Contains("cab"));
  CHECK(set.Contains("extra"));
  CHECK_FALSE(set.Contains("baker"));
  CHECK_FALSE(set.Contains("# words"));
  CHECK(set.max_words() == 2);
}

TEST_CASE("the loaded gazetteer holds every line of its lists", "[entities][gazetteer]") {
  const Gazetteer& gaz = Gazetteer::Get();
  size_t common = 0;
  for (std::string_view line : DataLines("lexicon/entity_common_words.txt")) {
    ++common;
    CHECK(gaz.common_words.Contains(FoldCase(line)));
  }
  CHECK(common > 1000);
  // The given names and common words are searched in place: every line is
  // found only while their files keep the sorted-file rule.
  size_t given = 0;
  for (std::string_view line : DataLines("lexicon/entity_given_names.txt")) {
    ++given;
    CHECK(gaz.given_names.count(line) == 1);
  }
  CHECK(given > 1000);
  CHECK(static_cast<size_t>(std::distance(gaz.given_names.begin(), gaz.given_names.end())) == given);
  for (const GazetteerFile& file : GazetteerNameFiles()) {
    for (std::string_view line : DataLines(file.path)) {
      if (line.substr(0, 4) == "GPE:") line.remove_prefix(4);
      std::string_view form = line.substr(0, line.find('|'));
      if (form.empty()) continue;
      INFO(std::string(form));
      CHECK(gaz.Find(FoldCase(form)) != nullptr);
    }
  }
  CHECK_FALSE(gaz.common_words.Contains("zzqxj"));
}

}  // namespace
}  // namespace lede::detail
