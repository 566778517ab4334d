// JSON reporter: the Report as one JSON object, the contract programs rely on.
//
// The shape is documented field by field in data/schema/report.schema.json.
// Keys keep a fixed, readable order (nlohmann::ordered_json). Every span is
// turned from the model's UTF-8 byte offsets into Unicode code point offsets
// into "text", through one CodePointIndex built per report, so the cost is
// linear in the text. Absent scalars are null (an empty title, a quantity
// without a value, a quote without a speaker); absent lists are []. The
// document is dumped with invalid UTF-8 replaced by U+FFFD, so the output is
// always valid JSON even if some stage let a broken byte through.
#include <cmath>
#include <exception>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "lede/reporter.h"
#include "report/names.h"
#include "text/utf8.h"

namespace lede {

namespace {

using Json = nlohmann::ordered_json;

// Largest integer a double holds exactly (2^53): values up to it print as integers.
constexpr double kMaxExactInteger = 9007199254740992.0;

// Returns the string, or null when it is empty.
Json StringOrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

// Returns a JSON array of strings.
Json StringArray(const std::vector<std::string>& strings) {
  Json out = Json::array();
  for (const std::string& s : strings) out.push_back(s);
  return out;
}

// Returns a number as an integer when it is one (12, not 12.0), null when absent or not finite.
Json Number(const std::optional<double>& value) {
  if (!value || !std::isfinite(*value)) return nullptr;
  const double v = *value;
  if (v == std::floor(v) && std::fabs(v) <= kMaxExactInteger) return static_cast<int64_t>(v);
  return v;
}

// Converts byte spans to code point offsets for one text.
class Offsets {
 public:
  explicit Offsets(const std::string& text) : index_(text) {}
  // Sets "start" and "end" of `object` to the code point offsets of `span`.
  void Put(Span span, Json* object) const {
    (*object)["start"] = index_.ToCodePoint(span.start);
    (*object)["end"] = index_.ToCodePoint(span.end);
  }
  // Returns {"start", "end"} for `span`.
  Json Range(Span span) const {
    Json out = Json::object();
    Put(span, &out);
    return out;
  }

 private:
  detail::CodePointIndex index_;
};

// Returns the "source" object.
Json SourceJson(const Source& source) {
  return Json{{"path", source.path},
              {"format", StringOrNull(source.format)},
              {"bytes", source.bytes},
              {"encoding", StringOrNull(source.encoding)},
              {"url", StringOrNull(source.url)},
              {"date", StringOrNull(source.date)}};
}

// Decimal places salience is printed with: enough to rank, without float noise.
constexpr double kSalienceScale = 1000.0;

// Returns the "entities" array.
Json EntitiesJson(const std::vector<Entity>& entities, const Offsets& offsets) {
  Json out = Json::array();
  for (const Entity& e : entities) {
    Json mentions = Json::array();
    for (Span span : e.mentions) mentions.push_back(offsets.Range(span));
    out.push_back(Json{{"id", e.id},
                       {"name", e.name},
                       {"type", std::string(EntityTypeName(e.type))},
                       {"aliases", StringArray(e.aliases)},
                       {"roles", StringArray(e.roles)},
                       {"mentions", std::move(mentions)},
                       {"count", e.mentions.size()},
                       {"country", StringOrNull(e.country)},
                       {"country_entity", e.country_entity == 0 ? Json(nullptr) : Json(e.country_entity)},
                       {"salience", std::round(e.salience * kSalienceScale) / kSalienceScale}});
  }
  return out;
}

// Returns the "quotes" array; a speaker's "text", "start" and "end" are null
// when it is inherited from an earlier quote (an empty span). Offsets of a
// headline or standfirst quote count in that line ("in", "line").
Json QuotesJson(const std::vector<Quote>& quotes, const Metadata& meta, const std::string& body,
                const Offsets& body_offsets) {
  Json out = Json::array();
  for (const Quote& q : quotes) {
    // A headline or standfirst quote points into its own line, so its offsets are counted there.
    const std::string* line = &body;
    if (q.place == QuotePlace::kTitle) line = &meta.title;
    if (q.place == QuotePlace::kStandfirst) line = q.line < meta.standfirst.size() ? &meta.standfirst[q.line] : nullptr;
    if (line == nullptr) continue;
    const std::string& text = *line;
    std::optional<Offsets> line_offsets;
    if (q.place != QuotePlace::kBody) line_offsets.emplace(text);
    const Offsets& offsets = line_offsets ? *line_offsets : body_offsets;
    Json speaker = nullptr;
    if (q.speaker) {
      const Span at = q.speaker->span;
      const bool written = at.start < at.end && at.end <= text.size();
      speaker = Json{{"name", q.speaker->name},
                     {"entity", q.speaker->entity == 0 ? Json(nullptr) : Json(q.speaker->entity)},
                     {"text", written ? Json(text.substr(at.start, at.end - at.start)) : Json(nullptr)},
                     {"start", nullptr},
                     {"end", nullptr}};
      if (written) offsets.Put(at, &speaker);
    }
    Json quote{{"text", q.text},
               {"kind", std::string(QuoteKindName(q.kind))},
               {"speaker", std::move(speaker)},
               {"cue", StringOrNull(q.cue)},
               {"in", std::string(QuotePlaceName(q.place))}};
    if (q.place == QuotePlace::kStandfirst) quote["line"] = q.line;
    offsets.Put(q.span, &quote);
    if (!q.fragments.empty()) {
      Json fragments = Json::array();
      for (const Span& f : q.fragments) fragments.push_back(offsets.Range(f));
      quote["fragments"] = std::move(fragments);
    }
    out.push_back(std::move(quote));
  }
  return out;
}

// Returns the "quantities" array.
Json QuantitiesJson(const std::vector<Quantity>& quantities, const Offsets& offsets) {
  Json out = Json::array();
  for (const Quantity& q : quantities) {
    Json quantity{{"text", q.text},
                  {"kind", std::string(QuantityKindName(q.kind))},
                  {"value", Number(q.value)},
                  {"unit", StringOrNull(q.unit)},
                  {"qualifier", StringOrNull(q.qualifier)},
                  {"normalized", StringOrNull(q.normalized)},
                  {"subject", StringOrNull(q.subject)},
                  {"unit_ambiguous", q.unit_ambiguous},
                  {"converts", q.converts ? Json(*q.converts) : Json(nullptr)}};
    offsets.Put(q.span, &quantity);
    out.push_back(std::move(quantity));
  }
  return out;
}

// Returns the whole report object.
Json ReportJson(const Report& report, const JsonOptions& options) {
  const Document& doc = report.document;
  const Metadata& meta = doc.meta;
  const Offsets offsets(doc.text);

  Json captions = Json::array();
  for (const Caption& c : meta.captions) captions.push_back(Json{{"text", c.text}, {"credit", StringOrNull(c.credit)}});

  Json paragraphs = Json::array();
  for (const Block& block : doc.blocks) {
    Json paragraph = offsets.Range(block.span);
    paragraph["kind"] = std::string(detail::BlockKindName(block.kind));
    paragraph["text"] = std::string(SpanText(doc.text, block.span));
    paragraphs.push_back(std::move(paragraph));
  }

  Json summary = Json::array();
  for (size_t index : report.summary) {
    if (index < report.sentences.size()) summary.push_back(std::string(SpanText(doc.text, report.sentences[index].span)));
  }

  Json out{{"schema_version", kSchemaVersion},
           {"source", SourceJson(doc.source)},
           {"title", StringOrNull(meta.title)},
           {"section", StringOrNull(meta.section)},
           {"standfirst", StringArray(meta.standfirst)},
           {"authors", StringArray(meta.authors)},
           {"published", StringOrNull(meta.published)},
           {"modified", StringOrNull(meta.modified)},
           {"site", StringOrNull(meta.site)},
           {"language", StringOrNull(meta.language)},
           {"url", StringOrNull(meta.url)},
           {"captions", std::move(captions)},
           {"text", doc.text},
           {"paragraphs", std::move(paragraphs)},
           {"stats", Json{{"paragraphs", report.stats.paragraphs},
                          {"sentences", report.stats.sentences},
                          {"words", report.stats.words}}},
           {"entities", EntitiesJson(report.entities, offsets)},
           {"quotes", QuotesJson(report.quotes, report.document.meta, report.document.text, offsets)},
           {"quantities", QuantitiesJson(report.quantities, offsets)},
           {"summary", std::move(summary)},
           {"keywords", StringArray(report.keywords)}};

  if (!doc.decisions.empty()) {
    Json blocks = Json::array();
    for (const BlockDecision& d : doc.decisions) {
      blocks.push_back(
          Json{{"role", d.role}, {"score", Number(d.score)}, {"kept", d.kept}, {"reason", d.reason}, {"text", d.text}});
    }
    out["blocks"] = std::move(blocks);
  }
  if (options.include_sentences) {
    Json sentences = Json::array();
    for (const Sentence& s : report.sentences) sentences.push_back(offsets.Range(s.span));
    out["sentences"] = std::move(sentences);
  }
  if (options.include_tokens) {
    Json tokens = Json::array();
    for (const Token& t : report.tokens) {
      Json token = offsets.Range(t.span);
      token["kind"] = std::string(detail::TokenKindName(t.kind));
      tokens.push_back(std::move(token));
    }
    out["tokens"] = std::move(tokens);
  }
  return out;
}

// Returns `json` as text: one line, or indented by two spaces. C1 controls
// (U+0080..U+009F, e.g. U+009B, a terminal's CSI) are written \u-escaped like
// the C0 ones nlohmann escapes, so JSON shown on a terminal cannot drive it;
// their UTF-8 form C2 80..C2 9F can only occur inside strings.
std::string Dump(const Json& json, bool pretty) {
  std::string out = json.dump(pretty ? 2 : -1, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
  if (out.find('\xC2') == std::string::npos) return out;
  std::string escaped;
  escaped.reserve(out.size() + 64);
  for (size_t i = 0; i < out.size(); ++i) {
    const unsigned char next = i + 1 < out.size() ? static_cast<unsigned char>(out[i + 1]) : 0;
    if (out[i] == '\xC2' && next >= 0x80 && next <= 0x9F) {
      constexpr char kHex[] = "0123456789abcdef";
      escaped += "\\u00";
      escaped += kHex[next >> 4];
      escaped += kHex[next & 0xF];
      ++i;
    } else {
      escaped += out[i];
    }
  }
  return escaped;
}

}  // namespace

std::string RenderJson(const Report& report, const JsonOptions& options) {
  return Dump(ReportJson(report, options), options.pretty);
}

std::string RenderJsonError(const std::string& path, const Status& status, const JsonOptions& options) {
  const Json out{{"schema_version", kSchemaVersion},
                 {"source", Json{{"path", path}}},
                 {"error", Json{{"code", std::string(detail::StatusCodeName(status.code()))},
                                {"message", status.message()}}}};
  return Dump(out, options.pretty);
}

}  // namespace lede
