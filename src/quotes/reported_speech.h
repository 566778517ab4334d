// Reported speech: indirect quotes, the clause a cue reports.
//
// Three shapes, found in one pass over each sentence's items:
//   X said (that) CLAUSE / X told Y that CLAUSE / X suggested CLAUSE
//       -> the clause after the cue, up to the sentence end, a spaced dash,
//          a semicolon or ", saying"/", according to";
//   CLAUSE, X said (on Thursday). / CLAUSE, said X.
//       -> the sentence before the attribution;
//   According to X, CLAUSE. / CLAUSE, according to X.
//       -> the sentence without the "according to X" phrase.
// Without "that", the clause must look like one (a pronoun, name or article
// first and a finite verb soon after), so "warned Tokyo not to ..." and
// "announced a plan" are not reported speech. Content that holds a quotation
// is left to the direct-quote finder.
#ifndef LEDE_SRC_QUOTES_REPORTED_SPEECH_H_
#define LEDE_SRC_QUOTES_REPORTED_SPEECH_H_

#include <string>
#include <vector>

#include "quotes/quote_lexer.h"
#include "quotes/speaker_resolver.h"

namespace lede::detail {

// Returns the indirect quotes of the body with unresolved speakers, in text
// order. `quoted` marks the items inside kept quotations (marks included).
std::vector<Candidate> FindReportedSpeech(const std::string& text, const Lexed& lexed,
                                          const std::vector<bool>& quoted, const SpeakerResolver& resolver);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUOTES_REPORTED_SPEECH_H_
