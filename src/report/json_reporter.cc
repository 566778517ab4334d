// JSON reporter: the Report as one JSON object, the contract programs rely on.
//
// The shape is documented field by field in data/schema/report.schema.json.
// Keys keep a fixed, readable order. Every span is turned from the model's
// UTF-8 byte offsets into Unicode code point offsets into "text", through one
// CodePointIndex built per report, so the cost is linear in the text. Absent
// scalars are null (an empty title, a quantity without a value, a quote
// without a speaker); absent lists are []. Strings are written with invalid
// UTF-8 replaced by U+FFFD, so the output is always valid JSON even if some
// stage let a broken byte through.
//
// The report is written straight into its output string, member by member,
// instead of being built as a JSON DOM first: a DOM costs about a hundred
// bytes per value, several times the size of the report it prints, and a
// huge article has millions of values. Scalars and strings still go through
// nlohmann's serializer, so the text is byte for byte what dumping a DOM
// (nlohmann::ordered_json::dump, one line or an indent of two) gives.
#include <cmath>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "lede/reporter.h"
#include "report/names.h"
#include "text/utf8.h"

namespace lede {

namespace {

using Json = nlohmann::ordered_json;

// Largest integer a double holds exactly (2^53): values up to it print as integers.
constexpr double kMaxExactInteger = 9007199254740992.0;

// Spaces per nesting level of pretty output (nlohmann's dump(2)).
constexpr size_t kIndentStep = 2;

// Appends `json` (a scalar or string) to `out` as nlohmann dumps it, with
// invalid UTF-8 replaced. C1 controls (U+0080..U+009F, e.g. U+009B, a
// terminal's CSI) are written \u-escaped like the C0 ones nlohmann escapes,
// so JSON shown on a terminal cannot drive it; their UTF-8 form C2 80..C2 9F
// can only occur inside strings.
void AppendScalar(const Json& json, std::string* out) {
  const size_t from = out->size();
  nlohmann::detail::serializer<Json> serializer(nlohmann::detail::output_adapter<char>(*out), ' ',
                                                Json::error_handler_t::replace);
  serializer.dump(json, /*pretty_print=*/false, /*ensure_ascii=*/false, 0);
  const size_t c2 = out->find('\xC2', from);
  if (c2 == std::string::npos) return;
  const std::string tail = out->substr(c2);
  out->resize(c2);
  for (size_t i = 0; i < tail.size(); ++i) {
    const unsigned char next = i + 1 < tail.size() ? static_cast<unsigned char>(tail[i + 1]) : 0;
    if (tail[i] == '\xC2' && next >= 0x80 && next <= 0x9F) {
      constexpr char kHex[] = "0123456789abcdef";
      *out += "\\u00";
      *out += kHex[next >> 4];
      *out += kHex[next & 0xF];
      ++i;
    } else {
      *out += tail[i];
    }
  }
}

// Writes one JSON document into a string as it goes: objects and arrays are
// opened and closed, members and elements appended in order, with the
// separators and (when pretty) the line breaks and indents of nlohmann's dump.
class JsonWriter {
 public:
  JsonWriter(std::string* out, bool pretty) : out_(out), pretty_(pretty) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  // Starts the member `key` of the open object; its value follows.
  void Key(std::string_view key) {
    Separate();
    *out_ += '"';
    *out_ += key;  // keys are fixed ASCII names without characters to escape
    *out_ += pretty_ ? "\": " : "\":";
    key_pending_ = true;
  }

  // Writes a scalar or string value (after a Key, or as an array element).
  void Value(const Json& json) {
    BeforeValue();
    AppendScalar(json, out_);
  }
  void String(std::string_view s) { Value(Json(std::string(s))); }
  // Writes the string, or null when it is empty.
  void StringOrNull(const std::string& s) { s.empty() ? Value(nullptr) : Value(Json(s)); }
  // Writes an array of strings.
  void StringArray(const std::vector<std::string>& strings) {
    BeginArray();
    for (const std::string& s : strings) Value(Json(s));
    EndArray();
  }
  // Writes a number as an integer when it is one (12, not 12.0), null when absent or not finite.
  void Number(const std::optional<double>& value) {
    if (!value || !std::isfinite(*value)) return Value(nullptr);
    const double v = *value;
    if (v == std::floor(v) && std::fabs(v) <= kMaxExactInteger) return Value(static_cast<int64_t>(v));
    Value(v);
  }

 private:
  struct Level {
    bool empty = true;
  };

  void Open(char bracket) {
    BeforeValue();
    *out_ += bracket;
    levels_.push_back(Level{});
  }

  void Close(char bracket) {
    const bool empty = levels_.back().empty;
    levels_.pop_back();
    if (pretty_ && !empty) {
      *out_ += '\n';
      Indent();
    }
    *out_ += bracket;
  }

  // Puts the separator and indent before a member or an array element.
  void Separate() {
    if (levels_.empty()) return;
    Level& level = levels_.back();
    if (!level.empty) *out_ += ',';
    level.empty = false;
    if (pretty_) {
      *out_ += '\n';
      Indent();
    }
  }

  // Called before every value: a member's value follows its key directly.
  void BeforeValue() {
    if (key_pending_) {
      key_pending_ = false;
      return;
    }
    Separate();
  }

  void Indent() { out_->append(levels_.size() * kIndentStep, ' '); }

  std::string* out_;
  bool pretty_;
  bool key_pending_ = false;
  std::vector<Level> levels_;
};

// Converts byte spans to code point offsets for one text.
class Offsets {
 public:
  explicit Offsets(const std::string& text) : index_(text) {}
  // Writes the members "start" and "end": the code point offsets of `span`.
  void Put(Span span, JsonWriter& w) const {
    w.Key("start");
    w.Value(index_.ToCodePoint(span.start));
    w.Key("end");
    w.Value(index_.ToCodePoint(span.end));
  }
  // Writes {"start", "end"} for `span`.
  void Range(Span span, JsonWriter& w) const {
    w.BeginObject();
    Put(span, w);
    w.EndObject();
  }

 private:
  detail::CodePointIndex index_;
};

// Writes the "source" object.
void SourceJson(const Source& source, JsonWriter& w) {
  w.BeginObject();
  w.Key("path");
  w.String(source.path);
  w.Key("format");
  w.StringOrNull(source.format);
  w.Key("bytes");
  w.Value(source.bytes);
  w.Key("encoding");
  w.StringOrNull(source.encoding);
  w.Key("url");
  w.StringOrNull(source.url);
  w.Key("date");
  w.StringOrNull(source.date);
  w.EndObject();
}

// Decimal places salience is printed with: enough to rank, without float noise.
constexpr double kSalienceScale = 1000.0;

// Writes the "entities" array.
void EntitiesJson(const std::vector<Entity>& entities, const Offsets& offsets, JsonWriter& w) {
  w.BeginArray();
  for (const Entity& e : entities) {
    w.BeginObject();
    w.Key("id");
    w.Value(e.id);
    w.Key("name");
    w.String(e.name);
    w.Key("type");
    w.String(EntityTypeName(e.type));
    w.Key("aliases");
    w.StringArray(e.aliases);
    w.Key("roles");
    w.StringArray(e.roles);
    w.Key("mentions");
    w.BeginArray();
    for (Span span : e.mentions) offsets.Range(span, w);
    w.EndArray();
    w.Key("count");
    w.Value(e.mentions.size());
    w.Key("country");
    w.StringOrNull(e.country);
    w.Key("country_entity");
    w.Value(e.country_entity == 0 ? Json(nullptr) : Json(e.country_entity));
    w.Key("salience");
    w.Value(std::round(e.salience * kSalienceScale) / kSalienceScale);
    w.EndObject();
  }
  w.EndArray();
}

// Writes the "quotes" array; a speaker's "text", "start" and "end" are null
// when it is inherited from an earlier quote (an empty span). Offsets of a
// headline or standfirst quote count in that line ("in", "line").
void QuotesJson(const std::vector<Quote>& quotes, const Metadata& meta, const std::string& body,
                const Offsets& body_offsets, JsonWriter& w) {
  w.BeginArray();
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
    w.BeginObject();
    w.Key("text");
    w.String(q.text);
    w.Key("kind");
    w.String(QuoteKindName(q.kind));
    w.Key("speaker");
    if (q.speaker) {
      const Span at = q.speaker->span;
      const bool written = at.start < at.end && at.end <= text.size();
      w.BeginObject();
      w.Key("name");
      w.String(q.speaker->name);
      w.Key("entity");
      w.Value(q.speaker->entity == 0 ? Json(nullptr) : Json(q.speaker->entity));
      w.Key("text");
      written ? w.String(std::string_view(text).substr(at.start, at.end - at.start)) : w.Value(nullptr);
      if (written) {
        offsets.Put(at, w);
      } else {
        w.Key("start");
        w.Value(nullptr);
        w.Key("end");
        w.Value(nullptr);
      }
      w.EndObject();
    } else {
      w.Value(nullptr);
    }
    w.Key("cue");
    w.StringOrNull(q.cue);
    w.Key("in");
    w.String(QuotePlaceName(q.place));
    if (q.place == QuotePlace::kStandfirst) {
      w.Key("line");
      w.Value(q.line);
    }
    offsets.Put(q.span, w);
    if (!q.fragments.empty()) {
      w.Key("fragments");
      w.BeginArray();
      for (const Span& f : q.fragments) offsets.Range(f, w);
      w.EndArray();
    }
    w.EndObject();
  }
  w.EndArray();
}

// Writes the "quantities" array.
void QuantitiesJson(const std::vector<Quantity>& quantities, const Offsets& offsets, JsonWriter& w) {
  w.BeginArray();
  for (const Quantity& q : quantities) {
    w.BeginObject();
    w.Key("text");
    w.String(q.text);
    w.Key("kind");
    w.String(QuantityKindName(q.kind));
    w.Key("value");
    w.Number(q.value);
    w.Key("unit");
    w.StringOrNull(q.unit);
    w.Key("qualifier");
    w.StringOrNull(q.qualifier);
    w.Key("normalized");
    w.StringOrNull(q.normalized);
    w.Key("subject");
    w.StringOrNull(q.subject);
    w.Key("unit_ambiguous");
    w.Value(q.unit_ambiguous);
    w.Key("converts");
    w.Value(q.converts ? Json(*q.converts) : Json(nullptr));
    offsets.Put(q.span, w);
    w.EndObject();
  }
  w.EndArray();
}

// Writes the whole report object.
void ReportJson(const Report& report, const JsonOptions& options, JsonWriter& w) {
  const Document& doc = report.document;
  const Metadata& meta = doc.meta;
  const Offsets offsets(doc.text);

  w.BeginObject();
  w.Key("schema_version");
  w.Value(kSchemaVersion);
  w.Key("source");
  SourceJson(doc.source, w);
  w.Key("title");
  w.StringOrNull(meta.title);
  w.Key("section");
  w.StringOrNull(meta.section);
  w.Key("standfirst");
  w.StringArray(meta.standfirst);
  w.Key("authors");
  w.StringArray(meta.authors);
  w.Key("published");
  w.StringOrNull(meta.published);
  w.Key("modified");
  w.StringOrNull(meta.modified);
  w.Key("site");
  w.StringOrNull(meta.site);
  w.Key("language");
  w.StringOrNull(meta.language);
  w.Key("url");
  w.StringOrNull(meta.url);

  w.Key("captions");
  w.BeginArray();
  for (const Caption& c : meta.captions) {
    w.BeginObject();
    w.Key("text");
    w.String(c.text);
    w.Key("credit");
    w.StringOrNull(c.credit);
    w.EndObject();
  }
  w.EndArray();

  w.Key("text");
  w.String(doc.text);

  w.Key("paragraphs");
  w.BeginArray();
  for (const Block& block : doc.blocks) {
    w.BeginObject();
    offsets.Put(block.span, w);
    w.Key("kind");
    w.String(detail::BlockKindName(block.kind));
    w.Key("text");
    w.String(SpanText(doc.text, block.span));
    w.EndObject();
  }
  w.EndArray();

  w.Key("stats");
  w.BeginObject();
  w.Key("paragraphs");
  w.Value(report.stats.paragraphs);
  w.Key("sentences");
  w.Value(report.stats.sentences);
  w.Key("words");
  w.Value(report.stats.words);
  if (report.stats.text_bytes_dropped > 0) {
    w.Key("text_bytes_dropped");
    w.Value(report.stats.text_bytes_dropped);
  }
  w.EndObject();

  w.Key("entities");
  EntitiesJson(report.entities, offsets, w);
  w.Key("quotes");
  QuotesJson(report.quotes, report.document.meta, report.document.text, offsets, w);
  w.Key("quantities");
  QuantitiesJson(report.quantities, offsets, w);

  w.Key("summary");
  w.BeginArray();
  for (size_t index : report.summary) {
    if (index < report.sentences.size()) w.String(SpanText(doc.text, report.sentences[index].span));
  }
  w.EndArray();
  w.Key("keywords");
  w.StringArray(report.keywords);

  if (!doc.decisions.empty()) {
    w.Key("blocks");
    w.BeginArray();
    for (const BlockDecision& d : doc.decisions) {
      w.BeginObject();
      w.Key("role");
      w.String(d.role);
      w.Key("score");
      w.Number(d.score);
      w.Key("kept");
      w.Value(d.kept);
      w.Key("reason");
      w.String(d.reason);
      w.Key("text");
      w.String(d.text);
      w.EndObject();
    }
    w.EndArray();
  }
  if (options.include_sentences) {
    w.Key("sentences");
    w.BeginArray();
    for (const Sentence& s : report.sentences) offsets.Range(s.span, w);
    w.EndArray();
  }
  if (options.include_tokens) {
    w.Key("tokens");
    w.BeginArray();
    for (const Token& t : report.tokens) {
      w.BeginObject();
      offsets.Put(t.span, w);
      w.Key("kind");
      w.String(detail::TokenKindName(t.kind));
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
}

}  // namespace

std::string RenderJson(const Report& report, const JsonOptions& options) {
  std::string out;
  JsonWriter writer(&out, options.pretty);
  ReportJson(report, options, writer);
  return out;
}

std::string RenderJsonError(const std::string& path, const Status& status, const JsonOptions& options) {
  std::string out;
  JsonWriter w(&out, options.pretty);
  w.BeginObject();
  w.Key("schema_version");
  w.Value(kSchemaVersion);
  w.Key("source");
  w.BeginObject();
  w.Key("path");
  w.String(path);
  w.EndObject();
  w.Key("error");
  w.BeginObject();
  w.Key("code");
  w.String(detail::StatusCodeName(status.code()));
  w.Key("message");
  w.String(status.message());
  w.EndObject();
  w.EndObject();
  return out;
}

}  // namespace lede
