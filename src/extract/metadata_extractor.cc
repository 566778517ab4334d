// Metadata extractor. One pass over the Dom collects <meta>, <link>, <time>,
// itemprop dates, the first h1, the <title> and byline candidates; the
// JSON-LD reader runs over the scripts; then each field takes the first
// source, in this precedence, that yields a usable value:
//   1. JSON-LD article objects (NewsArticle, Article, BlogPosting ... at the
//      top level, in arrays or in @graph; authors as string, object, list or
//      @id; publisher.name), later objects filling fields earlier ones lack;
//   2. OpenGraph and Twitter cards (og:title, twitter:title, og:description,
//      twitter:description, article:published_time, og:site_name, og:locale);
//   3. plain <meta name=...> tags (author, description, date, pubdate,
//      publishdate, dc.date, parsely-pub-date, sailthru.date ...),
//      content-language and <link rel=canonical> (canonical outranks og:url);
//   4. <time datetime>, itemprop=datePublished/dateModified elements;
//   5. visible cues: the h1, summary bullets, the byline element, <time>
//      text, and last of all the <title> without its site suffix.
// Exceptions: <html lang> outranks og:locale (it is what the page is written
// in); visible summary bullets outrank a one-line description. Every date
// goes through NormalizeDate, and a source whose value is not a real date
// is skipped rather than reported; every name goes through ParseByline.
#include "extract/metadata_extractor.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <utility>

#include "data/embedded_data.h"
#include "extract/byline_parser.h"
#include "extract/caption_extractor.h"
#include "extract/html_cues.h"
#include "extract/html_text.h"
#include "extract/jsonld_metadata.h"
#include "extract/metadata_fields.h"
#include "text/char_class.h"

namespace lede::detail {

namespace {

// Most words a site name in a <title> suffix has ("The Daily Courier Online").
constexpr size_t kMaxSiteWords = 5;
// Fewest characters of a site key compared by prefix; shorter keys ("ap")
// must match exactly, or "ap" would be taken for the start of any site.
constexpr size_t kMinSiteKeyChars = 3;
// Longest visible date text read ("Wednesday, November 20, 2019, 12:32 PM EST" fits).
constexpr size_t kMaxDateChars = 80;
// Most date-classed elements whose text is tried: the first few carry the
// article date; a page with hundreds (archives, calendars) gets no more work.
constexpr size_t kMaxClassDateTries = 20;
// Most byline candidates parsed: the first few hold the article's byline;
// author rails and comment lists further down get no more work.
constexpr size_t kMaxBylineTries = 20;
// Shortest standfirst bullet (visible code points): real summary bullets are
// sentences, while short list items under a headline are tags or share links.
constexpr size_t kMinBulletChars = 30;
// Most bullets a standfirst list has; longer lists are tables of contents.
constexpr size_t kMaxBullets = 6;

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
  std::string time_datetime;       // the first <time datetime=...>
  std::string time_text;           // the text of the first <time> without a datetime
  std::string visible_published;   // itemprop=datePublished outside <meta>
  std::string visible_modified;    // itemprop=dateModified outside <meta>
  std::string loose_date;          // the first other meta whose name has "date" and holds one
  std::string class_date;          // the text of the first date-classed element holding a date
  std::vector<NodeId> bylines;
};

// Returns true when an element's class or id names a date ("article-publish-date", "datetime").
bool HasDateClass(const DomNode& n) {
  for (const char* attr : {"class", "id"}) {
    const std::string value = AsciiLower(n.Attr(attr));
    if (value.find("date") != std::string::npos || value.find("publish") != std::string::npos) return true;
  }
  return false;
}

// Returns true when an element's class or id names a byline or an author ("byline", "author-name").
bool HasBylineClass(const DomNode& n) {
  for (const char* attr : {"class", "id"}) {
    const std::string value = AsciiLower(n.Attr(attr));
    if (value.find("byline") != std::string::npos || value.find("author") != std::string::npos) return true;
  }
  return false;
}

PageCues CollectCues(const Dom& dom, const PageStats& stats) {
  static const uint32_t kByline = CueBit("byline");
  PageCues cues;
  size_t class_date_tries = 0;
  for (NodeId i = 0; i < dom.nodes.size(); ++i) {
    const DomNode& n = dom.nodes[i];
    if (n.is_text) continue;
    if (n.tag == "meta") {
      // Every name a tag carries is a key: property="article:published"
      // itemprop="datePublished dateCreated" is found under all three.
      const std::string content = CollapseWhitespace(n.Attr("content"));
      if (content.empty()) continue;
      for (const char* attr : {"property", "name", "itemprop", "http-equiv"}) {
        const std::string names = AsciiLower(n.Attr(attr));
        size_t start = 0;
        while (start < names.size()) {
          size_t end = names.find(' ', start);
          if (end == std::string::npos) end = names.size();
          if (end > start) {
            std::string key = names.substr(start, end - start);
            if (key.find("date") != std::string::npos && cues.loose_date.empty() &&
                key.find("modif") == std::string::npos && key.find("updat") == std::string::npos &&
                !NormalizeDate(content).empty()) {
              cues.loose_date = content;  // "sn-post-date", "pdate": a date-named meta of the site's own
            }
            cues.meta.try_emplace(std::move(key), content);
          }
          start = end + 1;
        }
      }
    } else if (n.tag == "link" && AsciiLower(n.Attr("rel")) == "canonical" && cues.canonical.empty()) {
      cues.canonical = std::string(n.Attr("href"));
    } else if (n.tag == "title" && cues.title_tag.empty()) {
      cues.title_tag = SubtreeText(dom, i);
    } else if (n.tag == "h1" && (cues.h1 == kNoNode || (stats.dropped[cues.h1] && !stats.dropped[i]))) {
      if (!SubtreeText(dom, i).empty()) cues.h1 = i;
    } else if (n.tag == "time" && cues.time_datetime.empty() && !n.Attr("datetime").empty()) {
      cues.time_datetime = CollapseWhitespace(n.Attr("datetime"));
    } else if (n.tag == "time" && cues.time_text.empty() && !stats.dropped[i]) {
      cues.time_text = SubtreeText(dom, i);
    }
    if (cues.class_date.empty() && class_date_tries < kMaxClassDateTries && HasDateClass(n)) {
      ++class_date_tries;
      std::string text = SubtreeText(dom, i);
      if (text.size() <= kMaxDateChars && !NormalizeDate(text).empty()) cues.class_date = std::move(text);
    }
    if (n.tag != "meta" && !n.Attr("itemprop").empty()) {
      const std::string prop = AsciiLower(n.Attr("itemprop"));
      std::string* slot = prop == "datepublished"  ? &cues.visible_published
                          : prop == "datemodified" ? &cues.visible_modified
                                                   : nullptr;
      if (slot != nullptr && slot->empty()) {
        *slot = FirstOf({n.Attr("content"), n.Attr("datetime"), SubtreeText(dom, i)});
      }
    }
    // The byline often sits in a block the body extractor drops (a header
    // strip), whose class cues it may not compute: read class and id here.
    if (n.Attr("rel") == "author" || n.Attr("itemprop") == "author" || (stats.cues[i] & kByline) != 0 ||
        HasBylineClass(n)) {
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

// Returns a site name reduced for comparison: lower-case letters and digits
// only, without a leading "the" and a trailing "com"/"co.uk" style domain.
std::string SiteKey(std::string_view site) {
  std::string key;
  for (char c : site) {
    if (std::isalnum(static_cast<unsigned char>(c))) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (c == '.' && !key.empty()) key += '.';
  }
  for (const char* tld : {".com", ".co.uk", ".org", ".net", ".co", ".ca", ".in"}) {
    const size_t n = std::char_traits<char>::length(tld);
    if (key.size() > n && key.compare(key.size() - n, n, tld) == 0) {
      key.resize(key.size() - n);
      break;
    }
  }
  std::erase(key, '.');
  if (key.rfind("the", 0) == 0 && key.size() > 3 + kMinSiteKeyChars) key.erase(0, 3);
  return key;
}

// Returns true when two site keys name the same site: equal, or one starts
// the other ("cbssports" / "cbs sports" / "cbssports.com").
bool SimilarSite(const std::string& a, const std::string& b) {
  if (a.size() < kMinSiteKeyChars || b.size() < kMinSiteKeyChars) return a == b && !a.empty();
  return a.rfind(b, 0) == 0 || b.rfind(a, 0) == 0;
}

// Returns the first of `values` that normalises to an ISO 8601 date.
std::string FirstDate(std::initializer_list<std::string_view> values) {
  for (std::string_view v : values) {
    std::string date = NormalizeDate(v);
    if (!date.empty()) return date;
  }
  return "";
}

}  // namespace

std::string StripSiteSuffix(std::string_view title, std::string_view site) {
  std::string t = CollapseWhitespace(title);
  const std::string site_key = SiteKey(site);
  for (const char* sep : {" | ", " - ", " – ", " — ", " :: ", " • ", " · "}) {
    const size_t at = t.rfind(sep);
    if (at == std::string::npos || at == 0) continue;
    const std::string tail = t.substr(at + std::char_traits<char>::length(sep));
    const std::string head = t.substr(0, at);
    const bool is_site = !site_key.empty() ? SimilarSite(SiteKey(tail), site_key)
                                           : WordCount(tail) <= kMaxSiteWords && WordCount(head) > WordCount(tail);
    if (is_site) return head;
  }
  return t;
}

Metadata ExtractMetadata(const Dom& dom, const PageStats& stats, NodeId body_start) {
  const PageCues cues = CollectCues(dom, stats);
  const JsonLdArticle ld = ReadJsonLd(dom);
  Metadata m;

  std::string handle_free_site = Meta(cues, {"og:site_name", "application-name", "twitter:site"});
  if (!handle_free_site.empty() && handle_free_site[0] == '@') handle_free_site.clear();  // a Twitter handle
  m.site = DecodeCharRefs(FirstOf({ld.publisher, handle_free_site}));
  const std::string h1 = cues.h1 == kNoNode ? "" : SubtreeText(dom, cues.h1);
  m.title = DecodeCharRefs(FirstOf({StripSiteSuffix(ld.headline, m.site),
                                    StripSiteSuffix(Meta(cues, {"og:title", "twitter:title"}), m.site), h1,
                                    StripSiteSuffix(cues.title_tag, m.site)}));
  m.section = DecodeCharRefs(FirstOf({ld.section, Meta(cues, {"article:section", "section", "article.section"})}));
  // "Opinion | Headline": a leading section label is no part of the headline.
  if (!m.section.empty() && AsciiLower(m.title).rfind(AsciiLower(m.section) + " | ", 0) == 0) {
    m.title.erase(0, m.section.size() + 3);
  }

  std::vector<std::string> bullets = StandfirstBullets(dom, stats, cues.h1, body_start);
  const std::string description = DecodeCharRefs(
      FirstOf({ld.description, Meta(cues, {"og:description", "twitter:description", "description"})}));
  if (!bullets.empty()) {
    m.standfirst = std::move(bullets);
  } else if (!description.empty()) {
    m.standfirst.push_back(description);
  }

  // JSON-LD names pass through the byline parser too: sites put roles,
  // agencies and site names into them ("Jane Doe, Staff Writer").
  for (const std::string& author : ld.authors) {
    for (std::string& name : ParseByline(DecodeCharRefs(author))) {
      if (std::find(m.authors.begin(), m.authors.end(), name) == m.authors.end()) m.authors.push_back(std::move(name));
    }
  }
  if (m.authors.empty()) {
    for (const char* key : {"author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"}) {
      const std::string value = Meta(cues, {key});
      if (value.empty() || value.rfind("http", 0) == 0) continue;
      m.authors = ParseByline(DecodeCharRefs(value));
      if (!m.authors.empty()) break;
    }
  }
  for (size_t i = 0; m.authors.empty() && i < std::min(cues.bylines.size(), kMaxBylineTries); ++i) {
    m.authors = ParseByline(SubtreeText(dom, cues.bylines[i]));
  }
  for (std::string& name : m.authors) name = DropOrgSuffix(std::move(name), {AsciiLower(m.site)});  // "Jane Doe USA Daily"

  m.published = FirstDate({ld.published,
                           Meta(cues, {"article:published_time", "og:published_time", "og:article:published_time",
                                       "datepublished", "pubdate", "publishdate", "publish-date", "date", "dc.date",
                                       "dc.date.issued", "dcterms.created", "dcterms.date", "parsely-pub-date",
                                       "sailthru.date", "article.published", "article:published",
                                       "cxenseparse:recs:publishtime"}),
                           cues.loose_date, cues.visible_published, cues.time_datetime, cues.time_text,
                           cues.class_date});
  m.modified = FirstDate({ld.modified, Meta(cues, {"article:modified_time", "og:updated_time", "datemodified",
                                                    "last-modified", "dcterms.modified", "article.updated",
                                                    "article:modified"}),
                          cues.visible_modified});
  const std::string lang = dom.nodes.empty() ? "" : std::string(dom.nodes[0].Attr("lang"));
  m.language = FirstOf({NormalizeLanguage(lang), NormalizeLanguage(Meta(cues, {"og:locale"})),
                        NormalizeLanguage(Meta(cues, {"content-language", "language", "dc.language"})),
                        NormalizeLanguage(ld.language), NormalizeLanguage(ld.page_language)});
  m.url = FirstOf({cues.canonical, Meta(cues, {"og:url", "twitter:url"}), ld.url});
  m.captions = ExtractCaptions(dom, stats);
  return m;
}

}  // namespace lede::detail
