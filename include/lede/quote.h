// Quote: something a source said, in its words or reported.
#ifndef LEDE_QUOTE_H_
#define LEDE_QUOTE_H_

#include <optional>
#include <string>
#include <vector>

#include "lede/document.h"

namespace lede {

// Names how a quote is given.
enum class QuoteKind {
  kDirect,    // a whole quoted utterance: “I want to speak with him,” he said
  kPartial,   // a quoted fragment inside the reporter's sentence
  kIndirect,  // reported speech after a cue: X said (that) ...
  kMixed,     // reported speech quoting some of the speaker's words: X said the plan was “dead”
};

// Returns the lower-case name of a kind ("direct", "partial", "indirect", "mixed").
std::string_view QuoteKindName(QuoteKind kind);

// Names where a quote stands: the body, whose offsets are in Document::text,
// or a headline or standfirst line, whose offsets are in that line's string.
enum class QuotePlace {
  kBody,        // Document::text
  kTitle,       // Metadata::title
  kStandfirst,  // Metadata::standfirst[Quote::line]
};

// Returns the lower-case name of a place ("body", "title", "standfirst").
std::string_view QuotePlaceName(QuotePlace place);

// Names who said a quote: the words the article uses and, when resolved, the entity.
struct Speaker {
  std::string name;  // as written or resolved ("Grace Okafor", "the finance ministry")
  int entity = 0;    // Entity::id, or 0 when the speaker is not a known entity
  Span span;         // the words naming the speaker at this quote (for a pronoun, the
                     // pronoun); empty (start == end) when the speaker is inherited
};

// Holds one quotation with its speaker and cue.
struct Quote {
  std::string text;                // the quoted words, without the outer marks
  QuoteKind kind = QuoteKind::kDirect;
  std::optional<Speaker> speaker;  // absent when no speaker could be found
  std::string cue;                 // the reporting verb or phrase ("said", "according to")
  Span span;                       // the quoted words in Document::text
  std::vector<Span> fragments;     // the pieces of a quote interrupted by its attribution
                                   // ("“…,” she said, “…”"), in order; empty when it is one piece
  QuotePlace place = QuotePlace::kBody;  // where span, fragments and speaker span point
  size_t line = 0;                       // kStandfirst: index into Metadata::standfirst
};

}  // namespace lede

#endif  // LEDE_QUOTE_H_
