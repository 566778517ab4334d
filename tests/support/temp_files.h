// Test support: a scratch directory that lives as long as its owner, and the
// whole-file read and write the tests do on the files in it.
#ifndef LEDE_TESTS_SUPPORT_TEMP_FILES_H_
#define LEDE_TESTS_SUPPORT_TEMP_FILES_H_

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>

namespace lede::testing {

// Returns the contents of a file ("" when it does not exist).
inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Writes `bytes` to a file, replacing what was there.
inline void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// Owns a fresh directory under /tmp and removes it, with its files, when destroyed.
class ScratchDir {
 public:
  // Creates /tmp/<prefix>_XXXXXX; when that fails, /tmp itself stands in and is never removed.
  explicit ScratchDir(const std::string& prefix) {
    std::string pattern = "/tmp/" + prefix + "_XXXXXX";
    path_ = mkdtemp(pattern.data()) != nullptr ? pattern : "/tmp";
  }
  ~ScratchDir() {
    if (path_ != "/tmp") {
      std::error_code ec;
      std::filesystem::remove_all(path_, ec);
    }
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  // Returns the directory's path.
  const std::string& path() const { return path_; }

  // Returns the path of the file `name` in the directory.
  std::string Path(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

}  // namespace lede::testing

#endif  // LEDE_TESTS_SUPPORT_TEMP_FILES_H_
