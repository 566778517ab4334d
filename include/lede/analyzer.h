// Analyzer: the entry point. Reads an input and runs the whole pipeline on it.
//
//   auto bytes = lede::ReadInput("article.html");
//   if (!bytes.ok()) { ... bytes.status().message() ... }
//   auto report = lede::Analyze(bytes.value(), "article.html", lede::Options{});
//
// The pipeline is: decode -> boilerplate stripper -> tokenizer -> sentence
// splitter -> entities -> quotes -> quantities -> summary. It never prints,
// never exits and never throws for bad input.
#ifndef LEDE_ANALYZER_H_
#define LEDE_ANALYZER_H_

#include <string>
#include <string_view>

#include "lede/options.h"
#include "lede/report.h"
#include "lede/status.h"

namespace lede {

// Returns the bytes of a file, or of stdin for "-", or why they cannot be read.
Result<std::string> ReadInput(const std::string& path, size_t max_bytes = Options{}.max_bytes);

// Describes an input beyond its bytes: its name, and what its container (a
// WARC record, an HTTP response) says about it.
struct InputInfo {
  std::string path;     // file path; "-" for stdin; "crawl.warc.gz#1234" for a WARC record
  std::string url;      // URL it was fetched from; "" when unknown
  std::string date;     // when it was fetched, ISO 8601; "" when unknown
  std::string charset;  // charset the transport declared (HTTP Content-Type); "" when none
};

// Returns the analysis of one input's raw bytes, or why it cannot be analysed.
Result<Report> Analyze(std::string_view bytes, std::string_view path, const Options& options);

// Returns the analysis of one input's raw bytes with what is known of its
// origin: a transport charset outranks the page's own declaration (as in
// browsers), and a fetch date stands in for a missing publication date when
// relative dates are resolved.
Result<Report> Analyze(std::string_view bytes, const InputInfo& input, const Options& options);

// Returns true when `date` is a valid YYYY-MM-DD calendar date.
bool IsValidDate(std::string_view date);

// Returns lede's version string.
std::string_view Version();

}  // namespace lede

#endif  // LEDE_ANALYZER_H_
