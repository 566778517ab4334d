// Binary sniffer: tells text from images, archives, executables and noise.
//
// Three tests, cheapest and surest first: a magic number at the start names
// the file type; a NUL byte never occurs in text in an 8-bit or UTF-8
// charset (UTF-16 is checked before this, by its alternating NUL pattern);
// and a high share of C0 control characters in the first few kilobytes means
// random or compressed bytes. Only the head of the input is examined, so the
// cost does not grow with the input.
#include "input/binary_sniffer.h"

#include <algorithm>
#include <array>

namespace lede::detail {

namespace {

using std::literals::string_view_literals::operator""sv;

// Names one file type by the bytes it starts with (at `offset`).
struct Magic {
  std::string_view bytes;
  size_t offset;
  std::string_view name;
};

// Magic numbers of the non-text files most often handed to a text tool by
// mistake: images, documents, archives and executables. The sv literals keep
// their embedded NUL bytes.
constexpr std::array<Magic, 16> kMagics = {{
    {"\x89PNG\r\n\x1A\n"sv, 0, "PNG image"},
    {"\xFF\xD8\xFF"sv, 0, "JPEG image"},
    {"GIF87a"sv, 0, "GIF image"},
    {"GIF89a"sv, 0, "GIF image"},
    {"WEBP"sv, 8, "WebP image"},
    {"%PDF-"sv, 0, "PDF document"},
    {"PK\x03\x04"sv, 0, "ZIP archive"},
    {"PK\x05\x06"sv, 0, "ZIP archive"},
    {"\x7F" "ELF"sv, 0, "ELF executable"},
    {"\x1F\x8B"sv, 0, "gzip archive"},
    {"1AY&SY"sv, 4, "bzip2 archive"},
    {"\xFD" "7zXZ\x00"sv, 0, "xz archive"},
    {"\x28\xB5\x2F\xFD"sv, 0, "zstd archive"},
    {"7z\xBC\xAF\x27\x1C"sv, 0, "7-Zip archive"},
    {"\xCF\xFA\xED\xFE"sv, 0, "Mach-O executable"},
    {"\x00\x00\x01\x00"sv, 0, "ICO image"},
}};

// Bytes of the head examined for NULs and control characters: a few pages
// of text are enough to judge, and the cost stays constant.
constexpr size_t kSniffBytes = 8 * 1024;

// Share of the head that may be C0 control characters (other than tab, line
// feed, carriage return, form feed and vertical tab) before the input counts
// as binary. Real text has none or a stray few (an ESC from a terminal
// capture); compressed or random data has about 12% (27 of 256 values).
constexpr double kMaxControlShare = 0.05;

// Share of the even (or odd) bytes of the head that must be NUL for the
// input to be UTF-16 without a BOM. Latin-script UTF-16 has a NUL high byte
// in nearly every code unit; 0.4 leaves room for CJK or emoji.
constexpr double kMinUtf16NulShare = 0.4;

// Largest share of NULs allowed in the other half of the code units of
// UTF-16 text: a NUL there would be a U+0000 or a rare code point.
constexpr double kMaxUtf16OtherNulShare = 0.05;

// Returns true for a C0 control byte that text does not contain.
bool IsStrayControl(unsigned char c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v';
}

}  // namespace

std::string_view MagicFileType(std::string_view bytes) {
  for (const Magic& magic : kMagics) {
    if (bytes.size() >= magic.offset + magic.bytes.size() &&
        bytes.substr(magic.offset, magic.bytes.size()) == magic.bytes) {
      return magic.name;
    }
  }
  return "";
}

std::string_view Utf16ByNulPattern(std::string_view bytes) {
  const size_t head = std::min(bytes.size(), kSniffBytes) & ~size_t{1};
  if (head < 4) return "";
  size_t even_nuls = 0;
  size_t odd_nuls = 0;
  for (size_t i = 0; i < head; i += 2) {
    even_nuls += bytes[i] == '\0';
    odd_nuls += bytes[i + 1] == '\0';
  }
  const double units = static_cast<double>(head / 2);
  const double even = even_nuls / units;
  const double odd = odd_nuls / units;
  if (odd >= kMinUtf16NulShare && even <= kMaxUtf16OtherNulShare) return "UTF-16LE";
  if (even >= kMinUtf16NulShare && odd <= kMaxUtf16OtherNulShare) return "UTF-16BE";
  return "";
}

std::string BinaryReason(std::string_view bytes) {
  const std::string_view magic = MagicFileType(bytes);
  if (!magic.empty()) return std::string(magic);
  const std::string_view head = bytes.substr(0, kSniffBytes);
  if (head.find('\0') != std::string_view::npos) return "NUL bytes";
  const size_t controls = std::count_if(head.begin(), head.end(),
                                        [](char c) { return IsStrayControl(static_cast<unsigned char>(c)); });
  if (!head.empty() && static_cast<double>(controls) / head.size() > kMaxControlShare) {
    return "control characters";
  }
  return "";
}

}  // namespace lede::detail
