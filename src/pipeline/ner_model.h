// NER model: a user's `lede train ner` file, read and checked once per path,
// and the tag function the entity stage calls with it.
//
// The tagger itself lives in lede_train (lede::NerTagger), which links
// lede_entities, so the entity stage cannot call it directly; the pipeline,
// which links both, hands it to the stage as a function.
#ifndef LEDE_SRC_PIPELINE_NER_MODEL_H_
#define LEDE_SRC_PIPELINE_NER_MODEL_H_

#include <string>

#include "entities/ner_mentions.h"
#include "lede/status.h"
#include "lede/train.h"

namespace lede::detail {

// Returns the tagger in the NER model file at `path`, read and parsed once
// per path and kept for the life of the process. Fails with kNotFound when
// it cannot be opened and kInvalidArgument when it is no NER model.
Result<const NerTagger*> NerModelFromFile(const std::string& path);

// Returns a tag function running `tagger` (which must outlive it) over
// sentences given in document order, the first opening the document.
NerTagFunction NerModelTagger(const NerTagger& tagger);

}  // namespace lede::detail

#endif  // LEDE_SRC_PIPELINE_NER_MODEL_H_
