// Byte order: the little-endian 32-bit integers and floats that lede's model
// files are made of, written and read byte by byte so that a file means the
// same on every machine.
#ifndef LEDE_SRC_LEARN_BYTE_ORDER_H_
#define LEDE_SRC_LEARN_BYTE_ORDER_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace lede::detail {

// Appends `v` to `out` as four little-endian bytes.
inline void PutU32(uint32_t v, std::string* out) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

// Appends the bits of `f` to `out` as four little-endian bytes.
inline void PutF32(float f, std::string* out) {
  uint32_t raw;
  std::memcpy(&raw, &f, sizeof raw);
  PutU32(raw, out);
}

// Returns the little-endian uint32 at bytes[at, at + 4) (the caller checks the bounds).
inline uint32_t GetU32(std::string_view bytes, size_t at) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
  return v;
}

// Returns the little-endian float32 at bytes[at, at + 4) (the caller checks the bounds).
inline float GetF32(std::string_view bytes, size_t at) {
  const uint32_t raw = GetU32(bytes, at);
  float value;
  std::memcpy(&value, &raw, sizeof value);
  return value;
}

}  // namespace lede::detail

#endif  // LEDE_SRC_LEARN_BYTE_ORDER_H_
