// The orchestrator: the one place that knows the order of lede's stages.
#include "lede/analyzer.h"

#include <exception>

#include "entities/entity_extractor.h"
#include "extract/html_extractor.h"
#include "extract/text_extractor.h"
#include "extract/text_limit.h"
#include "html/html_parser.h"
#include "input/decoder.h"
#include "input/format_sniffer.h"
#include "input/reader.h"
#include "pipeline/ner_model.h"
#include "quantities/quantity_extractor.h"
#include "quotes/quote_extractor.h"
#include "summary/summarizer.h"
#include "text/boundary_model.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace lede {

namespace {

#ifndef LEDE_VERSION
#define LEDE_VERSION "0.1.0"
#endif

// Returns the clean Document of decoded input: stages 2 and 3.
Result<Document> ExtractDocument(const std::string& text, bool is_html, bool raw, bool explain) {
  if (raw) return detail::DocumentFromRawText(text);
  if (!is_html) return detail::ExtractFromText(text);
  Result<detail::Dom> dom = detail::ParseHtml(text);
  if (!dom.ok()) return dom.status();
  return detail::ExtractFromHtml(dom.value(), explain);
}

// Returns the report with its counts filled in: stage 9.
Report FinishStats(Report report) {
  report.stats.paragraphs = report.document.blocks.size();
  report.stats.sentences = report.sentences.size();
  for (const Token& t : report.tokens) report.stats.words += t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
  return report;
}

Result<Report> RunPipeline(std::string_view bytes, const InputInfo& input, const Options& options) {
  if (bytes.size() > options.max_bytes) {
    return Status::TooLarge("input is larger than --max-bytes (" + std::to_string(options.max_bytes) + " bytes)");
  }
  if (!options.date.empty() && !IsValidDate(options.date)) {
    return Status::InvalidArgument("--date must be a calendar date as YYYY-MM-DD, got '" + options.date + "'");
  }

  // A user's sentence model is checked first, so a bad file is the error reported.
  const detail::LinearModel* sentence_model = nullptr;
  if (!options.sentence_model.empty()) {
    Result<const detail::LinearModel*> model = detail::BoundaryModelFromFile(options.sentence_model);
    if (!model.ok()) return model.status();
    sentence_model = model.value();
  }
  const NerTagger* ner_model = nullptr;
  if (!options.ner_model.empty()) {
    Result<const NerTagger*> model = detail::NerModelFromFile(options.ner_model);
    if (!model.ok()) return model.status();
    ner_model = model.value();
  }

  // 1. Input: decode the bytes to UTF-8 and tell HTML from text.
  Result<detail::DecodedText> decoded = detail::DecodeToUtf8(bytes, input.charset);
  if (!decoded.ok()) return decoded.status();
  const bool is_html = !options.raw && detail::LooksLikeHtml(decoded.value().text);

  // 2-3. Boilerplate stripper: parse HTML and keep the article, or classify text lines.
  Result<Document> document = ExtractDocument(decoded.value().text, is_html, options.raw, options.explain);
  if (!document.ok()) return document.status();

  Report report;
  report.document = std::move(document).value();
  report.document.source = Source{input.path, is_html ? "html" : "text", bytes.size(),
                                  std::move(decoded.value().encoding), input.url, input.date};
  // The decoded input is no longer needed once the Document holds the clean
  // text: freeing it keeps a huge input from being held twice through the
  // later stages, whose own structures are the peak.
  std::string().swap(decoded.value().text);
  // A clean text past the limit is cut: the language stages' memory grows with it.
  report.stats.text_bytes_dropped = detail::LimitText(options.max_text_bytes, &report.document);
  const std::string& text = report.document.text;

  // 4. Tokenizer and sentence splitter.
  report.tokens = detail::Tokenize(text);
  if (sentence_model == nullptr) {
    report.sentences = detail::SplitSentences(text, report.tokens, report.document.blocks);
  } else {
    detail::ModelGapJudge judge(*sentence_model, text, report.tokens);
    report.sentences = detail::SplitSentences(text, report.tokens, report.document.blocks, &judge);
  }

  if (options.extract_only) return FinishStats(std::move(report));

  // 5. Entities: people, organisations, places, with aliases and roles.
  if (ner_model == nullptr) {
    report.entities = detail::ExtractEntities(report);
  } else {
    Result<std::vector<Entity>> entities = detail::ExtractEntities(report, detail::NerModelTagger(*ner_model));
    if (!entities.ok()) return entities.status();
    report.entities = std::move(entities).value();
  }

  // 6. Quotes: direct, partial and reported speech, attributed to entities.
  report.quotes = detail::ExtractQuotes(report);

  // 7. Quantities, with relative dates resolved against --date or the article's date.
  // A fetch date is the best stand-in for a missing publication date: news is
  // crawled within days of being published.
  const std::string& published = report.document.meta.published;
  const std::string& reference = !options.date.empty() ? options.date : !published.empty() ? published : input.date;
  report.quantities = detail::ExtractQuantities(report, reference.substr(0, std::min<size_t>(reference.size(), 10)));

  // 8. Summary sentences and keywords.
  detail::Summary summary = detail::Summarize(report, options.summary_sentences, options.keywords);
  report.summary = std::move(summary.sentences);
  report.keywords = std::move(summary.keywords);

  // 9. Stats.
  return FinishStats(std::move(report));
}

}  // namespace

Result<std::string> ReadInput(const std::string& path, size_t max_bytes) {
  return detail::ReadAll(path, max_bytes);
}

Result<Report> Analyze(std::string_view bytes, std::string_view path, const Options& options) {
  InputInfo input;
  input.path = std::string(path);
  return Analyze(bytes, input, options);
}

Result<Report> Analyze(std::string_view bytes, const InputInfo& input, const Options& options) {
  // Stages return expected failures as values; anything thrown is a bug in
  // lede (or memory exhaustion) and is reported as such, never a crash.
  try {
    return RunPipeline(bytes, input, options);
  } catch (const std::exception& e) {
    return Status::Internal(std::string("internal error: ") + e.what());
  }
}

bool IsValidDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  const int year = std::stoi(std::string(date.substr(0, 4)));
  const int month = std::stoi(std::string(date.substr(5, 2)));
  const int day = std::stoi(std::string(date.substr(8, 2)));
  if (month < 1 || month > 12 || day < 1) return false;
  constexpr int kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDaysInMonth[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::string_view Version() { return LEDE_VERSION; }

}  // namespace lede
