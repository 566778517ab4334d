#include "input/decoder.h"
#include "text/utf8.h"
namespace lede::detail {
Result<DecodedText> DecodeToUtf8(std::string_view bytes) { return DecodedText{SanitizeUtf8(bytes), "UTF-8"}; }
}  // namespace lede::detail
