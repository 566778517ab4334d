// lede_bench: times every pipeline stage on the bundled samples and on a
// folder of pages, single-threaded.
//
//   lede_bench [--repeats N] [--ner-model FILE] [FOLDER]
//   lede_bench --memory [--verbose] [--limit-mb MB] [FOLDER]
//
// Each input runs through the internal stage functions in the order
// src/pipeline/analyzer.cc runs them (decode, HTML parse, extraction,
// tokenize, sentences, entities, quotes, quantities, summary, JSON render).
// Every input is analysed kDefaultRepeats times; a stage's time on an input
// is the median of its runs, which shrugs off the noise of a shared machine.
// A group's time for a stage is the sum of its inputs' medians. The table
// gives ms per page, pages per second and MB of raw input per second for
// each stage, and the ratio of HTML parse + extraction to the parse alone
// (what the boilerplate stripper costs on top of the HTML5 parser). Last, a
// linearity check times the tokenizer + sentence splitter on about 1 MB of
// the folder's article texts and on 10, 20 and 40 copies of it (median of the repeats).
// --ner-model FILE also times loading that NER model and tagging the pages'
// article texts with it. --memory measures peak RSS per page instead (peak_rss.h).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/core.h>

#include "entities/entity_extractor.h"
#include "extract/html_extractor.h"
#include "extract/text_extractor.h"
#include "html/html_parser.h"
#include "input/decoder.h"
#include "input/format_sniffer.h"
#include "input/reader.h"
#include "lede/lede.h"
#include "peak_rss.h"
#include "quantities/quantity_extractor.h"
#include "quotes/quote_extractor.h"
#include "summary/summarizer.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace {

namespace fs = std::filesystem;
using lede::Options;
using lede::Report;
using lede::Result;

// Runs per input: the median of five is stable to a few per cent on a busy
// two-core machine while a full dev-folder run stays under a minute.
constexpr int kDefaultRepeats = 5;
// Folder of pages timed when none is given: the extraction benchmark's dev
// split, in the shared benchmark data beside the repository.
constexpr const char* kDefaultFolder = LEDE_SOURCE_DIR "/../shared/bench/extraction/dev/";
// Peak RSS allowed per page in --memory mode, in MB: lede's memory budget for
// one page analysed by a fresh process.
constexpr double kDefaultRssLimitMb = 50.0;
// Bytes in a megabyte for the MB/s column (decimal, as throughput is usually quoted).
constexpr double kBytesPerMb = 1e6;
// Size of the text the linearity check tokenizes and splits: about 1 MB of article text,
// far more than any page, so fixed per-call costs vanish and only per-byte cost remains.
constexpr size_t kLinearityTextBytes = 1000000;
// The copies of that text the linearity runs join. A linear pass takes ten times as long on
// ten copies, but at 1 MB the text, its tokens and the splitter's feature codes still sit
// partly in cache and at 10 MB they do not, and the splitter's working set (over 150 MB at
// 20 copies) crosses another memory threshold; so time(10x)/time(1x) also counts cache and
// TLB misses, and time(40x)/time(20x), past both, shows the algorithms' own growth (2 if linear).
constexpr int kLinearityScales[] = {1, 10, 20, 40};

// Names the timed stages, in pipeline order.
enum Stage { kDecode, kParse, kExtract, kTokenize, kSentences, kEntities, kQuotes, kQuantities, kSummary, kRender, kStages };
constexpr const char* kStageNames[kStages] = {"decode",   "html parse", "extract",    "tokenize", "sentences",
                                              "entities", "quotes",     "quantities", "summary",  "json render"};

// Holds one run's time per stage, in seconds.
using StageTimes = std::vector<double>;

// Measures the seconds a callable takes.
template <typename F>
double Seconds(F&& f) {
  const auto start = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Returns the stage times of one analysis of `bytes`, or an empty vector when
// the input fails (the same inputs Analyze() would reject).
StageTimes RunOnce(std::string_view bytes, const std::string& path, size_t* text_bytes) {
  StageTimes t(kStages, 0.0);
  Result<lede::detail::DecodedText> decoded = lede::Status::Ok();
  bool is_html = false;
  t[kDecode] = Seconds([&] {
    decoded = lede::detail::DecodeToUtf8(bytes);
    is_html = decoded.ok() && lede::detail::LooksLikeHtml(decoded.value().text);
  });
  if (!decoded.ok()) return {};

  Result<lede::Document> document = lede::Status::Ok();
  if (is_html) {
    Result<lede::detail::Dom> dom = lede::Status::Ok();
    t[kParse] = Seconds([&] { dom = lede::detail::ParseHtml(decoded.value().text); });
    if (!dom.ok()) return {};
    t[kExtract] = Seconds([&] { document = lede::detail::ExtractFromHtml(dom.value()); });
  } else {
    t[kExtract] = Seconds([&] { document = lede::detail::ExtractFromText(decoded.value().text); });
  }
  if (!document.ok()) return {};

  Report report;
  report.document = std::move(document).value();
  report.document.source = {path, is_html ? "html" : "text", bytes.size(), decoded.value().encoding, "", ""};
  const std::string& text = report.document.text;
  *text_bytes = text.size();
  const Options options;
  t[kTokenize] = Seconds([&] { report.tokens = lede::detail::Tokenize(text); });
  t[kSentences] = Seconds(
      [&] { report.sentences = lede::detail::SplitSentences(text, report.tokens, report.document.blocks); });
  t[kEntities] = Seconds([&] { report.entities = lede::detail::ExtractEntities(report); });
  t[kQuotes] = Seconds([&] { report.quotes = lede::detail::ExtractQuotes(report); });
  const std::string& published = report.document.meta.published;
  t[kQuantities] = Seconds([&] {
    report.quantities = lede::detail::ExtractQuantities(report, published.substr(0, std::min<size_t>(published.size(), 10)));
  });
  t[kSummary] = Seconds([&] {
    lede::detail::Summary summary = lede::detail::Summarize(report, options.summary_sentences, options.keywords);
    report.summary = std::move(summary.sentences);
    report.keywords = std::move(summary.keywords);
  });
  report.stats.paragraphs = report.document.blocks.size();
  report.stats.sentences = report.sentences.size();
  for (const lede::Token& token : report.tokens) {
    report.stats.words += token.kind == lede::TokenKind::kWord || token.kind == lede::TokenKind::kNumber;
  }
  std::string json;
  t[kRender] = Seconds([&] { json = lede::RenderJson(report, lede::JsonOptions{}); });
  if (json.empty()) return {};
  return t;
}

// Returns the median of `values` (which it reorders).
double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Holds a group of inputs' summed median stage times.
struct GroupResult {
  std::string name;
  size_t pages = 0;       // inputs analysed
  std::vector<std::string> failed;  // "path: reason" of inputs that failed to read, decode or extract
  size_t html_pages = 0;  // analysed inputs that were HTML
  double bytes = 0;       // raw bytes of the analysed inputs
  double text_bytes = 0;  // bytes of their extracted article text, what the tokenizer and splitter read
  StageTimes seconds = StageTimes(kStages, 0.0);
  double analyze_seconds = 0;  // median of lede::Analyze() end to end, summed
};

// Analyses every file `repeats` times and sums the per-file median stage times.
GroupResult TimeGroup(const std::string& name, const std::vector<std::string>& paths, int repeats) {
  GroupResult group;
  group.name = name;
  for (const std::string& path : paths) {
    Result<std::string> bytes = lede::ReadInput(path);
    if (!bytes.ok()) {
      group.failed.push_back(path + ": " + bytes.status().message());
      continue;
    }
    std::vector<StageTimes> runs;
    std::vector<double> analyze;
    size_t text_bytes = 0;
    for (int r = 0; r < repeats; ++r) {
      StageTimes t = RunOnce(bytes.value(), path, &text_bytes);
      if (t.empty()) break;
      runs.push_back(std::move(t));
      analyze.push_back(Seconds([&] { (void)lede::Analyze(bytes.value(), path, Options{}); }));
    }
    if (runs.empty()) {
      Result<Report> report = lede::Analyze(bytes.value(), path, Options{});
      group.failed.push_back(path + ": " + (report.ok() ? "failed in a stage" : report.status().message()));
      continue;
    }
    ++group.pages;
    group.bytes += static_cast<double>(bytes.value().size());
    group.text_bytes += static_cast<double>(text_bytes);
    if (runs.front()[kParse] > 0) ++group.html_pages;
    for (int s = 0; s < kStages; ++s) {
      std::vector<double> samples;
      for (const StageTimes& t : runs) samples.push_back(t[s]);
      group.seconds[s] += Median(samples);
    }
    group.analyze_seconds += Median(analyze);
  }
  return group;
}

// Prints one group's table.
void PrintGroup(const GroupResult& g) {
  fmt::print("\n== {}: {} page(s), {:.2f} MB", g.name, g.pages, g.bytes / kBytesPerMb);
  if (!g.failed.empty()) fmt::print(", {} failed (not timed)", g.failed.size());
  fmt::print("\n");
  for (const std::string& failure : g.failed) fmt::print("  failed: {}\n", failure);
  if (g.pages == 0) return;
  fmt::print("{:<14}{:>12}{:>12}{:>12}{:>12}{:>8}\n", "stage", "total ms", "ms/page", "pages/s", "MB/s", "share");
  double total = 0;
  for (double s : g.seconds) total += s;
  const auto row = [&](const std::string& label, double seconds) {
    const double pages_per_s = seconds > 0 ? g.pages / seconds : 0;
    const double mb_per_s = seconds > 0 ? g.bytes / kBytesPerMb / seconds : 0;
    fmt::print("{:<14}{:>12.2f}{:>12.3f}{:>12.1f}{:>12.1f}{:>7.1f}%\n", label, seconds * 1e3, seconds * 1e3 / g.pages,
               pages_per_s, mb_per_s, total > 0 ? 100.0 * seconds / total : 0.0);
  };
  for (int s = 0; s < kStages; ++s) {
    if (s == kParse && g.html_pages == 0) continue;
    row(kStageNames[s], g.seconds[s]);
  }
  row("all stages", total);
  row("Analyze()", g.analyze_seconds);
  const double text_seconds = g.seconds[kTokenize] + g.seconds[kSentences];
  if (text_seconds > 0) {
    fmt::print("tokenizer + sentence splitter: {:.1f} MB/s of article text ({:.2f} MB of text, {:.2f} ms)\n",
               g.text_bytes / kBytesPerMb / text_seconds, g.text_bytes / kBytesPerMb, text_seconds * 1e3);
  }
  // The extractors read the article text, so their speed is given in MB/s of it too.
  for (int s : {kEntities, kQuotes, kQuantities}) {
    if (g.seconds[s] <= 0) continue;
    fmt::print("{} extractor: {:.1f} MB/s of article text\n", kStageNames[s], g.text_bytes / kBytesPerMb / g.seconds[s]);
  }
  if (g.seconds[kParse] > 0) {
    fmt::print("extraction / HTML parse alone: {:.2f}x  (parse + extract = {:.2f} ms/page, parse = {:.2f} ms/page)\n",
               (g.seconds[kParse] + g.seconds[kExtract]) / g.seconds[kParse],
               (g.seconds[kParse] + g.seconds[kExtract]) * 1e3 / g.pages, g.seconds[kParse] * 1e3 / g.pages);
  }
}

// Returns the extracted article text (Document::text) of a page, or "" when it fails.
std::string ArticleText(const std::string& path) {
  Result<std::string> bytes = lede::ReadInput(path);
  if (!bytes.ok()) return "";
  Result<lede::detail::DecodedText> decoded = lede::detail::DecodeToUtf8(bytes.value());
  if (!decoded.ok()) return "";
  const std::string& utf8 = decoded.value().text;
  Result<lede::Document> document = lede::Status::Ok();
  if (lede::detail::LooksLikeHtml(utf8)) {
    Result<lede::detail::Dom> dom = lede::detail::ParseHtml(utf8);
    if (!dom.ok()) return "";
    document = lede::detail::ExtractFromHtml(dom.value());
  } else {
    document = lede::detail::ExtractFromText(utf8);
  }
  return document.ok() ? std::move(document).value().text : "";
}

// Holds the median seconds of the tokenizer and of the splitter on one text.
struct TextStageTimes {
  double tokenize = 0;
  double split = 0;
  double total() const { return tokenize + split; }
};

// Returns the median times of tokenizing and splitting `text` (as one block), over `repeats` runs.
TextStageTimes TimeTextStages(const std::string& text, int repeats) {
  std::vector<double> tokenize;
  std::vector<double> split;
  size_t sentences = 0;
  for (int r = 0; r < repeats; ++r) {
    std::vector<lede::Token> tokens;
    tokenize.push_back(Seconds([&] { tokens = lede::detail::Tokenize(text); }));
    split.push_back(Seconds([&] { sentences += lede::detail::SplitSentences(text, tokens, {}).size(); }));
  }
  if (sentences == 0) fmt::print("  (no sentences found)\n");  // also keeps the work from being optimised away
  return {Median(tokenize), Median(split)};
}

// Prints whether the tokenizer and splitter stay linear: their speed on about 1 MB of the pages'
// article texts (joined and repeated) and on kLinearityScales copies of it, and the time ratios.
void PrintLinearity(const std::vector<std::string>& pages, int repeats) {
  std::string articles;
  for (const std::string& page : pages) {
    const std::string text = ArticleText(page);
    if (text.empty()) continue;
    if (!articles.empty()) articles += "\n\n";
    articles += text;
  }
  if (articles.empty()) return;
  std::string base;
  while (base.size() < kLinearityTextBytes) base += articles + "\n\n";
  const double mb = base.size() / kBytesPerMb;
  fmt::print("\n== linearity: tokenizer + sentence splitter on the pages' article texts, joined (one block)\n");
  fmt::print("{:>5}{:>10}{:>15}{:>15}{:>15}\n", "", "MB", "tokenize MB/s", "split MB/s", "both MB/s");
  std::vector<TextStageTimes> times;
  for (int scale : kLinearityScales) {
    std::string text;
    text.reserve(base.size() * scale);
    for (int i = 0; i < scale; ++i) text += base;
    times.push_back(TimeTextStages(text, repeats));
    const TextStageTimes& t = times.back();
    fmt::print("{:>4}x{:>10.2f}{:>15.1f}{:>15.1f}{:>15.1f}\n", scale, mb * scale, mb * scale / t.tokenize,
               mb * scale / t.split, mb * scale / t.total());
  }
  for (size_t i = 1; i < times.size(); ++i) {
    const int from = kLinearityScales[i - 1];
    const int to = kLinearityScales[i];
    fmt::print("time({}x) / time({}x): tokenize {:.2f}, split {:.2f}, both {:.2f}  ({:.0f} if linear)\n", to, from,
               times[i].tokenize / times[i - 1].tokenize, times[i].split / times[i - 1].split,
               times[i].total() / times[i - 1].total(), static_cast<double>(to) / from);
  }
}

// Prints the NER tagger's load time and tagging speed with the model at `model_path`
// (a `lede train ner` file) over the pages' article texts, each page one document:
// the text is tokenized and split as the pipeline does, and each sentence's token
// strings are tagged. Median of `repeats` runs.
void PrintNerTagging(const std::string& model_path, const std::vector<std::string>& pages, int repeats) {
  Result<std::string> bytes = lede::ReadInput(model_path);
  fmt::print("\n== NER tagger: {}\n", model_path);
  if (!bytes.ok()) {
    fmt::print("cannot read the model: {}\n", bytes.status().message());
    return;
  }
  std::vector<double> loads;
  std::shared_ptr<const lede::NerTagger> tagger;
  for (int r = 0; r < repeats; ++r) {
    loads.push_back(Seconds([&] {
      Result<std::shared_ptr<const lede::NerTagger>> parsed = lede::NerTagger::Parse(bytes.value());
      if (parsed.ok()) tagger = parsed.value();
    }));
  }
  if (tagger == nullptr) {
    fmt::print("not a NER model\n");
    return;
  }
  std::vector<std::vector<lede::NerSentence>> documents;
  size_t tokens = 0;
  for (const std::string& page : pages) {
    const std::string text = ArticleText(page);
    const std::vector<lede::Token> words = lede::detail::Tokenize(text);
    std::vector<lede::NerSentence> document;
    for (const lede::Sentence& s : lede::detail::SplitSentences(text, words, {})) {
      lede::NerSentence sentence;
      for (size_t k = s.first_token; k < s.last_token; ++k) {
        sentence.tokens.push_back(text.substr(words[k].span.start, words[k].span.size()));
      }
      sentence.tags.assign(sentence.tokens.size(), "O");
      sentence.starts_document = document.empty();
      tokens += sentence.tokens.size();
      document.push_back(std::move(sentence));
    }
    if (!document.empty()) documents.push_back(std::move(document));
  }
  std::vector<double> tagging;
  size_t entities = 0;
  for (int r = 0; r < repeats; ++r) {
    tagging.push_back(Seconds([&] {
      for (const auto& document : documents) {
        for (const auto& tags : tagger->Tag(document)) {
          for (const std::string& tag : tags) entities += tag[0] == 'B';
        }
      }
    }));
  }
  const double seconds = Median(tagging);
  // The first load pays for fresh pages of the dense tables; later ones reuse freed memory.
  fmt::print("model {:.2f} MB, first load {:.1f} ms (median {:.1f} ms)\n", bytes.value().size() / kBytesPerMb,
             loads.front() * 1e3, Median(loads) * 1e3);
  fmt::print("tagged {} tokens of {} pages in {:.1f} ms: {:.0f} tokens/s ({} entities a run)\n", tokens,
             documents.size(), seconds * 1e3, tokens / std::max(seconds, 1e-9), entities / static_cast<size_t>(repeats));
}

// Returns the regular files of a folder whose names end in .html, .htm or .txt, sorted.
std::vector<std::string> PagesIn(const std::string& folder) {
  std::vector<std::string> paths;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    const std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".html" || ext == ".htm" || ext == ".txt")) {
      paths.push_back(entry.path().string());
    }
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

int Usage(const char* argv0) {
  std::fprintf(stderr,
               "usage: %s [--repeats N] [--ner-model FILE] [FOLDER]\n"
               "       %s --memory [--verbose] [--limit-mb MB] [FOLDER]\n"
               "Times each lede stage on data/samples/china-russia-military.{txt,html} and on the\n"
               ".html/.htm/.txt pages of FOLDER (default %s).\n"
               "Each input runs N times (default %d); the table shows medians.\n"
               "\n"
               "--memory: peak memory instead of time. Each input (the two samples, then the\n"
               "pages of FOLDER) is read, analysed and rendered as JSON in its own freshly forked\n"
               "child process; the kernel's peak resident set size of that child (wait4 ru_maxrss)\n"
               "is its cost. Prints two baselines (a child that exits at once, and one that\n"
               "analyses a single sentence, i.e. with lede's data loaded), then the median and\n"
               "max peak RSS across inputs and the input with the max. --verbose lists every\n"
               "input. Exit status 1 when an input fails or the max exceeds --limit-mb (default\n"
               "%.0f MB).\n",
               argv0, argv0, kDefaultFolder, kDefaultRepeats, kDefaultRssLimitMb);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  int repeats = kDefaultRepeats;
  std::string folder = kDefaultFolder;
  bool memory = false;
  bool verbose = false;
  double limit_mb = kDefaultRssLimitMb;
  std::string ner_model;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--repeats" && i + 1 < argc) {
      repeats = std::atoi(argv[++i]);
      if (repeats < 1) return Usage(argv[0]);
    } else if (arg == "--memory") {
      memory = true;
    } else if (arg == "--ner-model" && i + 1 < argc) {
      ner_model = argv[++i];
    } else if (arg == "--verbose") {
      verbose = true;
    } else if (arg == "--limit-mb" && i + 1 < argc) {
      limit_mb = std::atof(argv[++i]);
      if (limit_mb <= 0) return Usage(argv[0]);
    } else if (arg == "-h" || arg == "--help" || (!arg.empty() && arg[0] == '-')) {
      return Usage(argv[0]);
    } else {
      folder = std::string(arg);
    }
  }

  const std::string samples = std::string(LEDE_SOURCE_DIR) + "/data/samples/";
  if (memory) {
    std::vector<std::string> inputs = {samples + "china-russia-military.txt", samples + "china-russia-military.html"};
    for (std::string& page : PagesIn(folder)) inputs.push_back(std::move(page));
    return lede::bench::RunPeakRss(inputs, limit_mb, verbose);
  }
  fmt::print("lede {} benchmark: {} run(s) per input, medians, single-threaded\n", lede::Version(), repeats);
  PrintGroup(TimeGroup("sample text", {samples + "china-russia-military.txt"}, repeats));
  PrintGroup(TimeGroup("sample html", {samples + "china-russia-military.html"}, repeats));
  const std::vector<std::string> pages = PagesIn(folder);
  if (pages.empty()) {
    fmt::print("\n== {}: no .html/.htm/.txt pages found\n", folder);
    return 0;
  }
  PrintGroup(TimeGroup(folder, pages, repeats));
  PrintLinearity(pages, repeats);
  if (!ner_model.empty()) PrintNerTagging(ner_model, pages, repeats);
  return 0;
}
