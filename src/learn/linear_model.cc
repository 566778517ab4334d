// Linear model: reading and writing the sparse file format into the dense table.
#include "learn/linear_model.h"

#include "learn/byte_order.h"

namespace lede::detail {

namespace {

constexpr std::string_view kMagic = "LEDELIN1";
// Largest table a model file may ask for: 2^24 slots is 64 MB of floats per
// class, far above any model lede ships, and refusing more keeps a corrupt
// file from allocating gigabytes.
constexpr uint32_t kMaxHashBits = 24;
constexpr uint32_t kMaxClasses = 64;

}  // namespace

LinearModel::LinearModel(int hash_bits, int classes)
    : hash_bits_(hash_bits),
      classes_(classes),
      mask_((1u << hash_bits) - 1),
      weights_((static_cast<size_t>(1) << hash_bits) * static_cast<size_t>(classes), 0.0f) {}

Result<LinearModel> LinearModel::Parse(std::string_view bytes) {
  constexpr size_t kHeader = 8 + 3 * 4;
  if (bytes.size() < kHeader || bytes.substr(0, kMagic.size()) != kMagic) {
    return Status::InvalidArgument("not a lede model file (bad magic)");
  }
  const uint32_t bits = GetU32(bytes, 8);
  const uint32_t classes = GetU32(bytes, 12);
  const uint32_t count = GetU32(bytes, 16);
  if (bits == 0 || bits > kMaxHashBits || classes == 0 || classes > kMaxClasses) {
    return Status::InvalidArgument("lede model file has an impossible table size");
  }
  if ((bytes.size() - kHeader) / 8 != count || (bytes.size() - kHeader) % 8 != 0) {
    return Status::InvalidArgument("lede model file is truncated");
  }
  LinearModel model(static_cast<int>(bits), static_cast<int>(classes));
  for (size_t e = 0; e < count; ++e) {
    const size_t at = kHeader + 8 * e;
    const uint32_t index = GetU32(bytes, at);
    const float value = GetF32(bytes, at + 4);
    if (index >= model.weights_.size()) return Status::InvalidArgument("lede model file has an index out of range");
    model.weights_[index] = value;
  }
  return model;
}

std::string LinearModel::Serialize() const {
  std::string out(kMagic);
  PutU32(static_cast<uint32_t>(hash_bits_), &out);
  PutU32(static_cast<uint32_t>(classes_), &out);
  uint32_t count = 0;
  for (float w : weights_) count += w != 0.0f;
  PutU32(count, &out);
  for (size_t i = 0; i < weights_.size(); ++i) {
    if (weights_[i] == 0.0f) continue;
    PutU32(static_cast<uint32_t>(i), &out);
    PutF32(weights_[i], &out);
  }
  return out;
}

}  // namespace lede::detail
