// Options: every setting a user can change, each with its default and why.
#ifndef LEDE_OPTIONS_H_
#define LEDE_OPTIONS_H_

#include <cstddef>
#include <string>

namespace lede {

// Holds the analysis settings. The CLI's --help prints these defaults.
struct Options {
  // Treats the input as clean text: no boilerplate stripping, Document::text is the input.
  bool raw = false;
  // Reference date (YYYY-MM-DD) for relative dates; empty means the article's own date.
  std::string date;
  // Largest input analysed, in bytes. 50 MB is far above any real article page
  // (the largest of a 181-page news benchmark is under 2 MB) and keeps memory bounded.
  size_t max_bytes = 50u << 20;
  // Most bytes of clean text the language stages (tokenizer to summary) read;
  // the rest is cut off and Stats::text_bytes_dropped says how much. Their
  // memory grows with the text (about 30 bytes per byte), so this bounds it.
  // 2 MB is about 350,000 words: twenty times the longest news feature, and
  // twice spaCy's default max_length of a million characters.
  size_t max_text_bytes = 2000000;
  // Stops after the boilerplate stripper, tokenizer and sentence splitter: the
  // report has the metadata, clean body and counts, and no entities, quotes,
  // quantities or summary. For users who want the article text only (as from
  // Readability or trafilatura), at a fraction of the cost.
  bool extract_only = false;
  // Sentences in the extractive summary: three is the usual news "nut graf" length.
  size_t summary_sentences = 3;
  // Keywords reported: ten fit on one line of the text report.
  size_t keywords = 10;
  // Records why each candidate block of an HTML page was kept or dropped
  // (Document::decisions). Off by default: it costs text copies on every page
  // and only a person debugging an extraction needs it.
  bool explain = false;
  // A sentence boundary model file made by `lede train sentences`; empty means
  // the model built into lede.
  std::string sentence_model;
  // A named-entity tagger file made by `lede train ner`; when set, entity
  // mentions come from the tagger instead of the rules. Empty (the default)
  // means the rules: no tagger model is shipped.
  std::string ner_model;
};

}  // namespace lede

#endif  // LEDE_OPTIONS_H_
