// The names the reporters print for lede's enums.
#include "lede/entity.h"
#include "lede/quantity.h"
#include "lede/quote.h"

namespace lede {

std::string_view EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "PERSON";
    case EntityType::kOrg: return "ORG";
    case EntityType::kGpe: return "GPE";
    case EntityType::kLoc: return "LOC";
    case EntityType::kNorp: return "NORP";
    case EntityType::kEvent: return "EVENT";
    case EntityType::kProduct: return "PRODUCT";
    case EntityType::kMisc: return "MISC";
  }
  return "MISC";
}

std::string_view QuoteKindName(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kPartial: return "partial";
    case QuoteKind::kIndirect: return "indirect";
    case QuoteKind::kMixed: return "mixed";
  }
  return "direct";
}

std::string_view QuotePlaceName(QuotePlace place) {
  switch (place) {
    case QuotePlace::kBody: return "body";
    case QuotePlace::kTitle: return "title";
    case QuotePlace::kStandfirst: return "standfirst";
  }
  return "body";
}

std::string_view QuantityKindName(QuantityKind kind) {
  switch (kind) {
    case QuantityKind::kCardinal: return "cardinal";
    case QuantityKind::kOrdinal: return "ordinal";
    case QuantityKind::kMoney: return "money";
    case QuantityKind::kPercent: return "percent";
    case QuantityKind::kDate: return "date";
    case QuantityKind::kDuration: return "duration";
    case QuantityKind::kTime: return "time";
    case QuantityKind::kMeasure: return "measure";
    case QuantityKind::kAge: return "age";
  }
  return "cardinal";
}

}  // namespace lede
