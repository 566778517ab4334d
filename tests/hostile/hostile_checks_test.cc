// The checks every hostile run must pass (hostile_checks.h), the baselines of
// the resource budgets, the report table, and tests of the checks themselves:
// a checker that accepts everything would make every hostile case pass.
#include "hostile/hostile_checks.h"
#include "support/sanitizer.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "hostile/news_prose.h"
#include "support/temp_files.h"

namespace lede::testing {

namespace {

// Bytes in a MiB, the unit of the budgets and the table.
constexpr double kMiB = 1024.0 * 1024.0;
// Peak RSS allowed per byte of input: lede holds the text, its tokens, sentences and the
// JSON, a bounded multiple of the input; 20x leaves room for all of them.
constexpr double kRssPerInputByte = 20.0;
// MiB allowed on top of the one-sentence baseline: allocator slack, the embedded word lists
// touched by a larger input, page-table noise of a shared machine.
constexpr double kRssMarginMb = 60.0;
// CPU per MiB allowed relative to a normal page's.
constexpr double kCpuPerMbFactor = 3.0;
// CPU seconds allowed on top, so tiny inputs are not held to a noisy per-MiB rate.
constexpr double kCpuFloorSeconds = 0.5;
// Size the sample page is concatenated to for the per-MiB baseline.
constexpr size_t kBaselinePageBytes = 1 << 20;
// Runs of each baseline; the least CPU (and the largest RSS) of them is used.
constexpr int kBaselineRuns = 3;

// One measured run, a row of the report table.
struct Row {
  std::string name;
  int exit_code;
  double wall, cpu, rss_mb;
  size_t bytes;
  std::string note;
};

// Collects the rows and prints them when the process ends, if asked to.
class ReportTable {
 public:
  void Add(Row row) { rows_.push_back(std::move(row)); }
  ~ReportTable() {
    const char* flag = std::getenv("LEDE_HOSTILE_REPORT");
    if (flag == nullptr || std::string_view(flag) != "1" || rows_.empty()) return;
    std::printf("\n%-44s %5s %8s %8s %9s %12s  %s\n", "case", "exit", "wall s", "cpu s", "rss MiB", "bytes", "note");
    for (const Row& r : rows_) {
      std::printf("%-44s %5d %8.2f %8.2f %9.1f %12zu  %s\n", r.name.c_str(), r.exit_code, r.wall, r.cpu, r.rss_mb,
                  r.bytes, r.note.c_str());
    }
    std::fflush(stdout);
  }

 private:
  std::vector<Row> rows_;
};

ReportTable& Table() {
  static ReportTable table;
  return table;
}

// A SAX handler that checks spans: each object's "start" <= "end", and the largest "end"
// under a report object is at most its text's code point count.
class SpanChecker : public nlohmann::json_sax<nlohmann::json> {
 public:
  using Json = nlohmann::json;
  bool null() override { return Value(); }
  bool boolean(bool) override { return Value(); }
  bool number_integer(Json::number_integer_t v) override { return Number(static_cast<double>(v)); }
  bool number_unsigned(Json::number_unsigned_t v) override { return Number(static_cast<double>(v)); }
  bool number_float(Json::number_float_t v, const std::string&) override { return Number(v); }
  bool string(std::string& s) override {
    if (!frames_.empty() && key_ == "text") frames_.back().text_cp = static_cast<double>(CodePointCount(s));
    return Value();
  }
  bool binary(Json::binary_t&) override { return Value(); }
  bool start_object(std::size_t) override {
    frames_.push_back({});
    key_.clear();
    return true;
  }
  bool key(std::string& k) override {
    key_ = k;
    if (!frames_.empty() && k == "source") frames_.back().is_report = true;
    if (!frames_.empty() && k == "error") frames_.back().is_error = true;
    return true;
  }
  bool end_object() override {
    Frame f = frames_.back();
    frames_.pop_back();
    key_.clear();
    if (f.start >= 0 && f.end >= 0) {
      if (f.start > f.end && error_.empty()) error_ = fmt::format("span start {} > end {}", f.start, f.end);
      f.max_end = std::max(f.max_end, f.end);
    }
    if (f.is_report && f.is_error) {
      ++errors_;  // a failed input's {"source", "error"} record: no text, no spans
    } else if (f.is_report) {
      ++reports_;
      if (f.text_cp < 0 && error_.empty()) error_ = "a report without a string \"text\"";
      if (f.max_end > f.text_cp && error_.empty()) {
        error_ = fmt::format("a span ends at {} past the text's {} code points", f.max_end, f.text_cp);
      }
    } else if (!frames_.empty()) {
      frames_.back().max_end = std::max(frames_.back().max_end, f.max_end);
    } else {
      top_max_end_ = std::max(top_max_end_, f.max_end);
    }
    return true;
  }
  bool start_array(std::size_t) override {
    key_.clear();
    return true;
  }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
    error_ = fmt::format("not JSON at byte {}: {}", position, e.what());
    return false;
  }

  const std::string& error() const { return error_; }
  size_t reports() const { return reports_; }
  size_t errors() const { return errors_; }

 private:
  struct Frame {
    double start = -1, end = -1;  // this object's own span, -1 when absent or null
    double max_end = 0;           // largest end of this object and the objects under it
    double text_cp = -1;          // code points of its "text" string
    bool is_report = false;       // has a "source" key
    bool is_error = false;        // has an "error" key
  };
  bool Value() {
    key_.clear();
    return true;
  }
  bool Number(double v) {
    if (!frames_.empty()) {
      if (key_ == "start") frames_.back().start = v;
      if (key_ == "end") frames_.back().end = v;
      if ((key_ == "start" || key_ == "end") && v < 0 && error_.empty()) error_ = "a negative offset";
    }
    return Value();
  }

  std::vector<Frame> frames_;
  std::string key_;  // the key whose value comes next in the current object, "" in arrays
  std::string error_;
  size_t reports_ = 0;
  size_t errors_ = 0;
  double top_max_end_ = 0;
};

// Returns the baselines: lede on one sentence, and on the sample page concatenated to 1 MiB.
Baseline MeasureBaseline() {
  const ScratchDir dir("lede_hostile_base");
  WriteFile(dir.Path("one.txt"), "The council approved 40 new buses for Brackenford on Monday.\n");
  std::string page = Slurp(LEDE_SOURCE_DIR "/data/samples/china-russia-military.html");
  REQUIRE(!page.empty());
  std::string big;
  while (big.size() < kBaselinePageBytes) big += page;
  WriteFile(dir.Path("page.html"), big);
  Baseline b;
  b.page_mb = static_cast<double>(big.size()) / kMiB;
  big.clear();
  big.shrink_to_fit();
  double one_cpu = 1e9, page_cpu = 1e9;
  for (int i = 0; i < kBaselineRuns; ++i) {
    ChildSpec spec{{LEDE_CLI_PATH, "--json", "one.txt"}, dir.path(), {"NO_COLOR=1"}};
    ChildUsage one = RunChild(spec);
    REQUIRE(one.exit_code == 0);
    one_cpu = std::min(one_cpu, one.cpu_seconds);
    b.rss_mb = std::max(b.rss_mb, one.peak_rss_mb);
    spec.argv = {LEDE_CLI_PATH, "--json", "page.html"};
    ChildUsage p = RunChild(spec);
    REQUIRE(p.exit_code == 0);
    page_cpu = std::min(page_cpu, p.cpu_seconds);
  }
  b.startup_cpu = one_cpu;
  b.page_cpu_per_mb = std::max(page_cpu - one_cpu, 0.0) / b.page_mb;
  RecordRow("baseline: one sentence", 0, 0, one_cpu, b.rss_mb, 62, "startup");
  RecordRow("baseline: sample page x N (~1 MiB)", 0, 0, page_cpu, 0, static_cast<size_t>(b.page_mb * kMiB),
            fmt::format("{:.3f} cpu s/MiB", b.page_cpu_per_mb));
  return b;
}

bool Allowed(const std::vector<int>& exits, int code) {
  return std::find(exits.begin(), exits.end(), code) != exits.end();
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len = 0;
    uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      const unsigned char d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return false;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    i += len;
  }
  return true;
}

size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string FindTerminalControl(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
      return fmt::format("control byte 0x{:02X} at {}", c, i);
    }
    if (c < 0x80) continue;
    // A well-formed multi-byte sequence is skipped whole (its continuation bytes may be
    // 0x80..0x9F); U+0080..U+009F is C2 80..C2 9F. A stray byte 0x80..0x9F is a raw C1
    // control to a terminal in 8-bit mode.
    const size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len > 0 && i + len <= s.size() && IsValidUtf8(s.substr(i, len))) {
      const unsigned char d = static_cast<unsigned char>(s[i + 1]);
      if (c == 0xC2 && d <= 0x9F) return fmt::format("C1 control U+{:04X} at {}", d, i);
      i += len - 1;
      continue;
    }
    if (c <= 0x9F) return fmt::format("raw C1 byte 0x{:02X} at {}", c, i);
  }
  return "";
}

std::string CheckJsonReport(std::string_view json, size_t* reports, size_t* errors) {
  SpanChecker checker;
  nlohmann::json::sax_parse(json.begin(), json.end(), &checker);
  *reports = checker.reports();
  if (errors != nullptr) *errors = checker.errors();
  return checker.error();
}

size_t LineCount(std::string_view s) {
  const size_t n = static_cast<size_t>(std::count(s.begin(), s.end(), '\n'));
  return n + (!s.empty() && s.back() != '\n');
}

const Baseline& GetBaseline() {
  static const Baseline baseline = MeasureBaseline();
  return baseline;
}

void RecordRow(const std::string& name, int exit_code, double wall, double cpu, double rss_mb, size_t bytes,
               const std::string& note) {
  Table().Add({name, exit_code, wall, cpu, rss_mb, bytes, note});
}

ChildUsage RunHostile(const HostileRun& run) {
  const Baseline& base = GetBaseline();
  ChildSpec spec;
  spec.argv.push_back(LEDE_CLI_PATH);
  for (const std::string& a : run.args) spec.argv.push_back(a);
  spec.dir = run.dir;
  spec.env = {"NO_COLOR=1"};
  spec.stdin_path = run.stdin_path;
  spec.timeout_seconds = run.timeout_seconds;
  ChildUsage u = RunChild(spec);

  const double input_mb = static_cast<double>(run.input_bytes) / kMiB;
  const double rss_limit = base.rss_mb + kRssMarginMb + kRssPerInputByte * input_mb;
  const double cpu_limit = base.startup_cpu + kCpuPerMbFactor * base.page_cpu_per_mb * input_mb + kCpuFloorSeconds;
  std::string note;
  if (u.timed_out) note = "TIMED OUT";
  if (u.signal != 0) note = fmt::format("SIGNAL {}", u.signal);
  RecordRow(run.name, u.exit_code, u.wall_seconds, u.cpu_seconds, u.peak_rss_mb, run.input_bytes,
            note + fmt::format("{}cpu<={:.1f} rss<={:.0f}", note.empty() ? "" : " ", cpu_limit, rss_limit));

  INFO("case: " << run.name);
  INFO("stderr: " << u.err.substr(0, 2000));
  REQUIRE_FALSE(u.timed_out);
  REQUIRE(u.signal == 0);
  CHECK(Allowed(run.exits, u.exit_code));

  // Output: UTF-8; JSON when asked for (every line for jsonl), where a failed input is
  // nothing or an {"source", "error"} record; no terminal controls anywhere.
  const bool jsonl = std::find(run.args.begin(), run.args.end(), "jsonl") != run.args.end();
  const bool json = !jsonl && (std::find(run.args.begin(), run.args.end(), "--json") != run.args.end() ||
                               std::find(run.args.begin(), run.args.end(), "json") != run.args.end());
  CHECK(IsValidUtf8(u.out));
  CHECK(IsValidUtf8(u.err));
  CHECK(FindTerminalControl(u.err) == "");
  // A text report's frame is lede's own; the article's strings must have lost every
  // control character on the way. JSON escapes C0 controls; C1 ones must not be raw either.
  CHECK(FindTerminalControl(u.out) == "");
  size_t reports = 0, errors = 0;
  if (json && !u.out.empty()) {
    CHECK(CheckJsonReport(u.out, &reports, &errors) == "");
  } else if (jsonl) {
    size_t at = 0;
    while (at < u.out.size()) {
      size_t end = u.out.find('\n', at);
      if (end == std::string::npos) end = u.out.size();
      size_t one = 0, one_error = 0;
      INFO("jsonl line at byte " << at);
      CHECK(CheckJsonReport(std::string_view(u.out).substr(at, end - at), &one, &one_error) == "");
      reports += one;
      errors += one_error;
      at = end + 1;
    }
  }
  if (json || jsonl) {
    if (u.exit_code == 0) CHECK(errors == 0);
    if (u.exit_code == 1 && run.inputs == 1 && !u.out.empty()) CHECK(errors == 1);
    if (u.exit_code == 1 && run.inputs > 1 && !u.out.empty()) CHECK(reports + errors == run.inputs);
  } else if (u.exit_code != 0 && run.inputs == 1) {
    CHECK(u.out.empty());
  }
  if (u.exit_code == 2) CHECK(u.out.empty());

  // stderr: one line per failed input (plus a batch's summary line). A usage error is one
  // line, or two when the second points to --help.
  const size_t lines = LineCount(u.err);
  if (u.exit_code == 0 && !run.batch_summary) CHECK(lines == 0);
  if (u.exit_code == 0 && run.batch_summary) CHECK(lines <= 1);
  if (u.exit_code == 2) {
    CHECK(lines >= 1);
    CHECK(lines <= 2);
    if (lines == 2) CHECK(u.err.find("--help") != std::string::npos);
  }
  if (u.exit_code == 1) {
    const size_t failed = (json || jsonl) && !u.out.empty() ? errors : run.inputs - std::min(run.inputs, reports);
    CHECK(lines >= 1);
    CHECK(lines <= std::max<size_t>(failed, 1) + (run.batch_summary ? 1 : 0));
  }

  // Under AddressSanitizer the budgets mean nothing (shadow memory, a quarantine
  // of freed blocks, 2-3x the CPU): the sanitizer run checks correctness only.
  if (run.check_budget && !LEDE_SANITIZED) {
    CHECK(u.peak_rss_mb <= rss_limit);
    CHECK(u.cpu_seconds <= cpu_limit);
  }
  return u;
}

}  // namespace lede::testing

using lede::testing::CheckJsonReport;
using lede::testing::FindTerminalControl;
using lede::testing::IsValidUtf8;

TEST_CASE("the UTF-8 check rejects overlong forms, surrogates and stray bytes", "[hostile]") {
  CHECK(IsValidUtf8("plain \xC3\xA9 \xE2\x80\x9C \xF0\x9F\x99\x82"));
  for (const char* bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xF8\x88\x80\x80\x80", "\xED\xA0\x80", "\x80", "\xE2\x80",
                          "\xF4\x90\x80\x80", "\xFF"}) {
    INFO(bad);
    CHECK_FALSE(IsValidUtf8(bad));
  }
}

TEST_CASE("the terminal check finds ESC, BEL, C1 controls and raw 0x9B", "[hostile]") {
  CHECK(FindTerminalControl("fine\ttext\n\xE2\x80\x9Cquoted\xE2\x80\x9D") == "");
  CHECK(FindTerminalControl("a\x1b[2J") != "");
  CHECK(FindTerminalControl("a\x07") != "");
  CHECK(FindTerminalControl("a\xC2\x9B" "31m") != "");
  CHECK(FindTerminalControl("a\x9B") != "");
  CHECK(FindTerminalControl("\xD7\x9D \xE2\x80\x9B \xF0\x9F\x98\x80") == "");  // continuation bytes 0x80..0x9F
  CHECK(FindTerminalControl("a\rb") != "");
}

TEST_CASE("the JSON check catches spans past the text and broken JSON", "[hostile]") {
  size_t reports = 0;
  CHECK(CheckJsonReport(R"({"source":{"path":"a"},"text":"h\u00e9llo","s":[{"start":0,"end":5}]})", &reports) == "");
  CHECK(reports == 1);
  CHECK(CheckJsonReport(R"({"source":{},"text":"hello","s":[{"start":0,"end":6}]})", &reports) != "");
  CHECK(CheckJsonReport(R"({"source":{},"text":"hello","s":[{"start":3,"end":2}]})", &reports) != "");
  CHECK(CheckJsonReport(R"([{"source":{},"text":"ab","q":{"start":0,"end":2}},{"source":{},"text":"abcd"}])",
                        &reports) == "");
  CHECK(reports == 2);
  CHECK(CheckJsonReport(R"({"source":{},"text":"abc")", &reports) != "");
  CHECK(CheckJsonReport("{\"source\":{},\"text\":\"\xC0\xAF\"}", &reports) != "");
}
