// The bundled sample exists twice, as text copied from the page and as the
// page itself. Whatever furniture surrounds it, the article is the same, so
// both must give the same body, entities, quotes and quantities.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

using Json = nlohmann::json;

namespace {

// Returns lede's JSON report of a sample, analysed against a fixed date so
// relative dates resolve the same way for both formats.
Json ReportOf(const std::string& sample) {
  const std::string command = std::string("'") + LEDE_CLI_PATH + "' --json --date 2023-03-30 '" +
                              LEDE_SOURCE_DIR + "/data/samples/" + sample + "' </dev/null";
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[65536];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  const int status = pclose(pipe);
  REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  return Json::parse(out);
}

// Returns the fields of each element of `list` named in `keys`, in order.
Json Project(const Json& list, std::initializer_list<const char*> keys) {
  Json out = Json::array();
  for (const Json& item : list) {
    Json kept = Json::object();
    for (const char* key : keys) kept[key] = item.value(key, Json());
    out.push_back(kept);
  }
  return out;
}

}  // namespace

TEST_CASE("text and HTML copies of the sample give the same analysis", "[golden]") {
  const Json text = ReportOf("china-russia-military.txt");
  const Json html = ReportOf("china-russia-military.html");

  CHECK(text["source"]["format"] == "text");
  CHECK(html["source"]["format"] == "html");
  CHECK(text["title"] == html["title"]);
  CHECK(text["section"] == html["section"]);
  CHECK(text["standfirst"] == html["standfirst"]);
  CHECK(text["captions"] == html["captions"]);
  CHECK(text["text"] == html["text"]);
  CHECK(text["stats"] == html["stats"]);
  CHECK(Project(text["entities"], {"name", "type", "aliases", "roles", "mentions"}) ==
        Project(html["entities"], {"name", "type", "aliases", "roles", "mentions"}));
  CHECK(Project(text["quotes"], {"text", "kind", "speaker", "cue", "start", "end"}) ==
        Project(html["quotes"], {"text", "kind", "speaker", "cue", "start", "end"}));
  CHECK(Project(text["quantities"], {"text", "kind", "value", "unit", "qualifier", "normalized", "subject", "start"}) ==
        Project(html["quantities"], {"text", "kind", "value", "unit", "qualifier", "normalized", "subject", "start"}));
}
