// Hostile-input tests: a generator of varied invented news prose (people,
// places, organisations, numbers, money, dates, quotes) of any size, so the
// large inputs exercise every stage the way articles do rather than one token
// repeated. Seeded and deterministic; fast enough for hundreds of MB.
#ifndef LEDE_TESTS_HOSTILE_NEWS_PROSE_H_
#define LEDE_TESTS_HOSTILE_NEWS_PROSE_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace lede::testing {

// A small fast pseudo-random generator (xorshift64*), good enough for test text.
class TestRandom {
 public:
  explicit TestRandom(uint64_t seed) : state_(seed * 2685821657736338717ULL + 1) {}
  // Returns the next 64 random bits.
  uint64_t Next() {
    state_ ^= state_ >> 12;
    state_ ^= state_ << 25;
    state_ ^= state_ >> 27;
    return state_ * 2685821657736338717ULL;
  }
  // Returns a number in [0, n).
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
  // Returns one element of a fixed array.
  template <size_t N>
  std::string_view Pick(const std::string_view (&items)[N]) {
    return items[Below(N)];
  }

 private:
  uint64_t state_;
};

namespace prose {

inline constexpr std::string_view kFirst[] = {"Maren", "Oskar", "Leila", "Tomasz", "Ines", "Dario", "Hana",
                                              "Kwame", "Sofia", "Ravi", "Elif", "Bruno", "Yuki", "Amara"};
inline constexpr std::string_view kLast[] = {"Holloway", "Brandt", "Okafor", "Lindqvist", "Marchetti", "Sato",
                                             "Velasquez", "Novak", "Adeyemi", "Kowalczyk", "Duarte", "Haddad"};
inline constexpr std::string_view kRole[] = {"spokeswoman", "finance minister", "chief executive", "mayor",
                                             "senior analyst", "director", "deputy governor", "spokesman"};
inline constexpr std::string_view kOrg[] = {"Northern Grain Board", "Harbour Transit Authority",
                                            "Coastal Energy Group", "National Statistics Office",
                                            "Valley Water Company", "Ministry of Transport", "Riverside Council"};
inline constexpr std::string_view kPlace[] = {"Brackenford", "Port Ellery", "Kestrel Bay", "Lower Marsh",
                                              "Ashgrove", "Dunmore", "Salt Harbour", "Thornbury"};
inline constexpr std::string_view kThing[] = {"buses", "homes", "contracts", "jobs", "flights", "schools",
                                              "wind turbines", "permits"};
inline constexpr std::string_view kVerb[] = {"approved", "cancelled", "delayed", "inspected", "funded", "built"};
inline constexpr std::string_view kMonth[] = {"January", "March", "April", "June", "September", "November"};
inline constexpr std::string_view kDay[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
inline constexpr std::string_view kClaim[] = {"the plan will cut waiting times", "we did not expect this",
                                              "the figures speak for themselves", "nobody was hurt",
                                              "talks will resume next week", "the budget is fully funded"};

}  // namespace prose

// Appends one invented news sentence (with its closing punctuation) to `out`.
inline void AppendNewsSentence(TestRandom& rng, std::string& out) {
  using namespace prose;
  const auto num = [&](size_t n) { out += std::to_string(rng.Below(n) + 1); };
  switch (rng.Below(6)) {
    case 0:
      out.append(rng.Pick(kFirst)).append(" ").append(rng.Pick(kLast)).append(", the ").append(rng.Pick(kRole));
      out.append(" of the ").append(rng.Pick(kOrg)).append(", said on ").append(rng.Pick(kDay)).append(" that ");
      num(900);
      out.append(" ").append(rng.Pick(kThing)).append(" had been ").append(rng.Pick(kVerb)).append(" in ");
      out.append(rng.Pick(kPlace)).append(".");
      break;
    case 1:
      out.append("\u201C").append(rng.Pick(kClaim)).append(",\u201D ").append(rng.Pick(kLast));
      out.append(" told reporters in ").append(rng.Pick(kPlace)).append(".");
      break;
    case 2:
      out.append("Prices rose ");
      num(40);
      out.append(".");
      num(9);
      out.append("% to $");
      num(500);
      out.append(" million in ").append(rng.Pick(kMonth)).append(" ");
      out += std::to_string(1990 + rng.Below(35));
      out.append(", according to the ").append(rng.Pick(kOrg)).append(".");
      break;
    case 3:
      out.append("The ").append(rng.Pick(kOrg)).append(" has ").append(rng.Pick(kVerb)).append(" ");
      num(60);
      out.append(" new ").append(rng.Pick(kThing)).append(" since ").append(rng.Pick(kMonth)).append(" ");
      num(28);
      out.append(", Mr. ").append(rng.Pick(kLast)).append(" said.");
      break;
    case 4:
      out.append(rng.Pick(kFirst)).append(" ").append(rng.Pick(kLast)).append(" said \"").append(rng.Pick(kClaim));
      out.append("\" before leaving for ").append(rng.Pick(kPlace)).append(" on ").append(rng.Pick(kDay)).append(".");
      break;
    default:
      out.append("About ");
      num(12000);
      out.append(" people live in ").append(rng.Pick(kPlace)).append(", ");
      num(30);
      out.append(" km from the coast, and ").append(rng.Pick(kFirst)).append(" ").append(rng.Pick(kLast));
      out.append(" was not available for comment.");
      break;
  }
}

// Appends one invented news sentence without any number, date or time to `out`.
inline void AppendSentenceWithoutNumbers(TestRandom& rng, std::string& out) {
  using namespace prose;
  if (rng.Below(2) == 0) {
    out.append("\u201C").append(rng.Pick(kClaim)).append(",\u201D ").append(rng.Pick(kLast));
    out.append(" told reporters in ").append(rng.Pick(kPlace)).append(".");
    return;
  }
  out.append(rng.Pick(kFirst)).append(" ").append(rng.Pick(kLast)).append(", the ").append(rng.Pick(kRole));
  out.append(" of the ").append(rng.Pick(kOrg)).append(", visited ").append(rng.Pick(kPlace));
  out.append(" and said the ").append(rng.Pick(kThing)).append(" would be ").append(rng.Pick(kVerb)).append(".");
}

// Returns at least `bytes` bytes of invented news prose from `seed`: sentences
// joined by spaces, with a blank line between paragraphs of a few sentences
// unless `one_line` (then only spaces, no line break at all). Every sentence
// may hold numbers, or only one in `number_every` (the others hold none), for
// prose whose numbers stay few however long it is.
inline std::string NewsProse(size_t bytes, uint64_t seed, bool one_line = false, size_t number_every = 1) {
  // Sentences per paragraph: a typical news paragraph has two to five.
  constexpr size_t kSentencesPerParagraph = 4;
  TestRandom rng(seed);
  std::string out;
  out.reserve(bytes + 512);
  size_t in_paragraph = 0;
  for (size_t sentence = 0; out.size() < bytes; ++sentence) {
    if (sentence % number_every == 0) {
      AppendNewsSentence(rng, out);
    } else {
      AppendSentenceWithoutNumbers(rng, out);
    }
    if (++in_paragraph == kSentencesPerParagraph && !one_line) {
      out += "\n\n";
      in_paragraph = 0;
    } else {
      out += ' ';
    }
  }
  return out;
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_HOSTILE_NEWS_PROSE_H_
