// Gzip reader: inflates gzip-compressed input in memory with zlib.
#ifndef LEDE_SRC_INPUT_GZIP_READER_H_
#define LEDE_SRC_INPUT_GZIP_READER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "lede/status.h"

namespace lede::detail {

// Returns true when `bytes` begin with the gzip magic number (1f 8b).
bool LooksGzipped(std::string_view bytes);

// Returns the decompressed bytes of a gzip stream (concatenated members
// included), or Unreadable for corrupt or truncated data, or TooLarge as soon
// as more than max_bytes would come out.
Result<std::string> InflateGzip(std::string_view compressed, size_t max_bytes);

}  // namespace lede::detail

#endif  // LEDE_SRC_INPUT_GZIP_READER_H_
