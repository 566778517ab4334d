// Tests of the HTML extractor's metadata: JSON-LD, OpenGraph, meta tags and
// visible cues, in their order of precedence.
#include <catch2/catch.hpp>

#include <string>

#include "extract/caption_extractor.h"
#include "extract/metadata_extractor.h"
#include "html_test_pages.h"

namespace lede::testing {
namespace {

const char* kJsonLdArticle =
    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
    "\"headline\":\"Harbour ferry terminal opens early\",\"articleSection\":\"Transport\","
    "\"datePublished\":\"2024-02-27T08:00:00Z\",\"dateModified\":\"2024-02-27T10:30:00Z\","
    "\"description\":\"The terminal opens weeks ahead of schedule.\","
    "\"author\":[{\"@type\":\"Person\",\"name\":\"Mara Olsen\"},{\"@type\":\"Person\",\"name\":\"Pete Quill\"}],"
    "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Coastal Times\"}}</script>";

const char* kOpenGraph =
    "<meta property=\"og:title\" content=\"OG title of the ferry story | Coastal Times\">"
    "<meta property=\"og:site_name\" content=\"Coastal Times\">"
    "<meta property=\"og:description\" content=\"OG description.\">"
    "<meta property=\"article:section\" content=\"Island news\">"
    "<meta property=\"article:published_time\" content=\"2024-02-26\">"
    "<meta property=\"og:url\" content=\"https://coastal.example/ferry\">"
    "<meta name=\"author\" content=\"Ines Varga\">";

TEST_CASE("html metadata takes JSON-LD over OpenGraph over visible cues", "[extract][html]") {
  const Metadata m = ExtractPage(ArticlePage("", "", "", std::string(kJsonLdArticle) + kOpenGraph)).meta;
  CHECK(m.title == "Harbour ferry terminal opens early");
  CHECK(m.section == "Transport");
  CHECK(m.published == "2024-02-27T08:00:00Z");
  CHECK(m.modified == "2024-02-27T10:30:00Z");
  CHECK(m.authors == std::vector<std::string>{"Mara Olsen", "Pete Quill"});
  CHECK(m.site == "Coastal Times");
  CHECK(m.standfirst == std::vector<std::string>{"The terminal opens weeks ahead of schedule."});
  CHECK(m.language == "en");
  CHECK(m.url == "https://coastal.example/ferry");
}

TEST_CASE("html metadata falls back to OpenGraph and meta tags without JSON-LD", "[extract][html]") {
  const Metadata m = ExtractPage(ArticlePage("", "", "", kOpenGraph)).meta;
  CHECK(m.title == "OG title of the ferry story");
  CHECK(m.section == "Island news");
  CHECK(m.published == "2024-02-26");
  CHECK(m.authors == std::vector<std::string>{"Ines Varga"});
  CHECK(m.standfirst == std::vector<std::string>{"OG description."});
}

TEST_CASE("html metadata finds the JSON-LD article in @graph and in arrays", "[extract][html]") {
  const std::string kGraph =
      "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\","
      "\"name\":\"Coastal Times\"},{\"@type\":[\"ReportageNewsArticle\"],\"headline\":\"Graph headline\","
      "\"author\":{\"name\":\"Ada Brandt\"}}]}</script>";
  const std::string kArray =
      "<script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},{\"@type\":\"Article\","
      "\"headline\":\"Array headline\",\"author\":\"Tom Ridley\"}]</script>";
  CHECK(ExtractPage(ArticlePage("", "", "", kGraph)).meta.title == "Graph headline");
  CHECK(ExtractPage(ArticlePage("", "", "", kGraph)).meta.authors == std::vector<std::string>{"Ada Brandt"});
  CHECK(ExtractPage(ArticlePage("", "", "", kArray)).meta.title == "Array headline");
  CHECK(ExtractPage(ArticlePage("", "", "", kArray)).meta.authors == std::vector<std::string>{"Tom Ridley"});
}

TEST_CASE("html metadata ignores malformed JSON-LD", "[extract][html]") {
  for (const char* bad : {"{\"@type\": \"NewsArticle\", \"headline\": ", "{\"@type\": 5, \"headline\": [1, 2]}",
                          "not json at all", "{\"@type\":\"NewsArticle\",\"headline\":{\"nested\":true},"
                                             "\"author\":[1,null,{\"name\":7}]}"}) {
    CAPTURE(bad);
    const Document doc =
        ExtractPage(ArticlePage("", "", "", std::string("<script type=\"application/ld+json\">") + bad + "</script>"));
    CHECK(doc.meta.title == "Ferry terminal to open early");  // the h1
    CHECK(doc.text.find(kParagraph1) == 0);
  }
}

TEST_CASE("html metadata reads the visible byline, date and summary bullets", "[extract][html]") {
  const Metadata m = ExtractPage(ArticlePage(
      "", "<ul class=\"summary\"><li>The terminal opens in spring, weeks ahead of the original schedule</li>"
          "<li>Operators say the old building had been overcrowded for years</li></ul>"
          "<p class=\"byline\">By Jane Doe and John Roe</p><time datetime=\"2024-02-27T09:00\">27 Feb</time>")).meta;
  CHECK(m.authors == std::vector<std::string>{"Jane Doe", "John Roe"});
  CHECK(m.published == "2024-02-27T09:00");
  REQUIRE(m.standfirst.size() == 2);
  CHECK(m.standfirst[1] == "Operators say the old building had been overcrowded for years");
  CHECK(m.title == "Ferry terminal to open early");
}

TEST_CASE("html metadata splits bylines into names", "[extract][html]") {
  const struct {
    const char* byline;
    std::vector<std::string> names;
  } kCases[] = {
      {"By Jane Doe and John Roe", {"Jane Doe", "John Roe"}},
      {"by Jane Doe", {"Jane Doe"}},
      {"BY ANA LIMA, RUI COSTA & EVA MOTA", {"ANA LIMA", "RUI COSTA", "EVA MOTA"}},
      {"Written by Jane Doe | 3 March 2024", {"Jane Doe"}},
      {"By Jane Doe in Lisbon", {"Jane Doe"}},
      {"  Jane   Doe ", {"Jane Doe"}},
      {"Updated 3 March 2024", {}},
      {"the ferry terminal opened after years of delays and complaints from the island", {}},
  };
  for (const auto& c : kCases) {
    CAPTURE(c.byline);
    CHECK(detail::ParseByline(c.byline) == c.names);
  }
}

TEST_CASE("html metadata strips the site name from the <title>", "[extract][html]") {
  const struct {
    const char* title;
    const char* site;
    const char* expected;
  } kCases[] = {
      {"Ferry terminal to open early | Coastal Times", "Coastal Times", "Ferry terminal to open early"},
      {"Ferry terminal to open early | Coastal Times", "", "Ferry terminal to open early"},
      {"Ferry terminal to open early - Coastal Times", "", "Ferry terminal to open early"},
      {"Ferry terminal to open early", "", "Ferry terminal to open early"},
      {"Island vote - what happens next | Coastal Times", "Coastal Times", "Island vote - what happens next"},
  };
  for (const auto& c : kCases) {
    CAPTURE(c.title);
    CHECK(detail::StripSiteSuffix(c.title, c.site) == c.expected);
  }
  const std::string page = "<html><head><title>Fares frozen for a year | Coastal Times</title></head><body><p>" +
                           std::string(kParagraph1) + "</p></body></html>";
  CHECK(ExtractPage(page).meta.title == "Fares frozen for a year");
}

TEST_CASE("html metadata turns figure captions into captions with credits", "[extract][html]") {
  const struct {
    const char* figure;
    const char* text;
    const char* credit;
  } kCases[] = {
      {"<figure><img src=a.jpg><figcaption>The pier at dawn. <span class=\"credit\">Photo: Ann Lee</span>"
       "</figcaption></figure>",
       "The pier at dawn.", "Ann Lee"},
      {"<figure><figcaption>The pier at dawn. Photo: Ann Lee/Coastal Times</figcaption></figure>", "The pier at dawn.",
       "Ann Lee/Coastal Times"},
      {"<figure><figcaption>The pier at dawn.<small class=\"copyright\">Harbour Agency</small></figcaption></figure>",
       "The pier at dawn.", "Harbour Agency"},
      {"<figure><figcaption>The pier at dawn.</figcaption></figure>", "The pier at dawn.", ""},
  };
  for (const auto& c : kCases) {
    CAPTURE(c.figure);
    const Document doc = ExtractPage(ArticlePage(c.figure));
    REQUIRE(doc.meta.captions.size() == 1);
    CHECK(doc.meta.captions[0].text == c.text);
    CHECK(doc.meta.captions[0].credit == c.credit);
    CHECK(doc.text.find("pier at dawn") == std::string::npos);
  }
}

TEST_CASE("html metadata leaves out captions of related-story rails", "[extract][html]") {
  const Document doc = ExtractPage(ArticlePage(
      "", "", "", "",
      "<div class=\"related\"><figure><figcaption>Another story's picture</figcaption></figure></div>"));
  CHECK(doc.meta.captions.empty());
}

}  // namespace
}  // namespace lede::testing
