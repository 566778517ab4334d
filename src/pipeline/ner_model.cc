// NER model: file cache and tag function. The cache keeps the file bytes, not
// a parsed tagger, because lede::TagNerSentences (the public entry point)
// parses its model on each call; that costs tens of milliseconds per
// article, small next to reading a CLI process's input.
#include "pipeline/ner_model.h"

#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>

#include "lede/train.h"

namespace lede::detail {

Result<const std::string*> NerModelFromFile(const std::string& path) {
  static std::mutex mutex;
  static auto* models = new std::map<std::string, std::unique_ptr<std::string>>;
  std::lock_guard<std::mutex> lock(mutex);
  if (auto it = models->find(path); it != models->end()) return static_cast<const std::string*>(it->second.get());
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open NER model " + path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in.good() && !in.eof()) return Status::NotFound("cannot read NER model " + path);
  // Tagging no sentences parses the model and nothing else.
  Result<std::vector<std::vector<std::string>>> check = TagNerSentences(bytes.str(), {});
  if (!check.ok()) return Status::InvalidArgument("NER model " + path + ": " + check.status().message());
  auto& slot = (*models)[path];
  slot = std::make_unique<std::string>(bytes.str());
  return static_cast<const std::string*>(slot.get());
}

NerTagFunction NerModelTagger(const std::string& model) {
  return [&model](const std::vector<std::vector<std::string>>& tokens)
             -> Result<std::vector<std::vector<std::string>>> {
    std::vector<NerSentence> sentences(tokens.size());
    for (size_t s = 0; s < tokens.size(); ++s) {
      sentences[s].tokens = tokens[s];
      sentences[s].tags.assign(tokens[s].size(), "O");
      sentences[s].starts_document = s == 0;
    }
    return TagNerSentences(model, sentences);
  };
}

}  // namespace lede::detail
