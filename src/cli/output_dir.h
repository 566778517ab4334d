// Output directory (-o DIR): one JSON file per input, named after the input
// and written atomically, never outside DIR.
#ifndef LEDE_SRC_CLI_OUTPUT_DIR_H_
#define LEDE_SRC_CLI_OUTPUT_DIR_H_

#include <string>
#include <string_view>

#include "lede/status.h"

namespace lede::cli {

// Returns the file name of an input's report in the output directory: the
// path made relative (leading '/', "." and ".." components dropped), '/'
// turned into "__", ".json" appended; "-" (stdin) is "stdin.json". The name
// never holds a '/' and never starts with '.', so it stays inside DIR. A name
// over 255 bytes is its last bytes behind 16 hex digits of a hash of the path
// and '~' ("<hash>~…__2025__market.txt.json"), exactly 255 bytes or fewer.
std::string ReportFileName(std::string_view input_path);

// Returns Ok when `dir` is a directory, creating it (one level) if missing.
Status EnsureOutputDir(const std::string& dir);

// Returns Ok after writing `contents` to DIR/`name` atomically: to a
// temporary file in DIR, then renamed over the name. On failure no
// temporary file is left behind.
Status WriteFileAtomically(const std::string& dir, const std::string& name, std::string_view contents);

}  // namespace lede::cli

#endif  // LEDE_SRC_CLI_OUTPUT_DIR_H_
