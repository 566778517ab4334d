// Tests of the metadata extractor on the sources real news pages use:
// bylines with roles and agencies, JSON-LD split over scripts or given by
// @id, Twitter cards, the many date meta names, content-language and titles
// whose site suffix is spelled differently from the site name.
#include <catch2/catch.hpp>

#include <string>

#include "extract/caption_extractor.h"
#include "extract/metadata_extractor.h"
#include "html_test_pages.h"

namespace lede::testing {
namespace {

using Names = std::vector<std::string>;

TEST_CASE("metadata bylines drop roles, agencies, handles and datelines", "[extract][metadata]") {
  const struct {
    const char* byline;
    Names names;
  } kCases[] = {
      {"By Jane Doe, Staff Writer", {"Jane Doe"}},
      {"By MARA OLSEN, AP Transport Writer", {"MARA OLSEN"}},
      {"By Jane Doe and John Roe, Senior Correspondents", {"Jane Doe", "John Roe"}},
      {"Jane Doe, John Roe", {"Jane Doe", "John Roe"}},
      {"By Jane Doe | Reuters", {"Jane Doe"}},
      {"By PETE QUILL and ADA BRANDT Associated Press", {"PETE QUILL", "ADA BRANDT"}},
      {"Associated Press", {"Associated Press"}},
      {"By Jane Doe @janedoe", {"Jane Doe"}},
      {"By Jane Doe Email the author", {"Jane Doe"}},
      {"Jane DoeView More Articles", {"Jane Doe"}},
      {"By Jane McFollow", {"Jane McFollow"}},
      {"Jane Doe Updated 9:14 AM", {"Jane Doe"}},
      {"By Jane Doe Nov. 20, 2019 at 6:01 AM ET", {"Jane Doe"}},
      {"Jane Doe on Wednesday 20 November", {"Jane Doe"}},
      {"Ines Varga, MS, RDN", {"Ines Varga"}},
      {"Tom Ridley, Harbournews.com", {"Tom Ridley"}},
      {"Tom Ridley. Coastal Wire Service", {"Tom Ridley"}},
      {"By Ana M. Lima", {"Ana M. Lima"}},
      {"\u2014 Ana Lima", {"Ana Lima"}},
      {"Text: Ana Lima", {"Ana Lima"}},
      {"Tweet", {}},
      {"Name *", {}},
      {"November 19, 2019", {}},
  };
  for (const auto& c : kCases) {
    CAPTURE(c.byline);
    CHECK(detail::ParseByline(c.byline) == c.names);
  }
}

TEST_CASE("metadata strips a site suffix spelled like the site name", "[extract][metadata]") {
  const struct {
    const char* title;
    const char* site;
    const char* expected;
  } kCases[] = {
      {"Ferry fares frozen - Coastal Times", "The Coastal Times", "Ferry fares frozen"},
      {"Ferry fares frozen | CoastalTimes.com", "Coastal Times", "Ferry fares frozen"},
      {"Ferry fares frozen - IGN", "IGN", "Ferry fares frozen"},
      {"Ferry fares frozen - what it means", "Coastal Times", "Ferry fares frozen - what it means"},
      {"Ferry fares frozen - AP", "APN Radio", "Ferry fares frozen - AP"},
  };
  for (const auto& c : kCases) {
    CAPTURE(c.title);
    CHECK(detail::StripSiteSuffix(c.title, c.site) == c.expected);
  }
}

TEST_CASE("metadata resolves JSON-LD authors by @id and across scripts", "[extract][metadata]") {
  const std::string kGraphById =
      "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"Pier reopens\","
      "\"author\":{\"@id\":\"#person-1\"},\"publisher\":{\"@id\":\"#org\"},\"datePublished\":\"2024-03-01T07:00:00+01:00\"},"
      "{\"@type\":\"Person\",\"@id\":\"#person-1\",\"name\":\"Lena Fisk\"},"
      "{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Fjord Post\"}]}</script>";
  const Metadata by_id = ExtractPage(ArticlePage("", "", "", kGraphById)).meta;
  CHECK(by_id.authors == Names{"Lena Fisk"});
  CHECK(by_id.site == "Fjord Post");
  CHECK(by_id.published == "2024-03-01T07:00:00+01:00");

  const std::string kSplit =
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Pier reopens\","
      "\"author\":{\"@id\":\"#unknown\"}}</script>"
      "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":\"Lena Fisk, Staff Writer\","
      "\"dateModified\":\"March 2, 2024\"}</script>";
  const Metadata split = ExtractPage(ArticlePage("", "", "", kSplit)).meta;
  CHECK(split.title == "Pier reopens");
  CHECK(split.authors == Names{"Lena Fisk"});
  CHECK(split.modified == "2024-03-02");
}

TEST_CASE("metadata reads Twitter cards, date meta names and itemprop dates", "[extract][metadata]") {
  const Metadata twitter = ExtractPage(ArticlePage(
      "", "", "",
      "<meta name=\"twitter:title\" content=\"Card title of the pier story\">"
      "<meta name=\"twitter:description\" content=\"Card description.\">"
      "<meta name=\"twitter:site\" content=\"@coastal\">"
      "<meta name=\"sailthru.date\" content=\"Tue, 05 Mar 2024 14:03:00 GMT\">")).meta;
  CHECK(twitter.title == "Card title of the pier story");
  CHECK(twitter.standfirst == Names{"Card description."});
  CHECK(twitter.site.empty());  // a handle is not a site name
  CHECK(twitter.published == "2024-03-05T14:03:00Z");

  for (const char* name : {"pubdate", "publishdate", "dc.date", "parsely-pub-date", "date"}) {
    CAPTURE(name);
    const std::string head = std::string("<meta name=\"") + name + "\" content=\"2024-03-05 14:03\">";
    CHECK(ExtractPage(ArticlePage("", "", "", head)).meta.published == "2024-03-05T14:03");
  }

  const Metadata visible = ExtractPage(ArticlePage(
      "", "<span itemprop=\"datePublished\" content=\"2024-03-05T08:00:00Z\">5 March</span>"
          "<span itemprop=\"dateModified\">March 6, 2024</span>")).meta;
  CHECK(visible.published == "2024-03-05T08:00:00Z");
  CHECK(visible.modified == "2024-03-06");

  const Metadata text_time = ExtractPage(ArticlePage("", "<time>5 March 2024</time>")).meta;
  CHECK(text_time.published == "2024-03-05");
}

TEST_CASE("metadata falls back to site-specific date metas and date-classed elements", "[extract][metadata]") {
  CHECK(ExtractPage(ArticlePage("", "", "", "<meta name=\"cms-post-date\" content=\"2024/03/05\">")).meta.published ==
        "2024-03-05");
  CHECK(ExtractPage(ArticlePage("", "", "", "<meta name=\"pdate\" content=\"20240305\">")).meta.published ==
        "2024-03-05");
  // A modified-date meta is no publication date.
  CHECK(ExtractPage(ArticlePage("", "", "", "<meta name=\"cms-updated-date\" content=\"2024/03/05\">"))
            .meta.published.empty());
  CHECK(ExtractPage(ArticlePage("", "<span class=\"article-publish-date\">March 5, 2024, 9:02 AM</span>"))
            .meta.published == "2024-03-05T09:02");
  // A date without a year is not a date.
  CHECK(ExtractPage(ArticlePage("", "<div class=\"calendar-date\">March 5</div>")).meta.published.empty());
  const Metadata by_itemprops = ExtractPage(ArticlePage(
      "", "", "",
      "<meta property=\"article:published\" itemprop=\"datePublished dateCreated\" content=\"2024-03-05T08:00:00Z\">"))
                                  .meta;
  CHECK(by_itemprops.published == "2024-03-05T08:00:00Z");
}

TEST_CASE("metadata takes a section label off the front of the title", "[extract][metadata]") {
  const Metadata m = ExtractPage(ArticlePage(
      "", "", "",
      "<meta property=\"og:title\" content=\"Opinion | The pier should stay shut\">"
      "<meta property=\"article:section\" content=\"Opinion\">")).meta;
  CHECK(m.title == "The pier should stay shut");
}

TEST_CASE("metadata finds a byline in an author-classed element outside the body", "[extract][metadata]") {
  const Metadata m = ExtractPage(ArticlePage(
      "", "", "", "",
      "<aside><ul class=\"authors\"><li class=\"author\"><a href=\"/author/lf\">Lena Fisk</a></li></ul></aside>")).meta;
  CHECK(m.authors == Names{"Lena Fisk"});
}

TEST_CASE("metadata splits a caption credit marked by itemprop or class outside the body", "[extract][metadata]") {
  const Document doc = ExtractPage(ArticlePage(
      "", "<figure><img src=p.jpg><figcaption><span>Divers inspect the pier.</span>"
          "<span itemprop=\"copyrightHolder\"><span>Credit...</span><span>Ola Berg/Fjord Post</span></span>"
          "</figcaption></figure>"));
  REQUIRE(doc.meta.captions.size() == 1);
  CHECK(doc.meta.captions[0].text == "Divers inspect the pier.");
  CHECK(doc.meta.captions[0].credit == "Ola Berg/Fjord Post");
}

TEST_CASE("metadata splits credits written at the end of a caption", "[extract][metadata]") {
  const struct {
    const char* caption;
    const char* text;
    const char* credit;
  } kCases[] = {
      {"Divers inspect the pier on Monday. (Harbour Photo/Ola Berg)", "Divers inspect the pier on Monday.",
       "Harbour Photo/Ola Berg"},
      {"Divers inspect the pier. (Ola Berg/Fjord Post)", "Divers inspect the pier.", "Ola Berg/Fjord Post"},
      {"Divers inspect the pier. (Photo Credit : Fjord Agency )", "Divers inspect the pier.", "Fjord Agency"},
      {"Divers inspect the pier. (Photo: Ola Berg/Fjord Post)", "Divers inspect the pier.", "Ola Berg/Fjord Post"},
      {"Divers inspect the pier in Tromso. FJORDWIRE/Ola Berg", "Divers inspect the pier in Tromso.",
       "FJORDWIRE/Ola Berg"},
      {"Captain Lund (right) and diver Ola Berg (25)", "Captain Lund (right) and diver Ola Berg (25)", ""},
      {"Divers at the pier (file)", "Divers at the pier (file)", ""},
      {"Fares rise 5/6 of the way", "Fares rise 5/6 of the way", ""},
  };
  for (const auto& c : kCases) {
    CAPTURE(c.caption);
    const Caption caption = detail::SplitCredit(c.caption);
    CHECK(caption.text == c.text);
    CHECK(caption.credit == c.credit);
  }
}

TEST_CASE("metadata drops dates it cannot read instead of passing them on", "[extract][metadata]") {
  const Metadata m = ExtractPage(ArticlePage(
      "", "", "",
      "<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\">"
      "<meta property=\"article:modified_time\" content=\"last week\">")).meta;
  CHECK(m.published.empty());
  CHECK(m.modified.empty());
}

TEST_CASE("metadata language falls back from html lang to og:locale to content-language", "[extract][metadata]") {
  const std::string body = "<body><article><p>" + std::string(kParagraph1) + "</p><p>" + kParagraph2 +
                           "</p></article></body></html>";
  CHECK(ExtractPage("<html lang=\"pt_br\"><head></head>" + body).meta.language == "pt-BR");
  CHECK(ExtractPage("<html><head><meta property=\"og:locale\" content=\"en_GB\"></head>" + body).meta.language ==
        "en-GB");
  CHECK(ExtractPage("<html><head><meta http-equiv=\"Content-Language\" content=\"de-de\"></head>" + body)
            .meta.language == "de-DE");
  CHECK(ExtractPage("<html><head></head>" + body).meta.language.empty());
  CHECK(ExtractPage("<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\","
                    "\"inLanguage\":\"pt-BR\"}]}</script></head>" + body)
            .meta.language == "pt-BR");
}

TEST_CASE("metadata resolves character references in meta texts", "[extract][metadata]") {
  const Metadata m = ExtractPage(ArticlePage(
      "", "", "",
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Pier won&#8217;t reopen "
      "&#8211; yet\",\"author\":\"Lena Fisk\"}</script>")).meta;
  CHECK(m.title == "Pier won\u2019t reopen \u2013 yet");
}

TEST_CASE("metadata drops the site name glued to an author", "[extract][metadata]") {
  const Metadata m = ExtractPage(ArticlePage(
      "", "", "",
      "<meta property=\"og:site_name\" content=\"Coastal Times\"><meta name=\"author\" "
      "content=\"Lena Fisk and Ola Berg Coastal Times\">")).meta;
  CHECK(m.authors == Names{"Lena Fisk", "Ola Berg"});
}

}  // namespace
}  // namespace lede::testing
