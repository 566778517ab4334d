// Regression tests for inputs the libFuzzer harnesses of tests/fuzz found
// failing: each runs the same checks as its harness (fuzz_checks.h) on the
// input, embedded here, and expects none to fail.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "fuzz/fuzz_checks.h"

namespace {

using lede::fuzz::RunPipelineHtml;
using lede::fuzz::RunPipelineText;

// Returns the bytes of tests/fuzz_regressions/inputs/<name>.
std::string Input(const std::string& name) {
  std::ifstream in(std::string(LEDE_SOURCE_DIR) + "/tests/fuzz_regressions/inputs/" + name, std::ios::binary);
  REQUIRE(in);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST_CASE("pipeline on raw text: mention candidates and quote candidates are distinct types",
          "[fuzz_regressions]") {
  // lede_pipeline_text_fuzzer, seed corpus: the entity stage's vector of
  // lede::detail::Candidate was grown with the quote stage's Candidate move
  // constructor (two classes of one name), reading garbage as a bool under UBSan.
  const std::string input =
      "\u00abNous refusons\u00bb, a d\u00e9clar\u00e9 le ministre. \u201eNein\u201c, sagte er. "
      "\u300c\u306f\u3044\u300d\n";
  CHECK(RunPipelineText(input).empty());
}

TEST_CASE("pipeline on raw text: a clause cue with nothing after it reads no item past the sentence",
          "[fuzz_regressions]") {
  // lede_pipeline_text_fuzzer: the reported-speech finder's partial-quotation
  // rule read items_[c] with c at the end of the items (UBSan: a bool of value 2).
  CHECK(RunPipelineText(Input("pipeline-text-clause-cue-at-end")).empty());
}

TEST_CASE("pipeline on HTML: a NUL byte after a multi-byte character leaves no broken UTF-8 in the text",
          "[fuzz_regressions]") {
  // lede_pipeline_html_fuzzer: a windows-1252 page with "\xD0\x00" in a style
  // rule; myhtml turned the NUL after the two-byte "\xC3\x90" into a lone
  // lead byte \xC3, so the document text was not valid UTF-8.
  CHECK(RunPipelineHtml(Input("pipeline-html-nul-after-multibyte")).empty());
}

}  // namespace
