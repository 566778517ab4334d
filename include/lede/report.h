// Report: everything lede found in one article.
#ifndef LEDE_REPORT_H_
#define LEDE_REPORT_H_

#include <string>
#include <vector>

#include "lede/document.h"
#include "lede/entity.h"
#include "lede/quantity.h"
#include "lede/quote.h"
#include "lede/token.h"

namespace lede {

// Counts the body's units.
struct Stats {
  size_t paragraphs = 0;
  size_t sentences = 0;
  size_t words = 0;
  size_t text_bytes_dropped = 0;  // clean text cut off past Options::max_text_bytes (0: none)
};

// Holds the analysis of one article: the clean document and every annotation on it.
struct Report {
  Document document;                  // clean body, blocks, metadata and source
  std::vector<Token> tokens;          // every token of document.text
  std::vector<Sentence> sentences;    // every sentence of document.text
  std::vector<Entity> entities;       // one per referent, by first mention
  std::vector<Quote> quotes;          // in text order
  std::vector<Quantity> quantities;   // in text order
  std::vector<size_t> summary;        // indices into sentences, in text order
  std::vector<std::string> keywords;  // most telling words and names, best first
  Stats stats;
};

}  // namespace lede

#endif  // LEDE_REPORT_H_
