// Headline quotes: the quotations news puts in its headline and standfirst.
//
// Headlines quote in two set shapes: the speaker, a colon and the quotation
// ("Okafor: ‘We will not pay for their mistakes’") and the quotation followed
// by its attribution ("‘We will not pay,’ says Okafor", "“No deal” – Okafor").
// Each line is read on its own: the first quotation mark that opens (glued
// to the word after it) pairs with the last mark of the same family that
// closes (glued to the word before it), so apostrophes inside stay inside.
// The speaker is the words before the colon, or after a cue verb or a dash,
// at most kMaxSpeakerWords words ending in a capitalised one (the colon
// shape only when the quotation ends the line); it is linked to the
// body entity whose name, alias or surname it equals. A quotation with no
// such speaker is a headline scare quote ("Leaders hail ‘new era’") and is
// not reported. The quote's span is in its line's own text (Quote::place).
#ifndef LEDE_SRC_QUOTES_HEADLINE_QUOTES_H_
#define LEDE_SRC_QUOTES_HEADLINE_QUOTES_H_

#include <string_view>
#include <vector>

#include "lede/report.h"

namespace lede::detail {

// Returns the quote of one headline or standfirst line, if it has one:
// `place` and `line` say where it stands; entities link the speaker.
std::vector<Quote> FindLineQuotes(std::string_view text, QuotePlace place, size_t line,
                                  const std::vector<Entity>& entities);

// Returns the quotations of the report's title and standfirst lines.
std::vector<Quote> FindHeadlineQuotes(const Report& report);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUOTES_HEADLINE_QUOTES_H_
