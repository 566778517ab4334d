// Number lookalikes: phone numbers, scores, tallies, list numbers and years in names are
// not quantities; the real quantities beside them still are.
#include <catch2/catch.hpp>

#include "quantities/number_lookalikes.h"
#include "quantity_test_util.h"

namespace lede::testing {
namespace {

// Returns the texts of the quantities found in `input`, one per line.
std::string Texts(const std::string& input) {
  std::string out;
  for (const Quantity& q : QuantitiesOf(input)) out += q.text + "\n";
  return out;
}

TEST_CASE("number lookalikes: phone numbers are not quantities", "[quantities]") {
  struct Case {
    std::string input;
    std::string found;  // every quantity expected, one per line
  } cases[] = {
      {"Call 555-123-4567 for tickets.", ""},
      {"Call the hotline on +44 20 7946 0958 today.", "today\n"},
      {"The desk is on (212) 555-0199 until 6pm.", "until 6pm\n"},
      {"Ring 020 7946 0958 to book 3 seats.", "3\n"},
      {"Dial 555-0199 now.", ""},
      {"Dial 1-800-555-0199 free.", ""},
      {"The filing is dated 2023-03-30.", "2023-03-30\n"},                // a date, not a phone
      {"Sales fell 1990-2000 and rose 12%.", "1990-2000\n12%\n"},        // a range of years stays
      {"The vote drew 1,234,567 people.", "1,234,567\n"},                 // thousands are not groups
      {"Between 2010 2012 and 2014 it grew.", "2010\n2012\n2014\n"},       // spaced years are no phone
  };
  for (const Case& c : cases) {
    INFO(c.input);
    CHECK(Texts(c.input) == c.found);
  }
}

TEST_CASE("number lookalikes: scores and vote tallies are not ranges", "[quantities]") {
  struct Case {
    std::string input;
    std::string found;
  } cases[] = {
      {"Rovers beat City 3-1 at home.", ""},
      {"It was a 2-0 win for the visitors.", ""},
      {"The Senate voted 52-48 to pass the bill.", ""},
      {"The court issued a 5-4 ruling.", ""},
      {"The Lakers won 118-110 in overtime.", ""},
      {"Crews worked 10-12 hours a day.", "10-12 hours\n"},             // a range, no score word
      {"The team won 3 of its 5 games.", "3\n5\n"},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    CHECK(Texts(c.input) == c.found);
  }
}

TEST_CASE("number lookalikes: list numbers opening a line are not counts", "[quantities]") {
  CHECK(Texts("Key points:\n1. Prices rose 5%.\n2. Wages fell.") == "5%\n");
  CHECK(Texts("Steps:\n3) Register online.") == "");
  CHECK(Texts("The report:\n12 people were hurt.") == "12\n");    // a count opening a line
  CHECK(Texts("Results:\n2019. The year it all changed.") == "2019\n");
}

// Returns an entity of `type` with one mention at [start, end).
Entity Named(EntityType type, size_t start, size_t end) {
  Entity e;
  e.type = type;
  e.mentions.push_back({start, end});
  return e;
}

TEST_CASE("number lookalikes: a year opening or inside a name is not a date", "[quantities]") {
  struct Case {
    std::string input;
    std::string name;  // the name entity's mention
    EntityType type;
    bool year_kept;
  } cases[] = {
      {"Fans recalled the 2022 World Cup fondly.", "World Cup", EntityType::kEvent, false},
      {"Qatar's 2022 World Cup was costly.", "World Cup", EntityType::kEvent, false},
      {"The 2008 Summer Olympics Committee met.", "2008 Summer Olympics Committee", EntityType::kOrg, false},
      {"In 2022 Apple sold more phones.", "Apple", EntityType::kOrg, true},   // a date before a subject
      {"The 2022 World Cup was held in 2022.", "World Cup", EntityType::kEvent, true},  // the second one
  };
  for (const Case& c : cases) {
    INFO(c.input);
    std::vector<Quantity> qs = QuantitiesOf(c.input);
    size_t at = c.input.find(c.name);
    REQUIRE(at != std::string::npos);
    detail::DropYearsInNames({Named(c.type, at, at + c.name.size())}, c.input, &qs);
    size_t years = 0;
    for (const Quantity& q : qs) years += q.kind == QuantityKind::kDate ? 1 : 0;
    CHECK((years > 0) == c.year_kept);
  }
}

TEST_CASE("quantity extractor reads ages as ages, not durations", "[quantities]") {
  using K = QuantityKind;
  const Expected cases[] = {
      {"A 45-year-old man was arrested.", "45-year-old", K::kAge, 45, "year", "", "", "man"},
      {"The victim was 19 years old.", "19 years old", K::kAge, 19, "year", "", "", ""},
      {"A six-month-old baby was rescued.", "six-month-old", K::kAge, 6, "month", "", "", "baby"},
      {"The 30-year-old bridge will close.", "30-year-old", K::kAge, 30, "year", "", "", "bridge"},
      {"The ban lasts five years.", "five years", K::kDuration, 5, "year", "P5Y", "", ""},
  };
  for (const Expected& e : cases) CheckExpected(e);
}

}  // namespace
}  // namespace lede::testing
