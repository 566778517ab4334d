// Metadata extractor: title, section, standfirst, authors, dates, site,
// language, URL and captions of an article page.
//
// Precedence, strongest first, field by field:
//   1. JSON-LD article object (headline, articleSection, description,
//      author, datePublished, dateModified, publisher.name, inLanguage, url);
//   2. OpenGraph / Twitter / article:* meta properties (og:title,
//      article:section, og:description, article:published_time, og:site_name,
//      og:locale, og:url);
//   3. plain <meta name=...> tags (author, description, date) and <link rel=canonical>;
//   4. visible cues: the h1, summary bullets under it, the byline element
//      ("By Jane Doe and John Roe"), <time datetime>, <html lang>, and last
//      of all the <title> with its " | Site" part removed.
// Two exceptions: <html lang> outranks og:locale (it is what the page is
// written in), and visible summary bullets outrank a one-line description,
// which is usually a shortened copy of them.
#ifndef LEDE_SRC_EXTRACT_METADATA_EXTRACTOR_H_
#define LEDE_SRC_EXTRACT_METADATA_EXTRACTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/block_scorer.h"
#include "extract/byline_parser.h"  // ParseByline, used with the metadata
#include "html/dom.h"
#include "lede/document.h"

namespace lede::detail {

// Returns the metadata of a page; `body_start` is the first content root
// (kNoNode if none), before which the standfirst bullets are looked for.
Metadata ExtractMetadata(const Dom& dom, const PageStats& stats, NodeId body_start);

// Returns a <title> without its site part: "Headline | Site" -> "Headline".
std::string StripSiteSuffix(std::string_view title, std::string_view site);

}  // namespace lede::detail

#endif  // LEDE_SRC_EXTRACT_METADATA_EXTRACTOR_H_
