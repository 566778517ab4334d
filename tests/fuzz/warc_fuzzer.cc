// Fuzzes the WARC reader: the input is written to a scratch file (the reader
// reads paths) and every record is read until the end or an error; record
// offsets must grow inside the file and usable payloads keep to the size
// limit (fuzz_checks.h: RunWarc).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  lede::fuzz::TrapOn(lede::fuzz::RunWarc(std::string_view(reinterpret_cast<const char*>(data), size)));
  return 0;
}
