// Fuzz checks: the properties every report must have whatever the input, shared
// by the libFuzzer harnesses (which trap on a failure) and the regression tests
// of tests/fuzz_regressions (which REQUIRE none).
//
// A report's spans must lie inside the string they point into (byte offsets in
// the model, code point offsets in the JSON), start <= end; the JSON report must
// parse back as JSON; the text report must hold no C0 control byte but '\n', so
// a hostile page cannot drive the reader's terminal. Each check returns "" when
// the property holds, else a description of the first violation.
#ifndef LEDE_TESTS_FUZZ_FUZZ_CHECKS_H_
#define LEDE_TESTS_FUZZ_FUZZ_CHECKS_H_

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "entities/entity_extractor.h"
#include "extract/text_extractor.h"
#include "input/decoder.h"
#include "input/warc_reader.h"
#include "lede/lede.h"
#include "quantities/quantity_extractor.h"
#include "quotes/quote_extractor.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace lede::fuzz {

// Returns "" when `span` lies inside a string of `size` bytes, else what is wrong, named by `what`.
inline std::string CheckSpan(Span span, size_t size, const std::string& what) {
  if (span.start > span.end || span.end > size) {
    return what + " [" + std::to_string(span.start) + ", " + std::to_string(span.end) + ") is outside a text of " +
           std::to_string(size) + " bytes";
  }
  return "";
}

// Returns the string a quote's spans point into, or nullptr when its line does not exist.
inline const std::string* QuoteLine(const Report& report, const Quote& q) {
  if (q.place == QuotePlace::kTitle) return &report.document.meta.title;
  if (q.place == QuotePlace::kStandfirst) {
    return q.line < report.document.meta.standfirst.size() ? &report.document.meta.standfirst[q.line] : nullptr;
  }
  return &report.document.text;
}

// Returns "" when every byte span of the report (blocks, sentences, tokens,
// entity mentions, quotes, quantities) is inside the string it points into.
inline std::string CheckReportSpans(const Report& report) {
  const std::string& text = report.document.text;
  std::string problem;
  auto check = [&](Span span, size_t size, const char* what) {
    if (problem.empty()) problem = CheckSpan(span, size, what);
  };
  for (const Block& b : report.document.blocks) check(b.span, text.size(), "block");
  for (const Sentence& s : report.sentences) check(s.span, text.size(), "sentence");
  for (const Token& t : report.tokens) check(t.span, text.size(), "token");
  for (const Entity& e : report.entities) {
    for (Span m : e.mentions) check(m, text.size(), "entity mention");
  }
  for (const Quote& q : report.quotes) {
    const std::string* line = QuoteLine(report, q);
    if (line == nullptr) continue;  // the JSON reporter drops it
    check(q.span, line->size(), "quote");
    if (q.speaker) check(q.speaker->span, line->size(), "quote speaker");
    for (Span f : q.fragments) check(f, line->size(), "quote fragment");
  }
  for (const Quantity& q : report.quantities) check(q.span, text.size(), "quantity");
  if (problem.empty() && !detail::IsValidUtf8(text)) problem = "document text is not valid UTF-8";
  return problem;
}

// Returns "" when `object`'s "start" and "end" are code point offsets inside a text of `length` code points.
inline std::string CheckJsonRange(const nlohmann::json& object, size_t length, const std::string& what) {
  if (!object.contains("start") || !object.contains("end")) return what + " has no start/end";
  const nlohmann::json& start = object["start"];
  const nlohmann::json& end = object["end"];
  if (!start.is_number_unsigned() || !end.is_number_unsigned()) return what + " start/end are not offsets";
  const auto s = start.get<size_t>(), e = end.get<size_t>();
  if (s > e || e > length) {
    return what + " [" + std::to_string(s) + ", " + std::to_string(e) + ") is outside a text of " +
           std::to_string(length) + " code points";
  }
  return "";
}

// Returns "" when the JSON report parses and its paragraphs, entity mentions,
// quotes and quantities have start/end inside the code points of "text".
inline std::string CheckJson(const Report& report) {
  const std::string rendered = RenderJson(report, JsonOptions{});
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(rendered);
  } catch (const std::exception& e) {
    return std::string("JSON report does not parse: ") + e.what();
  }
  try {
    const size_t length = detail::CodePointCount(json["text"].get<std::string>());
    std::string problem;
    auto check = [&](const nlohmann::json& object, size_t size, const char* what) {
      if (problem.empty()) problem = CheckJsonRange(object, size, what);
    };
    for (const auto& p : json["paragraphs"]) check(p, length, "JSON paragraph");
    for (const auto& e : json["entities"]) {
      for (const auto& m : e["mentions"]) check(m, length, "JSON entity mention");
    }
    for (const auto& q : json["quotes"]) {
      size_t line_length = length;
      const std::string in = q["in"].get<std::string>();
      if (in == "title") line_length = detail::CodePointCount(json["title"].get<std::string>());
      if (in == "standfirst") {
        line_length = detail::CodePointCount(json["standfirst"].at(q["line"].get<size_t>()).get<std::string>());
      }
      check(q, line_length, "JSON quote");
      if (q.contains("fragments")) {
        for (const auto& f : q["fragments"]) check(f, line_length, "JSON quote fragment");
      }
    }
    for (const auto& q : json["quantities"]) check(q, length, "JSON quantity");
    return problem;
  } catch (const std::exception& e) {
    return std::string("JSON report has an unexpected shape: ") + e.what();
  }
}

// Returns "" when the text report holds no C0 control byte other than '\n' (ESC included).
inline std::string CheckText(const Report& report) {
  const std::string rendered = RenderText(report, TextOptions{});
  for (size_t i = 0; i < rendered.size(); ++i) {
    const auto c = static_cast<unsigned char>(rendered[i]);
    if (c < 0x20 && c != '\n') return "text report has control byte " + std::to_string(c) + " at byte " + std::to_string(i);
  }
  return "";
}

// Returns "" when the report passes every check above.
inline std::string CheckReport(const Report& report) {
  std::string problem = CheckReportSpans(report);
  if (problem.empty()) problem = CheckJson(report);
  if (problem.empty()) problem = CheckText(report);
  return problem;
}

// Returns "" when Analyze's result is a report that passes every check, or an
// expected failure; an Internal status (an exception caught inside lede) is a bug.
inline std::string CheckResult(const Result<Report>& result) {
  if (result.ok()) return CheckReport(result.value());
  if (result.status().code() == StatusCode::kInternal) return "Analyze failed inside lede: " + result.status().message();
  return "";
}

// Returns the report of `bytes` as the pipeline builds it for --raw input up to
// the extractors (decoded, blocks at blank lines, tokens, sentences), or false
// when the decoder rejects the bytes (empty, binary).
inline bool AnnotateRaw(std::string_view bytes, Report* report) {
  Result<detail::DecodedText> decoded = detail::DecodeToUtf8(bytes);
  if (!decoded.ok()) return false;
  report->document = detail::DocumentFromRawText(decoded.value().text);
  report->tokens = detail::Tokenize(report->document.text);
  report->sentences = detail::SplitSentences(report->document.text, report->tokens, report->document.blocks);
  return true;
}

// The harnesses' bodies, one per fuzzer, each returning "" or the first failed check.

// Returns the checks of the whole pipeline on `bytes` as a page (Analyze of "fuzz.html").
inline std::string RunPipelineHtml(std::string_view bytes) {
  return CheckResult(Analyze(bytes, "fuzz.html", Options{}));
}

// Returns the checks of the whole pipeline on `bytes` as clean text (Options::raw).
inline std::string RunPipelineText(std::string_view bytes) {
  Options options;
  options.raw = true;
  return CheckResult(Analyze(bytes, "fuzz.txt", options));
}

// Returns the span and JSON checks after the entity extractor on `bytes` as raw text.
inline std::string RunEntities(std::string_view bytes) {
  Report report;
  if (!AnnotateRaw(bytes, &report)) return "";
  report.entities = detail::ExtractEntities(report);
  std::string problem = CheckReportSpans(report);
  return problem.empty() ? CheckJson(report) : problem;
}

// Returns the span and JSON checks after the entity and quote extractors (quotes read entities).
inline std::string RunQuotes(std::string_view bytes) {
  Report report;
  if (!AnnotateRaw(bytes, &report)) return "";
  report.entities = detail::ExtractEntities(report);
  report.quotes = detail::ExtractQuotes(report);
  std::string problem = CheckReportSpans(report);
  return problem.empty() ? CheckJson(report) : problem;
}

// Reference date of the quantities fuzzer: a leap day, so date arithmetic meets its edge.
inline constexpr std::string_view kFuzzReferenceDate = "2024-02-29";

// Returns the span and JSON checks after the quantity extractor, relative dates resolved.
inline std::string RunQuantities(std::string_view bytes) {
  Report report;
  if (!AnnotateRaw(bytes, &report)) return "";
  report.quantities = detail::ExtractQuantities(report, kFuzzReferenceDate);
  std::string problem = CheckReportSpans(report);
  return problem.empty() ? CheckJson(report) : problem;
}

// Largest WARC record payload read: small, so short inputs reach the TooLarge path too.
inline constexpr size_t kFuzzMaxRecordBytes = 16 << 10;

// Returns this process's scratch file for WARC inputs (the reader reads paths), removed at exit.
inline const std::string& WarcScratchPath() {
  static const std::string path = [] {
    const std::string p =
        (std::filesystem::temp_directory_path() / ("lede-warc-fuzz-" + std::to_string(getpid()) + ".warc")).string();
    std::atexit([] { std::remove(WarcScratchPath().c_str()); });
    return p;
  }();
  return path;
}

// Returns the checks of reading every record of `bytes` as a WARC file: record
// offsets grow and lie inside the file, a usable payload keeps to the size limit.
inline std::string RunWarc(std::string_view bytes) {
  const std::string& path = WarcScratchPath();
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return "";
  if (!bytes.empty()) std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
  Result<std::unique_ptr<detail::WarcReader>> reader = detail::WarcReader::Open(path, kFuzzMaxRecordBytes);
  if (!reader.ok()) return "";
  bool first = true;
  uint64_t last_offset = 0;
  for (;;) {
    detail::WarcRecord record;
    Result<bool> next = reader.value()->Next(&record);
    if (!next.ok() || !next.value()) return "";
    if (record.offset >= bytes.size() || (!first && record.offset <= last_offset)) {
      return "record offset " + std::to_string(record.offset) + " after " + std::to_string(last_offset) +
             " in a file of " + std::to_string(bytes.size()) + " bytes";
    }
    if (record.status.ok() && record.payload.size() > kFuzzMaxRecordBytes) {
      return "record payload of " + std::to_string(record.payload.size()) + " bytes passes the limit";
    }
    first = false;
    last_offset = record.offset;
  }
}

// Prints `problem` and traps when it is not empty: what a harness does with a failed check.
inline void TrapOn(const std::string& problem) {
  if (problem.empty()) return;
  std::fprintf(stderr, "lede fuzz check failed: %s\n", problem.c_str());
  __builtin_trap();
}

}  // namespace lede::fuzz

#endif  // LEDE_TESTS_FUZZ_FUZZ_CHECKS_H_
