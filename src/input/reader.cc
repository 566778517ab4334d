// Reader: gets an input's bytes from a file or stdin.
//
// The path is stat()ed first so the common failures get a precise one-line
// reason (missing, a directory, a device) before any read is tried. Regular
// files, FIFOs and stdin are then read in chunks up to max_bytes + 1 bytes:
// one byte past the limit is enough to know the input is too large without
// reading the rest of an unbounded stream. Messages never repeat the path;
// the caller (the CLI) puts it in front.
//
// Gzip input (a ".gz" name or the gzip magic bytes) is inflated after the
// read, and max_bytes then limits the decompressed size too.
#include "input/reader.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>

#include "input/gzip_reader.h"

namespace lede::detail {

namespace {

// Bytes read per fread call: large enough for few system calls, small enough
// that a short input does not reserve much.
constexpr size_t kChunkBytes = 64 * 1024;

// Returns the size limit message shared by every TooLarge failure.
Status TooLargeStatus(size_t max_bytes) {
  return Status::TooLarge("input is larger than " + std::to_string(max_bytes) + " bytes (--max-bytes)");
}

// Returns every byte of an open stream, or Unreadable / TooLarge.
Result<std::string> ReadStream(std::FILE* file, size_t max_bytes) {
  std::string bytes;
  std::string chunk(kChunkBytes, '\0');
  for (;;) {
    const size_t got = std::fread(chunk.data(), 1, chunk.size(), file);
    bytes.append(chunk.data(), got);
    if (bytes.size() > max_bytes) return TooLargeStatus(max_bytes);
    if (got < chunk.size()) break;
  }
  if (std::ferror(file)) {
    const int error = errno;
    return StatusFromErrno(error == 0 ? EIO : error);
  }
  return bytes;
}

// Returns `bytes` inflated when the input is gzip: named ".gz" (a .gz that is
// not gzip is corrupt) or starting with gzip's magic bytes, as pages saved
// with their Content-Encoding often do without the name saying so.
Result<std::string> InflateIfGzip(const std::string& path, Result<std::string> bytes, size_t max_bytes) {
  if (!bytes.ok()) return bytes;
  const bool gz_name = path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
  if (!gz_name && !LooksGzipped(bytes.value())) return bytes;
  return InflateGzip(bytes.value(), max_bytes);
}

}  // namespace

Status StatusFromErrno(int error) {
  switch (error) {
    case ENOENT:
    case ENOTDIR:
      return Status::NotFound("no such file");
    case EISDIR:
      return Status::IsDirectory("is a directory");
    case EACCES:
    case EPERM:
      return Status::Unreadable("permission denied");
    default:
      return Status::Unreadable(std::string("cannot read: ") + std::strerror(error));
  }
}

Result<std::string> ReadAll(const std::string& path, size_t max_bytes) {
  if (path == "-") {
    std::clearerr(stdin);
    return InflateIfGzip(path, ReadStream(stdin, max_bytes), max_bytes);
  }
  if (path.empty()) return Status::NotFound("no such file");

  struct stat info;
  if (::stat(path.c_str(), &info) != 0) return StatusFromErrno(errno);
  if (S_ISDIR(info.st_mode)) return Status::IsDirectory("is a directory");
  // Devices and sockets either never end (/dev/zero) or are not documents.
  if (!S_ISREG(info.st_mode) && !S_ISFIFO(info.st_mode)) {
    return Status::Unreadable("not a regular file");
  }
  if (S_ISREG(info.st_mode) && static_cast<unsigned long long>(info.st_size) > max_bytes) {
    return TooLargeStatus(max_bytes);
  }

  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return StatusFromErrno(errno);
  Result<std::string> bytes = ReadStream(file, max_bytes);
  std::fclose(file);
  return InflateIfGzip(path, std::move(bytes), max_bytes);
}

}  // namespace lede::detail
