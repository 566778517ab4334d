// Fuzzes the whole pipeline on a page (Analyze of "fuzz.html"):
// no exception may escape a stage, the report's spans must lie in the text, its
// JSON must parse with offsets inside "text" and its text rendering must hold no
// control byte but newline (fuzz_checks.h: RunPipelineHtml).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  lede::fuzz::TrapOn(lede::fuzz::RunPipelineHtml(std::string_view(reinterpret_cast<const char*>(data), size)));
  return 0;
}
