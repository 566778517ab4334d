// Command-line options, parsed with CLI11.
//
// CLI11 reports --help, --version and bad arguments by throwing; every one of
// its exceptions is caught here and turned into an exit code and a message,
// so nothing escapes to main. Defaults shown by --help come from
// lede::Options{}, the one place they are defined.
#include "cli/cli_options.h"

#include <CLI/CLI.hpp>

#include <exception>

#include "lede/analyzer.h"
#include "report/text_layout.h"

namespace lede::cli {

namespace {

// Exit code for a usage error: the convention of getopt-based tools.
constexpr int kUsageExit = 2;

constexpr std::string_view kDescription =
    "lede: analyse news articles (HTML pages or plain text).\n"
    "Finds the headline, clean body, people, organisations and places, quotes\n"
    "with their speakers, and the numbers that matter.\n\n"
    "Output: --format text (default) is a report for people; json is one object\n"
    "per input, or an array of objects when several FILEs, a directory or --from\n"
    "are given; jsonl is one object per line. A FILE may be a directory (its\n"
    "files are read recursively, in sorted order, hidden ones skipped), a .gz\n"
    "file (decompressed) or a WARC file (.warc, .warc.gz: each HTML response is\n"
    "one article). Results are written in input order as they are ready; a\n"
    "batch ends with a summary line on stderr. A failed input is reported on stderr and, in json/jsonl,\n"
    "as an {\"source\",\"error\"} record. Exit status: 0 all inputs analysed, 1 some\n"
    "input failed, 2 usage error. With -o DIR each input's JSON goes to its own\n"
    "file in DIR (pages/a.html -> pages__a.html.json) and nothing to stdout.";

// Returns a usage-error outcome with `message` and a pointer to --help. The
// message may quote an argument, which may hold escape codes: it goes to the
// terminal made safe.
ParseOutcome UsageError(const std::string& message) {
  ParseOutcome outcome;
  outcome.exit_code = kUsageExit;
  outcome.output = "lede: " + detail::TerminalSafe(message) + "\nRun 'lede --help' for usage.\n";
  return outcome;
}

}  // namespace

ParseOutcome ParseCommandLine(int argc, const char* const* argv, bool stdin_is_terminal) {
  const Options defaults;
  CliOptions options;
  std::string format = "text";
  bool json = false;
  std::vector<std::string> include;

  CLI::App app{std::string(kDescription), "lede"};
  app.set_version_flag("--version", "lede " + std::string(Version()), "Print the version and exit");
  app.add_option("FILE", options.files,
                 "Inputs to analyse: files, directories, .gz files, WARC files; '-' or none reads stdin");
  app.add_option("--from", options.from,
                 "Also read the inputs listed in this file, one per line, after the FILEs ('-' is stdin; "
                 "blank lines and '#' lines skipped)");
  app.add_option("--format", format, "Output format")
      ->check(CLI::IsMember({"text", "json", "jsonl"}))
      ->capture_default_str();
  app.add_flag("--json", json, "Same as --format json");
  app.add_option("-o,--output-dir", options.output_dir,
                 "Write each input's JSON to its own file in this directory (created if missing), "
                 "named after the input; implies --format json");
  app.add_flag("--pretty", options.json.pretty, "Indent JSON output");
  app.add_option("-j,--jobs", options.jobs, "Worker threads (default: one per core; at most 256)")
      ->check(CLI::NonNegativeNumber);
  app.add_flag("-q,--quiet", options.quiet, "No progress bar and no summary line on stderr (errors are still reported)");
  app.add_flag("--extract-only", options.analysis.extract_only,
               "Only extract the article (metadata, clean body, counts): no entities, quotes, numbers or summary");
  app.add_flag("--raw", options.analysis.raw, "Treat input as clean text: no boilerplate stripping");
  app.add_option("--date", options.analysis.date,
                 "Reference date YYYY-MM-DD for relative dates (default: the article's date)");
  app.add_option("--include", include, "Add to JSON: sentences, tokens (comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false)  // "--include tokens FILE": FILE is not a value
      ->check(CLI::IsMember({"sentences", "tokens"}));
  app.add_flag("--explain", options.analysis.explain,
               "Show why each candidate block of an HTML page was kept or dropped (text report; JSON \"blocks\")");
  app.add_option("--sentence-model", options.analysis.sentence_model,
                 "Sentence boundary model made by 'lede train sentences' (default: the built-in one)");
  app.add_option("--ner-model", options.analysis.ner_model,
                 "Entity tagger model made by 'lede train ner' (default: the rule-based entity finder)");
  app.add_option("--max-bytes", options.analysis.max_bytes, "Largest input read, in bytes")
      ->check(CLI::PositiveNumber)
      ->default_val(defaults.max_bytes);
  app.add_option("--max-text-bytes", options.analysis.max_text_bytes,
                 "Most bytes of clean text analysed; the rest is cut off and reported")
      ->check(CLI::PositiveNumber)
      ->default_val(defaults.max_text_bytes);
  app.add_option("--summary-sentences", options.analysis.summary_sentences, "Sentences in the summary")
      ->default_val(defaults.summary_sentences);
  app.add_option("--keywords", options.analysis.keywords, "Keywords reported")
      ->default_val(defaults.keywords);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    return ParseOutcome{false, 0, app.help(), {}};
  } catch (const CLI::CallForAllHelp&) {
    return ParseOutcome{false, 0, app.help("", CLI::AppFormatMode::All), {}};
  } catch (const CLI::CallForVersion& e) {
    return ParseOutcome{false, 0, std::string(e.what()) + "\n", {}};
  } catch (const CLI::ParseError& e) {
    return UsageError(e.what());
  } catch (const std::exception& e) {
    return UsageError(e.what());
  }

  if (json) format = "json";
  if (!options.output_dir.empty() && format == "text") {
    // Only an explicit --format text conflicts; -o alone means JSON files.
    if (app.count("--format") > 0) return UsageError("-o writes JSON files: it cannot be used with --format text");
    format = "json";
  }
  options.format = format == "json" ? Format::kJson : format == "jsonl" ? Format::kJsonl : Format::kText;
  for (const std::string& item : include) {
    if (item == "sentences") options.json.include_sentences = true;
    if (item == "tokens") options.json.include_tokens = true;
  }
  if (!options.analysis.date.empty() && !IsValidDate(options.analysis.date)) {
    return UsageError("--date must be a calendar date as YYYY-MM-DD, got '" + options.analysis.date + "'");
  }
  if (options.files.empty() && options.from.empty()) {
    if (stdin_is_terminal) return UsageError("no input: give a FILE, or pipe an article to stdin");
    options.files.push_back("-");
  }

  ParseOutcome outcome;
  outcome.run = true;
  outcome.options = std::move(options);
  return outcome;
}

}  // namespace lede::cli
