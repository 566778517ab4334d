#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "lede/reporter.h"

using Json = nlohmann::json;
using namespace lede;

namespace {

// Returns the byte span of the first occurrence of `needle` in `text`.
Span Find(const std::string& text, const std::string& needle) {
  const size_t at = text.find(needle);
  REQUIRE(at != std::string::npos);
  return {at, at + needle.size()};
}

// Returns a small report on invented non-ASCII prose.
Report SampleReport() {
  Report r;
  // "Zoë Brandt, Zürich's mayor, said “We will rebuild.”\n\n€40 million was pledged."
  r.document.text =
      "Zo\xC3\xAB Brandt, Z\xC3\xBCrich's mayor, said \xE2\x80\x9CWe will rebuild.\xE2\x80\x9D\n\n"
      "\xE2\x82\xAC" "40 million was pledged.";
  const std::string& t = r.document.text;
  r.document.source = Source{"story.txt", "text", 99, "UTF-8"};
  r.document.meta.title = "Mayor vows to rebuild";
  r.document.blocks = {{{0, t.find("\n\n")}, BlockKind::kParagraph},
                       {{t.find("\n\n") + 2, t.size()}, BlockKind::kParagraph}};
  r.sentences = {{r.document.blocks[0].span, 0, 0, 0}, {r.document.blocks[1].span, 0, 0, 1}};
  r.summary = {1};
  Entity zoe;
  zoe.id = 1;
  zoe.name = "Zo\xC3\xAB Brandt";
  zoe.type = EntityType::kPerson;
  zoe.roles = {"mayor"};
  zoe.mentions = {Find(t, "Zo\xC3\xAB Brandt")};
  Entity city;
  city.id = 2;
  city.name = "Z\xC3\xBCrich";
  city.type = EntityType::kGpe;
  city.mentions = {Find(t, "Z\xC3\xBCrich")};
  r.entities = {zoe, city};
  Quote attributed;
  attributed.text = "We will rebuild.";
  attributed.speaker = Speaker{"Zo\xC3\xAB Brandt", 1, Find(t, "Zo\xC3\xAB Brandt")};
  attributed.cue = "said";
  attributed.span = Find(t, "We will rebuild.");
  Quote unattributed = attributed;
  unattributed.speaker.reset();
  unattributed.cue = "";
  Quote unresolved = attributed;
  unresolved.speaker = Speaker{"the mayor", 0};
  r.quotes = {attributed, unattributed, unresolved};
  Quantity money;
  money.text = "\xE2\x82\xAC" "40 million";
  money.kind = QuantityKind::kMoney;
  money.value = 40e6;
  money.unit = "EUR";
  money.span = Find(t, money.text);
  Quantity vague;
  vague.text = "a few";
  vague.span = {0, 0};
  r.quantities = {money, vague};
  r.stats = {2, 2, 12};
  return r;
}

}  // namespace

TEST_CASE("json reporter gives code point offsets for non-ASCII text", "[json]") {
  const Json j = Json::parse(RenderJson(SampleReport(), {}));
  const std::u32string text = U"Zo\u00EB Brandt, Z\u00FCrich's mayor, said \u201CWe will rebuild.\u201D\n\n\u20AC40 million was pledged.";
  auto slice = [&](const Json& o) {
    return text.substr(o["start"].get<size_t>(), o["end"].get<size_t>() - o["start"].get<size_t>());
  };
  CHECK(slice(j["entities"][0]["mentions"][0]) == U"Zo\u00EB Brandt");
  CHECK(slice(j["entities"][1]["mentions"][0]) == U"Z\u00FCrich");
  CHECK(slice(j["quotes"][0]) == U"We will rebuild.");
  CHECK(slice(j["quotes"][0]["speaker"]) == U"Zo\u00EB Brandt");
  CHECK(slice(j["quantities"][0]) == U"\u20AC40 million");
  CHECK(slice(j["paragraphs"][1]) == U"\u20AC40 million was pledged.");
  CHECK(j["paragraphs"][1]["kind"] == "paragraph");
  CHECK(j["entities"][0]["count"] == 1);
  CHECK(j["entities"][0]["type"] == "PERSON");
  CHECK(j["summary"] == Json::array({"\u20AC40 million was pledged."}));
}

TEST_CASE("json reporter writes null for absent values", "[json]") {
  const Json j = Json::parse(RenderJson(SampleReport(), {}));
  CHECK(j["schema_version"] == kSchemaVersion);
  CHECK(j["published"].is_null());
  CHECK(j["section"].is_null());
  CHECK(j["title"] == "Mayor vows to rebuild");
  CHECK(j["standfirst"] == Json::array());
  CHECK(j["quotes"][0]["speaker"]["name"] == "Zo\u00EB Brandt");
  CHECK(j["quotes"][0]["speaker"]["entity"] == 1);
  CHECK(j["quotes"][0]["speaker"]["text"] == "Zo\u00EB Brandt");
  CHECK(j["quotes"][2]["speaker"]["text"].is_null());  // no span: nothing names the speaker
  CHECK(j["quotes"][2]["speaker"]["start"].is_null());
  CHECK(j["quotes"][1]["speaker"].is_null());
  CHECK(j["quotes"][1]["cue"].is_null());
  CHECK(j["quotes"][2]["speaker"]["entity"].is_null());
  CHECK(j["quantities"][0]["value"] == 40000000);
  CHECK(j["quantities"][0]["value"].is_number_integer());
  CHECK(j["quantities"][1]["value"].is_null());
  CHECK(j["quantities"][1]["unit"].is_null());
  CHECK_FALSE(j.contains("sentences"));
  CHECK_FALSE(j.contains("tokens"));
}

TEST_CASE("json reporter adds sentences and tokens when asked", "[json]") {
  Report r = SampleReport();
  r.tokens = {{{0, 4}, TokenKind::kWord}, {{4, 5}, TokenKind::kOther}};
  JsonOptions options;
  options.include_sentences = true;
  options.include_tokens = true;
  const Json j = Json::parse(RenderJson(r, options));
  CHECK(j["sentences"].size() == 2);
  CHECK(j["tokens"][0] == Json{{"start", 0}, {"end", 3}, {"kind", "word"}});
}

TEST_CASE("json reporter output is valid UTF-8 even when a string is not", "[json]") {
  Report r = SampleReport();
  r.document.meta.title = "Broken \xFF byte";
  const std::string out = RenderJson(r, {});
  const Json j = Json::parse(out);
  CHECK(j["title"] == "Broken \xEF\xBF\xBD byte");
}

TEST_CASE("json reporter pretty-prints on request and one line otherwise", "[json]") {
  const std::string compact = RenderJson(SampleReport(), {});
  CHECK(compact.find('\n') == std::string::npos);
  JsonOptions pretty;
  pretty.pretty = true;
  const std::string indented = RenderJson(SampleReport(), pretty);
  CHECK(indented.find("\n  \"schema_version\": 1") != std::string::npos);
  CHECK(Json::parse(indented) == Json::parse(compact));
}

TEST_CASE("json error record names the path, code and message", "[json]") {
  const Json j = Json::parse(RenderJsonError("photo.png", Status::BinaryInput("binary input (PNG image)"), {}));
  CHECK(j["source"] == Json{{"path", "photo.png"}});
  CHECK(j["error"] == Json{{"code", "binary_input"}, {"message", "binary input (PNG image)"}});
  CHECK(Json::parse(RenderJsonError("x", Status::NotFound("no such file"), {}))["error"]["code"] == "not_found");
}

TEST_CASE("json reporter writes each entity's country, country entity and rounded salience", "[json]") {
  Report r = SampleReport();
  r.entities[0].salience = 0.87654;  // the person: no country
  Entity& city = r.entities[1];
  city.country = "CH";
  city.salience = 1.0 / 3.0;
  city.country_entity = 3;
  Entity country;
  country.id = 3;
  country.name = "Switzerland";
  country.type = EntityType::kGpe;
  country.country = "CH";
  r.entities.push_back(country);  // `city` is not used after this: the push may move it
  const Json j = Json::parse(RenderJson(r, {}));
  const Json& person = j["entities"][0];
  CHECK(person["country"].is_null());
  CHECK(person["country_entity"].is_null());
  CHECK(person["salience"].get<double>() == Approx(0.877).margin(1e-9));
  CHECK(j["entities"][1]["country"] == "CH");
  CHECK(j["entities"][1]["country_entity"] == 3);
  CHECK(j["entities"][1]["salience"].get<double>() == Approx(0.333).margin(1e-9));
  CHECK(j["entities"][2]["country"] == "CH");
  CHECK(j["entities"][2]["country_entity"].is_null());
  CHECK(j["entities"][2]["salience"] == 0);
}

TEST_CASE("json reporter counts a headline quote's offsets in its own line", "[json]") {
  Report r = SampleReport();
  r.document.meta.title = "Zo\u00EB: \u2018No more cuts\u2019";
  r.document.meta.standfirst = {"Budget day", "\u201CWe hold,\u201D says Zo\u00EB"};
  Quote title;
  title.text = "No more cuts";
  title.place = QuotePlace::kTitle;
  title.span = {9, 21};  // bytes: "Zoë: ‘" is 9 bytes, 6 code points
  title.speaker = Speaker{"Zo\u00EB", 0, {0, 4}};
  Quote standfirst;
  standfirst.text = "We hold,";
  standfirst.place = QuotePlace::kStandfirst;
  standfirst.line = 1;
  standfirst.span = {3, 11};
  r.quotes.insert(r.quotes.begin(), {title, standfirst});
  const Json j = Json::parse(RenderJson(r, {}));
  const Json& t = j["quotes"][0];
  CHECK(t["in"] == "title");
  CHECK(t["start"] == 6);
  CHECK(t["end"] == 18);
  CHECK(t["speaker"]["text"] == "Zo\u00EB");
  CHECK(t["speaker"]["end"] == 3);
  const Json& s = j["quotes"][1];
  CHECK(s["in"] == "standfirst");
  CHECK(s["line"] == 1);
  CHECK(s["start"] == 1);
  CHECK(j["quotes"][2]["in"] == "body");
  CHECK(!j["quotes"][2].contains("line"));
}
