// Charset helpers for the decoder.
//
// The declared charset is found with a small scanner over the lower-cased
// head of the page: every "<meta" tag (and an "<?xml" declaration) is
// searched for "charset" / "encoding", which covers both <meta charset=x>
// and <meta http-equiv=content-type content="text/html; charset=x">.
// Labels are mapped the way browsers map them (WHATWG Encoding standard):
// latin1 and ascii mean windows-1252, gb2312 means GBK, and so on, because
// pages declare the narrow charset but use the wide one. Conversion and
// detection are ICU's (ucnv_*, ucsdet_*).
#include "input/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <memory>

#include "text/utf8.h"

namespace lede::detail {

namespace {

// Bytes of the page searched for a charset declaration: the HTML standard
// has browsers look at the first 1024 bytes; 2 KB also catches pages with a
// long <head> preamble of comments or scripts.
constexpr size_t kDeclarationScanBytes = 2048;

// Bytes given to ICU's detector: its statistics settle within a few KB, and
// a bounded sample keeps detection cheap on large inputs.
constexpr size_t kDetectSampleBytes = 64 * 1024;

// Smallest ICU detector confidence (0-100) taken as an answer. ICU gives
// short or mixed Latin text 10-30 for several charsets at once; below 20 the
// guess is no better than the windows-1252 fallback.
constexpr int32_t kMinDetectConfidence = 20;

// UTF-16 code units converted per ucnv_toUnicode call.
constexpr size_t kConvertChunkUnits = 16 * 1024;

// Maps a label browsers treat as a wider charset to that charset.
struct LabelAlias {
  std::string_view label;
  std::string_view charset;
};

// The WHATWG Encoding standard's widenings that matter in practice.
constexpr std::array<LabelAlias, 14> kLabelAliases = {{
    {"latin1", "windows-1252"},
    {"iso-8859-1", "windows-1252"},
    {"iso8859-1", "windows-1252"},
    {"iso_8859-1", "windows-1252"},
    {"l1", "windows-1252"},
    {"us-ascii", "windows-1252"},
    {"ascii", "windows-1252"},
    {"cp1252", "windows-1252"},
    {"x-user-defined", "windows-1252"},
    {"gb2312", "GBK"},
    {"x-gbk", "GBK"},
    {"shift_jis", "Shift_JIS"},
    {"sjis", "Shift_JIS"},
    {"iso-8859-9", "windows-1254"},
}};

// Returns `s` in ASCII lower case.
std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Returns the attribute-like value after `key` inside [pos, end) of `head`:
// skips spaces, '=', spaces and an opening quote, then reads up to a quote,
// space, ';', '/' or '>'. Returns "" when `key` is not followed by '='.
std::string ValueAfter(const std::string& head, size_t pos, size_t end, std::string_view key) {
  const size_t at = head.find(key, pos);
  if (at == std::string::npos || at >= end) return "";
  size_t i = at + key.size();
  while (i < end && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) ++i;
  if (i >= end || head[i] != '=') return "";
  ++i;
  while (i < end && (head[i] == ' ' || head[i] == '\t' || head[i] == '"' || head[i] == '\'')) ++i;
  const size_t start = i;
  while (i < end && head[i] != '"' && head[i] != '\'' && head[i] != ' ' && head[i] != ';' &&
         head[i] != '>' && head[i] != '/' && head[i] != '\t' && head[i] != '\n' && head[i] != '\r') {
    ++i;
  }
  return head.substr(start, i - start);
}

// Closes an ICU converter when it goes out of scope.
struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Closes an ICU charset detector when it goes out of scope.
struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

}  // namespace

std::string DeclaredHtmlCharset(std::string_view bytes) {
  const std::string head = Lower(bytes.substr(0, kDeclarationScanBytes));
  if (head.rfind("<?xml", 0) == 0) {
    const size_t end = head.find("?>");
    std::string label = ValueAfter(head, 0, end == std::string::npos ? head.size() : end, "encoding");
    if (!label.empty()) return label;
  }
  for (size_t pos = head.find("<meta"); pos != std::string::npos; pos = head.find("<meta", pos + 1)) {
    size_t end = head.find('>', pos);
    if (end == std::string::npos) end = head.size();
    std::string label = ValueAfter(head, pos, end, "charset");
    if (!label.empty()) return label;
  }
  return "";
}

std::string CanonicalCharset(std::string_view label) {
  const std::string lower = Lower(label);
  for (const LabelAlias& alias : kLabelAliases) {
    if (lower == alias.label) return std::string(alias.charset);
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(lower.c_str(), &status));
  if (U_FAILURE(status) || converter == nullptr) return "";
  status = U_ZERO_ERROR;
  const char* internal = ucnv_getName(converter.get(), &status);
  if (U_FAILURE(status) || internal == nullptr) return std::string(label);
  // ICU's internal names ("ibm-5348_P100-1997") mean little to people: prefer
  // the MIME or IANA name of the same converter.
  for (const char* standard : {"MIME", "IANA"}) {
    status = U_ZERO_ERROR;
    const char* name = ucnv_getStandardName(internal, standard, &status);
    if (U_SUCCESS(status) && name != nullptr) return name;
  }
  return std::string(label);
}

std::string DetectCharset(std::string_view bytes, bool is_html) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return "";
  const std::string_view sample = bytes.substr(0, kDetectSampleBytes);
  ucsdet_enableInputFilter(detector.get(), is_html);  // ignores markup, which is ASCII anyway
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return "";
  const int32_t confidence = ucsdet_getConfidence(match, &status);
  const char* name = ucsdet_getName(match, &status);
  if (U_FAILURE(status) || name == nullptr || confidence < kMinDetectConfidence) return "";
  std::string result = name;
  // Without NUL bytes the input is not UTF-16/32, whatever the statistics say.
  if (result.rfind("UTF-16", 0) == 0 || result.rfind("UTF-32", 0) == 0) return "";
  return result;
}

std::optional<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset.c_str(), &status));
  if (U_FAILURE(status) || converter == nullptr) return std::nullopt;

  // Decode to UTF-16 in chunks (ICU's int32 sizes never overflow this way),
  // substituting U+FFFD for bytes the charset cannot map.
  std::u16string units;
  std::array<UChar, kConvertChunkUnits> buffer;
  const char* source = bytes.data();
  const char* const source_end = bytes.data() + bytes.size();
  bool flushed = false;
  while (!flushed) {
    UChar* target = buffer.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, buffer.data() + buffer.size(), &source, source_end,
                   nullptr, /*flush=*/true, &status);
    units.append(reinterpret_cast<const char16_t*>(buffer.data()), target - buffer.data());
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status)) return std::nullopt;
    flushed = true;
  }

  std::string out;
  out.reserve(units.size() + units.size() / 2);
  for (size_t i = 0; i < units.size();) {
    UChar32 cp;
    U16_NEXT(units.data(), i, units.size(), cp);
    AppendUtf8(U_IS_SURROGATE(cp) ? kReplacement : static_cast<char32_t>(cp), &out);
  }
  return out;
}

}  // namespace lede::detail
