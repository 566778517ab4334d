// Currency context: bare "$" / "¥" settled by the article's places and other amounts, and
// converted amounts in parentheses linked to what they convert.
#include <catch2/catch.hpp>

#include "quantities/currency_context.h"
#include "quantity_test_util.h"

namespace lede::testing {
namespace {

// Returns a place entity of `country` mentioned `mentions` times.
Entity Place(const std::string& country, size_t mentions, EntityType type = EntityType::kGpe) {
  Entity e;
  e.type = type;
  e.country = country;
  e.mentions.assign(mentions, Span{0, 1});
  return e;
}

// Returns the quantities of `text` with bare signs settled against `entities`.
std::vector<Quantity> Settled(const std::string& text, const std::vector<Entity>& entities) {
  std::vector<Quantity> qs = QuantitiesOf(text);
  detail::SettleCurrencySigns(entities, &qs);
  return qs;
}

TEST_CASE("currency context flags a bare dollar sign nothing settles", "[quantities]") {
  auto qs = QuantitiesOf("The club paid $5m for the striker.");
  auto q = FindQuantity(qs, "$5m");
  REQUIRE(q);
  CHECK(q->unit == "USD");
  CHECK(q->unit_ambiguous);
  auto named = FindQuantity(QuantitiesOf("The club paid 5 million dollars for him."), "5 million dollars");
  REQUIRE(named);
  CHECK(named->unit_ambiguous);
}

TEST_CASE("currency context never flags a prefixed or named currency", "[quantities]") {
  for (const char* text : {"Exports reached US$12.5 billion.", "The miner lost A$2.1bn.", "Rents hit HK$18,000.",
                           "He paid 300 Australian dollars.", "The shrine raised 80 million yen.",
                           "Chinese banks lent ¥500 billion to builders."}) {
    auto qs = QuantitiesOf(text);
    REQUIRE(qs.size() == 1);
    CHECK_FALSE(qs[0].unit_ambiguous);
  }
}

TEST_CASE("currency context settles a bare sign by the places the article names", "[quantities]") {
  struct Case {
    std::vector<Entity> places;
    std::string unit;
    bool ambiguous;
  } cases[] = {
      {{Place("AU", 3)}, "AUD", false},                      // an article set in Australia
      {{Place("CA", 2), Place("CA", 1, EntityType::kNorp)}, "CAD", false},
      {{Place("US", 4), Place("CN", 3)}, "USD", false},      // China uses no dollar: no vote
      {{Place("US", 2), Place("CA", 2)}, "USD", true},       // split evidence: the default, flagged
      {{Place("NZ", 1)}, "USD", true},                       // one passing mention is not enough
      {{}, "USD", true},
  };
  for (const Case& c : cases) {
    auto qs = Settled("The council will spend $40 million on roads.", c.places);
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].unit == c.unit);
    CHECK(qs[0].unit_ambiguous == c.ambiguous);
  }
}

TEST_CASE("currency context reads the prefixes a writer uses for the other dollars", "[quantities]") {
  // The writer marks the US amounts, so the bare sign is the local dollar.
  auto local = Settled("Sales rose to $40 million, while US$3 million came from exports.", {Place("SG", 1)});
  CHECK(FindQuantity(local, "$40 million")->unit == "SGD");
  // The writer marks the local currency, so the bare sign is the US dollar (wire style).
  auto wire = Settled("The miner lost A$1.2 billion ($800 million) in the year.", {Place("AU", 3)});
  auto usd = FindQuantity(wire, "$800 million");
  REQUIRE(usd);
  CHECK(usd->unit == "USD");
  CHECK_FALSE(usd->unit_ambiguous);
}

TEST_CASE("currency context settles a bare yen sign by China or Japan", "[quantities]") {
  auto cn = Settled("Prices rose and the bill reached ¥300.", {Place("CN", 4)});
  CHECK(cn[0].unit == "CNY");
  CHECK_FALSE(cn[0].unit_ambiguous);
  auto none = Settled("Prices rose and the bill reached ¥300.", {});
  CHECK(none[0].unit == "JPY");
  CHECK(none[0].unit_ambiguous);
}

TEST_CASE("currency context links a converted amount to the amount it converts", "[quantities]") {
  struct Case {
    std::string text;
    std::string converted;  // "" when no link is expected
    std::string original;
  } cases[] = {
      {"The plan costs €150 billion (US$163 billion) over a decade.", "US$163 billion", "€150 billion"},
      {"He was fined £2m (about $2.5m) on Friday.", "$2.5m", "£2m"},
      {"The budget is 5 billion yuan, or roughly $700 million, this year.", "$700 million", "5 billion yuan"},
      {"Costs rose from £2m (up from $1m) last year.", "", ""},             // not a conversion
      {"It paid €5m and $6m in two deals.", "", ""},                        // two amounts
      {"Tickets cost $10 ($12 at the door).", "", ""},                      // same currency
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto qs = QuantitiesOf(c.text);
    for (size_t i = 0; i < qs.size(); ++i) {
      if (qs[i].text == c.converted) {
        REQUIRE(qs[i].converts);
        CHECK(qs[*qs[i].converts].text == c.original);
      } else {
        CHECK_FALSE(qs[i].converts);
      }
    }
  }
}

}  // namespace
}  // namespace lede::testing
