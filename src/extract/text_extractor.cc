// Text extractor: finds the article in text copied from a news page.
//
// 1. Classify every line on its own (line_classifier.h): ads, promos, bare
//    timestamps and counters, captions with credits, bullets, text.
// 2. Mark repeated text lines (video titles shown twice, pull quotes).
// 3. Find the first body paragraph: the first line of running prose.
// 4. Find the headline: the last title-like line before the body, preferring
//    one followed by bullets, a caption, a byline or the body itself.
// 5. Above the headline, a short label line is the section (kicker); a
//    "By ..." line is the byline; bullets between headline and body are the
//    standfirst.
// 6. Below the headline, prose lines are the body; bulleted lines inside the
//    body are list items; short unpunctuated lines between paragraphs
//    (related-article headlines) and everything else are dropped.
#include "extract/text_extractor.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/line_classifier.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace lede::detail {

namespace {

// A line ending in . ! ? is a body paragraph from this many words ("He declined to comment." has 4).
constexpr size_t kMinStoppedBodyWords = 3;
// A line this long is running prose even without final punctuation (headlines run 5-20 words).
constexpr size_t kMinUnstoppedBodyWords = 24;
// A line ending in ':' or ';' leads into a quote or list when it has at least this many words.
constexpr size_t kMinColonBodyWords = 5;
// Headlines have 3-23 words; shorter unpunctuated lines are labels ("World", "China’s military").
constexpr size_t kMinHeadlineWords = 3;
constexpr size_t kMaxHeadlineWords = kMinUnstoppedBodyWords - 1;
// A section label (kicker) is one to four words.
constexpr size_t kMaxSectionWords = 4;
// A byline ("By Ana Ruiz and Li Wei") has at most this many words.
constexpr size_t kMaxBylineWords = 10;

// Marks "no block open" in DocumentFromRawText.
constexpr size_t kNoBlock = static_cast<size_t>(-1);

// Names what a line becomes in the Document.
enum class Role { kDrop, kTitle, kSection, kByline, kStandfirst, kCaption, kBody, kListItem };

class TextExtractor {
 public:
  explicit TextExtractor(std::string_view text) : text_(text) {}

  Result<Document> Run() {
    SplitLines();
    if (lines_.empty()) return Status::NoArticle("the text has no lines");
    MarkRepeats();
    roles_.assign(lines_.size(), Role::kDrop);
    const size_t first_body = FirstBody(0);
    const size_t title = FindHeadline(first_body);
    if (title != kNone) {
      roles_[title] = Role::kTitle;
      MarkAboveHeadline(title);
    }
    MarkBody(title == kNone ? 0 : title + 1, first_body);
    return Build();
  }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);

  std::string_view Content(size_t i) const { return SpanOf(text_, lines_[i].content); }

  void SplitLines() {
    size_t start = 0;
    while (start < text_.size()) {
      size_t end = text_.find('\n', start);
      if (end == std::string_view::npos) end = text_.size();
      Line line = ClassifyLine(text_, {start, end});
      if (line.kind != LineKind::kBlank) lines_.push_back(line);
      start = end + 1;
    }
  }

  // Marks text lines that occur more than once; all copies of a repeated non-prose line are dropped.
  void MarkRepeats() {
    std::unordered_map<std::string_view, size_t> counts;
    for (const Line& line : lines_) {
      if (line.kind == LineKind::kText) ++counts[SpanOf(text_, line.span)];
    }
    repeated_.assign(lines_.size(), false);
    for (size_t i = 0; i < lines_.size(); ++i) {
      repeated_[i] = lines_[i].kind == LineKind::kText && counts[SpanOf(text_, lines_[i].span)] > 1;
    }
  }

  bool IsProse(size_t i) const {
    const Line& l = lines_[i];
    if (l.kind != LineKind::kText) return false;
    return (l.final_stop && l.words >= kMinStoppedBodyWords) || l.words >= kMinUnstoppedBodyWords ||
           (l.final_colon && l.words >= kMinColonBodyWords);
  }

  bool IsTitleLike(size_t i) const {
    const Line& l = lines_[i];
    return l.kind == LineKind::kText && !repeated_[i] && !IsProse(i) && !IsByline(i) &&
           l.words >= kMinHeadlineWords && l.words <= kMaxHeadlineWords;
  }

  // Returns true for "By Name [and Name]": a short line opening with "By" and then capitals.
  bool IsByline(size_t i) const {
    const Line& l = lines_[i];
    const std::string_view s = Content(i);
    if (l.kind != LineKind::kText || l.final_stop || l.words < 2 || l.words > kMaxBylineWords) return false;
    if (s.substr(0, 3) != "By " && s.substr(0, 3) != "BY ") return false;
    size_t pos = 3;
    return IsUpperChar(DecodeUtf8(s, &pos));
  }

  size_t FirstBody(size_t from) const {
    for (size_t i = from; i < lines_.size(); ++i) {
      if (IsProse(i) && !repeated_[i]) return i;
    }
    return lines_.size();
  }

  // Returns the headline's line index before `first_body`, or kNone.
  size_t FindHeadline(size_t first_body) const {
    size_t last_candidate = kNone;
    size_t best = kNone;
    for (size_t i = 0; i < first_body; ++i) {
      if (!IsTitleLike(i)) continue;
      last_candidate = i;
      if (i + 1 >= lines_.size()) continue;
      const LineKind next = lines_[i + 1].kind;
      if (next == LineKind::kBullet || next == LineKind::kCaption || next == LineKind::kCredit ||
          i + 1 == first_body || IsByline(i + 1)) {
        best = i;
      }
    }
    return best != kNone ? best : last_candidate;
  }

  // Marks the section label and byline above the headline at `title`.
  void MarkAboveHeadline(size_t title) {
    for (size_t i = title; i-- > 0;) {
      const Line& l = lines_[i];
      if (l.kind == LineKind::kText && !repeated_[i] && !l.final_stop && l.words >= 1 &&
          l.words <= kMaxSectionWords && !IsByline(i)) {
        roles_[i] = Role::kSection;
        break;
      }
    }
  }

  // Marks bylines, standfirst bullets, captions, body paragraphs and list items from `from` on.
  void MarkBody(size_t from, size_t first_body) {
    std::unordered_map<std::string_view, bool> seen_prose;
    for (size_t i = 0; i < lines_.size(); ++i) {
      const Line& l = lines_[i];
      if (roles_[i] != Role::kDrop) continue;
      if (l.kind == LineKind::kCaption) {
        roles_[i] = Role::kCaption;
      } else if (IsByline(i) && i < first_body + 1) {
        roles_[i] = Role::kByline;
      } else if (i < from) {
        continue;  // furniture above the headline
      } else if (l.kind == LineKind::kBullet) {
        roles_[i] = i < first_body ? Role::kStandfirst : Role::kListItem;
      } else if (i > first_body && l.kind == LineKind::kText && i + 1 < lines_.size() &&
                 lines_[i + 1].kind == LineKind::kBullet && !repeated_[i]) {
        roles_[i] = Role::kBody;  // a lead-in to a list in the body ("Officials urged people to")
      } else if (IsProse(i)) {
        // A repeated prose line (a pull quote) is kept once.
        if (!seen_prose.emplace(SpanOf(text_, l.span), true).second) continue;
        roles_[i] = Role::kBody;
      }
    }
  }

  Result<Document> Build() const {
    Document doc;
    for (size_t i = 0; i < lines_.size(); ++i) {
      const std::string_view content = Content(i);
      switch (roles_[i]) {
        case Role::kTitle:
          doc.meta.title = std::string(content);
          break;
        case Role::kSection:
          doc.meta.section = std::string(content);
          break;
        case Role::kByline:
          AddAuthors(content.substr(3), &doc.meta.authors);
          break;
        case Role::kStandfirst:
          doc.meta.standfirst.emplace_back(content);
          break;
        case Role::kCaption:
          doc.meta.captions.push_back(Caption{std::string(content), std::string(SpanOf(text_, lines_[i].credit))});
          break;
        case Role::kBody:
        case Role::kListItem:
          if (!doc.text.empty()) doc.text += "\n\n";
          doc.blocks.push_back(Block{{doc.text.size(), doc.text.size() + content.size()},
                                     roles_[i] == Role::kBody ? BlockKind::kParagraph : BlockKind::kListItem});
          doc.text += content;
          break;
        case Role::kDrop:
          break;
      }
    }
    if (doc.blocks.empty()) return Status::NoArticle("no paragraph of running text found");
    return doc;
  }

  // Appends the names of a byline's text after "By " ("Ana Ruiz and Li Wei", "A, B and C").
  static void AddAuthors(std::string_view names, std::vector<std::string>* authors) {
    size_t start = 0;
    while (start < names.size()) {
      size_t comma = names.find(',', start);
      size_t and_at = names.find(" and ", start);
      size_t end = std::min(comma, and_at);
      if (end == std::string_view::npos) end = names.size();
      std::string_view name = names.substr(start, end - start);
      while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
      while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
      if (!name.empty()) authors->emplace_back(name);
      start = end + (end == and_at ? 5 : 1);
    }
  }

  std::string_view text_;
  std::vector<Line> lines_;
  std::vector<bool> repeated_;
  std::vector<Role> roles_;
};

}  // namespace

Result<Document> ExtractFromText(std::string_view text) { return TextExtractor(text).Run(); }

Document DocumentFromRawText(std::string_view text) {
  Document doc;
  doc.text = std::string(text);
  size_t pos = 0;
  size_t block_start = kNoBlock;
  size_t block_end = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    Span line{pos, end};
    // Trim the line; a line of only whitespace closes the current block.
    while (line.start < line.end) {
      size_t next = line.start;
      if (!IsSpaceChar(DecodeUtf8(text, &next))) break;
      line.start = next;
    }
    while (line.end > line.start) {
      size_t prev = line.end;
      if (!IsSpaceChar(DecodeUtf8Backward(text, &prev))) break;
      line.end = prev;
    }
    if (line.empty()) {
      if (block_start != kNoBlock) doc.blocks.push_back(Block{{block_start, block_end}, BlockKind::kParagraph});
      block_start = kNoBlock;
    } else {
      if (block_start == kNoBlock) block_start = line.start;
      block_end = line.end;
    }
    pos = end + 1;
  }
  if (block_start != kNoBlock) doc.blocks.push_back(Block{{block_start, block_end}, BlockKind::kParagraph});
  return doc;
}

}  // namespace lede::detail
