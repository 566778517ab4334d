// Test support for the quote stage: builds a Report from invented text and
// adds entities by hand, with mentions found by whole-word string search, so
// quote tests never depend on the entity stage.
#ifndef LEDE_TESTS_QUOTES_QUOTE_FIXTURE_H_
#define LEDE_TESTS_QUOTES_QUOTE_FIXTURE_H_

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "lede/report.h"
#include "quotes/quote_extractor.h"
#include "support/annotate.h"

namespace lede::testing {

// Names one entity to add: canonical name, type and the surface forms to search for.
struct EntitySpec {
  std::string name;
  EntityType type = EntityType::kPerson;
  std::vector<std::string> forms;  // empty means {name}
};

inline bool IsWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }

// Returns a Report of `text` with the given entities and their mentions.
inline Report WithEntities(std::string text, const std::vector<EntitySpec>& specs) {
  Report report = Annotate(std::move(text));
  const std::string& t = report.document.text;
  std::vector<Span> taken;
  int id = 1;
  for (const EntitySpec& spec : specs) {
    Entity e;
    e.id = id++;
    e.name = spec.name;
    e.type = spec.type;
    std::vector<std::string> forms = spec.forms.empty() ? std::vector<std::string>{spec.name} : spec.forms;
    std::sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    for (const std::string& form : forms) {
      if (form != spec.name) e.aliases.push_back(form);
      for (size_t at = t.find(form); at != std::string::npos; at = t.find(form, at + 1)) {
        const size_t end = at + form.size();
        // Whole words only; a trailing possessive ’s or 's still counts.
        if (at > 0 && IsWordByte(t[at - 1])) continue;
        if (end < t.size() && IsWordByte(t[end]) && t[end] != 's') continue;
        const Span span{at, end};
        bool overlaps = false;
        for (const Span& s : taken) overlaps |= s.start < span.end && span.start < s.end;
        if (overlaps) continue;
        taken.push_back(span);
        e.mentions.push_back(span);
      }
    }
    std::sort(e.mentions.begin(), e.mentions.end(), [](Span a, Span b) { return a.start < b.start; });
    report.entities.push_back(std::move(e));
  }
  return report;
}

// Returns the quotes of `text` with the given entities.
inline std::vector<Quote> QuotesOf(std::string text, const std::vector<EntitySpec>& specs = {}) {
  return detail::ExtractQuotes(WithEntities(std::move(text), specs));
}

// Returns the first quote whose text starts with `prefix`, if any.
inline std::optional<Quote> FindQuote(const std::vector<Quote>& quotes, const std::string& prefix) {
  for (const Quote& q : quotes) {
    if (q.text.rfind(prefix, 0) == 0) return q;
  }
  return std::nullopt;
}

// Returns the speaker name of a quote, or "" when it has none.
inline std::string SpeakerName(const Quote& q) { return q.speaker ? q.speaker->name : std::string(); }

}  // namespace lede::testing

#endif  // LEDE_TESTS_QUOTES_QUOTE_FIXTURE_H_
