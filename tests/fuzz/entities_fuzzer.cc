// Fuzzes the entity extractor on raw text (decoded, blocks, tokens, sentences as the pipeline builds them):
// the report's spans must lie in the text and its JSON must parse with offsets
// inside "text" (fuzz_checks.h: RunEntities).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  lede::fuzz::TrapOn(lede::fuzz::RunEntities(std::string_view(reinterpret_cast<const char*>(data), size)));
  return 0;
}
