// Caption extractor. Captions are few, so checking each one's ancestors for
// chrome costs at most the nesting limit per caption.
#include "extract/caption_extractor.h"

#include <cctype>
#include <string>
#include <vector>

#include "data/embedded_data.h"
#include "extract/html_cues.h"
#include "extract/html_text.h"

namespace lede::detail {

namespace {

// Returns true when `node` or an ancestor is chrome in which captions belong
// to other stories (related rails, navigation, ads, comments, footers).
bool InForeignChrome(const Dom& dom, const PageStats& stats, NodeId id) {
  static const uint32_t kForeign = CueBit("related") | CueBit("navigation") | CueBit("ads") |
                                   CueBit("comments") | CueBit("footer") | CueBit("newsletter");
  for (NodeId a = id; a != kNoNode; a = dom.nodes[a].parent) {
    const DomNode& n = dom.nodes[a];
    if ((stats.cues[a] & kForeign) != 0 || n.tag == "nav" || n.tag == "aside" || n.tag == "footer") return true;
  }
  return false;
}

// Removes a credit prefix ("Photo:") from the start of `credit`.
std::string StripCreditPrefix(std::string credit) {
  static const std::vector<std::string_view> kPrefixes = DataLines("boilerplate/html_credit_prefixes.txt");
  for (std::string_view p : kPrefixes) {
    if (credit.size() < p.size()) continue;
    bool same = true;
    for (size_t i = 0; i < p.size() && same; ++i) {
      same = std::tolower(static_cast<unsigned char>(credit[i])) == std::tolower(static_cast<unsigned char>(p[i]));
    }
    if (same) return CollapseWhitespace(credit.substr(p.size()));
  }
  return credit;
}

// Appends the text of the subtree at `id` to *out, skipping the subtree `skip`.
void TextWithout(const Dom& dom, NodeId id, NodeId skip, std::string* out) {
  if (id == skip) return;
  const DomNode& n = dom.nodes[id];
  if (n.is_text) {
    AppendCollapsed(n.text, out);
    return;
  }
  if (n.tag == "br" && !out->empty() && out->back() != ' ') out->push_back(' ');
  for (NodeId c : n.children) TextWithout(dom, c, skip, out);
}

// Returns true when an element's own markup says it is a credit: a class or
// id with "credit", "copyright" or "photographer", or a schema.org
// copyrightHolder / creator itemprop. Read directly, since class cues may
// not be computed inside blocks the body extractor drops.
bool HasCreditMarkup(const DomNode& n) {
  for (const char* attr : {"class", "id", "itemprop"}) {
    std::string value(n.Attr(attr));
    for (char& c : value) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* word : {"credit", "copyright", "photographer", "creator"}) {
      if (value.find(word) != std::string::npos) return true;
    }
  }
  return false;
}

// Returns the first descendant of `id` with a credit cue, or kNoNode.
NodeId FindCreditElement(const Dom& dom, const PageStats& stats, NodeId id) {
  static const uint32_t kCredit = CueBit("credit");
  std::vector<NodeId> stack(dom.nodes[id].children.rbegin(), dom.nodes[id].children.rend());
  while (!stack.empty()) {
    const NodeId c = stack.back();
    stack.pop_back();
    if (dom.nodes[c].is_text) continue;
    if ((stats.cues[c] & kCredit) != 0 || HasCreditMarkup(dom.nodes[c])) return c;
    for (auto it = dom.nodes[c].children.rbegin(); it != dom.nodes[c].children.rend(); ++it) stack.push_back(*it);
  }
  return kNoNode;
}

}  // namespace

Caption SplitCredit(std::string_view text) {
  static const std::vector<std::string_view> kPrefixes = DataLines("boilerplate/html_credit_prefixes.txt");
  Caption caption{CollapseWhitespace(text), ""};
  std::string lower = caption.text;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t best = std::string::npos;
  size_t best_len = 0;
  for (std::string_view p : kPrefixes) {
    std::string needle(p);
    for (char& c : needle) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // The credit must follow a sentence or a space, not start the caption.
    const size_t at = lower.rfind(" " + needle);
    if (at != std::string::npos && (best == std::string::npos || at > best)) {
      best = at;
      best_len = needle.size() + 1;
    }
  }
  if (best == std::string::npos) return caption;
  caption.credit = CollapseWhitespace(caption.text.substr(best + best_len));
  caption.text = CollapseWhitespace(caption.text.substr(0, best));
  return caption;
}

std::vector<Caption> ExtractCaptions(const Dom& dom, const PageStats& stats) {
  static const uint32_t kCaption = CueBit("caption");
  std::vector<Caption> captions;
  NodeId inside = kNoNode;  // the caption being read; nested captions are part of it
  for (NodeId i = 0; i < dom.nodes.size(); ++i) {
    const DomNode& n = dom.nodes[i];
    if (n.is_text) continue;
    if (inside != kNoNode) {
      NodeId a = n.parent;
      while (a != kNoNode && a != inside) a = dom.nodes[a].parent;
      if (a == inside) continue;
      inside = kNoNode;
    }
    const bool is_caption = n.tag == "figcaption" || ((stats.cues[i] & kCaption) != 0 && n.tag != "figure");
    if (!is_caption || InForeignChrome(dom, stats, i)) continue;
    inside = i;
    const NodeId credit_node = FindCreditElement(dom, stats, i);
    Caption caption;
    if (credit_node != kNoNode) {
      std::string text;
      TextWithout(dom, i, credit_node, &text);
      caption.text = CollapseWhitespace(text);
      caption.credit = StripCreditPrefix(SubtreeText(dom, credit_node));
    } else {
      caption = SplitCredit(SubtreeText(dom, i));
    }
    if (caption.text.empty()) continue;
    bool seen = false;
    for (const Caption& c : captions) seen = seen || c.text == caption.text;
    if (!seen) captions.push_back(std::move(caption));
  }
  return captions;
}

}  // namespace lede::detail
