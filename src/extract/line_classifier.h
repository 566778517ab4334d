// Line classifier: what one line of text copied from a news page is.
//
// Each line is judged on its own, from its shape and the boilerplate word
// lists (data/boilerplate/text_boilerplate_*.txt): an ad marker, a promo, a
// bare timestamp or counter, a caption with a photo credit, a bullet, or text.
// Text lines carry the features the text extractor needs to tell headlines
// and labels from body prose: word count, final punctuation, capitalisation.
// Where a line sits (before the headline, between paragraphs) is the text
// extractor's business, not this file's.
#ifndef LEDE_SRC_EXTRACT_LINE_CLASSIFIER_H_
#define LEDE_SRC_EXTRACT_LINE_CLASSIFIER_H_

#include <cstddef>
#include <string_view>

#include "lede/document.h"

namespace lede::detail {

// Names what a line is, judged on its own.
enum class LineKind {
  kBlank,      // only whitespace
  kAd,         // an ad slot marker: "Advertisement", "Sponsored"
  kPromo,      // a promotion or widget: "Sign up ...", "Learn more", "Share this"
  kTimestamp,  // a bare clock or video length: "03:41", "1:02:33"
  kCounter,    // a bare number: a comment or share count like "48"
  kCaption,    // a photo caption ending in a credit: "... Photo: AFP"
  kCredit,     // a credit alone: "Photo: AFP"
  kBullet,     // a bulleted line: "• ..."
  kText,       // anything else: headline, label or prose
};

// Holds one line of the input and what the classifier found in it.
struct Line {
  Span span;            // the trimmed line in the input (without bullet, caption or credit cut)
  LineKind kind = LineKind::kText;
  Span content;         // the part to keep: the text after a bullet, a caption before its credit
  Span credit;          // the credit of a caption or credit line ("Reuters")
  size_t words = 0;     // words in `content`
  size_t capitalised = 0;  // words in `content` starting with a capital letter
  bool final_stop = false;  // `content` ends with . ! ? … (before closing quotes and brackets)
  bool final_colon = false;  // `content` ends with ':' or ';' (prose that runs on)
};

// Returns the text a span covers in `text`.
std::string_view SpanOf(std::string_view text, Span span);

// Returns the classified line whose trimmed text is `span` in `text`.
Line ClassifyLine(std::string_view text, Span span);

}  // namespace lede::detail

#endif  // LEDE_SRC_EXTRACT_LINE_CLASSIFIER_H_
