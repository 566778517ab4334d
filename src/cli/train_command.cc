// `lede train`: reads training files, calls the library's trainer and writes
// the model atomically (a temporary file renamed over the target), so a
// failed run never leaves half a model behind.
#include "cli/train_command.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "lede/train.h"

namespace lede::cli {

namespace {

constexpr int kFailedExit = 1;
constexpr int kUsageExit = 2;

// Returns the byte offset of each code point offset of `text` in `offsets` (sorted or not).
std::vector<size_t> CodePointsToBytes(std::string_view text, const std::vector<size_t>& offsets) {
  std::vector<size_t> byte_at;  // byte_at[cp] = byte offset of code point cp
  for (size_t pos = 0; pos < text.size(); ++pos) {
    const bool continuation = (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80;
    if (!continuation) byte_at.push_back(pos);
  }
  byte_at.push_back(text.size());
  std::vector<size_t> out;
  for (size_t cp : offsets) out.push_back(byte_at[std::min(cp, byte_at.size() - 1)]);
  return out;
}

// Reads one JSON line into `out`; returns false with `error` set when it has no usable annotation.
bool ParseRecord(const nlohmann::json& record, LabelledText* out, std::string* error) {
  if (!record.is_object() || !record.contains("text") || !record["text"].is_string()) {
    *error = "no \"text\" string";
    return false;
  }
  out->text = record["text"].get<std::string>();
  std::vector<size_t> ends;
  if (record.contains("spans") && record["spans"].is_array()) {
    for (const auto& span : record["spans"]) {
      if (!span.is_array() || span.size() != 2 || !span[1].is_number_unsigned()) {
        *error = "a span is not [start, end]";
        return false;
      }
      ends.push_back(span[1].get<size_t>());
    }
    out->sentence_ends = CodePointsToBytes(out->text, ends);
    return true;
  }
  if (record.contains("sentences") && record["sentences"].is_array()) {
    size_t from = 0;
    for (const auto& sentence : record["sentences"]) {
      const std::string s = sentence.is_string() ? sentence.get<std::string>() : std::string();
      const size_t at = s.empty() ? std::string::npos : out->text.find(s, from);
      if (at == std::string::npos) {
        *error = "a sentence is not found in the text in order";
        return false;
      }
      from = at + s.size();
      out->sentence_ends.push_back(from);
    }
    return true;
  }
  *error = "neither \"spans\" nor \"sentences\"";
  return false;
}

// Writes `bytes` to `output` through a temporary file renamed over it; returns false after saying why.
bool WriteAtomically(const std::string& output, const std::string& bytes) {
  const std::string temporary = output + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      fmt::print(stderr, "lede: cannot write {}\n", temporary);
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, output, ec);
  if (ec) {
    fmt::print(stderr, "lede: cannot write {}: {}\n", output, ec.message());
    return false;
  }
  return true;
}

// Opens the training file `path` into `in`, or returns false with `error`
// saying why: a directory or a device (which never ends) is no training file.
bool OpenTrainingData(const std::string& path, std::string_view format, std::ifstream* in, std::string* error) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    *error = fmt::format("training data {} is a directory; give {} files", path, format);
    return false;
  }
  if (std::filesystem::exists(path, ec) && !std::filesystem::is_regular_file(path, ec)) {
    *error = fmt::format("training data {} is not a regular file", path);
    return false;
  }
  in->open(path);
  if (!*in) {
    *error = "cannot open training data " + path;
    return false;
  }
  return true;
}

int TrainSentences(const std::vector<std::string>& data, const std::string& only_split,
                   const SentenceTrainOptions& options, const std::string& output) {
  std::vector<LabelledText> texts;
  for (const std::string& path : data) {
    std::ifstream in;
    std::string error;
    if (!OpenTrainingData(path, "JSON Lines", &in, &error)) {
      fmt::print(stderr, "lede: {}\n", error);
      return kFailedExit;
    }
    std::string line;
    size_t line_number = 0;
    while (std::getline(in, line)) {
      ++line_number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const nlohmann::json record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (record.is_discarded()) {
        fmt::print(stderr, "lede: {}:{}: not valid JSON\n", path, line_number);
        return kFailedExit;
      }
      if (!only_split.empty() && record.value("ud_split", std::string()) != only_split) continue;
      LabelledText text;
      std::string error;
      if (!ParseRecord(record, &text, &error)) {
        fmt::print(stderr, "lede: {}:{}: {}\n", path, line_number, error);
        return kFailedExit;
      }
      texts.push_back(std::move(text));
    }
  }
  Result<TrainedModel> trained = TrainSentenceModel(texts, options);
  if (!trained.ok()) {
    fmt::print(stderr, "lede: {}\n", trained.status().message());
    return kFailedExit;
  }
  if (!WriteAtomically(output, trained.value().bytes)) return kFailedExit;
  fmt::print(stderr, "lede: trained on {} documents, {} open gaps ({} boundaries); wrote {} ({} bytes)\n",
             texts.size(), trained.value().examples, trained.value().positives, output,
             trained.value().bytes.size());
  return 0;
}

// Reads a CoNLL file into `out`: the token is the first column and the BIO
// tag the last (space- or tab-separated), a blank line ends a sentence and a
// -DOCSTART- line starts a document. Returns false with `error` set on a bad line.
bool ReadConll(const std::string& path, std::vector<NerSentence>* out, std::string* error) {
  std::ifstream in;
  if (!OpenTrainingData(path, "CoNLL", &in, error)) return false;
  constexpr std::string_view kDocStart = "-DOCSTART-";
  NerSentence sentence;
  bool document_starts = true;
  auto finish = [&] {
    if (sentence.tokens.empty()) return;
    sentence.starts_document = document_starts;
    document_starts = false;
    out->push_back(std::move(sentence));
    sentence = NerSentence();
  };
  std::string line;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      finish();
      continue;
    }
    const size_t first_end = line.find_first_of(" \t");
    const size_t last_start = line.find_last_of(" \t");
    if (first_end == std::string::npos) {
      *error = fmt::format("{}:{}: a token without a tag", path, line_number);
      return false;
    }
    const std::string token = line.substr(0, first_end);
    if (token == kDocStart) {
      finish();
      document_starts = true;
      continue;
    }
    sentence.tokens.push_back(token);
    sentence.tags.push_back(line.substr(last_start + 1));
  }
  finish();
  return true;
}

// Returns the score as "F1 (P precision, R recall; PER f1, ...)".
std::string DescribeScore(const NerScore& score) {
  std::string out = fmt::format("F1 {:.2f} (P {:.2f}, R {:.2f};", score.f1, score.precision, score.recall);
  for (const auto& [type, f1] : score.type_f1) out += fmt::format(" {} {:.2f}", type, f1);
  return out + ")";
}

int TrainNer(const std::string& train_path, const std::string& dev_path, const NerTrainOptions& options,
             const std::string& output) {
  std::vector<NerSentence> train;
  std::vector<NerSentence> dev;
  std::string error;
  if (!ReadConll(train_path, &train, &error) || (!dev_path.empty() && !ReadConll(dev_path, &dev, &error))) {
    fmt::print(stderr, "lede: {}\n", error);
    return kFailedExit;
  }
  auto progress = [&](int epoch, const NerScore& score) {
    const double speed = score.seconds > 0 ? static_cast<double>(score.tokens) / score.seconds : 0;
    fmt::print(stderr, "lede: epoch {}: dev {}; tagged {:.0f} tokens/s\n", epoch, DescribeScore(score), speed);
  };
  Result<TrainedModel> trained = TrainNerModel(train, dev, options,
                                               dev.empty() ? std::function<void(int, const NerScore&)>() : progress);
  if (!trained.ok()) {
    fmt::print(stderr, "lede: {}\n", trained.status().message());
    return kFailedExit;
  }
  if (!WriteAtomically(output, trained.value().bytes)) return kFailedExit;
  fmt::print(stderr, "lede: trained on {} sentences, {} tokens ({} in entities); wrote {} ({} bytes)\n",
             train.size(), trained.value().examples, trained.value().positives, output,
             trained.value().bytes.size());
  return 0;
}

}  // namespace

int RunTrain(int argc, const char* const* argv) {
  CLI::App app{"lede train: learn a model from annotated data", "lede train"};
  app.require_subcommand(1);
  CLI::App* sentences = app.add_subcommand("sentences", "Sentence boundary model from JSON Lines documents");
  std::vector<std::string> data;
  std::string only_split;
  std::string output;
  SentenceTrainOptions options;
  sentences->add_option("--data", data, "JSON Lines file(s) of {text, spans|sentences}")->required();
  sentences->add_option("--only-split", only_split, "Use only records whose \"ud_split\" is this");
  sentences->add_option("--epochs", options.epochs, "Perceptron passes")->capture_default_str();
  sentences->add_option("--hash-bits", options.hash_bits, "log2 of the weight table size")->capture_default_str();
  sentences->add_option("-o,--output", output, "Model file to write")->required();
  CLI::App* ner = app.add_subcommand("ner", "Named-entity tagger from CoNLL files (token ... BIO tag)");
  std::string ner_train;
  std::string ner_dev;
  std::string ner_output;
  NerTrainOptions ner_options;
  ner->add_option("--train", ner_train, "CoNLL file to learn from")->required();
  ner->add_option("--dev", ner_dev, "CoNLL file scored after each epoch (on stderr)");
  ner->add_option("--epochs", ner_options.epochs, "Perceptron passes")->capture_default_str();
  ner->add_option("--hash-bits", ner_options.hash_bits, "log2 of the weight table size per tag")
      ->capture_default_str();
  bool ner_single_pass = false;
  ner->add_flag("--single-pass", ner_single_pass, "No second pass over the first pass's document predictions");
  ner->add_option("-o,--output", ner_output, "Model file to write")->required();
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    fmt::print("{}", app.help());
    return 0;
  } catch (const CLI::ParseError& e) {
    fmt::print(stderr, "lede train: {}\nRun 'lede train sentences --help' or 'lede train ner --help' for usage.\n",
               e.what());
    return kUsageExit;
  }
  ner_options.document_pass = !ner_single_pass;
  if (ner->parsed()) return TrainNer(ner_train, ner_dev, ner_options, ner_output);
  return TrainSentences(data, only_split, options, output);
}

}  // namespace lede::cli
