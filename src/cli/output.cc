// Output assembly for the three formats.
//
//   text:  one report per input; with several inputs each starts with a rule
//          and the input's path.
//   json:  one object for one input, an array of objects for several (error
//          records included in place), so the output is always one document.
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

void OutputBuilder::AddReport(const std::string& path, const Report& report) {
  if (options_.format == Format::kText) {
    items_.push_back(RenderText(report, text_));
  } else {
    JsonOptions json = options_.json;
    if (options_.format == Format::kJsonl) json.pretty = false;
    items_.push_back(RenderJson(report, json));
  }
  paths_.push_back(path);
}

void OutputBuilder::AddFailure(const std::string& path, const Status& status) {
  any_failed_ = true;
  err_ += "lede: " + detail::TerminalSafe(path) + ": " + status.message() + "\n";
  if (options_.format == Format::kText) return;
  JsonOptions json = options_.json;
  if (options_.format == Format::kJsonl) json.pretty = false;
  items_.push_back(RenderJsonError(path, status, json));
  paths_.push_back(path);
}

RunOutput OutputBuilder::Finish() const {
  RunOutput run;
  run.err = err_;
  run.any_failed = any_failed_;
  const bool several = several_;
  switch (options_.format) {
    case Format::kText:
      for (size_t i = 0; i < items_.size(); ++i) {
        if (several) {
          if (i > 0) run.out += '\n';
          run.out += Rule(text_.width) + '\n' + detail::TerminalSafe(paths_[i]) + "\n\n";
        }
        run.out += items_[i];
      }
      break;
    case Format::kJson:
      if (!several) {
        if (!items_.empty()) run.out = items_.front() + '\n';
        break;
      }
      run.out = "[";
      for (size_t i = 0; i < items_.size(); ++i) {
        if (i > 0) run.out += ",";
        run.out += options_.json.pretty ? "\n" + IndentJson(items_[i]) : items_[i];
      }
      run.out += options_.json.pretty && !items_.empty() ? "\n]\n" : "]\n";
      break;
    case Format::kJsonl:
      for (const std::string& item : items_) run.out += item + '\n';
      break;
  }
  return run;
}

}  // namespace lede::cli
