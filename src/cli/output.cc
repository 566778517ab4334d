// Output framing for the three formats, written as a stream in input order.
//
//   text:  one report per input; with several inputs each starts with a rule
//          and the input's path.
//   json:  one object for one input, an array of objects for several (error
//          records included in place). The array is opened before the first
//          item and closed after the last, also when items failed, so the
//          output is always one document.
//   jsonl: one object per line, error records included.
// Failed inputs also get one line "lede: PATH: message" on stderr.
#include "cli/output.h"

#include "report/text_layout.h"

namespace lede::cli {

namespace {

// Returns a horizontal rule `width` columns wide.
std::string Rule(size_t width) {
  std::string out;
  for (size_t i = 0; i < width; ++i) out += "\xE2\x94\x80";  // ─
  return out;
}

// Returns a pretty-printed JSON element indented one level deeper, for
// placing inside an array. JSON strings cannot hold raw newlines, so every
// newline is a line break of the layout.
std::string IndentJson(const std::string& json) {
  std::string out = "  ";
  for (char c : json) {
    out += c;
    if (c == '\n') out += "  ";
  }
  return out;
}

}  // namespace

OutputFormat::OutputFormat(const CliOptions& options, const TextOptions& text, bool several)
    : format_(options.format), json_(options.json), text_(text), several_(several) {
  if (format_ == Format::kJsonl) json_.pretty = false;
}

std::string OutputFormat::RenderReport(const Report& report) const {
  if (format_ == Format::kText) return RenderText(report, text_);
  return RenderJson(report, json_);
}

std::string OutputFormat::RenderFailure(const std::string& path, const Status& status) const {
  if (format_ == Format::kText) return "";
  return RenderJsonError(path, status, json_);
}

std::string OutputFormat::RenderReportFile(const Report& report) const { return RenderJson(report, json_) + "\n"; }

std::string OutputFormat::Frame(const std::string& path, const std::string& item) {
  if (item.empty()) return "";
  std::string out;
  switch (format_) {
    case Format::kText:
      if (several_) {
        if (framed_ > 0) out += '\n';
        out += Rule(text_.width) + '\n' + detail::TerminalSafe(path) + "\n\n";
      }
      out += item;
      break;
    case Format::kJson:
      if (!several_) {
        out = item + '\n';
        break;
      }
      out = framed_ == 0 ? "[" : ",";
      out += json_.pretty ? "\n" + IndentJson(item) : item;
      break;
    case Format::kJsonl:
      out = item + '\n';
      break;
  }
  ++framed_;
  return out;
}

std::string OutputFormat::Close() const {
  if (format_ != Format::kJson || !several_) return "";
  if (framed_ == 0) return "[]\n";
  return json_.pretty ? "\n]\n" : "]\n";
}

std::string FailureLine(const std::string& path, const Status& status) {
  return "lede: " + detail::TerminalSafe(path) + ": " + status.message() + "\n";
}

bool WriteAll(std::string_view s, std::FILE* stream) {
  if (s.empty()) return true;
  return std::fwrite(s.data(), 1, s.size(), stream) == s.size() && std::fflush(stream) == 0;
}

}  // namespace lede::cli
