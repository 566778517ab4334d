// Input list: expands the arguments of a run into the files to analyse.
//
// A directory is walked depth first with std::filesystem's non-throwing
// (error_code) calls. Every regular file found is collected, then the whole
// list is sorted by path bytes, so the order is the same on every file system
// and every run (readdir order is not). Hidden names are skipped at every
// level, like shells and most archivers' defaults do. Symlinks to files are
// kept; symlinks to directories are not followed, so a link back up the tree
// cannot loop. A directory (or subdirectory) that cannot be read becomes a
// failed entry in place, so one bad folder never stops a batch.
#include <algorithm>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "lede/inputs.h"

namespace lede {

namespace {

namespace fs = std::filesystem;

// Returns true for a name that hides its file: ".git", ".DS_Store".
bool IsHidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

// Returns the failure for a directory that cannot be listed.
Status UnlistableStatus(const std::error_code& error) {
  return Status::Unreadable("cannot list directory: " + error.message());
}

// Adds the regular files under `dir` (and failures for subdirectories that
// cannot be listed) to `found`, unsorted.
void Walk(const fs::path& dir, std::vector<InputPath>& found) {
  std::error_code error;
  fs::directory_iterator it(dir, error);
  if (error) {
    found.push_back({dir.string(), UnlistableStatus(error), true});
    return;
  }
  for (const fs::directory_iterator end; it != end; it.increment(error)) {
    const fs::directory_entry& entry = *it;
    if (IsHidden(entry.path())) continue;
    std::error_code kind_error;
    const fs::file_status own = entry.symlink_status(kind_error);
    if (kind_error) continue;  // vanished while listing
    if (fs::is_directory(own)) {
      Walk(entry.path(), found);
    } else if (fs::is_regular_file(own) || (fs::is_symlink(own) && fs::is_regular_file(entry.status(kind_error)))) {
      found.push_back({entry.path().string(), Status::Ok(), true});
    }
    // Symlinked directories, broken links, FIFOs, sockets and devices are not documents of the archive.
  }
  if (error) found.push_back({dir.string(), UnlistableStatus(error), true});
}

// Returns the inputs of one directory argument, sorted by path.
std::vector<InputPath> ExpandDirectory(const std::string& arg) {
  // "pages/" and "pages" give the same paths: "pages/a.html", not "pages//a.html".
  std::string root = arg;
  while (root.size() > 1 && root.back() == '/') root.pop_back();
  std::vector<InputPath> found;
  Walk(fs::path(root), found);
  std::sort(found.begin(), found.end(), [](const InputPath& a, const InputPath& b) { return a.path < b.path; });
  if (found.empty()) found.push_back({arg, Status::NotFound("directory holds no input files"), true});
  return found;
}

// Returns true when `s` is a space, tab or line-ending byte.
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

}  // namespace

std::vector<InputPath> ExpandInputs(const std::vector<std::string>& args) {
  std::vector<InputPath> inputs;
  for (const std::string& arg : args) {
    std::error_code error;
    // A directory named on the command line is followed even through a
    // symlink: the user asked for it. Anything else is read (or fails) later.
    if (arg != "-" && !arg.empty() && fs::is_directory(fs::status(arg, error))) {
      for (InputPath& input : ExpandDirectory(arg)) inputs.push_back(std::move(input));
    } else {
      inputs.push_back({arg, Status::Ok(), false});
    }
  }
  return inputs;
}

std::vector<std::string> ParseInputList(std::string_view text) {
  std::vector<std::string> paths;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    while (!line.empty() && IsSpace(line.front())) line.remove_prefix(1);
    while (!line.empty() && IsSpace(line.back())) line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    paths.emplace_back(line);
  }
  return paths;
}

}  // namespace lede
