// Hostile inputs, end to end: the built lede program on inputs generated at
// test time into a scratch directory (empty, binary, broken encodings, huge
// lines, deep nesting, millions of unclosed tags, quotes and numbers, giant and
// deep JSON-LD, absurd numbers, RTL and Zalgo text, a directory, a FIFO,
// terminal escape codes, bad --date values). Every run goes through
// RunHostile (hostile_checks.h): it must exit 0 or 1 (2 only for usage
// errors), give valid UTF-8 JSON with in-text offsets, no terminal controls,
// one stderr line per failed input, and stay within the memory and CPU budget
// measured from a one-sentence input and a normal page in the same run.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "hostile/hostile_checks.h"
#include "support/sanitizer.h"
#include "hostile/news_prose.h"
#include "support/temp_files.h"

using lede::testing::ChildUsage;
using lede::testing::HostileRun;
using lede::testing::NewsProse;
using lede::testing::RunHostile;
using lede::testing::ScratchDir;
using lede::testing::Slurp;
using lede::testing::TestRandom;
using lede::testing::WriteFile;

namespace {

// Returns `n` pseudo-random bytes from `seed`.
std::string RandomBytes(size_t n, uint64_t seed) {
  TestRandom rng(seed);
  std::string out(n, '\0');
  for (size_t i = 0; i < n; i += 8) {
    const uint64_t v = rng.Next();
    for (size_t k = 0; k < 8 && i + k < n; ++k) out[i + k] = static_cast<char>(v >> (8 * k));
  }
  return out;
}

// Runs lede --json on one file `name` holding `bytes` in a fresh directory.
ChildUsage RunOnFile(const std::string& case_name, const std::string& name, const std::string& bytes,
                     std::vector<std::string> extra_args = {}) {
  const ScratchDir dir("lede_hostile");
  WriteFile(dir.Path(name), bytes);
  HostileRun run;
  run.name = case_name;
  run.dir = dir.path();
  run.args = std::move(extra_args);
  run.args.push_back("--json");
  run.args.push_back(name);
  run.input_bytes = bytes.size();
  return RunHostile(run);
}

// Returns UTF-8 `s` as UTF-16 code units, little- or big-endian, with or without a BOM.
std::string ToUtf16(const std::string& s, bool big_endian, bool bom) {
  std::string out;
  const auto unit = [&](uint32_t u) {
    const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    out += big_endian ? hi : lo;
    out += big_endian ? lo : hi;
  };
  if (bom) unit(0xFEFF);
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += len;
    if (cp >= 0x10000) {
      unit(0xD800 + ((cp - 0x10000) >> 10));
      unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      unit(cp);
    }
  }
  return out;
}

// Returns `s` with every byte outside printable ASCII shown as '?', for case names.
std::string Printable(std::string s) {
  for (char& c : s) {
    if (c < 0x20 || c > 0x7E) c = '?';
  }
  return s;
}

// A short invented article used where a case needs ordinary content.
const std::string& Article() {
  static const std::string text = NewsProse(3000, 7);
  return text;
}

}  // namespace

// --- empty and binary inputs ---------------------------------------------------------------

TEST_CASE("hostile: an empty file", "[hostile]") { RunOnFile("empty file", "empty.txt", ""); }

TEST_CASE("hostile: a whitespace-only file", "[hostile]") {
  RunOnFile("whitespace only", "blank.txt", std::string(5000, ' ') + "\n\t\r\n \xC2\xA0 \n\n\f\v  \n");
}

TEST_CASE("hostile: a PNG header followed by random bytes", "[hostile]") {
  RunOnFile("PNG header + 64 KiB random", "image.png",
            std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + RandomBytes(65536, 1));
}

TEST_CASE("hostile: an ELF executable", "[hostile]") {
  std::string elf = Slurp("/bin/true").substr(0, 65536);
  REQUIRE(elf.size() > 4);
  RunOnFile("ELF (/bin/true, first 64 KiB)", "program", elf);
}

TEST_CASE("hostile: a megabyte of random bytes", "[hostile]") {
  RunOnFile("1 MiB random bytes", "noise.bin", RandomBytes(1 << 20, 2));
}

// --- broken encodings ------------------------------------------------------------------------

TEST_CASE("hostile: NUL bytes inside text", "[hostile]") {
  std::string text = Article();
  for (size_t i = 40; i < text.size(); i += 97) text[i] = '\0';
  RunOnFile("NUL bytes in text", "nul.txt", text);
  RunOnFile("NUL bytes in text (--raw)", "nul.txt", text, {"--raw"});
}

TEST_CASE("hostile: invalid and overlong UTF-8", "[hostile]") {
  const std::string bad[] = {"\xC0\xAF", "\xE0\x80\xAF", "\xF8\x88\x80\x80\x80", "\xED\xA0\x80", "\xED\xBF\xBF",
                             "\x80", "\xFF\xFE", "\xF4\x90\x80\x80", "\xE2\x82"};
  std::string text;
  TestRandom rng(3);
  for (int i = 0; i < 200; ++i) {
    lede::testing::AppendNewsSentence(rng, text);
    text += bad[i % 9];
    text += i % 4 == 3 ? "\n\n" : " ";
  }
  text += "The last word is cut \xE2\x80";  // a truncated sequence at the very end
  RunOnFile("invalid/overlong UTF-8", "bad.txt", text);
  RunOnFile("invalid/overlong UTF-8 in HTML", "bad.html",
            "<html><head><meta charset=\"utf-8\"><title>T\xC0\xAFitle</title></head><body><p>" + text +
                "</p></body></html>");
}

TEST_CASE("hostile: UTF-16 with and without a byte-order mark", "[hostile]") {
  const std::string text = Article() + " Caf\xC3\xA9 \xF0\x9F\x99\x82.";
  RunOnFile("UTF-16LE with BOM", "le_bom.txt", ToUtf16(text, false, true));
  RunOnFile("UTF-16LE without BOM", "le.txt", ToUtf16(text, false, false));
  RunOnFile("UTF-16BE with BOM", "be_bom.txt", ToUtf16(text, true, true));
  RunOnFile("UTF-16BE without BOM", "be.txt", ToUtf16(text, true, false));
  // An odd length: the last code unit is cut in half.
  RunOnFile("UTF-16LE with BOM, odd length", "odd.txt", ToUtf16(text, false, true) + "A");
}

// --- huge and deep ---------------------------------------------------------------------------

// A 100 MB text of one line: the text extractor reads it all, and the language
// stages read its first --max-text-bytes (2 MB by default), which bounds their
// memory (they keep a record of every word, about 30 bytes per byte of text).
// Quantities are capped per article, which keeps the million numbers in budget.
TEST_CASE("hostile: a 100 MB single line finishes", "[hostile]") {
  if (LEDE_SANITIZED) {
    WARN("built with AddressSanitizer: this gigabyte-scale case runs only in the plain build");
    return;
  }
  const ScratchDir dir("lede_hostile");
  // 1 MiB of one-line prose written 100 times: fast to write, no line break anywhere.
  constexpr size_t kChunk = 1 << 20;
  constexpr int kChunks = 100;
  {
    const std::string chunk = NewsProse(kChunk, 4, /*one_line=*/true).substr(0, kChunk - 1) + " ";
    std::ofstream out(dir.Path("line.txt"), std::ios::binary);
    for (int i = 0; i < kChunks; ++i) out << chunk;
  }
  HostileRun run;
  run.name = "100 MiB single line";
  run.dir = dir.path();
  run.args = {"--json", "--max-bytes", "209715200", "line.txt"};
  run.input_bytes = kChunk * kChunks;
  run.timeout_seconds = 170;
  const ChildUsage u = RunHostile(run);
  REQUIRE(u.exit_code == 0);
  // The report says how much text was not analysed, and covers only the rest.
  const nlohmann::json report = nlohmann::json::parse(u.out);
  const size_t dropped = report["stats"]["text_bytes_dropped"].get<size_t>();
  CHECK(dropped > kChunk * (kChunks - 3));
  CHECK(report["stats"]["words"].get<size_t>() > 100000);
  CHECK(report["quotes"].size() > 100);
}

TEST_CASE("hostile: 200,000 nested elements", "[hostile]") {
  std::string html = "<!doctype html><html><head><title>Deep page</title></head><body>";
  std::string close;
  for (int i = 0; i < 200000; ++i) html += "<div>";
  html += "<p>" + Article() + "</p>";
  for (int i = 0; i < 200000; ++i) html += "</div>";
  html += "</body></html>";
  RunOnFile("200k nested <div>", "deep.html", html);
}

TEST_CASE("hostile: a million unclosed tags", "[hostile]") {
  if (LEDE_SANITIZED) {
    WARN("built with AddressSanitizer: this gigabyte-scale case runs only in the plain build");
    return;
  }
  const char* words[] = {"council ", "approved ", "the ", "new ", "budget. ", "Mayor ", "Novak ", "said ", "prices ",
                         "rose "};
  std::string html = "<html><head><title>Unclosed</title></head><body><article>";
  for (int i = 0; i < 1000000; ++i) (html += "<b>") += words[i % 10];
  html += "</article></body></html>";
  RunOnFile("1M unclosed <b> tags", "unclosed.html", html);
}

TEST_CASE("hostile: a million unclosed quotes", "[hostile]") {
  // Short words after each mark keep the input near 8 MB: the marks are the load.
  const char* words[] = {"Yes ", "the plan ", "works ", "no ", "we will ", "never ", "vote ", "today "};
  for (const std::string mark : {"\xE2\x80\x9C", "\""}) {
    std::string text;
    for (int i = 0; i < 1000000; ++i) {
      (text += mark) += words[i % 8];
      if (i % 10 == 9) text += ", Novak said. ";
      if (i % 400 == 399) text += "\n\n";
    }
    RunOnFile(mark == "\"" ? "1M unclosed \" quotes" : "1M unclosed \xE2\x80\x9C quotes", "quotes.txt", text);
  }
}

TEST_CASE("hostile: a million numbers in sentences", "[hostile]") {
  std::string text;
  for (int i = 1; i <= 1000000; ++i) {
    if (i % 1000 == 1) text += "The tallies from the count were ";
    text += std::to_string(i);
    text += i % 1000 == 0 ? ".\n\n" : " ";
  }
  RunOnFile("1M numbers in sentences", "numbers.txt", text);
}

TEST_CASE("hostile: a 5 MB JSON-LD block", "[hostile]") {
  std::string body = NewsProse(5 << 20, 6);
  std::string escaped;
  for (char c : body) {
    if (c == '\n') {
      escaped += "\\n";
    } else if (c == '"') {
      escaped += "\\\"";
    } else {
      escaped += c;
    }
  }
  std::string authors;
  for (int i = 0; i < 20000; ++i) authors += (i ? "," : "") + std::string("{\"@type\":\"Person\",\"name\":\"Writer ") +
                                              std::to_string(i) + "\"}";
  const std::string html =
      "<html><head><title>Big JSON-LD</title><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
      "\"@type\":\"NewsArticle\",\"headline\":\"Council approves budget\",\"datePublished\":\"2024-03-05\","
      "\"author\":[" + authors + "],\"articleBody\":\"" + escaped +
      "\"}</script></head><body><article><p>" + Article() + "</p></article></body></html>";
  RunOnFile("5 MiB ld+json", "bigld.html", html);
}

TEST_CASE("hostile: JSON-LD nested 100,000 deep", "[hostile]") {
  constexpr int kDepth = 100000;
  std::string arrays = std::string(kDepth, '[') + std::string(kDepth, ']');
  std::string objects;
  for (int i = 0; i < kDepth; ++i) objects += "{\"@graph\":";
  objects += "{\"@type\":\"NewsArticle\",\"headline\":\"Deep\"}";
  objects += std::string(kDepth, '}');
  std::string unclosed = std::string(kDepth, '[') + "{\"a\":";  // never closed
  const std::string html = "<html><head><title>Deep JSON-LD</title>"
                           "<script type=\"application/ld+json\">" + arrays + "</script>"
                           "<script type=\"application/ld+json\">" + objects + "</script>"
                           "<script type=\"application/ld+json\">" + unclosed + "</script>"
                           "</head><body><article><p>" + Article() + "</p></article></body></html>";
  RunOnFile("ld+json nested 100k deep", "deepld.html", html);
}

TEST_CASE("hostile: 1e999 and a 10,000-digit number", "[hostile]") {
  std::string digits(10000, '7');
  std::string text = "The debt reached 1e999 dollars, or $1e999, a rise of 1e999% on 1E-999 last year. ";
  text += "Officials counted " + digits + " ballots in Ashgrove. ";
  text += "The fund holds $" + digits + " million, up " + digits + "." + digits + "% since March.\n\n";
  text += "The index fell 0." + std::string(10000, '0') + "1 points, and " + digits.substr(0, 400) +
          " km of road were resurfaced. The bill was " + std::string(3000, '9') + ",000,000 euros.\n";
  RunOnFile("1e999 and 10,000-digit numbers", "numbers.txt", text + Article());
}

TEST_CASE("hostile: right-to-left news text and Zalgo text", "[hostile]") {
  std::string rtl;
  for (int i = 0; i < 200; ++i) {
    rtl += "\xD9\x82\xD8\xA7\xD9\x84 \xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 \xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xD9\x84\xD9\x8A\xD8\xA9 "
           "\xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD8\xAD\xD9\x83\xD9\x88\xD9\x85\xD8\xA9 \xD8\xB3\xD8\xAA\xD8\xAE\xD9\x81\xD8\xB6 "
           "\xD8\xA7\xD9\x84\xD8\xB6\xD8\xB1\xD8\xA7\xD8\xA6\xD8\xA8 \xD8\xA8\xD9\x86\xD8\xB3\xD8\xA8\xD8\xA9 5% \xD9\x81\xD9\x8A "
           "\xD8\xB9\xD8\xA7\xD9\x85 2024. ";  // Arabic: the finance minister said the government will cut taxes by 5% in 2024.
    rtl += "\xD7\xA8\xD7\x90\xD7\xA9 \xD7\x94\xD7\xA2\xD7\x99\xD7\xA8 \xD7\x90\xD7\x9E\xD7\xA8 \xD7\x9B\xD7\x99 300 "
           "\xD7\x91\xD7\xAA\xD7\x99\xD7\x9D \xD7\xA0\xD7\x91\xD7\xA0\xD7\x95. ";  // Hebrew: the mayor said 300 homes were built.
    rtl += "Mayor Novak said \xE2\x80\x9C\xD9\x86\xD8\xB9\xD9\x85\xE2\x80\x9D.\n\n";  // "yes" in Arabic
  }
  // Plain RTL news is an article like any other.
  CHECK(RunOnFile("Arabic/Hebrew RTL text", "rtl.txt", rtl).exit_code == 0);
  // Bidi overrides (RLO ... PDF) around every paragraph's last sentence: invisible
  // controls between runs of text, so still an article.
  std::string bidi = rtl;
  for (size_t at = 0; (at = bidi.find("Mayor", at)) != std::string::npos; at += 8) bidi.insert(at, "\xE2\x80\xAE");
  for (size_t at = 0; (at = bidi.find(".\n\n", at)) != std::string::npos; at += 7) bidi.insert(at + 1, "\xE2\x80\xAC");
  CHECK(RunOnFile("RTL text with bidi overrides", "bidi.txt", bidi).exit_code == 0);

  std::string zalgo;
  TestRandom rng(9);
  for (char c : Article()) {
    zalgo += c;
    if (c == ' ' || c == '\n') continue;
    const size_t marks = 5 + rng.Below(25);
    for (size_t k = 0; k < marks; ++k) {
      const unsigned cp = 0x300 + static_cast<unsigned>(rng.Below(0x70));
      zalgo += static_cast<char>(0xC0 | (cp >> 6));
      zalgo += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  zalgo += " Z";
  for (int k = 0; k < 100000; ++k) zalgo += "\xCC\x81";  // one letter under 100,000 marks
  zalgo += " was reported.";
  RunOnFile("Zalgo combining marks", "zalgo.txt", zalgo);
}

// --- inputs that are not regular files -------------------------------------------------------

TEST_CASE("hostile: a directory as input", "[hostile]") {
  const ScratchDir dir("lede_hostile");
  REQUIRE(mkdir(dir.Path("empty").c_str(), 0755) == 0);
  REQUIRE(mkdir(dir.Path("pages").c_str(), 0755) == 0);
  REQUIRE(mkdir(dir.Path("pages/nested").c_str(), 0755) == 0);
  WriteFile(dir.Path("pages/a.txt"), Article());
  WriteFile(dir.Path("pages/b.bin"), RandomBytes(4096, 11));
  WriteFile(dir.Path("pages/nested/c.html"), "<html><body><p>" + Article() + "</p></body></html>");
  HostileRun run;
  run.dir = dir.path();
  run.input_bytes = 2 * Article().size() + 4096;
  run.batch_summary = true;
  run.name = "empty directory";
  run.args = {"--json", "empty"};
  RunHostile(run);
  run.name = "directory of 3 files";
  run.inputs = 3;
  run.args = {"--json", "pages"};
  RunHostile(run);
  run.name = "directory of 3 files (jsonl)";
  run.args = {"--format", "jsonl", "pages"};
  RunHostile(run);
}

TEST_CASE("hostile: a FIFO written by a background writer", "[hostile]") {
  const ScratchDir dir("lede_hostile");
  const std::string fifo = dir.Path("pipe.txt");
  REQUIRE(mkfifo(fifo.c_str(), 0644) == 0);
  const std::string article = Article();
  std::thread writer([&] {
    std::FILE* f = std::fopen(fifo.c_str(), "wb");  // blocks until a reader opens the FIFO
    if (f == nullptr) return;
    std::fwrite(article.data(), 1, article.size(), f);
    std::fclose(f);
  });
  HostileRun run;
  run.name = "FIFO";
  run.dir = dir.path();
  run.args = {"--json", "pipe.txt"};
  run.input_bytes = article.size();
  run.timeout_seconds = 30;
  const ChildUsage u = RunHostile(run);
  // When lede did not read the FIFO the writer is still waiting for a reader: be one.
  const int unblock = open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  writer.join();
  if (unblock >= 0) close(unblock);
  INFO(u.err);
  CHECK(u.exit_code == 0);  // a FIFO is a readable file: `lede <(curl ...)` must work
}

namespace {

// Runs `lede --json PATH` in `dir` on an input that cannot be read: one error line, exit 1.
void RunFailedInput(const std::string& name, const ScratchDir& dir, const std::string& path) {
  HostileRun run;
  run.name = name;
  run.dir = dir.path();
  run.args = {"--json", path};
  run.exits = {1};
  RunHostile(run);
}

}  // namespace

TEST_CASE("hostile: a file whose read fails", "[hostile]") {
  // /proc/self/mem opens but every read at offset 0 fails with EIO, for root too:
  // the error is the read's, not the open's.
  const ScratchDir dir("lede_hostile");
  RunFailedInput("read fails (EIO, /proc/self/mem)", dir, "/proc/self/mem");
}

TEST_CASE("hostile: an unreadable file", "[hostile]") {
  if (geteuid() == 0) {
    WARN("running as root: file permissions do not apply, the chmod 000 case is skipped");
    return;
  }
  const ScratchDir dir("lede_hostile");
  WriteFile(dir.Path("secret.txt"), Article());
  REQUIRE(chmod(dir.Path("secret.txt").c_str(), 0) == 0);
  RunFailedInput("unreadable (chmod 000)", dir, "secret.txt");
}

TEST_CASE("hostile: a missing file whose name holds escape codes", "[hostile]") {
  const ScratchDir dir("lede_hostile");
  RunFailedInput("missing file named with ESC/BEL", dir, "\x1b]0;owned\x07\x1b[2Jgone\xC2\x9B.txt");
}

// --- escape codes in the article -------------------------------------------------------------

TEST_CASE("hostile: terminal escape codes in an article never reach the text report", "[hostile]") {
  const std::string evil =
      "\x1b[2J\x1b[H\x1b]0;pwned title\x07\x1b[31mred\x1b[0m \xC2\x9B" "31mC1 red \x1b]8;;https://evil.example/\x1b\\"
      "link\x1b]8;;\x1b\\ \x1bP1$qm\x1b\\ bell\x07 \x9B" "2J";
  std::string text = "Mayor " + evil + "Novak said on Monday that 40 new buses " + evil + "had been approved.\n\n";
  text += "\xE2\x80\x9C" + evil + "The plan works,\xE2\x80\x9D Novak said " + evil + " in Ashgrove.\n\n" + Article();
  std::string html = "<html><head><title>Breaking " + evil + " news</title>"
                     "<meta name=\"author\" content=\"Ines " + evil + "Duarte\">"
                     "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Head\\u001b[2Jline\","
                     "\"author\":{\"name\":\"Ravi\\u001b]0;x\\u0007 Sato\"},\"datePublished\":\"2024-05-01\"}</script>"
                     "</head><body><article><h1>Big " + evil + "story</h1><p>" + text + "</p>"
                     "<figure><img src=\"a.jpg\"><figcaption>Photo " + evil + " by Hana Novak</figcaption></figure>"
                     "</article></body></html>";
  const ScratchDir dir("lede_hostile");
  WriteFile(dir.Path("evil.txt"), text);
  WriteFile(dir.Path("evil.html"), html);
  HostileRun run;
  run.dir = dir.path();
  run.input_bytes = html.size();
  for (const std::string file : {"evil.txt", "evil.html"}) {
    run.name = "escape codes, text report: " + file;
    run.args = {file};
    RunHostile(run);
    run.name = "escape codes, --explain: " + file;
    run.args = {"--explain", file};
    RunHostile(run);
    run.name = "escape codes, json: " + file;
    run.args = {"--json", file};
    RunHostile(run);
  }
  run.name = "escape codes, text batch of 2";
  run.inputs = 2;
  run.batch_summary = true;
  run.args = {"evil.txt", "evil.html"};
  RunHostile(run);
}

// --- usage errors ----------------------------------------------------------------------------

TEST_CASE("hostile: a malformed --date is a usage error", "[hostile]") {
  const ScratchDir dir("lede_hostile");
  WriteFile(dir.Path("a.txt"), Article());
  for (const std::string date : {"2023-02-30", "2023-13-01", "yesterday", "2023-1-1", "", "2023-02-29\x1b[2J"}) {
    HostileRun run;
    run.name = "--date '" + Printable(date) + "'";
    run.dir = dir.path();
    run.args = {"--json", "--date", date, "a.txt"};
    run.exits = {2};
    if (date.empty()) run.exits = {0, 2};  // --date "" may mean "no date given"
    RunHostile(run);
  }
}

TEST_CASE("hostile: a batch of hostile inputs in jsonl", "[hostile]") {
  const ScratchDir dir("lede_hostile");
  WriteFile(dir.Path("empty.txt"), "");
  WriteFile(dir.Path("noise.bin"), RandomBytes(8192, 12));
  WriteFile(dir.Path("a.txt"), Article());
  WriteFile(dir.Path("bad.txt"), "Prices \xC0\xAF rose \xED\xA0\x80 5%.");
  HostileRun run;
  run.name = "jsonl batch: empty, noise, article, bad UTF-8, missing";
  run.dir = dir.path();
  run.args = {"--format", "jsonl", "empty.txt", "noise.bin", "a.txt", "bad.txt", "missing.txt"};
  run.inputs = 5;
  run.batch_summary = true;
  run.input_bytes = 8192 + Article().size();
  RunHostile(run);
}
