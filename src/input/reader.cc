#include "input/reader.h"
namespace lede::detail {
Result<std::string> ReadAll(const std::string& path, size_t max_bytes) { return Status::Internal("ReadAll: not built yet"); }
}  // namespace lede::detail
