// HTML cues: splits class and id values into parts ("relatedLinks__item" ->
// related, links, item) and looks each part up in the concept table built
// once from data/boilerplate/html_class_cues.txt: exact cues in a hash map,
// prefix cues ("advert*") in a short list scanned per part.
#include "extract/html_cues.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "data/embedded_data.h"
#include "extract/metadata_fields.h"
#include "text/char_class.h"

namespace lede::detail {

namespace {

// Holds the cue vocabulary, built once from the data files.
struct CueTable {
  std::unordered_map<std::string, uint32_t> concept_bits;
  std::unordered_map<std::string, uint32_t> exact;
  std::vector<std::pair<std::string, uint32_t>> prefixes;
  uint32_t drop_mask = 0;
  std::unordered_set<std::string> phrases;
  std::vector<std::string> promos;
};

// Promos are short calls to action; a longer block opening "Read more" is
// prose (the plain-text path's limit, kept the same on purpose).
constexpr size_t kMaxPromoWords = 12;

const CueTable& Table() {
  static const CueTable table = [] {
    CueTable t;
    auto bit_of = [&t](const std::string& concept_name) {
      auto it = t.concept_bits.find(concept_name);
      if (it != t.concept_bits.end()) return it->second;
      // 32 concepts fit one word; more are ignored rather than aliased.
      const size_t n = t.concept_bits.size();
      const uint32_t bit = n < 32 ? (uint32_t{1} << n) : 0;
      t.concept_bits.emplace(concept_name, bit);
      return bit;
    };
    for (std::string_view line : DataLines("boilerplate/html_class_cues.txt")) {
      const size_t space = line.find(' ');
      if (space == std::string_view::npos) continue;
      const uint32_t bit = bit_of(std::string(line.substr(0, space)));
      std::string cue = AsciiLower(line.substr(line.find_first_not_of(' ', space)));
      if (!cue.empty() && cue.back() == '*') {
        cue.pop_back();
        t.prefixes.emplace_back(std::move(cue), bit);
      } else {
        t.exact[cue] |= bit;
      }
    }
    for (std::string_view line : DataLines("boilerplate/html_drop_concepts.txt")) {
      t.drop_mask |= bit_of(std::string(line));
    }
    for (std::string_view line : DataLines("boilerplate/html_boilerplate_phrases.txt")) {
      t.phrases.insert(AsciiLower(line));
    }
    // Shared with the plain-text path: the same calls to action appear in both.
    for (std::string_view line : DataLines("boilerplate/text_boilerplate_promos.txt")) {
      t.promos.push_back(AsciiLower(line));
    }
    return t;
  }();
  return table;
}

// Returns the concept bits of one lower-cased class/id part.
uint32_t PartCues(const CueTable& t, const std::string& part) {
  uint32_t bits = 0;
  if (auto it = t.exact.find(part); it != t.exact.end()) bits |= it->second;
  for (const auto& [prefix, bit] : t.prefixes) {
    if (part.compare(0, prefix.size(), prefix) == 0) bits |= bit;
  }
  return bits;
}

// Adds the cues of every part of one attribute value to *bits.
void AddValueCues(const CueTable& t, std::string_view value, uint32_t* bits) {
  std::string part;
  auto flush = [&] {
    if (!part.empty()) *bits |= PartCues(t, part);
    part.clear();
  };
  char prev = 0;
  // ASCII tests inline: this runs on every class of every element, and the
  // <cctype> calls (locale-aware) showed in profiles.
  auto is_upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto is_lower = [](char c) { return c >= 'a' && c <= 'z'; };
  for (char c : value) {
    const bool alnum = is_upper(c) || is_lower(c) || (c >= '0' && c <= '9');
    if (!alnum) {
      flush();
    } else {
      // camelCase boundary: "relatedLinks" is "related" + "links".
      if (is_upper(c) && is_lower(prev)) flush();
      part.push_back(is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c);
    }
    prev = c;
  }
  flush();
}

}  // namespace

uint32_t CueBit(std::string_view concept_name) {
  const CueTable& t = Table();
  auto it = t.concept_bits.find(std::string(concept_name));
  return it == t.concept_bits.end() ? 0 : it->second;
}

std::string CueNames(uint32_t bits) {
  std::vector<std::string_view> names;
  for (const auto& [name, bit] : Table().concept_bits) {
    if ((bits & bit) != 0) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  std::string out;
  for (std::string_view name : names) {
    if (!out.empty()) out += ',';
    out += name;
  }
  return out;
}

uint32_t ElementCues(const DomNode& node) {
  const CueTable& t = Table();
  uint32_t bits = 0;
  for (const auto& [key, value] : node.attrs) {
    if (key == "class" || key == "id") AddValueCues(t, value, &bits);
  }
  return bits;
}

uint32_t DropCueMask() { return Table().drop_mask; }

bool IsHiddenElement(const DomNode& node) {
  for (const auto& [key, value] : node.attrs) {
    if (key == "hidden") return true;
    if (key == "aria-hidden" && AsciiLower(value) == "true") return true;
    if (key == "style") {
      std::string style = AsciiLower(value);
      style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
      if (style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos) {
        return true;
      }
    }
  }
  return false;
}

bool IsChromeElement(const DomNode& node) {
  static const std::unordered_set<std::string_view> kTags = {
      "nav", "aside", "footer", "header", "form", "button", "select", "input", "textarea", "option",
      "iframe", "svg", "canvas", "object", "embed", "video", "audio", "map", "menu", "dialog", "img", "picture"};
  static const std::unordered_set<std::string> kRoles = {
      "navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog", "menu", "menubar",
      "search", "toolbar", "button", "tablist"};
  if (kTags.count(node.tag) != 0) return true;
  const std::string_view role = node.Attr("role");
  return !role.empty() && kRoles.count(AsciiLower(role)) != 0;
}

bool IsBoilerplatePhrase(std::string_view text) {
  std::string key = AsciiLower(text);
  while (!key.empty() && (key.back() == ':' || key.back() == '.' || key.back() == ' ')) key.pop_back();
  const CueTable& t = Table();
  return t.phrases.count(key) != 0 || t.phrases.count(key + ":") != 0;
}

bool IsPromoLine(std::string_view text) {
  const size_t words = WordCount(text);
  if (words == 0 || words > kMaxPromoWords) return false;
  const std::string lower = AsciiLower(text);
  for (const std::string& promo : Table().promos) {
    if (lower.compare(0, promo.size(), promo) != 0) continue;
    // Whole words only: "share" is not "Shareholders".
    if (lower.size() == promo.size() || std::isalnum(static_cast<unsigned char>(lower[promo.size()])) == 0) return true;
  }
  return false;
}

}  // namespace lede::detail
