// Embedded data: the files under data/ compiled into the binary.
//
// Word lists are plain UTF-8 text, one entry per line; '#' starts a comment
// line. Lookups are by path relative to data/, e.g. "lexicon/cue_verbs.txt".
#ifndef LEDE_SRC_DATA_EMBEDDED_DATA_H_
#define LEDE_SRC_DATA_EMBEDDED_DATA_H_

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

// Returns the non-empty, non-comment lines of an embedded file, trimmed.
std::vector<std::string_view> DataLines(std::string_view name);

// Returns the names of all embedded files.
std::vector<std::string_view> DataFileNames();

}  // namespace lede::detail

#endif  // LEDE_SRC_DATA_EMBEDDED_DATA_H_
