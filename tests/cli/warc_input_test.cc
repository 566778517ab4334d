// End-to-end tests of WARC input: each HTML response record of a .warc or
// .warc.gz file is one article, with the record's URL, date and charset.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "input/warc_test_util.h"
#include "support/json_lines.h"
#include "support/run_lede.h"

using Json = nlohmann::json;
using lede::testing::HtmlRecord;
using lede::testing::HttpResponse;
using lede::testing::LedeSandbox;
using lede::testing::ParseJsonLines;
using lede::testing::MakeWarc;
using lede::testing::RunResult;
using lede::testing::WarcTestRecord;
using lede::testing::WriteFile;

namespace {

// Returns an invented news page.
std::string Page(const std::string& headline, const std::string& body) {
  return "<!doctype html><html><head><title>" + headline + "</title></head><body><article><h1>" + headline +
         "</h1><p>" + body + "</p><p>" + body + "</p></article></body></html>";
}

const std::string kFerryPage =
    Page("Ferry service resumes", "The ferry between Lisk and Orran resumed on Monday after a three-week strike, "
                                  "the operator said. About 1,200 passengers are expected daily.");
const std::string kMillPage =
    Page("Old mill to become library", "The town council voted on Tuesday to turn the old mill into a library, "
                                       "councillor Ada Brenn said. Work will cost 2 million euros.");

// Returns the records of a small crawl: warcinfo, a request, two HTML pages,
// an image, a redirect and a page in ISO-8859-15 announced by its HTTP header.
std::vector<WarcTestRecord> Crawl() {
  std::vector<WarcTestRecord> records;
  records.push_back({"warcinfo", "", "2024-05-06T08:00:00Z", "software: test-crawler\r\n"});
  records.push_back({"request", "https://news.example/ferry", "2024-05-06T08:00:01Z",
                     "GET /ferry HTTP/1.1\r\nHost: news.example\r\n\r\n"});
  records.push_back(HtmlRecord("https://news.example/ferry", kFerryPage, "2024-05-06T08:00:02Z"));
  records.push_back({"response", "https://news.example/logo.png", "2024-05-06T08:00:03Z",
                     HttpResponse("\x89PNG\r\n\x1a\n", "Content-Type: image/png\r\n")});
  records.push_back({"response", "https://news.example/old", "2024-05-06T08:00:04Z",
                     HttpResponse("", "Location: https://news.example/new\r\n", 301)});
  records.push_back(HtmlRecord("https://news.example/mill", kMillPage, "2024-05-06T08:00:05Z"));
  // "Zürich" in ISO-8859-15 (ü = 0xFC): only the HTTP header says so.
  records.push_back({"response", "https://news.example/zurich", "2024-05-06T08:00:06Z",
                     HttpResponse(Page("Tram line opens", "A new tram line opened in Z\xFCrich on Friday, "
                                                          "the city transport office said."),
                                  "Content-Type: text/html; charset=ISO-8859-15\r\n")});
  return records;
}

}  // namespace

TEST_CASE("cli analyses every html response of a warc file with its url and date", "[cli][warc]") {
  LedeSandbox box("lede_warc");
  std::vector<uint64_t> offsets;
  WriteFile(box.Path("crawl.warc.gz"), MakeWarc(Crawl(), true, &offsets));
  WriteFile(box.Path("crawl.warc"), MakeWarc(Crawl(), false));
  WriteFile(box.Path("saved-crawl.bin"), MakeWarc(Crawl(), false));  // recognised by its content
  for (const std::string& file : {"crawl.warc.gz", "crawl.warc", "saved-crawl.bin"}) {
    for (const std::string& jobs : {"1", "2"}) {
      INFO(file << " -j " << jobs);
      const RunResult r = box.Run("-q -j " + jobs + " --format jsonl " + file);
      CHECK(r.exit_code == 0);
      CHECK(r.err.empty());
      const std::vector<Json> objects = ParseJsonLines(r.out);
      REQUIRE(objects.size() == 3);
      CHECK(objects[0]["source"]["url"] == "https://news.example/ferry");
      CHECK(objects[0]["source"]["date"] == "2024-05-06T08:00:02Z");
      CHECK(objects[0]["title"] == "Ferry service resumes");
      CHECK(objects[1]["source"]["url"] == "https://news.example/mill");
      CHECK(objects[1]["text"].get<std::string>().find("old mill") != std::string::npos);
      CHECK(objects[2]["source"]["encoding"] == "ISO-8859-15");
      CHECK(objects[2]["text"].get<std::string>().find("Z\xC3\xBCrich") != std::string::npos);
      if (file == "crawl.warc.gz") {
        // Each record is named by its gzip member's offset, as CC indexes do.
        CHECK(objects[0]["source"]["path"] == "crawl.warc.gz#" + std::to_string(offsets[2]));
        CHECK(objects[1]["source"]["path"] == "crawl.warc.gz#" + std::to_string(offsets[5]));
      }
    }
  }
}

TEST_CASE("cli resolves relative dates of a warc page against its fetch date", "[cli][warc]") {
  LedeSandbox box("lede_warc");
  // The page has no date of its own: "on Monday" is the Monday before the crawl.
  WriteFile(box.Path("one.warc"), MakeWarc({HtmlRecord("https://news.example/ferry", kFerryPage,
                                                       "2024-05-08T10:00:00Z")},
                                           false));
  const Json j = Json::parse(box.Run("--json one.warc").out);
  REQUIRE(j.is_array());  // a WARC is a batch, even with one record
  REQUIRE(j.size() == 1);
  bool found = false;
  for (const Json& q : j[0]["quantities"]) {
    if (q["text"] == "Monday" || q["text"] == "on Monday") {
      found = true;
      CHECK(q["normalized"] == "2024-05-06");
    }
  }
  CHECK(found);
}

TEST_CASE("cli reports a truncated warc after its good records and goes on", "[cli][warc]") {
  LedeSandbox box("lede_warc");
  const std::string whole = MakeWarc(Crawl(), true);
  WriteFile(box.Path("cut.warc.gz"), whole.substr(0, whole.size() - 40));
  WriteFile(box.Path("after.txt"), "Bridge reopens\n\nThe bridge reopened on Sunday, the city said.\n");
  const RunResult r = box.Run("-q --format jsonl cut.warc.gz after.txt");
  CHECK(r.exit_code == 1);
  const std::vector<Json> objects = ParseJsonLines(r.out);
  REQUIRE(objects.size() == 4);
  CHECK(objects[0]["title"] == "Ferry service resumes");
  CHECK(objects[1]["title"] == "Old mill to become library");
  CHECK(objects[2]["source"]["path"] == "cut.warc.gz");
  CHECK(objects[2]["error"]["code"] == "unreadable");
  CHECK(objects[3]["source"]["path"] == "after.txt");
  CHECK(r.err.rfind("lede: cut.warc.gz: ", 0) == 0);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

TEST_CASE("cli fails a warc record over --max-bytes alone", "[cli][warc]") {
  LedeSandbox box("lede_warc");
  const std::string big = Page("Long read", std::string(6000, 'x') + " the end.");
  WriteFile(box.Path("mixed.warc.gz"),
            MakeWarc({HtmlRecord("https://news.example/long", big), HtmlRecord("https://news.example/mill", kMillPage)},
                     true));
  const RunResult r = box.Run("-q --format jsonl --max-bytes 4000 mixed.warc.gz");
  CHECK(r.exit_code == 1);
  const std::vector<Json> objects = ParseJsonLines(r.out);
  REQUIRE(objects.size() == 2);
  CHECK(objects[0]["error"]["code"] == "too_large");
  CHECK(objects[0]["source"]["path"].get<std::string>().rfind("mixed.warc.gz#", 0) == 0);
  CHECK(objects[1]["title"] == "Old mill to become library");
}

TEST_CASE("cli refuses a warc on stdin with a clear message", "[cli][warc]") {
  LedeSandbox box("lede_warc");
  WriteFile(box.Path("crawl.warc"), MakeWarc(Crawl(), false));
  const RunResult r = box.Run("--json -", "<crawl.warc");
  CHECK(r.exit_code == 1);
  CHECK(r.err == "lede: -: a WARC file cannot be read from stdin: give its path\n");
}
