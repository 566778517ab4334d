// Speaker resolver: finds who speaks from the words around a cue, and turns
// pronouns and bare follow-up quotes into the speaker they stand for.
//
// A speaker phrase is read from the cue outwards. Before a cue ("X said") the
// resolver skips adverbs and auxiliaries ("has also said"), steps over an
// apposition ("X, a Y, said") or a longer relative clause ("X, who ...,
// said"), and reads the noun phrase whose last word is the cue's neighbour;
// after a cue ("said X", "according to X") it reads the noun phrase that
// follows. The phrase's last word is its head: when an entity mention covers
// the head, the speaker is that entity ("Nato chief Anna Berg" -> Anna Berg,
// not Nato), unless a person stands before "of" ("Mr. Berg of the Sierra
// Trust" -> Berg) or a common noun before "at/for/to/of/with" ("a spokeswoman
// for the ministry" is kept whole); a pronoun is left for the resolution
// pass; a common noun listed in quote_nominal_speakers.txt ("the interior
// ministry") is kept as written, with the ORG entity of the same name when
// there is one, and after a cue keeps what it belongs to and a who-clause ("a
// longtime adviser to Berg", "an aide who asked not to be named"); a
// capitalised head is a name, kept as written with its modifiers ("one Ohio
// delegate"). The subject of a sentence (for "..., saying", a colon, a
// coordinated cue) is an earlier cue's subject, else the nearest name opening
// a clause and followed by a verb, else the opening noun phrase. Pronouns
// (he/she) resolve to the person who last spoke in this or the previous
// paragraph unless a person is named in a later sentence, else to the most
// recent PERSON mention outside quotations; it/they to the most recent
// non-person speaker. Speaker::span is the phrase as written at the quote
// (the pronoun for a pronoun), empty when inherited.
#ifndef LEDE_SRC_QUOTES_SPEAKER_RESOLVER_H_
#define LEDE_SRC_QUOTES_SPEAKER_RESOLVER_H_

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "lede/quote.h"
#include "lede/report.h"
#include "quotes/quote_lexer.h"

namespace lede::detail {

// Names what a speaker phrase turned out to be.
enum class SpeakerKind { kNone, kEntity, kPronoun, kNominal, kName, kInherit };

// Holds a speaker phrase before resolution.
struct SpeakerRef {
  SpeakerKind kind = SpeakerKind::kNone;
  int entity = 0;          // kEntity, or the ORG matching a kNominal phrase
  std::string name;        // as written (kNominal without its article)
  uint16_t pronoun = 0;    // WordClass pronoun bit for kPronoun
  size_t first = 0;        // item index of the phrase's first word
  size_t last = 0;         // item index of the phrase's head (last word)
  size_t position = 0;     // byte offset of the phrase
  Span span;               // the words naming the speaker, as written (Speaker::span)
  bool after_role = false; // the name is an apposition after its role ("Its chief executive, X,")
};

// Holds a quote found by a finder with its unresolved speaker phrase. Named
// QuoteCandidate for the linker: the entity stage has its own
// lede::detail::Candidate (entities/candidate.h), and two classes of one name
// break the one-definition rule (their vector code was shared, corrupting
// memory); the quote stage's code keeps calling it Candidate.
struct QuoteCandidate {
  Quote quote;
  SpeakerRef ref;
  size_t block = 0;  // paragraph of the quote, for follow-up quotes
};
using Candidate = QuoteCandidate;

// Reads speaker phrases around cues; holds an index of entity mentions.
class SpeakerResolver {
 public:
  SpeakerResolver(const Report& report, const Lexed& lexed);

  // Returns the speaker phrase ending right before item `cue`, using items [floor, cue) only.
  SpeakerRef SubjectBefore(size_t cue, size_t floor) const;
  // Returns the speaker phrase starting at item `first`, using items [first, limit) only.
  SpeakerRef PhraseAfter(size_t first, size_t limit) const;
  // Returns the subject of the sentence for a participle cue ("..., saying"):
  // the subject of an earlier cue in [floor, cue), else the sentence's opening noun phrase.
  SpeakerRef SentenceSubject(size_t cue, size_t floor) const;
  // Returns the nearest name or personal pronoun in [floor, cue) that opens a
  // clause and is followed by a verb ("When Ortega died, Lund released ..."), or kNone.
  // Stops at a quotation mark, unless `quoted` (the quotations' items) is given: then
  // quotations and stray marks are stepped over.
  SpeakerRef ClauseSubject(size_t cue, size_t floor, const std::vector<bool>* quoted = nullptr) const;
  // Returns the id of the entity whose mention covers item `i`, or 0.
  int EntityAt(size_t i) const;
  // Returns the entity with id `id`, or nullptr.
  const Entity* Find(int id) const;

  // Resolves every candidate's speaker in text order (pronouns, follow-ups).
  // `quoted` marks the items inside quotations, whose mentions never antecede a pronoun.
  void Resolve(const std::vector<bool>& quoted, std::vector<Candidate>* candidates) const;

 private:
  // Returns the index of the comma closing the apposition that opens at the
  // comma `comma` (within kMaxRelativeClauseItems, before `limit`), or 0.
  size_t ClosingComma(size_t comma, size_t limit) const;
  // Returns the speaker phrase whose head is item `head`, reading back no further than `floor`.
  SpeakerRef PhraseEndingAt(size_t head, size_t floor) const;

  struct Mention {
    Span span;
    int entity = 0;
  };
  const Report& report_;
  const Lexed& lexed_;
  std::vector<Mention> mentions_;                  // sorted by start
  std::unordered_map<int, size_t> by_id_;          // entity id -> index in report.entities
  std::unordered_map<std::string, int> org_names_; // lower-cased ORG name/alias -> id
};

}  // namespace lede::detail

#endif  // LEDE_SRC_QUOTES_SPEAKER_RESOLVER_H_
