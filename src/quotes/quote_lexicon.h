// Quote lexicon: the word lists the quote stage reads, loaded once.
//
// Cue verbs (data/lexicon/cue_verbs.txt) carry flags saying how their speaker
// and content are found; function words (quote_function_words.txt) carry the
// closed-class categories the speaker and clause heuristics test. Every lookup
// is on a lower-cased word with ’ folded to '.
#ifndef LEDE_SRC_QUOTES_QUOTE_LEXICON_H_
#define LEDE_SRC_QUOTES_QUOTE_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace lede::detail {

// Flags of a cue verb form.
enum CueFlag : uint8_t {
  kCueVerb = 1,         // any reporting verb form
  kCueAddressee = 2,    // takes the listener as object: "told Y that"
  kCueParticiple = 4,   // -ing form whose speaker is the sentence subject
  kCueDescribe = 8,     // "described Y as ..."
  kCueNoun = 16,        // also a common noun: a cue only after a speaker-like word
  kCueClause = 32,      // its complement is the content whatever it looks like ("said so", "thinks Iowa matters")
  kCueObject = 64,      // its noun-phrase or infinitive object is the content ("criticized the plan", "wants to run")
};

// Closed-class categories of a function word (a word may have several).
enum WordClass : uint16_t {
  kDeterminer = 1,      // opens a noun phrase
  kPronounPerson = 2,   // he, she, I
  kPronounThing = 4,    // it
  kPronounGroup = 8,    // they, we
  kSkipWord = 16,       // adverb/auxiliary between speaker and cue
  kBreakWord = 32,      // ends a speaker noun phrase
  kAuxVerb = 64,        // finite verb marking a clause
  kAdjunctWord = 128,   // opens a time/place adjunct after a cue
  kTimeWord = 256,      // a time noun inside such an adjunct ("last WEEK")
  kTimeName = 512,      // a day or month name that can stand alone as an adjunct ("said TUESDAY")
  kNoContent = 1024,    // a particle or preposition after a cue that opens no content ("said TO be", "called FOR")
  kCountHead = 2048,    // heads a counted group that can speak ("47 PERCENT said", "HALF said")
  kBeVerb = 4096,       // a form of "be": the cue verb after it is passive ("WAS criticized")
  kConnective = 8192,   // a sentence-opening connective before "according to" ("BUT according to X, ...")
  kNumberWord = 32768,  // a number word that counts a group ("THREE in 10 said")
  kClauseBreak = 16384, // after a comma, opens a clause that is no longer the content (", BUT ...", ", WHILE ...")
};

// Flags of a cue that reports an impression with no speaker (sourceless_cues.txt).
enum SourcelessFlag : uint8_t {
  kSourcelessRaising = 1,  // a cue before "to"/"like"/"as": "seemed TO win"
  kSourcelessPassive = 2,  // a cue after "be" and before "to": "is expected TO"
};

// Holds the quote stage's word lists.
class QuoteLexicon {
 public:
  // Returns the lexicon, loading the embedded data files on first use.
  static const QuoteLexicon& Get();

  // Returns the CueFlag bits of a lower-cased word (0 when it is no cue verb).
  uint8_t CueFlags(std::string_view lower) const;
  // Returns the CueFlag bits of a lower-cased word listed in reported_cue_verbs.txt
  // (verbs that report speech or stance in reported speech only; 0 when unlisted).
  uint8_t ReportedCueFlags(std::string_view lower) const;
  // Returns the CueFlag bits of a lower-cased "verb particle" phrase listed
  // in phrasal_cues.txt (0 when unlisted).
  uint8_t PhrasalCueFlags(std::string_view lower_phrase) const;
  // Returns the SourcelessFlag bits of a lower-cased word (0 when unlisted).
  uint8_t SourcelessCueFlags(std::string_view lower) const;
  // Returns the WordClass bits of a lower-cased word (0 when it has none).
  uint16_t Classes(std::string_view lower) const;
  // Returns true when the lower-cased word heads a common-noun speaker ("ministry").
  bool IsNominalHead(std::string_view lower) const;
  // Returns true when the lower-cased one- or two-word phrase introduces a title.
  bool IsTitleCue(std::string_view lower) const;
  // Returns true when the lower-cased word opens a paragraph label before a
  // colon that names no speaker ("Update:", "Photo:"; colon_labels.txt).
  bool IsColonLabel(std::string_view lower) const;
  // Returns true when the lower-cased one- or two-word phrase is a source cue ("according to").
  bool IsSourceCue(std::string_view lower) const;

 private:
  QuoteLexicon();

  std::unordered_map<std::string, uint8_t> cues_;
  std::unordered_map<std::string, uint8_t> reported_cues_;
  std::unordered_map<std::string, uint8_t> sourceless_cues_;
  std::unordered_map<std::string, uint8_t> phrasal_cues_;
  std::unordered_map<std::string, uint16_t> classes_;
  std::unordered_set<std::string> nominal_heads_;
  std::unordered_set<std::string> title_cues_;
  std::unordered_set<std::string> source_cues_;
  std::unordered_set<std::string> colon_labels_;
};

// Returns `word` lower-cased (ASCII and Latin-1/Unicode letters via ICU) with ’ folded to '.
std::string LowerWord(std::string_view word);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUOTES_QUOTE_LEXICON_H_
