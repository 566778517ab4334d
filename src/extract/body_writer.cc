// Body writer. One recursive walk (depth bounded by the parser's nesting
// limit) collects (text, kind) blocks; a second pass drops headings that
// introduce nothing (a heading followed by another heading or by the end of
// the body is a "Related" or "Comments" label left behind), then joins the
// blocks with blank lines and records their spans.
#include "extract/body_writer.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "extract/html_cues.h"
#include "extract/html_text.h"

namespace lede::detail {

namespace {

// Link density above which a list, div or table inside the body is a block of
// links (related stories, tag lists, "more from" rails), not prose.
constexpr double kMaxContainerLinkDensity = 0.5;
// Link density above which a single block is a link ("Read more: ...")
// rather than a paragraph that happens to contain links.
constexpr double kMaxBlockLinkDensity = 0.5;
// A block of at least kMinProseChars with a sentence break inside (". ")
// reads as prose, and may carry links up to kMaxProseLinkDensity: deal and
// roundup paragraphs link most of their product names, while "Read more"
// links and linked headlines are single short sentences.
constexpr size_t kMinProseChars = 150;
constexpr double kMaxProseLinkDensity = 0.75;
// Longest element (visible code points) with a caption class that is taken
// for a photo caption and left out of the body; a longer one is a mislabelled
// container.
constexpr uint32_t kMaxCaptionChars = 500;

// A container inside the body whose element children include at least
// kMinCards of one class holding kMinCardShare of its text, each a teaser card (at most kMaxCardChars, with at
// least kMinCardLinkDensity of its text in links: a linked title and a
// blurb), is a "popular" or "more stories" rail. Article text split into
// same-class divs has no such links, and real lists of links are already
// caught by kMaxContainerLinkDensity.
constexpr size_t kMinCards = 3;
constexpr uint32_t kMaxCardChars = 300;
constexpr double kMinCardLinkDensity = 0.15;
// Share of the container's text the cards must hold, so a body that merely
// contains a few short linked paragraphs is never taken for a rail.
constexpr double kMinCardShare = 0.8;

// List items after the last paragraph with at least this share of their
// text in links are a "more stories" list, however they are marked up; with
// kMinTrailingLinkItems of them, the short label above them goes too.
constexpr double kMinTrailingLinkDensity = 0.3;
constexpr size_t kMinTrailingLinkItems = 2;
constexpr size_t kMaxLabelWords = 8;

// Holds one finished block before the text is assembled.
struct PendingBlock {
  std::string text;
  BlockKind kind;
  size_t decision;  // index in the decisions, when explaining
  double link_density;
};

// Returns true when `text` is a short label rather than a sentence: a
// "More stories" title over a list (few words, no closing punctuation).
bool IsShortLabel(std::string_view text) {
  if (text.empty()) return false;
  const char last = text.back();
  if (last == '.' || last == '!' || last == '?' || last == '"') return false;
  return static_cast<size_t>(std::count(text.begin(), text.end(), ' ')) < kMaxLabelWords;
}

// Returns the --explain role name of a block kind.
std::string KindRole(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeading: return "heading";
    case BlockKind::kListItem: return "list_item";
    case BlockKind::kBlockquote: return "blockquote";
    case BlockKind::kParagraph: break;
  }
  return "paragraph";
}

class BodyCollector {
 public:
  BodyCollector(const Dom& dom, const PageStats& stats, std::vector<BlockDecision>* decisions)
      : dom_(dom), stats_(stats), decisions_(decisions) {}

  // Collects the blocks of the subtree at `id` (a content root).
  void CollectRoot(NodeId id) {
    Walk(id, BlockKind::kParagraph, false, true);
    Flush();
  }

  // Returns the blocks collected so far.
  std::vector<PendingBlock>& blocks() { return blocks_; }

 private:
  void Walk(NodeId id, BlockKind kind, bool in_link, bool is_root) {
    const DomNode& node = dom_.nodes[id];
    if (node.is_text) {
      const size_t visible = AppendCollapsed(node.text, &current_);
      chars_ += visible;
      if (in_link) link_chars_ += visible;
      return;
    }
    const bool block = IsBlockTag(node.tag);
    static const uint32_t kCaption = CueBit("caption") | CueBit("credit");
    const bool caption = (stats_.cues[id] & kCaption) != 0 && stats_.text_chars[id] <= kMaxCaptionChars;
    if (stats_.dropped[id] || caption || node.tag == "figure" || node.tag == "figcaption" || node.tag == "h1") {
      if (block) Flush();
      if (!stats_.dropped[id]) {
        Explain(id, node.tag == "h1" ? "heading" : "caption", node.tag == "h1" ? "the headline (h1), reported as title" : "photo caption or credit");
      }
      return;
    }
    if (node.tag == "br") {
      Flush();
      return;
    }
    if (!is_root && (node.tag == "ul" || node.tag == "ol" || node.tag == "div" || node.tag == "table" ||
                     node.tag == "section" || node.tag == "dl")) {
      if (LinkDensity(stats_, id) > kMaxContainerLinkDensity) {
        Flush();
        Explain(id, "links", "link-dense container (related or tag list)");
        return;
      }
      if (IsCardList(id)) {
        Flush();
        Explain(id, "links", "list of teaser cards (linked title and blurb)");
        return;
      }
    }
    if (!block) {
      for (NodeId c : node.children) Walk(c, kind, in_link || node.tag == "a", false);
      return;
    }
    Flush();
    BlockKind inner = kind;
    if (IsHeadingTag(node.tag)) {
      inner = BlockKind::kHeading;
    } else if (node.tag == "li") {
      inner = BlockKind::kListItem;
    } else if (node.tag == "blockquote") {
      inner = BlockKind::kBlockquote;
    }
    kind_ = inner;
    // A table cell is a fragment of its row: a cell that is one link (a
    // name in a standings table) is data, and the table as a whole was
    // already checked for link density.
    const bool outer_cell = in_cell_;
    if (node.tag == "td" || node.tag == "th") in_cell_ = true;
    for (NodeId c : node.children) {
      Walk(c, inner, in_link, false);
      kind_ = inner;
    }
    Flush();
    in_cell_ = outer_cell;
    // Loose text after this block (after "<h2>..</h2><br>") is the parent's
    // kind again, not a heading.
    kind_ = kind;
  }

  // Returns true when the container `id` holds kMinCards same-class teaser cards.
  bool IsCardList(NodeId id) const {
    const DomNode& node = dom_.nodes[id];
    std::string_view card_class;
    size_t cards = 0;
    uint32_t card_chars = 0;
    for (NodeId c : node.children) {
      const DomNode& child = dom_.nodes[c];
      if (child.is_text || stats_.dropped[c] || stats_.text_chars[c] == 0) continue;
      const std::string_view cls = child.Attr("class");
      if (cls.empty() || stats_.text_chars[c] > kMaxCardChars || LinkDensity(stats_, c) < kMinCardLinkDensity) continue;
      if (card_class.empty()) card_class = cls;
      if (cls != card_class) continue;
      ++cards;
      card_chars += stats_.text_chars[c];
    }
    return cards >= kMinCards && card_chars >= kMinCardShare * stats_.text_chars[id];
  }

  // Ends the current block, keeping it when it reads as article text.
  void Flush() {
    while (!current_.empty() && current_.back() == ' ') current_.pop_back();
    size_t start = 0;
    while (start < current_.size() && current_[start] == ' ') ++start;
    std::string text = current_.substr(start);
    const double density = chars_ == 0 ? 0.0 : static_cast<double>(link_chars_) / chars_;
    const bool prose = chars_ >= kMinProseChars && text.find(". ") != std::string::npos;
    current_.clear();
    chars_ = 0;
    link_chars_ = 0;
    if (text.empty()) return;
    const double max_density = prose ? kMaxProseLinkDensity : kMaxBlockLinkDensity;
    const char* why = density > max_density && !in_cell_ ? "link-dense block"
                      : IsBoilerplatePhrase(text)   ? "boilerplate phrase"
                      // A block repeated right after itself is a template artefact (a title and its tooltip).
                      : !blocks_.empty() && blocks_.back().text == text ? "repeats the previous block"
                                                                        : nullptr;
    size_t decision = 0;
    if (decisions_ != nullptr) {
      decision = decisions_->size();
      decisions_->push_back({KindRole(kind_), 1.0 - density, why == nullptr, why == nullptr ? "article text" : why,
                             TextPreview(text)});
    }
    if (why == nullptr) blocks_.push_back({std::move(text), kind_, decision, density});
  }

  // Records a skipped element for --explain.
  void Explain(NodeId id, const char* role, const char* why) {
    if (decisions_ == nullptr) return;
    const std::string text = SubtreeText(dom_, id);
    if (text.empty()) return;
    decisions_->push_back({role, 1.0 - LinkDensity(stats_, id), false, why, TextPreview(text)});
  }

  const Dom& dom_;
  const PageStats& stats_;
  std::vector<BlockDecision>* decisions_;
  std::vector<PendingBlock> blocks_;
  std::string current_;
  size_t chars_ = 0;
  size_t link_chars_ = 0;
  BlockKind kind_ = BlockKind::kParagraph;
  bool in_cell_ = false;  // inside a td or th
};

}  // namespace

void WriteBody(const Dom& dom, const PageStats& stats, const std::vector<NodeId>& roots, Document* doc,
               std::vector<BlockDecision>* decisions) {
  BodyCollector collector(dom, stats, decisions);
  for (NodeId root : roots) collector.CollectRoot(root);
  std::vector<PendingBlock>& blocks = collector.blocks();

  // Calls to action after the last paragraph ("Sign up for ...", "Join our
  // forums ...") are the template's, not the article's; inside the body
  // the same words may be the story's own, so only the tail is trimmed.
  auto drop = [&](size_t i, const char* why) {
    if (decisions == nullptr) return;
    (*decisions)[blocks[i].decision].kept = false;
    (*decisions)[blocks[i].decision].reason = why;
  };
  size_t end = blocks.size();
  size_t link_items = 0;
  while (end > 0 && blocks[end - 1].kind != BlockKind::kHeading) {
    const PendingBlock& b = blocks[end - 1];
    if (b.kind == BlockKind::kListItem && b.link_density >= kMinTrailingLinkDensity) {
      ++link_items;
      drop(--end, "linked list item after the article");
    } else if (IsPromoLine(b.text)) {
      drop(--end, "call to action after the article");
    } else {
      break;
    }
  }
  if (link_items >= kMinTrailingLinkItems && end > 0 && IsShortLabel(blocks[end - 1].text)) {
    drop(--end, "label of a linked list after the article");
  }
  blocks.resize(end);

  doc->text.clear();
  doc->blocks.clear();
  for (size_t i = 0; i < blocks.size(); ++i) {
    const bool heading = blocks[i].kind == BlockKind::kHeading;
    if (heading && (i + 1 == blocks.size() || blocks[i + 1].kind == BlockKind::kHeading)) {
      if (decisions != nullptr) {
        (*decisions)[blocks[i].decision].kept = false;
        (*decisions)[blocks[i].decision].reason = "heading that introduces no text";
      }
      continue;
    }
    if (!doc->text.empty()) doc->text += "\n\n";
    const size_t start = doc->text.size();
    doc->text += blocks[i].text;
    doc->blocks.push_back({{start, doc->text.size()}, blocks[i].kind});
  }
}

}  // namespace lede::detail
