// Direct quotes: decides which quoted spans are quotations, whether each is a
// whole utterance (direct) or a fragment (partial), and reads its speaker.
//
// Attribution is read in the quote's sentence outside any quotation, after
// the closing mark first (“…,” X said / “…,” said X / “…,” according to X /
// “…,” X, <a long apposition>, said / “…,” X concluded, a verb the cue list
// lacks, read by its ending or particle / “…” ― X, a signature after a dash)
// and then before the opening mark (X said: “…” / X described Y as “…” /
// …, saying: “…”, whose speaker is the sentence subject / X praised it and
// said, “…”, a coordinated verb / X: “…”, a label / X shot back: “…”, the
// subject before a colon). When the quotation ends its sentence (“…?” X
// asked. / “… .” X said.) the next sentence of the paragraph is read, and
// must open with the attribution (and be short after a full stop). A
// quotation alone in its paragraph takes a paragraph ending in a colon
// ("X continued:") or a next paragraph that only signs it ("- X."); a
// quotation opening with a label (“X: …”) is a transcript turn of X. A
// quotation is direct when it opens its sentence, follows a colon, follows
// "cue ," or follows a cue directly with a capital letter, and runs to its
// sentence end or to the attribution; otherwise it is partial. Short
// fragments with no cue in their sentence (scare quotes), titles after
// "called"/"dubbed"/"so-called" and Title Case fragments in headline-like
// paragraphs are not quotations. A bare quotation that fills its sentence
// takes the previous quote's speaker.
#ifndef LEDE_SRC_QUOTES_DIRECT_QUOTES_H_
#define LEDE_SRC_QUOTES_DIRECT_QUOTES_H_

#include <string>
#include <vector>

#include "quotes/quote_lexer.h"
#include "quotes/quote_marks.h"
#include "quotes/speaker_resolver.h"

namespace lede::detail {

// Returns the quotations among `quoted` (direct or partial) with their
// unresolved speakers, in text order; sets kept[i] for each span kept.
std::vector<Candidate> ClassifyQuotations(const std::string& text, const Lexed& lexed,
                                          const std::vector<QuotedSpan>& quoted,
                                          const SpeakerResolver& resolver, std::vector<bool>* kept);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUOTES_DIRECT_QUOTES_H_
