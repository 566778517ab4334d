// Binary sniffer: tells text from images, archives, executables and noise.
#ifndef LEDE_SRC_INPUT_BINARY_SNIFFER_H_
#define LEDE_SRC_INPUT_BINARY_SNIFFER_H_

#include <string>
#include <string_view>

namespace lede::detail {

// Returns the name of the file type whose magic number starts `bytes`
// ("PNG image", "PDF document", ...), or "" when none matches.
std::string_view MagicFileType(std::string_view bytes);

// Returns the UTF-16 byte order ("UTF-16LE" / "UTF-16BE") that the pattern of
// NUL bytes at the start of `bytes` suggests, or "" when it is not UTF-16.
std::string_view Utf16ByNulPattern(std::string_view bytes);

// Returns why `bytes` (not UTF-16) is not text: "PNG image", "NUL bytes",
// "control characters"; or "" when it looks like text.
std::string BinaryReason(std::string_view bytes);

}  // namespace lede::detail

#endif  // LEDE_SRC_INPUT_BINARY_SNIFFER_H_
