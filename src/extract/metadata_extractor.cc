// Metadata extractor. One pass over the Dom collects <meta>, <link>, <time>,
// the first h1, the <title> and byline candidates; the JSON-LD reader runs
// over the scripts; then each field takes the first non-empty source in the
// precedence order of the header.
#include "extract/metadata_extractor.h"

#include <cctype>
#include <string>
#include <unordered_map>
#include <utility>

#include "data/embedded_data.h"
#include "extract/caption_extractor.h"
#include "extract/html_cues.h"
#include "extract/html_text.h"
#include "extract/jsonld_metadata.h"

namespace lede::detail {

namespace {

// Most words a site name in a <title> suffix has ("The Daily Courier Online").
constexpr size_t kMaxSiteWords = 5;
// Most words one author name has; longer runs are sentences, not bylines.
constexpr size_t kMaxNameWords = 5;
// Shortest standfirst bullet (visible code points): real summary bullets are
// sentences, while short list items under a headline are tags or share links.
constexpr size_t kMinBulletChars = 30;
// Most bullets a standfirst list has; longer lists are tables of contents.
constexpr size_t kMaxBullets = 6;

// Returns `s` lower-cased (ASCII).
std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Returns the number of space-separated words of `s`.
size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// Returns the first non-empty string of the list.
std::string FirstOf(std::initializer_list<std::string_view> values) {
  for (std::string_view v : values) {
    if (!v.empty()) return std::string(v);
  }
  return "";
}

// Holds what one pass over the page finds for the metadata.
struct PageCues {
  std::unordered_map<std::string, std::string> meta;  // lower-cased name/property -> content
  std::string canonical;
  std::string title_tag;
  NodeId h1 = kNoNode;
  std::string time_datetime;
  std::vector<NodeId> bylines;
};

PageCues CollectCues(const Dom& dom, const PageStats& stats) {
  static const uint32_t kByline = CueBit("byline");
  PageCues cues;
  for (NodeId i = 0; i < dom.nodes.size(); ++i) {
    const DomNode& n = dom.nodes[i];
    if (n.is_text) continue;
    if (n.tag == "meta") {
      std::string key = Lower(FirstOf({n.Attr("property"), n.Attr("name"), n.Attr("itemprop")}));
      const std::string content = CollapseWhitespace(n.Attr("content"));
      if (!key.empty() && !content.empty()) cues.meta.try_emplace(std::move(key), content);
    } else if (n.tag == "link" && Lower(n.Attr("rel")) == "canonical" && cues.canonical.empty()) {
      cues.canonical = std::string(n.Attr("href"));
    } else if (n.tag == "title" && cues.title_tag.empty()) {
      cues.title_tag = SubtreeText(dom, i);
    } else if (n.tag == "h1" && (cues.h1 == kNoNode || (stats.dropped[cues.h1] && !stats.dropped[i]))) {
      if (!SubtreeText(dom, i).empty()) cues.h1 = i;
    } else if (n.tag == "time" && cues.time_datetime.empty() && !n.Attr("datetime").empty()) {
      cues.time_datetime = CollapseWhitespace(n.Attr("datetime"));
    }
    if (n.Attr("rel") == "author" || n.Attr("itemprop") == "author" || (stats.cues[i] & kByline) != 0) {
      cues.bylines.push_back(i);
    }
  }
  return cues;
}

// Returns the meta value for the first of `keys` present.
std::string Meta(const PageCues& cues, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = cues.meta.find(k);
    if (it != cues.meta.end()) return it->second;
  }
  return "";
}

// Returns the summary bullets of a list between the h1 and the body, if any.
std::vector<std::string> StandfirstBullets(const Dom& dom, const PageStats& stats, NodeId h1, NodeId body_start) {
  std::vector<std::string> bullets;
  if (h1 == kNoNode) return bullets;
  const NodeId end = body_start == kNoNode ? static_cast<NodeId>(dom.nodes.size()) : body_start;
  for (NodeId i = h1 + 1; i < end; ++i) {
    const DomNode& n = dom.nodes[i];
    if (n.is_text || (n.tag != "ul" && n.tag != "ol") || stats.link_chars[i] != 0) continue;
    bullets.clear();
    for (NodeId c : n.children) {
      if (dom.nodes[c].tag != "li") continue;
      std::string text = SubtreeText(dom, c);
      if (VisibleLength(text) < kMinBulletChars) break;
      bullets.push_back(std::move(text));
    }
    size_t items = 0;
    for (NodeId c : n.children) items += dom.nodes[c].tag == "li";
    if (!bullets.empty() && bullets.size() == items && items <= kMaxBullets) return bullets;
  }
  bullets.clear();
  return bullets;
}

// Returns `s` with ASCII spaces and the given punctuation trimmed from both ends.
std::string TrimPunct(std::string_view s) {
  auto junk = [](char c) { return c == ' ' || c == ',' || c == ';' || c == ':' || c == '.' || c == '|'; };
  while (!s.empty() && junk(s.front())) s.remove_prefix(1);
  while (!s.empty() && junk(s.back())) s.remove_suffix(1);
  return std::string(s);
}

// Returns true when `name` reads as a person's name: 1-kMaxNameWords words,
// the first capitalised (or non-ASCII), no digits.
bool LooksLikeName(std::string_view name) {
  if (name.empty() || WordCount(name) > kMaxNameWords) return false;
  for (char c : name) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '@' || c == '/') return false;
  }
  const unsigned char first = static_cast<unsigned char>(name[0]);
  return first >= 0x80 || std::isupper(first);
}

}  // namespace

std::vector<std::string> ParseByline(std::string_view byline) {
  static const std::vector<std::string_view> kPrefixes = DataLines("boilerplate/html_byline_prefixes.txt");
  std::string text = CollapseWhitespace(byline);
  const std::string lower = Lower(text);
  for (std::string_view p : kPrefixes) {
    const std::string lp = Lower(p);
    if (lower.rfind(lp + " ", 0) == 0) {
      text = text.substr(lp.size() + 1);
      break;
    }
  }
  // A byline often continues with a dateline, a role or a date.
  for (const char* stop : {" | ", "|", " • ", " - ", " – ", " — ", " in ", " on ", " for ", " at "}) {
    const size_t at = text.find(stop);
    if (at != std::string::npos) text.resize(at);
  }
  std::vector<std::string> names;
  size_t start = 0;
  while (start <= text.size()) {
    size_t cut = std::string::npos, skip = 0;
    for (const char* sep : {", ", " and ", " & ", " with "}) {
      const size_t at = text.find(sep, start);
      if (at < cut) {
        cut = at;
        skip = std::char_traits<char>::length(sep);
      }
    }
    std::string name = TrimPunct(std::string_view(text).substr(start, cut == std::string::npos ? text.npos : cut - start));
    if (!name.empty()) {
      if (!LooksLikeName(name)) return {};
      names.push_back(std::move(name));
    }
    if (cut == std::string::npos) break;
    start = cut + skip;
  }
  return names;
}

std::string StripSiteSuffix(std::string_view title, std::string_view site) {
  std::string t = CollapseWhitespace(title);
  for (const char* sep : {" | ", " - ", " – ", " — ", " :: ", " • ", " · "}) {
    const size_t at = t.rfind(sep);
    if (at == std::string::npos || at == 0) continue;
    const std::string tail = t.substr(at + std::char_traits<char>::length(sep));
    const std::string head = t.substr(0, at);
    const bool is_site = !site.empty() ? Lower(tail) == Lower(CollapseWhitespace(site))
                                       : WordCount(tail) <= kMaxSiteWords && WordCount(head) > WordCount(tail);
    if (is_site) return head;
  }
  return t;
}

Metadata ExtractMetadata(const Dom& dom, const PageStats& stats, NodeId body_start) {
  const PageCues cues = CollectCues(dom, stats);
  const JsonLdArticle ld = ReadJsonLd(dom);
  Metadata m;

  m.site = FirstOf({ld.publisher, Meta(cues, {"og:site_name", "application-name", "twitter:site"})});
  const std::string h1 = cues.h1 == kNoNode ? "" : SubtreeText(dom, cues.h1);
  m.title = FirstOf({ld.headline, StripSiteSuffix(Meta(cues, {"og:title", "twitter:title"}), m.site), h1,
                     StripSiteSuffix(cues.title_tag, m.site)});
  m.section = FirstOf({ld.section, Meta(cues, {"article:section", "section", "article.section"})});

  std::vector<std::string> bullets = StandfirstBullets(dom, stats, cues.h1, body_start);
  const std::string description =
      FirstOf({ld.description, Meta(cues, {"og:description", "twitter:description", "description"})});
  if (!bullets.empty()) {
    m.standfirst = std::move(bullets);
  } else if (!description.empty()) {
    m.standfirst.push_back(description);
  }

  m.authors = ld.authors;
  if (m.authors.empty()) {
    for (const char* key : {"author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"}) {
      const std::string value = Meta(cues, {key});
      if (value.empty() || value.rfind("http", 0) == 0) continue;
      m.authors = ParseByline(value);
      if (!m.authors.empty()) break;
    }
  }
  for (size_t i = 0; m.authors.empty() && i < cues.bylines.size(); ++i) {
    m.authors = ParseByline(SubtreeText(dom, cues.bylines[i]));
  }

  m.published = FirstOf({ld.published,
                         Meta(cues, {"article:published_time", "og:published_time", "datepublished", "pubdate",
                                     "publishdate", "date", "dc.date", "dc.date.issued", "parsely-pub-date"}),
                         cues.time_datetime});
  m.modified = FirstOf({ld.modified, Meta(cues, {"article:modified_time", "og:updated_time", "datemodified",
                                                  "last-modified"})});
  std::string locale = Meta(cues, {"og:locale"});
  for (char& c : locale) c = c == '_' ? '-' : c;
  const std::string lang = dom.nodes.empty() ? "" : std::string(dom.nodes[0].Attr("lang"));
  m.language = FirstOf({CollapseWhitespace(lang), locale, ld.language});
  m.url = FirstOf({cues.canonical, Meta(cues, {"og:url", "twitter:url"}), ld.url});
  m.captions = ExtractCaptions(dom, stats);
  return m;
}

}  // namespace lede::detail
