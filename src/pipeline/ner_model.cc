// NER model: a cache of parsed taggers by path, and the tag function. Parsing
// builds the dense weight tables (tens of milliseconds), so it happens once
// per path, not once per article.
#include "pipeline/ner_model.h"

#include <map>
#include <memory>
#include <mutex>

#include "learn/model_file.h"
#include "lede/train.h"

namespace lede::detail {

Result<const NerTagger*> NerModelFromFile(const std::string& path) {
  static std::mutex mutex;
  static auto* models = new std::map<std::string, std::shared_ptr<const NerTagger>>;
  std::lock_guard<std::mutex> lock(mutex);
  if (auto it = models->find(path); it != models->end()) return it->second.get();
  Result<std::string> bytes = ReadModelFile(path);
  if (!bytes.ok()) return Status::NotFound("cannot open NER model " + path);
  Result<std::shared_ptr<const NerTagger>> tagger = NerTagger::Parse(bytes.value());
  if (!tagger.ok()) return Status::InvalidArgument("NER model " + path + ": " + tagger.status().message());
  const NerTagger* parsed = tagger.value().get();
  (*models)[path] = std::move(tagger).value();
  return parsed;
}

NerTagFunction NerModelTagger(const NerTagger& tagger) {
  return [&tagger](const std::vector<std::vector<std::string>>& tokens)
             -> Result<std::vector<std::vector<std::string>>> {
    std::vector<NerSentence> sentences(tokens.size());
    for (size_t s = 0; s < tokens.size(); ++s) {
      sentences[s].tokens = tokens[s];
      sentences[s].tags.assign(tokens[s].size(), "O");
      sentences[s].starts_document = s == 0;
    }
    return tagger.Tag(sentences);
  };
}

}  // namespace lede::detail
