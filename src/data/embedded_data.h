// Embedded data: the files under data/ compiled into the binary.
//
// Word lists are plain UTF-8 text, one entry per line; '#' starts a comment
// line. Lookups are by path relative to data/, e.g. "lexicon/cue_verbs.txt".
#ifndef LEDE_SRC_DATA_EMBEDDED_DATA_H_
#define LEDE_SRC_DATA_EMBEDDED_DATA_H_

#include <cstddef>
#include <iterator>
#include <string_view>
#include <vector>

namespace lede::detail {

// Names one embedded file and its bytes.
struct EmbeddedFile {
  std::string_view name;
  std::string_view bytes;
};

// Returns the contents of an embedded data file, or an empty view when there is none.
std::string_view DataFile(std::string_view name);

// Returns the next non-empty, non-comment line of `*rest`, trimmed, and moves
// `*rest` past it; returns an empty view when no such line is left. Walking a
// file this way builds no vector, so a 40,000-line list costs no allocation.
std::string_view NextDataLine(std::string_view* rest);

// Calls `fn(line)` for each non-empty, non-comment line of an embedded file,
// trimmed, in order: DataLines without the vector.
template <typename Fn>
void ForEachDataLine(std::string_view name, Fn&& fn) {
  std::string_view rest = DataFile(name);
  for (std::string_view line = NextDataLine(&rest); !line.empty(); line = NextDataLine(&rest)) fn(line);
}

// Returns the number of lines of `bytes` (newlines, plus one for an
// unterminated last line): a bound on its data lines for sizing a table.
size_t CountLines(std::string_view bytes);

// Returns the non-empty, non-comment lines of an embedded file, trimmed.
std::vector<std::string_view> DataLines(std::string_view name);

// Iterates the lines NextDataLine walks, for a range-for over some bytes.
class DataLineIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = std::string_view;
  using difference_type = std::ptrdiff_t;
  using pointer = const std::string_view*;
  using reference = std::string_view;

  // The end of every walk.
  DataLineIterator() = default;
  // The first line of `bytes`.
  explicit DataLineIterator(std::string_view bytes) : rest_(bytes) { ++*this; }

  std::string_view operator*() const { return line_; }
  DataLineIterator& operator++() {
    line_ = NextDataLine(&rest_);
    return *this;
  }
  // Walks end on a line with no address, as the end iterator has.
  bool operator==(const DataLineIterator& other) const { return line_.data() == other.line_.data(); }

 private:
  std::string_view rest_;
  std::string_view line_;
};

// Looks lines up in an embedded file kept sorted: after any leading comment
// lines, every line is a data line (no blank or comment line, no surrounding
// spaces), and the lines are unique and in byte order. A lookup is a binary
// search over the bytes themselves, so a 40,000-line list costs nothing to
// load and touches only the pages it reads; tests check each file so used
// keeps the rule.
class SortedDataLines {
 public:
  SortedDataLines() = default;
  // Searches `bytes`, the contents of such a file.
  explicit SortedDataLines(std::string_view bytes);

  // Returns true when `line` is one of the lines.
  bool Contains(std::string_view line) const;
  // Returns the lines after the leading comments (for iterating and checking).
  std::string_view body() const { return body_; }
  DataLineIterator begin() const { return DataLineIterator(body_); }
  DataLineIterator end() const { return DataLineIterator(); }

 private:
  std::string_view body_;
};

// Returns the names of all embedded files.
std::vector<std::string_view> DataFileNames();

}  // namespace lede::detail

#endif  // LEDE_SRC_DATA_EMBEDDED_DATA_H_
