// Feature hashing: turns a feature template and its values into an index of a
// fixed-size weight table, with no strings built and no dictionary kept.
//
// A feature is "template t saw values a, b, c" (a word's hash, a shape code);
// its index is a 64-bit mix of all of them folded to the table size.
// Collisions are rare at the table sizes lede uses (2^18 and up for a few
// hundred thousand live features) and cost a little accuracy, never a crash.
#ifndef LEDE_SRC_LEARN_FEATURE_HASH_H_
#define LEDE_SRC_LEARN_FEATURE_HASH_H_

#include <cstdint>
#include <string_view>

namespace lede::detail {

// The 64-bit FNV-1a offset basis and prime.
inline constexpr uint64_t kFnvOffset = 14695981039346656037ULL;
inline constexpr uint64_t kFnvPrime = 1099511628211ULL;

// Returns `h` with one more byte hashed in, FNV-1a style.
inline uint64_t HashByte(uint64_t h, unsigned char c) { return (h ^ c) * kFnvPrime; }

// Returns a 64-bit hash of `bytes` (FNV-1a: byte at a time, fast on the short
// strings features are made of).
inline uint64_t HashBytes(std::string_view bytes) {
  uint64_t h = kFnvOffset;
  for (unsigned char c : bytes) h = HashByte(h, c);
  return h;
}

// Returns `h` with `value` mixed in (the finaliser of splitmix64 after an add),
// so that (a, b) and (b, a) hash apart.
inline uint64_t HashMix(uint64_t h, uint64_t value) {
  h += value + 0x9E3779B97F4A7C15ULL;
  h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ULL;
  h = (h ^ (h >> 27)) * 0x94D049BB133111EBULL;
  return h ^ (h >> 31);
}

// Returns the table index of template `tmpl` with one to three values: each
// value is scaled by its own odd constant (so (a, b) and (b, a) differ) and
// the sum goes through one splitmix64 finaliser, a few cycles per feature.
inline uint32_t FeatureIndex(uint32_t mask, uint64_t tmpl, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = tmpl * 0x9E3779B97F4A7C15ULL + a * 0xC2B2AE3D27D4EB4FULL + b * 0x165667B19E3779F9ULL +
               c * 0xD6E8FEB86659FD93ULL;
  h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ULL;
  h = (h ^ (h >> 27)) * 0x94D049BB133111EBULL;
  return static_cast<uint32_t>(h ^ (h >> 31)) & mask;
}

}  // namespace lede::detail

#endif  // LEDE_SRC_LEARN_FEATURE_HASH_H_
