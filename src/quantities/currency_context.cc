// Currency context. currency_sign_countries.tsv lists, for each sign several currencies
// share, the countries using it; the first row of a sign is its default. For a sign the
// article leaves bare, the evidence is (1) amounts written with a prefixed form of the
// same sign ("US$", "A$"): a writer who prefixes the default currency uses the bare sign
// for another one, and one who prefixes only the others uses it for the default (the
// wire-agency style "A$1.2 billion ($800 million)"); else (2) the places and
// nationalities the article names and the amounts it writes in a named currency of that
// sign ("Australian dollars"), settled only when one currency clearly dominates.
// Both passes are linear in the number of entities and quantities.
#include "quantities/currency_context.h"

#include <map>
#include <set>
#include <string>
#include <unordered_map>

#include "data/embedded_data.h"
#include "text/char_class.h"

namespace lede::detail {

namespace {

// An amount written in a named currency ("Australian dollars") counts as much as this many
// mentions of a place: the writer chose the currency, a place may be mentioned in passing.
constexpr double kNamedAmountWeight = 2;
// Place and amount evidence settles a sign only from this much of it: one passing mention
// of a foreign capital must not turn a US article's dollars into another currency.
constexpr double kMinEvidence = 2;
// ... and only when one currency has at least this share of it.
constexpr double kDominantShare = 0.75;
// The text between an amount and its conversion ("(about ", ", or roughly ") is short; a
// longer gap is another sentence part, not a conversion.
constexpr size_t kMaxConversionGap = 24;

// Holds the currencies one sign may stand for.
struct SignFamily {
  std::string sign;
  std::string default_code;
  std::unordered_map<std::string, std::string> country_code;  // ISO 3166 -> ISO 4217
  std::set<std::string> codes;
};

// Returns the sign families, loaded once.
const std::vector<SignFamily>& Families() {
  static const std::vector<SignFamily> families = [] {
    std::vector<SignFamily> out;
    for (std::string_view line : DataLines("lexicon/currency_sign_countries.tsv")) {
      size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
      if (t1 == std::string_view::npos || t2 == std::string_view::npos) continue;
      std::string sign(line.substr(0, t1)), country(line.substr(t1 + 1, t2 - t1 - 1)), code(line.substr(t2 + 1));
      if (out.empty() || out.back().sign != sign) out.push_back({sign, code, {}, {}});
      out.back().country_code.emplace(country, code);
      out.back().codes.insert(code);
    }
    return out;
  }();
  return families;
}

bool IsMoney(const Quantity& q) { return q.kind == QuantityKind::kMoney; }

// Returns the currency the evidence settles a bare sign of `family` on, or "" to keep its default.
std::string Settle(const SignFamily& family, const std::vector<Entity>& entities, const std::vector<Quantity>& quantities) {
  std::map<std::string, double> evidence;
  std::set<std::string> prefixed;
  for (const Quantity& q : quantities) {
    if (!IsMoney(q) || q.unit_ambiguous || !family.codes.count(q.unit)) continue;
    if (q.text.find(family.sign) != std::string::npos) prefixed.insert(q.unit);
    evidence[q.unit] += kNamedAmountWeight;
  }
  for (const Entity& e : entities) {
    if (e.type != EntityType::kGpe && e.type != EntityType::kNorp) continue;
    auto it = family.country_code.find(e.country);
    if (it != family.country_code.end()) evidence[it->second] += static_cast<double>(e.mentions.size());
  }
  if (!prefixed.empty()) {
    if (!prefixed.count(family.default_code)) return family.default_code;
    std::string best;
    for (const auto& [code, weight] : evidence) {
      if (code != family.default_code && (best.empty() || weight > evidence[best])) best = code;
    }
    return best;
  }
  double total = 0;
  std::string best;
  for (const auto& [code, weight] : evidence) {
    total += weight;
    if (best.empty() || weight > evidence[best]) best = code;
  }
  if (total < kMinEvidence || evidence[best] < kDominantShare * total) return "";
  return best;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) { return AsciiLower(a) == AsciiLower(b); }

// Returns true when `gap` (the text between two amounts) introduces a conversion:
// "(", ", or" or "(or", then nothing but the second amount's own qualifier.
bool IsConversionGap(std::string_view gap, const std::string& qualifier) {
  gap = Trim(gap);
  if (gap.size() > kMaxConversionGap) return false;
  bool paren = !gap.empty() && gap.front() == '(';
  if (paren) {
    gap = Trim(gap.substr(1));
  } else if (!gap.empty() && gap.front() == ',') {
    gap = Trim(gap.substr(1));
  } else {
    return false;
  }
  if (gap.size() >= 2 && EqualsIgnoreCase(gap.substr(0, 2), "or") && (gap.size() == 2 || gap[2] == ' ')) {
    gap = Trim(gap.substr(2));
  } else if (!paren) {
    return false;  // ", $5m" is a list, ", or $5m" a conversion
  }
  return gap.empty() || EqualsIgnoreCase(gap, qualifier);
}

}  // namespace

void SettleCurrencySigns(const std::vector<Entity>& entities, std::vector<Quantity>* quantities) {
  for (const SignFamily& family : Families()) {
    bool any = false;
    for (const Quantity& q : *quantities) any = any || (IsMoney(q) && q.unit_ambiguous && q.unit == family.default_code);
    if (!any) continue;
    const std::string code = Settle(family, entities, *quantities);
    if (code.empty()) continue;
    for (Quantity& q : *quantities) {
      if (IsMoney(q) && q.unit_ambiguous && q.unit == family.default_code) {
        q.unit = code;
        q.unit_ambiguous = false;
      }
    }
  }
}

void LinkConversions(std::string_view text, std::vector<Quantity>* quantities) {
  for (size_t i = 1; i < quantities->size(); ++i) {
    const Quantity& before = (*quantities)[i - 1];
    Quantity& q = (*quantities)[i];
    if (!IsMoney(before) || !IsMoney(q) || before.unit.empty() || q.unit.empty() || before.unit == q.unit) continue;
    if (q.span.start < before.span.end || q.span.start > text.size()) continue;
    if (IsConversionGap(text.substr(before.span.end, q.span.start - before.span.end), q.qualifier)) q.converts = i - 1;
  }
}

}  // namespace lede::detail
