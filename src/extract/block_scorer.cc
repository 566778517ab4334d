// Block scorer. Two linear passes build PageStats: a forward pass marks
// chrome (tag, role, hidden, class/id cues of a drop concept) as dropped with
// its subtree, and a backward pass (children have larger ids than parents,
// the Dom being in pre-order) sums text, link text and commas of what is
// kept. Scoring then visits each paragraph-like block once and touches at
// most kScoredAncestors ancestors, so the whole search is linear.
#include "extract/block_scorer.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "extract/html_cues.h"
#include "extract/html_text.h"

namespace lede::detail {

namespace {

// Largest share of the page's text an element may hold and still be dropped
// by its cues: sites wrap whole pages in <form> or in a div whose class says
// "has-sidebar", and dropping those would drop the article with them.
constexpr double kMaxDroppedShare = 0.5;
// An element with both a positive cue ("article-header", "entry-content")
// and a drop cue is kept when it holds at least this much text at a link
// density under kMaxKeptLinkDensity: WordPress and news templates put
// taxonomy words ("tag-travel", "author-jane", "premium") on the article
// itself, while real furniture with positive words ("related-articles") is
// short or made of links.
constexpr uint32_t kMinKeptPositiveChars = 200;
constexpr double kMaxKeptLinkDensity = 0.3;
// An element with chrome cues is kept whole when it holds one <article>,
// <main> or itemprop=articleBody element of at least this many characters:
// themes put "sidebar" on the layout container that holds both the article
// and its sidebar ("container has-sidebar", "sticky-sidebar"), while teaser
// cards of a real related rail are each far shorter than an article. The
// article must also hold kMinHeldArticleShare of the element's text, else
// it is one of many (comments marked up as <article>s).
constexpr uint32_t kMinHeldArticleChars = 500;
constexpr double kMinHeldArticleShare = 0.5;
// An element with chrome cues ("social-media-embed", "video-container")
// whose text is at least this share inside <blockquote> is an embedded post
// (a tweet, an Instagram caption) that the article quotes, not a share bar.
constexpr double kMinEmbeddedQuoteShare = 0.8;
// Shortest paragraph (visible code points) that votes for its ancestors;
// shorter ones are captions, buttons and labels as often as prose.
constexpr uint32_t kMinParagraphChars = 25;
// Characters per point of a paragraph's length bonus, and its cap, so one
// huge block cannot outvote many ordinary paragraphs (Readability's values).
constexpr uint32_t kCharsPerPoint = 100;
constexpr double kMaxLengthPoints = 3;
// How many ancestors receive a paragraph's points: parent, grandparent and
// three more, enough to reach past the wrapper divs of modern templates.
constexpr int kScoredAncestors = 5;
// Score added or removed by a positive or negative class/id cue; large
// enough to outweigh a few paragraphs, as a deliberate class name should.
constexpr double kClassCueWeight = 25;
// Extra score for itemprop=articleBody, the page's own statement of where
// the body is.
constexpr double kArticleBodyBonus = 50;
// A sibling of the top candidate joins the body when it scores at least this
// share of the top score (or kMinSiblingScore) ...
constexpr double kSiblingScoreShare = 0.2;
constexpr double kMinSiblingScore = 10;
// ... or is a paragraph of at least kLongSiblingChars with link density
// under kMaxSiblingLinkDensity, or a shorter link-free sentence.
constexpr uint32_t kLongSiblingChars = 80;
constexpr double kMaxSiblingLinkDensity = 0.25;

// Readability's check for bodies split into chunks: when at least
// kMinAlternatives of the kTopCandidates best candidates score within
// kAlternativeShare of the top one and share an ancestor with it, that
// ancestor holds the body, not the top candidate alone.
constexpr size_t kTopCandidates = 5;
constexpr double kAlternativeShare = 0.75;
constexpr size_t kMinAlternatives = 3;
// Best candidates listed by --explain besides the chosen roots.
constexpr size_t kExplainedCandidates = 8;

// While climbing from the top candidate, an ancestor scoring under this
// share of the last score stops the climb (it is a page wrapper).
constexpr double kClimbStopShare = 1.0 / 3;

// Returns the starting score of an ancestor from its tag (Readability's table:
// divs usually hold prose, lists and headings usually do not).
double TagWeight(std::string_view tag) {
  if (tag == "div" || tag == "article" || tag == "main") return 5;
  if (tag == "pre" || tag == "td" || tag == "blockquote") return 3;
  if (tag == "address" || tag == "ol" || tag == "ul" || tag == "dl" || tag == "dd" || tag == "dt" ||
      tag == "li" || tag == "form") {
    return -3;
  }
  if (IsHeadingTag(tag) || tag == "th") return -5;
  return 0;
}

// Returns the class/id part of an element's starting score.
double CueWeight(const DomNode& node, uint32_t cues) {
  static const uint32_t kPositive = CueBit("positive");
  double w = 0;
  if ((cues & kPositive) != 0) w += kClassCueWeight;
  if ((cues & ~kPositive) != 0) w -= kClassCueWeight;
  if (node.Attr("itemprop") == "articleBody") w += kArticleBodyBonus;
  return w;
}

// Returns true for elements whose own text makes a paragraph.
bool IsParagraphLike(const DomNode& node, bool has_block_child) {
  if (node.tag == "p" || node.tag == "pre" || node.tag == "td") return true;
  if (has_block_child) return false;
  return node.tag == "div" || node.tag == "section" || node.tag == "article" || node.tag == "dd" ||
         node.tag == "blockquote" || node.tag == "center" || node.tag == "font";
}

// Returns true for the elements a page uses to say "the article is here".
bool IsArticleElement(const DomNode& node) {
  return node.tag == "article" || node.tag == "main" || node.Attr("itemprop") == "articleBody";
}

// Returns true for the rows and cells of a table.
bool IsTablePart(std::string_view tag) {
  return tag == "tr" || tag == "td" || tag == "th" || tag == "tbody" || tag == "thead" || tag == "tfoot";
}

// Returns true when an element must never be dropped by cues.
bool IsUndroppable(const DomNode& node) {
  return node.tag == "html" || node.tag == "body" || node.Attr("itemprop") == "articleBody";
}

// Returns true when `ancestor` is `id` or one of its ancestors.
bool Contains(const Dom& dom, NodeId ancestor, NodeId id) {
  for (NodeId a = id; a != kNoNode; a = dom.nodes[a].parent) {
    if (a == ancestor) return true;
  }
  return false;
}

// Returns the element that holds the whole body, starting from the top
// candidate (Readability's three climbs: shared ancestor of near-equal
// candidates, a better-scoring ancestor, and wrappers with a single child).
NodeId ClimbToBody(const Dom& dom, const std::unordered_map<NodeId, double>& score, NodeId top, double* top_score) {
  std::vector<std::pair<double, NodeId>> best;
  for (const auto& [id, value] : score) best.emplace_back(value, id);
  const size_t keep = std::min(kTopCandidates, best.size());
  std::partial_sort(best.begin(), best.begin() + static_cast<std::ptrdiff_t>(keep), best.end(),
                    [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
  std::vector<NodeId> alternatives;
  for (size_t i = 0; i < keep; ++i) {
    if (best[i].second != top && best[i].first >= kAlternativeShare * *top_score) alternatives.push_back(best[i].second);
  }
  if (alternatives.size() >= kMinAlternatives) {
    for (NodeId a = dom.nodes[top].parent; a != kNoNode && dom.nodes[a].tag != "body"; a = dom.nodes[a].parent) {
      size_t inside = 0;
      for (NodeId alt : alternatives) inside += Contains(dom, a, alt);
      if (inside >= kMinAlternatives) {
        top = a;
        break;
      }
    }
  }
  auto score_of = [&score](NodeId id) {
    auto it = score.find(id);
    return it == score.end() ? -1.0 : it->second;
  };
  double last = score_of(top);
  for (NodeId a = dom.nodes[top].parent; a != kNoNode && dom.nodes[a].tag != "body"; a = dom.nodes[a].parent) {
    const double s = score_of(a);
    if (s < 0) continue;
    if (s < last * kClimbStopShare) break;
    if (s > last) {
      top = a;
      break;
    }
    last = s;
  }
  while (dom.nodes[top].parent != kNoNode && dom.nodes[dom.nodes[top].parent].tag != "body") {
    size_t elements = 0;
    for (NodeId c : dom.nodes[dom.nodes[top].parent].children) elements += !dom.nodes[c].is_text;
    if (elements != 1) break;
    top = dom.nodes[top].parent;
  }
  *top_score = std::max(*top_score, score_of(top));
  return top;
}

}  // namespace

PageStats AnalyzePage(const Dom& dom) {
  const size_t n = dom.nodes.size();
  PageStats s;
  s.cues.assign(n, 0);
  s.dropped.assign(n, false);
  s.text_chars.assign(n, 0);
  s.link_chars.assign(n, 0);
  s.commas.assign(n, 0);
  s.has_block_child.assign(n, false);

  const uint32_t drop_mask = DropCueMask();
  // Raw text lengths first: the drop decision needs to know how much text it would remove.
  std::vector<uint32_t> raw(n, 0);
  std::vector<uint32_t> raw_links(n, 0);
  // Longest article-like element (article, main, articleBody) without a
  // chrome cue ("comment-body") in each subtree; the cues of article
  // elements are computed here, the others' in the forward pass, only where kept.
  std::vector<uint32_t> held_article(n, 0);
  std::vector<char> is_article(n, 0);
  // Text inside <blockquote> elements in each subtree.
  std::vector<uint32_t> quoted(n, 0);
  for (size_t i = n; i-- > 0;) {
    const DomNode& node = dom.nodes[i];
    if (node.is_text) {
      raw[i] = static_cast<uint32_t>(VisibleLength(node.text));
    } else if (node.tag == "a") {
      raw_links[i] = raw[i];
    } else if (node.tag == "blockquote") {
      quoted[i] = raw[i];
    } else if (node.tag == "body") {
      s.body = static_cast<NodeId>(i);  // the first <body> wins: the loop runs backwards
    }
    if (!node.is_text && IsArticleElement(node)) {
      is_article[i] = 1;
      s.cues[i] = ElementCues(node);
      if ((s.cues[i] & drop_mask) == 0) held_article[i] = std::max(held_article[i], raw[i]);
    }
    if (node.parent == kNoNode) continue;
    raw[node.parent] += raw[i];
    raw_links[node.parent] += raw_links[i];
    quoted[node.parent] += quoted[i];
    held_article[node.parent] = std::max(held_article[node.parent], held_article[i]);
  }
  const double page_chars = s.body != kNoNode ? raw[s.body] : (n > 0 ? raw[0] : 0);
  const uint32_t positive = CueBit("positive");

  // Forward: chrome is dropped with its subtree.
  for (size_t i = 0; i < n; ++i) {
    const DomNode& node = dom.nodes[i];
    if (node.parent != kNoNode && s.dropped[node.parent]) {
      s.dropped[i] = true;
      continue;
    }
    if (node.is_text) continue;
    if (is_article[i] == 0) s.cues[i] = ElementCues(node);
    if (node.tag == "head" || node.tag == "script" || node.tag == "title") {
      s.dropped[i] = true;
      continue;
    }
    if (IsUndroppable(node)) continue;
    // Table parts are data, whatever their classes say ("player-2020" on a
    // standings row is no video player); a chrome table drops as a whole.
    bool cue_drop = (s.cues[i] & drop_mask) != 0 && !IsTablePart(node.tag);
    if (cue_drop && (s.cues[i] & positive) != 0 && raw[i] >= kMinKeptPositiveChars) {
      cue_drop = static_cast<double>(raw_links[i]) / raw[i] > kMaxKeptLinkDensity;
    }
    if (cue_drop && raw[i] > 0 && quoted[i] >= kMinEmbeddedQuoteShare * raw[i]) cue_drop = false;
    const bool chrome = IsChromeElement(node) || IsHiddenElement(node) || cue_drop;
    s.dropped[i] = chrome && raw[i] <= kMaxDroppedShare * page_chars &&
                    (held_article[i] < kMinHeldArticleChars || held_article[i] < kMinHeldArticleShare * raw[i]);
  }

  // Backward: sum what is kept.
  for (size_t i = n; i-- > 0;) {
    const DomNode& node = dom.nodes[i];
    if (s.dropped[i]) continue;
    if (node.is_text) {
      s.text_chars[i] = raw[i];  // a text node's own length, from the raw pass
      s.commas[i] = static_cast<uint32_t>(std::count(node.text.begin(), node.text.end(), ','));
    } else if (node.tag == "a") {
      s.link_chars[i] = s.text_chars[i];
    }
    if (node.parent == kNoNode) continue;
    s.text_chars[node.parent] += s.text_chars[i];
    s.link_chars[node.parent] += s.link_chars[i];
    s.commas[node.parent] += s.commas[i];
    if (!node.is_text && IsBlockTag(node.tag)) s.has_block_child[node.parent] = true;
  }
  return s;
}

double LinkDensity(const PageStats& stats, NodeId id) {
  const uint32_t total = stats.text_chars[id];
  return total == 0 ? 0.0 : static_cast<double>(stats.link_chars[id]) / total;
}

std::vector<NodeId> FindContentRoots(const Dom& dom, const PageStats& stats, std::vector<BlockDecision>* decisions) {
  std::unordered_map<NodeId, double> score;
  for (NodeId i = 0; i < dom.nodes.size(); ++i) {
    const DomNode& node = dom.nodes[i];
    if (node.is_text || stats.dropped[i] || stats.text_chars[i] < kMinParagraphChars) continue;
    if (!IsParagraphLike(node, stats.has_block_child[i])) continue;
    const double points = 1.0 + stats.commas[i] +
                          std::min(kMaxLengthPoints, static_cast<double>(stats.text_chars[i] / kCharsPerPoint));
    NodeId a = node.parent;
    for (int level = 0; level < kScoredAncestors && a != kNoNode; ++level, a = dom.nodes[a].parent) {
      if (dom.nodes[a].tag == "html") break;
      auto [it, inserted] = score.try_emplace(a, 0.0);
      if (inserted) it->second = TagWeight(dom.nodes[a].tag) + CueWeight(dom.nodes[a], stats.cues[a]);
      const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      it->second += points / divider;
    }
  }
  NodeId top = kNoNode;
  double top_score = 0;
  for (auto& [id, value] : score) {
    value *= 1.0 - LinkDensity(stats, id);
    if (top == kNoNode || value > top_score || (value == top_score && id < top)) {
      top = id;
      top_score = value;
    }
  }
  if (top == kNoNode) return {};
  const NodeId best = top;
  top = ClimbToBody(dom, score, top, &top_score);

  // Records one container decision for --explain.
  auto explain = [&](NodeId id, double value, bool kept, const std::string& why) {
    if (decisions == nullptr) return;
    decisions->push_back({"container", value, kept, why + ": " + ElementLabel(dom.nodes[id]),
                          TextPreview(SubtreeText(dom, id))});
  };
  explain(top, top_score, true, top == best ? "body: best-scoring container" : "body: climbed from the best container");
  std::vector<NodeId> roots;
  const NodeId parent = dom.nodes[top].parent;
  if (parent == kNoNode || dom.nodes[top].tag == "body") {
    roots.push_back(top);
  } else {
    const double threshold = std::max(kMinSiblingScore, top_score * kSiblingScoreShare);
    const std::string_view top_class = dom.nodes[top].Attr("class");
    for (NodeId c : dom.nodes[parent].children) {
      const DomNode& sib = dom.nodes[c];
      if (c == top) {
        roots.push_back(c);
        continue;
      }
      if (sib.is_text || stats.dropped[c] || stats.text_chars[c] == 0) continue;
      double bonus = 0;
      if (!top_class.empty() && sib.Attr("class") == top_class) bonus = top_score * kSiblingScoreShare;
      auto it = score.find(c);
      const double sib_score = it == score.end() ? 0.0 : it->second;
      if (it != score.end() && it->second + bonus >= threshold) {
        roots.push_back(c);
        explain(c, sib_score, true, "sibling of the body scoring near it");
        continue;
      }
      bool kept = false;
      if (IsParagraphLike(sib, stats.has_block_child[c])) {
        const uint32_t len = stats.text_chars[c];
        const double density = LinkDensity(stats, c);
        if (len >= kLongSiblingChars && density < kMaxSiblingLinkDensity) {
          kept = true;
        } else if (len >= kMinParagraphChars && density == 0) {
          const std::string text = SubtreeText(dom, c);
          kept = !text.empty() && (text.back() == '.' || text.find(". ") != std::string::npos);
        }
      }
      if (kept) roots.push_back(c);
      if (stats.text_chars[c] >= kMinParagraphChars) {
        explain(c, sib_score, kept, kept ? "sibling paragraph of the body" : "sibling of the body, too weak");
      }
    }
  }
  if (decisions != nullptr) {
    std::vector<std::pair<double, NodeId>> ranked;
    for (const auto& [id, value] : score) ranked.emplace_back(value, id);
    const size_t keep = std::min(kExplainedCandidates, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end(),
                      [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    for (size_t i = 0; i < keep; ++i) {
      const NodeId id = ranked[i].second;
      if (std::find(roots.begin(), roots.end(), id) != roots.end()) continue;
      bool inside = false;
      for (NodeId root : roots) inside = inside || Contains(dom, root, id);
      bool outer = false;
      for (NodeId root : roots) outer = outer || Contains(dom, id, root);
      explain(id, ranked[i].first, inside,
              inside ? "candidate inside the body" : outer ? "candidate wrapping the body (page wrapper)" : "candidate outscored by the body");
    }
  }
  return roots;
}

void ExplainDropped(const Dom& dom, const PageStats& stats, std::vector<BlockDecision>* decisions) {
  const uint32_t drop_mask = DropCueMask();
  for (NodeId i = 0; i < dom.nodes.size(); ++i) {
    const DomNode& node = dom.nodes[i];
    if (node.is_text || !stats.dropped[i]) continue;
    if (node.parent != kNoNode && stats.dropped[node.parent]) continue;
    if (node.tag == "head" || node.tag == "script" || node.tag == "title") continue;
    const std::string text = SubtreeText(dom, i);
    if (VisibleLength(text) < kMinParagraphChars) continue;
    std::string why = IsHiddenElement(node)    ? "hidden element"
                      : IsChromeElement(node) ? "chrome tag or role"
                                               : "class/id cue " + CueNames(stats.cues[i] & drop_mask);
    decisions->push_back({"chrome", 0.0, false, why + ": " + ElementLabel(node), TextPreview(text)});
  }
}

}  // namespace lede::detail
