// HTML cues: what an element's tag, class, id and role say about its role.
//
// The class/id vocabulary lives in data/boilerplate/html_class_cues.txt,
// grouped by concept (ads, navigation, share, related ...); each concept
// gets one bit, so an element's cues are one integer the scorer and the body
// writer test cheaply.
#ifndef LEDE_SRC_EXTRACT_HTML_CUES_H_
#define LEDE_SRC_EXTRACT_HTML_CUES_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "html/dom.h"

namespace lede::detail {

// Returns the bit of a concept of html_class_cues.txt ("positive", "ads" ...), 0 if unknown.
uint32_t CueBit(std::string_view concept_name);

// Returns the names of the concepts in `bits`, comma-separated ("ads,related"), for --explain.
std::string CueNames(uint32_t bits);

// Returns the concept bits matched by the class and id of `node`.
uint32_t ElementCues(const DomNode& node);

// Returns the bits of the concepts whose elements are removed whole.
uint32_t DropCueMask();

// Returns true when the element is hidden (hidden attribute, display:none, aria-hidden).
bool IsHiddenElement(const DomNode& node);

// Returns true when the tag or ARIA role alone marks page chrome (nav, aside, footer, forms' controls ...).
bool IsChromeElement(const DomNode& node);

// Returns true when whitespace-collapsed block text is a known furniture phrase ("Advertisement").
bool IsBoilerplatePhrase(std::string_view text);

// Returns true when `text` is a short call to action ("Sign up for our
// newsletter ...", "Join our forums ..."): at most a dozen words, opening
// with a promo phrase of data/boilerplate/text_boilerplate_promos.txt.
bool IsPromoLine(std::string_view text);

}  // namespace lede::detail

#endif  // LEDE_SRC_EXTRACT_HTML_CUES_H_
