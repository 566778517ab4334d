// UTF-8 helpers shared by every stage: decoding one code point, validity,
// and the byte -> code point offset map the JSON reporter needs.
#ifndef LEDE_SRC_TEXT_UTF8_H_
#define LEDE_SRC_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede::detail {

// The replacement character U+FFFD, used for every invalid byte sequence.
inline constexpr char32_t kReplacement = 0xFFFD;

// Returns true for a UTF-8 continuation byte (10xxxxxx): a cut before it
// would split a character.
inline bool IsUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Decodes a multi-byte sequence at s[*pos] (the slow path of DecodeUtf8).
char32_t DecodeUtf8Multibyte(std::string_view s, size_t* pos);

// Decodes the code point at s[*pos] and advances *pos past it. Invalid or
// truncated sequences yield kReplacement and advance by one byte. Inline:
// every stage calls it once per character, and ASCII takes one compare.
inline char32_t DecodeUtf8(std::string_view s, size_t* pos) {
  const auto b0 = static_cast<unsigned char>(s[*pos]);
  if (b0 < 0x80) {
    ++*pos;
    return b0;
  }
  return DecodeUtf8Multibyte(s, pos);
}

// Decodes the code point that ends just before s[*pos] and moves *pos back to its start.
char32_t DecodeUtf8Backward(std::string_view s, size_t* pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

// Returns the offset of the first byte of `s` at or after `from` that is not
// ASCII, or s.size() when there is none. Tests eight bytes at a time: most of
// a web page is ASCII markup, so whole-input scans skip it in words.
size_t SkipAscii(std::string_view s, size_t from);

// Returns true when `s` is entirely well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view s);

// Returns `s` with every invalid sequence replaced by U+FFFD.
std::string SanitizeUtf8(std::string_view s);

// Returns the number of code points in `s`.
size_t CodePointCount(std::string_view s);

// Maps UTF-8 byte offsets of one text to code point offsets.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  // Returns the code point offset of byte offset `byte` (clamped to the text's end).
  size_t ToCodePoint(size_t byte) const;

 private:
  // Code point offset at the start of every kStride-th byte, plus the text to scan the rest.
  static constexpr size_t kStride = 64;  // trades 1/64 of the text's size in memory for short scans
  std::string_view text_;
  std::vector<uint32_t> checkpoints_;
  size_t total_ = 0;
};

}  // namespace lede::detail

#endif  // LEDE_SRC_TEXT_UTF8_H_
