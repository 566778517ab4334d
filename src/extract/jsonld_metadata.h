// JSON-LD metadata: the article facts a page states in schema.org JSON-LD.
//
// Reads every <script type="application/ld+json"> of the page, looks for the
// object whose @type is an article type (data/boilerplate/
// html_jsonld_article_types.txt) at the top level, inside arrays or inside an
// @graph, and copies its fields. Malformed JSON is ignored: it is common on
// the web and never a reason to fail.
#ifndef LEDE_SRC_EXTRACT_JSONLD_METADATA_H_
#define LEDE_SRC_EXTRACT_JSONLD_METADATA_H_

#include <string>
#include <vector>

#include "html/dom.h"

namespace lede::detail {

// Holds the fields of the page's JSON-LD article object ("" when absent).
struct JsonLdArticle {
  std::string headline;
  std::string section;
  std::string description;
  std::vector<std::string> authors;
  std::string published;
  std::string modified;
  std::string publisher;
  std::string language;
  std::string page_language;  // inLanguage of any object, article or not
  std::string url;
};

// Returns the JSON-LD article facts of the page: the first article object, its empty fields filled from later ones.
JsonLdArticle ReadJsonLd(const Dom& dom);

}  // namespace lede::detail

#endif  // LEDE_SRC_EXTRACT_JSONLD_METADATA_H_
