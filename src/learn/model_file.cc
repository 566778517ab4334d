// Model file: a checked whole-file read.
#include "learn/model_file.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace lede::detail {

namespace {

// Largest model file read: 256 MB is far above any model lede trains (a few
// MB), and refusing more keeps a wrong path from filling memory.
constexpr std::uintmax_t kMaxModelFileBytes = std::uintmax_t{256} << 20;

}  // namespace

Result<std::string> ReadModelFile(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return Status::NotFound("not a regular file");
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec || size > kMaxModelFileBytes) return Status::NotFound("larger than any model");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot be opened");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace lede::detail
