// Boundary model: loading the embedded model and scoring a gap.
#include "text/boundary_model.h"

#include <map>
#include <memory>
#include <mutex>

#include "data/embedded_data.h"
#include "learn/model_file.h"

namespace lede::detail {

const LinearModel* ShippedBoundaryModel() {
  static const LinearModel* model = []() -> const LinearModel* {
    const std::string_view bytes = DataFile("models/sentence_boundary.bin");
    if (bytes.empty()) return nullptr;
    Result<LinearModel> parsed = LinearModel::Parse(bytes);
    return parsed.ok() ? new LinearModel(std::move(parsed).value()) : nullptr;
  }();
  return model;
}

Result<const LinearModel*> BoundaryModelFromFile(const std::string& path) {
  static std::mutex mutex;
  static auto* models = new std::map<std::string, std::unique_ptr<LinearModel>>;
  std::lock_guard<std::mutex> lock(mutex);
  if (auto it = models->find(path); it != models->end()) return static_cast<const LinearModel*>(it->second.get());
  Result<std::string> bytes = ReadModelFile(path);
  if (!bytes.ok()) return Status::NotFound("cannot open sentence model " + path);
  Result<LinearModel> parsed = LinearModel::Parse(bytes.value());
  if (!parsed.ok()) return Status::InvalidArgument("sentence model " + path + ": " + parsed.status().message());
  auto& slot = (*models)[path];
  slot = std::make_unique<LinearModel>(std::move(parsed).value());
  return static_cast<const LinearModel*>(slot.get());
}

bool ModelGapJudge::Ends(size_t left, size_t start, size_t first, size_t last) {
  if (!features_.IsCandidate(left)) return false;
  uint32_t slots[BoundaryFeatures::kMaxFeatures];
  const size_t n = features_.Extract(left, start, first, last, model_.mask(), slots);
  return model_.Score(slots, n) > 0;
}

}  // namespace lede::detail
