// Text layout for the text reporter: terminal-safe strings, display widths,
// word wrapping and table columns.
#ifndef LEDE_SRC_REPORT_TEXT_LAYOUT_H_
#define LEDE_SRC_REPORT_TEXT_LAYOUT_H_

#include <string>
#include <string_view>
#include <vector>

namespace lede::detail {

// Returns `s` safe to print on a terminal, on one line: escape sequences,
// C0/C1 control characters and bidi overrides removed, line breaks and tabs
// turned into spaces, runs of spaces collapsed, ends trimmed.
std::string TerminalSafe(std::string_view s);

// Returns the number of terminal columns `s` takes (wide CJK counts two,
// combining marks zero).
size_t DisplayWidth(std::string_view s);

// Returns `s` cut to at most `width` columns, ending in "…" when cut.
std::string Truncate(std::string_view s, size_t width);

// Returns `s` padded with spaces to `width` columns.
std::string PadRight(std::string_view s, size_t width);

// Returns `s` (one terminal-safe line) wrapped at word boundaries to `width`
// columns, every line starting with `indent` and ending in '\n'. The first
// line starts with `first_indent` instead, when given.
std::string Wrap(std::string_view s, size_t width, std::string_view indent,
                 std::string_view first_indent = {});

// Returns the rows laid out as aligned columns, each line starting with
// `indent`; column i is at most max_widths[i] columns wide (longer cells are
// truncated); the last column is not padded.
std::string Table(const std::vector<std::vector<std::string>>& rows, const std::vector<size_t>& max_widths,
                  std::string_view indent);

}  // namespace lede::detail

#endif  // LEDE_SRC_REPORT_TEXT_LAYOUT_H_
