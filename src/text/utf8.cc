#include "text/utf8.h"

#include <cstring>

namespace lede::detail {

char32_t DecodeUtf8Multibyte(std::string_view s, size_t* pos) {
  const size_t i = *pos;
  const auto b0 = static_cast<unsigned char>(s[i]);
  size_t len;
  char32_t cp;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    *pos = i + 1;
    return kReplacement;
  }
  if (i + len > s.size()) {
    *pos = i + 1;
    return kReplacement;
  }
  for (size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      *pos = i + 1;
      return kReplacement;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *pos = i + 1;
    return kReplacement;
  }
  *pos = i + len;
  return cp;
}

char32_t DecodeUtf8Backward(std::string_view s, size_t* pos) {
  size_t start = *pos - 1;
  // A code point is at most four bytes: step back over at most three continuation bytes.
  while (start > 0 && *pos - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  size_t p = start;
  char32_t cp = DecodeUtf8(s, &p);
  if (p != *pos) {  // not a well-formed sequence ending here: step back one byte
    *pos -= 1;
    return kReplacement;
  }
  *pos = start;
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t SkipAscii(std::string_view s, size_t from) {
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;  // the top bit of each of eight bytes
  size_t i = from;
  while (i + sizeof(uint64_t) <= s.size()) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, sizeof(word));
    if ((word & kHighBits) != 0) break;
    i += sizeof(word);
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

bool IsValidUtf8(std::string_view s) {
  for (size_t i = SkipAscii(s, 0); i < s.size(); i = SkipAscii(s, i)) {
    const size_t before = i;
    if (DecodeUtf8(s, &i) == kReplacement && i == before + 1) return false;
  }
  return true;
}

std::string SanitizeUtf8(std::string_view s) {
  if (IsValidUtf8(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t before = i;
    char32_t cp = DecodeUtf8(s, &i);
    if (cp == kReplacement && i == before + 1 && static_cast<unsigned char>(s[before]) >= 0x80) {
      AppendUtf8(kReplacement, &out);
    } else {
      out.append(s.substr(before, i - before));
    }
  }
  return out;
}

size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kStride + 1);
  uint32_t cps = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kStride == 0) checkpoints_.push_back(cps);
    cps += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  total_ = cps;
}

size_t CodePointIndex::ToCodePoint(size_t byte) const {
  if (byte >= text_.size()) return total_;
  size_t block = byte / kStride;
  return checkpoints_[block] + CodePointCount(text_.substr(block * kStride, byte - block * kStride));
}

}  // namespace lede::detail
