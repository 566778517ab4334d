// Test support: the little-endian fields model-file tests build files from.
#ifndef LEDE_TESTS_SUPPORT_MODEL_BYTES_H_
#define LEDE_TESTS_SUPPORT_MODEL_BYTES_H_

#include <cstdint>
#include <string>

#include "learn/byte_order.h"

namespace lede::testing {

// Returns `v` as four little-endian bytes.
inline std::string U32(uint32_t v) {
  std::string out;
  detail::PutU32(v, &out);
  return out;
}

// Returns the bits of `f` as four little-endian bytes.
inline std::string F32(float f) {
  std::string out;
  detail::PutF32(f, &out);
  return out;
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_SUPPORT_MODEL_BYTES_H_
