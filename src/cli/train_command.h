// `lede train`: learns a model from annotated data and writes its file.
//
//   lede train sentences --data FILE.jsonl [--data ...] [--only-split NAME]
//                        [--epochs N] [--hash-bits B] -o MODEL
//
// Sentence data is JSON Lines, one document per line: {"text": ...} with
// either "spans" ([[start, end], ...] in code points) or "sentences" (the
// sentence strings in order, found in the text one after the other).
//
//   lede train ner --train FILE.conll [--dev FILE.conll] [--epochs N] [--hash-bits B]
//                  [--single-pass] -o MODEL
//
// NER data is CoNLL: one token per line, the token first and its BIO tag last
// (space- or tab-separated), a blank line between sentences, -DOCSTART- lines
// between documents. With --dev, each epoch's entity-level dev score and
// tagging speed go to stderr.
#ifndef LEDE_SRC_CLI_TRAIN_COMMAND_H_
#define LEDE_SRC_CLI_TRAIN_COMMAND_H_

namespace lede::cli {

// Returns the exit code of `lede train ...`; argv[0] is "train".
int RunTrain(int argc, const char* const* argv);

}  // namespace lede::cli

#endif  // LEDE_SRC_CLI_TRAIN_COMMAND_H_
