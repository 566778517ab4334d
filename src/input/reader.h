// Reader: gets an input's bytes from a file or stdin.
#ifndef LEDE_SRC_INPUT_READER_H_
#define LEDE_SRC_INPUT_READER_H_

#include <cstddef>
#include <string>

#include "lede/status.h"

namespace lede::detail {

// Returns all bytes of the file at `path` ("-" is stdin), inflated when it is
// gzip, or NotFound / IsDirectory / Unreadable (corrupt gzip too) / TooLarge
// (more than max_bytes, read or decompressed).
Result<std::string> ReadAll(const std::string& path, size_t max_bytes);

// Returns the Status for an errno from opening or reading a file: NotFound,
// IsDirectory, Unreadable ("permission denied", or strerror's words).
Status StatusFromErrno(int error);

}  // namespace lede::detail

#endif  // LEDE_SRC_INPUT_READER_H_
