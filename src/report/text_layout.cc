// Text layout for the text reporter.
//
// Article text is untrusted: a page can carry ANSI escape sequences or bidi
// overrides that would recolour or reorder the user's terminal, so every
// string is passed through TerminalSafe before it is laid out. Widths are
// counted in terminal columns with ICU's East Asian Width property, so
// tables of Chinese or Japanese names stay aligned.
#include "report/text_layout.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "text/utf8.h"

namespace lede::detail {

namespace {

constexpr char32_t kEscape = 0x1B;

// Returns true for bidi embedding, override and isolate controls, which can
// make printed text read differently from what it is.
bool IsBidiControl(char32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F ||
         cp == 0x061C;
}

// Returns the terminal columns one code point takes.
size_t CodePointWidth(char32_t cp) {
  const auto c = static_cast<UChar32>(cp);
  const int8_t category = u_charType(c);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) return 0;
  const int width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

// Returns the byte offset just past an escape sequence starting at s[pos]
// (ESC): CSI "ESC [ params final", OSC "ESC ] ... BEL|ESC \", or ESC + one byte.
size_t SkipEscape(std::string_view s, size_t pos) {
  size_t i = pos + 1;
  if (i >= s.size()) return i;
  if (s[i] == '[') {
    ++i;
    while (i < s.size() && !(s[i] >= 0x40 && s[i] <= 0x7E)) ++i;
    return std::min(i + 1, s.size());
  }
  if (s[i] == ']') {
    for (++i; i < s.size(); ++i) {
      if (s[i] == '\a') return i + 1;
      if (s[i] == '\x1B' && i + 1 < s.size() && s[i + 1] == '\\') return i + 2;
    }
    return s.size();
  }
  return i + 1;
}

}  // namespace

std::string TerminalSafe(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  size_t pos = 0;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) == kEscape) {
      pos = SkipEscape(s, pos);
      continue;
    }
    const char32_t cp = DecodeUtf8(s, &pos);
    const bool space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
                       cp == 0x2028 || cp == 0x2029;
    if (space) {
      pending_space = !out.empty();
      continue;
    }
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || IsBidiControl(cp)) continue;
    if (pending_space) out += ' ';
    pending_space = false;
    AppendUtf8(cp, &out);
  }
  return out;
}

size_t DisplayWidth(std::string_view s) {
  size_t width = 0;
  size_t pos = 0;
  while (pos < s.size()) width += CodePointWidth(DecodeUtf8(s, &pos));
  return width;
}

std::string Truncate(std::string_view s, size_t width) {
  if (DisplayWidth(s) <= width) return std::string(s);
  if (width == 0) return "";
  std::string out;
  size_t used = 0;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t next = pos;
    const size_t w = CodePointWidth(DecodeUtf8(s, &next));
    if (used + w > width - 1) break;  // keeps one column for the ellipsis
    out.append(s.substr(pos, next - pos));
    used += w;
    pos = next;
  }
  return out + "\xE2\x80\xA6";
}

std::string PadRight(std::string_view s, size_t width) {
  std::string out(s);
  const size_t w = DisplayWidth(s);
  if (w < width) out.append(width - w, ' ');
  return out;
}

std::string Wrap(std::string_view s, size_t width, std::string_view indent, std::string_view first_indent) {
  std::string out;
  std::string_view lead = first_indent.empty() ? indent : first_indent;
  std::string line(lead);
  size_t line_width = DisplayWidth(lead);
  bool line_has_word = false;
  size_t pos = 0;
  while (pos < s.size()) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    if (pos >= s.size()) break;
    size_t end = s.find(' ', pos);
    if (end == std::string_view::npos) end = s.size();
    const std::string_view word = s.substr(pos, end - pos);
    const size_t word_width = DisplayWidth(word);
    if (line_has_word && line_width + 1 + word_width > width) {
      out += line + '\n';
      line.assign(indent);
      line_width = DisplayWidth(indent);
      line_has_word = false;
    }
    if (line_has_word) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += word_width;
    line_has_word = true;
    pos = end;
  }
  if (line_has_word) out += line + '\n';
  return out;
}

std::string Table(const std::vector<std::vector<std::string>>& rows, const std::vector<size_t>& max_widths,
                  std::string_view indent) {
  std::vector<size_t> widths(max_widths.size(), 0);
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      widths[i] = std::max(widths[i], std::min(DisplayWidth(row[i]), max_widths[i]));
    }
  }
  std::string out;
  for (const auto& row : rows) {
    std::string line(indent);
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i) {
      const std::string cell = Truncate(row[i], widths[i]);
      const bool last = i + 1 == row.size();
      line += last ? cell : PadRight(cell, widths[i]) + "  ";
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + '\n';
  }
  return out;
}

}  // namespace lede::detail
