// Decoder: turns an input's raw bytes into UTF-8 text.
//
// Evidence is taken in order of reliability:
//   1. a byte-order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE);
//   2. not text at all, by a magic number (PNG, PDF, ZIP, ELF ...);
//   3. UTF-16 without a BOM, by its pattern of NUL bytes;
//   4. not text at all: NUL bytes, many control characters;
//   5. the charset the transport declared (HTTP Content-Type, from a WARC
//      record), else for HTML a <meta charset> / http-equiv / <?xml
//      encoding?> declaration. The declaration is trusted, with one exception: a page that declares
//      latin-1 / windows-1252 / ASCII but whose bytes are valid UTF-8 with
//      multibyte sequences is UTF-8 (a common mislabel: the CMS template says
//      one thing and the database serves UTF-8; real windows-1252 text almost
//      never forms valid multibyte UTF-8 by accident). A declared UTF-16 in
//      an ASCII-compatible page is ignored, as browsers do;
//   6. valid UTF-8 as it stands, or UTF-8 with fewer broken bytes than
//      well-formed multibyte sequences (broken bytes become U+FFFD);
//   7. ICU's charset detector, falling back to windows-1252 (the commonest
//      legacy charset of the web, and every byte maps to something).
// Invalid bytes become U+FFFD, never an error. Empty and whitespace-only
// input is rejected after decoding, so a UTF-16 file of spaces is empty too.
#include "input/decoder.h"

#include <unicode/uchar.h>

#include "input/binary_sniffer.h"
#include "input/charset.h"
#include "input/format_sniffer.h"
#include "text/utf8.h"

namespace lede::detail {

namespace {

// Charset used when nothing else says what the bytes are.
constexpr std::string_view kFallbackCharset = "windows-1252";

// Names one byte-order mark and the charset it announces.
struct Bom {
  std::string_view bytes;
  std::string_view charset;
};

// Byte-order marks, longest first: the UTF-32LE mark starts with UTF-16LE's.
constexpr Bom kBoms[] = {
    {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
    {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
    {std::string_view("\xEF\xBB\xBF", 3), "UTF-8"},
    {std::string_view("\xFF\xFE", 2), "UTF-16LE"},
    {std::string_view("\xFE\xFF", 2), "UTF-16BE"},
};

// Counts the well-formed multibyte sequences and the invalid bytes of UTF-8.
struct Utf8Census {
  size_t multibyte = 0;
  size_t invalid = 0;
};

// Returns the census of `bytes` read as UTF-8.
Utf8Census CountUtf8(std::string_view bytes) {
  Utf8Census census;
  for (size_t pos = SkipAscii(bytes, 0); pos < bytes.size(); pos = SkipAscii(bytes, pos)) {
    const size_t start = pos;
    const char32_t cp = DecodeUtf8(bytes, &pos);
    if (pos - start > 1) {
      ++census.multibyte;  // a well-formed sequence, U+FFFD written as such included
    } else if (cp == kReplacement) {
      ++census.invalid;
    }
  }
  return census;
}

// Returns true when the decoded text has nothing but whitespace (including
// no-break spaces and stray BOMs) and NULs.
bool IsBlank(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = DecodeUtf8(text, &pos);
    if (cp != 0 && cp != 0xFEFF && !u_isUWhiteSpace(static_cast<UChar32>(cp))) return false;
  }
  return true;
}

// Returns `bytes` decoded from `charset`, falling back to sanitised UTF-8
// when ICU has no such converter.
DecodedText Convert(std::string_view bytes, const std::string& charset) {
  if (charset == "UTF-8") return {SanitizeUtf8(bytes), "UTF-8"};
  std::optional<std::string> text = ConvertToUtf8(bytes, charset);
  if (!text) return {SanitizeUtf8(bytes), "UTF-8"};
  return {std::move(*text), charset};
}

// Returns the charset for the bytes of an input known not to be binary or
// UTF-16, given the transport's charset ("" when none).
std::string ChooseCharset(std::string_view bytes, std::string_view transport_charset) {
  const Utf8Census census = CountUtf8(bytes);
  const bool valid_utf8 = census.invalid == 0;
  const bool is_html = LooksLikeHtml(bytes);
  // A transport label ICU does not know ("none", a typo) counts as no label.
  std::string declared = transport_charset.empty() ? "" : CanonicalCharset(transport_charset);
  if (declared.empty() && is_html) declared = CanonicalCharset(DeclaredHtmlCharset(bytes));
  const bool declares_utf16 = declared.rfind("UTF-16", 0) == 0 || declared.rfind("UTF-32", 0) == 0;
  if (!declared.empty() && !declares_utf16) {
    const bool mislabelled_utf8 = declared == kFallbackCharset && valid_utf8 && census.multibyte > 0;
    return mislabelled_utf8 ? "UTF-8" : declared;
  }
  if (valid_utf8) return "UTF-8";
  // UTF-8 with a few broken bytes (a truncated copy, one bad paste) is still
  // UTF-8: legacy 8-bit text almost never forms well-formed multibyte
  // sequences, so more of those than invalid bytes settles it.
  if (census.multibyte > census.invalid) return "UTF-8";
  const std::string detected = CanonicalCharset(DetectCharset(bytes, is_html));
  // ICU calls most Latin text ISO-8859-1; windows-1252 is its superset and what
  // such text really is (curly quotes at 0x91-0x94).
  if (detected.empty() || detected == "ISO-8859-1") return std::string(kFallbackCharset);
  return detected;
}

}  // namespace

Result<DecodedText> DecodeToUtf8(std::string_view bytes, std::string_view transport_charset) {
  if (bytes.empty()) return Status::EmptyInput("empty input");

  DecodedText decoded;
  bool chosen = false;
  // 1. Byte-order mark.
  for (const Bom& bom : kBoms) {
    if (bytes.substr(0, bom.bytes.size()) == bom.bytes) {
      decoded = Convert(bytes.substr(bom.bytes.size()), std::string(bom.charset));
      chosen = true;
      break;
    }
  }
  // 2. A magic number: surer than the NUL pattern, which a binary header can mimic.
  if (!chosen) {
    const std::string_view magic = MagicFileType(bytes);
    if (!magic.empty()) return Status::BinaryInput("binary input (" + std::string(magic) + ")");
  }
  // 3. UTF-16 by its NUL pattern.
  if (!chosen) {
    const std::string_view utf16 = Utf16ByNulPattern(bytes);
    if (!utf16.empty()) {
      decoded = Convert(bytes, std::string(utf16));
      chosen = true;
    }
  }
  // 4. Not text at all: NULs or control characters.
  if (!chosen) {
    const std::string reason = BinaryReason(bytes);
    if (!reason.empty()) return Status::BinaryInput("binary input (" + reason + ")");
  }
  // 5-7. Declared charset, valid UTF-8, detected charset.
  if (!chosen) decoded = Convert(bytes, ChooseCharset(bytes, transport_charset));

  if (IsBlank(decoded.text)) return Status::EmptyInput("empty input (only whitespace)");
  return decoded;
}

}  // namespace lede::detail
