// Document: the article as the boilerplate stripper leaves it.
//
// A Document owns one UTF-8 string, `text`, holding the clean body with its
// blocks separated by a blank line. Everything else in lede (tokens,
// sentences, entities, quotes, quantities) points into that string with
// Spans, so every annotation can be mapped back to the exact characters.
#ifndef LEDE_DOCUMENT_H_
#define LEDE_DOCUMENT_H_

#include <cstddef>
#include <string>
#include <vector>

namespace lede {

// Marks a half-open range [start, end) of UTF-8 byte offsets into
// Document::text. The JSON reporter turns them into code point offsets.
struct Span {
  size_t start = 0;
  size_t end = 0;

  // Returns the number of bytes covered.
  size_t size() const { return end - start; }
  // Returns true when the span covers nothing.
  bool empty() const { return end <= start; }
  friend bool operator==(const Span&, const Span&) = default;
};

// Describes where an input came from and how it was read.
struct Source {
  std::string path;      // file path, "-" for stdin
  std::string format;    // "html" or "text"
  size_t bytes = 0;      // size of the raw input in bytes
  std::string encoding;  // charset the input was decoded from, e.g. "UTF-8"
  std::string url;       // URL the input was fetched from, when its container says (a WARC record); else ""
  std::string date;      // when it was fetched (ISO 8601), when its container says; else ""
};

// Describes a photo caption and its credit ("Photo: Reuters" -> "Reuters").
struct Caption {
  std::string text;
  std::string credit;
};

// Names the role a block of the body plays.
enum class BlockKind { kParagraph, kHeading, kListItem, kBlockquote };

// Marks one block of the clean body: its span in Document::text and its role.
struct Block {
  Span span;
  BlockKind kind = BlockKind::kParagraph;
};

// Records one decision of the HTML extractor, for --explain: a candidate
// container or a block of text, and why it was kept or left out.
struct BlockDecision {
  std::string role;    // "container", "chrome", or a block kind ("paragraph", "heading" ...)
  double score = 0;    // content score for containers; share of text outside links for blocks
  bool kept = false;   // true when the text is in Document::text
  std::string reason;  // why, in a few words ("top candidate", "link-dense", "class/id cue: related")
  std::string text;    // the start of the candidate's text (a preview, not the whole)
};

// Holds what the page says about the article, outside the body.
struct Metadata {
  std::string title;                    // the headline, without a site suffix
  std::string section;                  // section or kicker label
  std::vector<std::string> standfirst;  // summary bullets or the dek
  std::vector<std::string> authors;     // names only, without "By"
  std::string published;                // ISO 8601 date or date-time
  std::string modified;                 // ISO 8601 date or date-time
  std::string site;                     // publication name
  std::string language;                 // BCP 47 tag, e.g. "en"
  std::string url;                      // canonical URL
  std::vector<Caption> captions;        // photo captions with credits
};

// Holds the clean article: body text, its blocks, and its metadata.
struct Document {
  Source source;
  Metadata meta;
  std::string text;           // clean body, blocks separated by "\n\n"
  std::vector<Block> blocks;  // in order, non-overlapping, inside text
  // The extractor's decisions, filled only when Options::explain is set (HTML input only).
  std::vector<BlockDecision> decisions;
};

}  // namespace lede

#endif  // LEDE_DOCUMENT_H_
