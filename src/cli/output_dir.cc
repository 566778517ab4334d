// Output directory: report file names and atomic writes.
//
// A name is built from the input path's components, so it is a function of
// the path alone: the same input always lands in the same file, and a rerun
// replaces it. Components "." and ".." are dropped and the rest are joined
// with "__", so no separator survives; a name that would be empty or start
// with '.' (hidden, or a dot-dot look-alike) gets a "_" prefix. A name past
// the file system's 255-byte limit (deep crawl paths) keeps its tail, the
// file's own name and nearest folders, behind a hash of the whole path, so
// it still differs from every other input's. Temporary
// files start with '.', which no final name does, so the two never collide.
// The write goes to mkstemp's file and is renamed over the final name: a
// reader of DIR sees the old file or the whole new one, never a partial one.
#include "cli/output_dir.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "learn/feature_hash.h"
#include "text/utf8.h"

namespace lede::cli {

namespace {

// Separator that stands for '/' in a report file name.
constexpr std::string_view kSeparator = "__";
// Suffix of every report file.
constexpr std::string_view kSuffix = ".json";
// Base name used for standard input.
constexpr std::string_view kStdinName = "stdin";
// Base name of a path with no usable component (e.g. "/" or "..").
constexpr std::string_view kEmptyName = "input";
// Longest file name Linux file systems take (NAME_MAX of ext4, xfs, btrfs):
// a longer report name fails with ENAMETOOLONG, so it is shortened.
constexpr size_t kMaxFileNameBytes = 255;
// Separator between the path hash and the kept tail of a shortened name.
constexpr std::string_view kHashSeparator = "~";
// Prefix that keeps a name from starting with '.'.
constexpr std::string_view kSafePrefix = "_";
// mkstemp template of the temporary file, inside DIR.
constexpr std::string_view kTempTemplate = "/.lede-tmp-XXXXXX";
// Permissions of a new report file before the umask: those of fopen's files.
constexpr mode_t kFileMode = 0666;
// Permissions of a new output directory before the umask.
constexpr mode_t kDirMode = 0777;

// Returns the process's umask (read by setting and restoring it; the CLI is
// single-threaded).
mode_t CurrentUmask() {
  static const mode_t mask = [] {
    const mode_t m = umask(0);
    umask(m);
    return m;
  }();
  return mask;
}

// Returns a failure naming `what` and errno's reason.
Status ErrnoFailure(const std::string& what, int error) {
  return Status::Unreadable(what + ": " + std::strerror(error));
}

}  // namespace

std::string ReportFileName(std::string_view input_path) {
  std::string base;
  if (input_path == "-") {
    base = kStdinName;
  } else {
    size_t start = 0;
    while (start <= input_path.size()) {
      size_t end = input_path.find('/', start);
      if (end == std::string_view::npos) end = input_path.size();
      const std::string_view part = input_path.substr(start, end - start);
      if (!part.empty() && part != "." && part != "..") {
        if (!base.empty()) base += kSeparator;
        base += part;
      }
      start = end + 1;
    }
  }
  if (base.empty()) base = kEmptyName;
  if (base.front() == '.') base.insert(0, kSafePrefix);
  if (base.size() + kSuffix.size() > kMaxFileNameBytes) {
    const std::string tag = fmt::format("{:016x}{}", detail::HashBytes(input_path), kHashSeparator);
    size_t from = base.size() - (kMaxFileNameBytes - kSuffix.size() - tag.size());
    while (from < base.size() && detail::IsUtf8Continuation(base[from])) ++from;  // not mid-character
    base = tag + base.substr(from);
  }
  return base + std::string(kSuffix);
}

Status EnsureOutputDir(const std::string& dir) {
  if (mkdir(dir.c_str(), kDirMode) == 0) return Status::Ok();
  const int error = errno;
  struct stat info {};
  if (error == EEXIST && stat(dir.c_str(), &info) == 0) {
    if (S_ISDIR(info.st_mode)) return Status::Ok();
    return Status::IsDirectory("cannot use output directory '" + dir + "': not a directory");
  }
  return ErrnoFailure("cannot create output directory '" + dir + "'", error);
}

Status WriteFileAtomically(const std::string& dir, const std::string& name, std::string_view contents) {
  const std::string final_path = dir + "/" + name;
  std::string temp_path = dir + std::string(kTempTemplate);
  const int fd = mkstemp(temp_path.data());
  if (fd < 0) return ErrnoFailure("cannot create a file in '" + dir + "'", errno);
  int error = 0;
  if (fchmod(fd, kFileMode & ~CurrentUmask()) != 0) error = errno;
  size_t written = 0;
  while (error == 0 && written < contents.size()) {
    const ssize_t n = write(fd, contents.data() + written, contents.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = errno;
    } else {
      written += static_cast<size_t>(n);
    }
  }
  if (close(fd) != 0 && error == 0) error = errno;
  if (error == 0 && rename(temp_path.c_str(), final_path.c_str()) != 0) error = errno;
  if (error != 0) {
    unlink(temp_path.c_str());
    return ErrnoFailure("cannot write '" + final_path + "'", error);
  }
  return Status::Ok();
}

}  // namespace lede::cli
