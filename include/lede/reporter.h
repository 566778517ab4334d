// Reporters: turn a Report into JSON for programs or text for people.
#ifndef LEDE_REPORTER_H_
#define LEDE_REPORTER_H_

#include <string>

#include "lede/report.h"
#include "lede/status.h"

namespace lede {

// Holds the choices that shape the JSON output.
struct JsonOptions {
  bool pretty = false;            // indent by two spaces instead of one line
  bool include_sentences = false;  // add sentences[{start, end}]
  bool include_tokens = false;     // add tokens[{start, end, kind}]
};

// Holds the choices that shape the text output.
struct TextOptions {
  bool color = false;  // ANSI colour for headings; the CLI sets it only on a terminal without NO_COLOR
  size_t width = 80;   // wrap width in columns
};

// Current version of the JSON report's shape; bumped on any incompatible change.
inline constexpr int kSchemaVersion = 1;

// Returns the report as one JSON document (no trailing newline).
std::string RenderJson(const Report& report, const JsonOptions& options);

// Returns the JSON error record for an input that failed: {"source":{"path"},"error":{code,message}}.
std::string RenderJsonError(const std::string& path, const Status& status, const JsonOptions& options);

// Returns the report as a human-readable text summary (ending in a newline).
std::string RenderText(const Report& report, const TextOptions& options);

}  // namespace lede

#endif  // LEDE_REPORTER_H_
