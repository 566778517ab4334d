// Model file: reads a user's model file (--sentence-model, --ner-model) whole.
//
// Only regular files are read, and only up to kMaxModelFileBytes: a device
// such as /dev/zero never ends and a FIFO may never close, so reading either
// "whole" would hang or exhaust memory.
#ifndef LEDE_SRC_LEARN_MODEL_FILE_H_
#define LEDE_SRC_LEARN_MODEL_FILE_H_

#include <string>

#include "lede/status.h"

namespace lede::detail {

// Returns the bytes of the regular file at `path`; kNotFound when it cannot be
// opened, is not a regular file or is larger than any lede model.
Result<std::string> ReadModelFile(const std::string& path);

}  // namespace lede::detail

#endif  // LEDE_SRC_LEARN_MODEL_FILE_H_
