// Decoder: turns an input's raw bytes into UTF-8 text.
//
// Order of evidence: a byte-order mark; the transport's charset (HTTP
// Content-Type); for HTML, a <meta charset> or
// http-equiv declaration in the first 2 KB; valid UTF-8 as it stands; else
// ICU's charset detector. Invalid bytes become U+FFFD, never an error.
// Inputs that are not text at all (images, executables, random bytes) and
// empty inputs are rejected with a Status.
#ifndef LEDE_SRC_INPUT_DECODER_H_
#define LEDE_SRC_INPUT_DECODER_H_

#include <string>
#include <string_view>

#include "lede/status.h"

namespace lede::detail {

// Holds decoded text and the charset it was decoded from.
struct DecodedText {
  std::string text;      // valid UTF-8, BOM removed
  std::string encoding;  // e.g. "UTF-8", "windows-1252", "UTF-16LE"
};

// Returns the input as UTF-8, or EmptyInput / BinaryInput. `transport_charset`
// is the charset the bytes came with (an HTTP Content-Type's charset=, ""
// when none); it outranks the page's own declaration, as in browsers.
Result<DecodedText> DecodeToUtf8(std::string_view bytes, std::string_view transport_charset = "");

}  // namespace lede::detail

#endif  // LEDE_SRC_INPUT_DECODER_H_
