// Inputs: turns the paths a user names (files, directories, list files) into
// the list of inputs to analyse, in order.
//
//   auto list = lede::ReadInput("urls-saved.txt");            // a --from file
//   std::vector<std::string> args = lede::ParseInputList(list.value());
//   for (const lede::InputPath& input : lede::ExpandInputs(args)) {
//     if (!input.status.ok()) { ... input.path, input.status.message() ... }
//     else { ... lede::ReadInput(input.path) ... }
//   }
#ifndef LEDE_INPUTS_H_
#define LEDE_INPUTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede {

// Holds one input of a run: its path, and why it cannot be read when
// listing it already failed (an unreadable directory); Ok otherwise.
struct InputPath {
  std::string path;
  Status status;
  bool from_directory = false;  // true when found by expanding a directory
};

// Returns the inputs of a list of arguments, in order: files (and "-") as
// given, directories expanded to the regular files under them in sorted path
// order (names starting with '.' skipped, symlinked directories not
// followed), and a failed entry for a directory that cannot be read or holds
// no file.
std::vector<InputPath> ExpandInputs(const std::vector<std::string>& args);

// Returns the paths listed in the text of a list file: one per line, with
// surrounding spaces and a trailing '\r' removed; blank lines and lines
// starting with '#' are skipped.
std::vector<std::string> ParseInputList(std::string_view text);

}  // namespace lede

#endif  // LEDE_INPUTS_H_
