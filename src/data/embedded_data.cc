#include "data/embedded_data.h"

#include <cstdint>
#include <cstring>

namespace lede::detail {

// Defined in the registry that data/CMakeLists.txt generates; ends with an empty name.
extern const EmbeddedFile kEmbeddedFiles[];

std::string_view DataFile(std::string_view name) {
  for (const EmbeddedFile* f = kEmbeddedFiles; !f->name.empty(); ++f) {
    if (f->name == name) return f->bytes;
  }
  return {};
}

namespace {

// The bytes Trim strips from both ends of a line.
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

std::string_view NextDataLine(std::string_view* rest) {
  // Lines are found with memchr and trimmed with plain byte tests: every
  // process start reads some 60,000 lines this way, so no per-byte search of
  // a set of spaces (find_first_not_of) and no copy.
  const char* p = rest->data();
  const char* const end = p + rest->size();
  while (p < end) {
    const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
    const char* line_end = nl == nullptr ? end : nl;
    const char* b = p;
    const char* e = line_end;
    p = nl == nullptr ? end : nl + 1;
    while (b < e && IsSpace(*b)) ++b;
    while (e > b && IsSpace(e[-1])) --e;
    if (b == e || *b == '#') continue;
    *rest = std::string_view(p, static_cast<size_t>(end - p));
    return std::string_view(b, static_cast<size_t>(e - b));
  }
  *rest = std::string_view();
  return {};
}

size_t CountLines(std::string_view bytes) {
  // Eight bytes at a time (SWAR): a newline byte becomes 0x01 in its lane of
  // `lanes`, and the lanes are summed every kFlushWords words, before any can
  // pass 255. Lines average about ten bytes, so this costs a fraction of a
  // memchr call per line.
  constexpr uint64_t kLanes = 0x0101010101010101ull;  // 0x01 in each byte
  constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;   // all but each byte's top bit
  constexpr size_t kFlushWords = 255;                 // a lane gains at most 1 per word
  const char* p = bytes.data();
  size_t n = bytes.size();
  size_t lines = 0;
  while (n >= 8) {
    uint64_t lanes = 0;
    for (size_t w = 0; w < kFlushWords && n >= 8; ++w, p += 8, n -= 8) {
      uint64_t x;
      std::memcpy(&x, p, 8);
      x ^= kLanes * '\n';  // a newline byte is now 0x00
      // A lane's top bit is set unless the byte was 0x00 (exact, no borrow between lanes).
      const uint64_t nonzero = ((x & kLow7) + kLow7) | x;
      lanes += (~nonzero >> 7) & kLanes;
    }
    // Sum the eight byte lanes: pair them into 16-bit lanes (each at most
    // 510), then add those four with one multiplication (at most 2040).
    constexpr uint64_t kEvenBytes = 0x00FF00FF00FF00FFull;
    constexpr uint64_t kWordLanes = 0x0001000100010001ull;
    const uint64_t pairs = (lanes & kEvenBytes) + (lanes >> 8 & kEvenBytes);
    lines += (pairs * kWordLanes) >> 48;
  }
  for (; n > 0; --n, ++p) lines += *p == '\n';
  if (!bytes.empty() && bytes.back() != '\n') ++lines;
  return lines;
}

std::vector<std::string_view> DataLines(std::string_view name) {
  std::vector<std::string_view> lines;
  ForEachDataLine(name, [&lines](std::string_view line) { lines.push_back(line); });
  return lines;
}

SortedDataLines::SortedDataLines(std::string_view bytes) {
  // Skip the leading comment and blank lines; the body ends at its last data byte.
  std::string_view rest = bytes;
  std::string_view first = NextDataLine(&rest);
  if (first.empty()) return;
  size_t begin = static_cast<size_t>(first.data() - bytes.data());
  size_t end = bytes.size();
  while (end > begin && IsSpace(bytes[end - 1])) --end;
  body_ = bytes.substr(begin, end - begin);
}

bool SortedDataLines::Contains(std::string_view line) const {
  // [lo, hi) always holds whole lines: lo is a line's first byte, hi is the
  // newline after a line (or the end). Each step compares the line around the
  // middle byte and keeps the half that may hold `line`.
  const char* const base = body_.data();
  size_t lo = 0;
  size_t hi = body_.size();
  while (lo < hi) {
    size_t start = lo + (hi - lo) / 2;
    while (start > lo && base[start - 1] != '\n') --start;
    const void* nl = std::memchr(base + start, '\n', hi - start);
    const size_t stop = nl == nullptr ? hi : static_cast<size_t>(static_cast<const char*>(nl) - base);
    size_t last = stop;  // a CRLF file keeps its '\r'
    while (last > start && IsSpace(base[last - 1])) --last;
    const int order = std::string_view(base + start, last - start).compare(line);
    if (order == 0) return true;
    if (order < 0) {
      lo = stop + 1;
    } else {
      hi = start;
    }
  }
  return false;
}

std::vector<std::string_view> DataFileNames() {
  std::vector<std::string_view> names;
  for (const EmbeddedFile* f = kEmbeddedFiles; !f->name.empty(); ++f) names.push_back(f->name);
  return names;
}

}  // namespace lede::detail
