// Caption extractor. Captions are few, so checking each one's ancestors for
// chrome costs at most the nesting limit per caption.
#include "extract/caption_extractor.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "data/embedded_data.h"
#include "extract/html_cues.h"
#include "extract/html_text.h"

namespace lede::detail {

namespace {

// Shortest all-capital agency word before a slash ("AP/Ann Lee", "REUTERS/Ann Lee").
constexpr size_t kMinAgencyChars = 2;
// Most words of a photographer's name after the agency's slash.
constexpr size_t kMaxCreditNameWords = 4;

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

// Returns the caption with a credit split off its end when it has no credit
// prefix: a parenthesised credit "(AP Photo/Ann Lee)", "(Ann Lee/Agency)",
// "(Photo credit: Agency)", or an agency-style "AGENCY/Ann Lee" ending.
// A slash or a credit label is required, so "(25)" or "(file)" stay text.
Caption SplitTrailingCredit(Caption caption) {
  std::string& text = caption.text;
  if (!text.empty() && text.back() == ')') {
    const size_t open = text.rfind('(');
    if (open == std::string::npos || open == 0) return caption;
    std::string credit = CollapseWhitespace(text.substr(open + 1, text.size() - open - 2));
    bool labelled = false;
    for (std::string_view label : {"photo credit", "credit", "photo"}) {
      std::string lower = credit.substr(0, label.size());
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (lower == label && credit.size() > label.size() && (credit[label.size()] == ' ' || credit[label.size()] == ':')) {
        std::string rest = credit.substr(label.size());
        while (!rest.empty() && (rest.front() == ' ' || rest.front() == ':')) rest.erase(0, 1);
        if (!rest.empty()) {
          credit = CollapseWhitespace(rest);
          labelled = true;
        }
        break;
      }
    }
    if (labelled || credit.find('/') != std::string::npos) {
      caption.credit = credit;
      text = CollapseWhitespace(text.substr(0, open));
    }
    return caption;
  }
  // "... in New York. REUTERS/Ann Lee": an all-capital word, a slash, a name.
  const size_t slash = text.rfind('/');
  if (slash == std::string::npos) return caption;
  const size_t word_start = text.rfind(' ', slash);
  const size_t start = word_start == std::string::npos ? 0 : word_start + 1;
  const std::string agency = text.substr(start, slash - start);
  bool all_caps = agency.size() >= kMinAgencyChars;
  for (char c : agency) all_caps = all_caps && std::isupper(static_cast<unsigned char>(c));
  const size_t name_words = static_cast<size_t>(std::count(text.begin() + slash, text.end(), ' ')) + 1;
  if (all_caps && start > 0 && name_words <= kMaxCreditNameWords) {
    caption.credit = text.substr(start);
    text = CollapseWhitespace(text.substr(0, start));
  }
  return caption;
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
  if (best == std::string::npos) return SplitTrailingCredit(std::move(caption));
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
