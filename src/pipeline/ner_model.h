// NER model: a user's `lede train ner` file, read and checked once per path,
// and the tag function the entity stage calls with it.
//
// The tagger itself lives in lede_train (lede::TagNerSentences), which links
// lede_entities, so the entity stage cannot call it directly; the pipeline,
// which links both, hands it to the stage as a function.
#ifndef LEDE_SRC_PIPELINE_NER_MODEL_H_
#define LEDE_SRC_PIPELINE_NER_MODEL_H_

#include <string>

#include "entities/ner_mentions.h"
#include "lede/status.h"

namespace lede::detail {

// Returns the bytes of the NER model file at `path`, checked to parse; the
// file is read once per path. Fails with kNotFound when it cannot be opened
// and kInvalidArgument when it is no NER model.
Result<const std::string*> NerModelFromFile(const std::string& path);

// Returns a tag function running the tagger in `model` (which must outlive
// it) over sentences given in document order, the first opening the document.
NerTagFunction NerModelTagger(const std::string& model);

}  // namespace lede::detail

#endif  // LEDE_SRC_PIPELINE_NER_MODEL_H_
