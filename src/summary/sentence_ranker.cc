// Sentence ranker: TextRank centrality blended with a news-lead prior.
//
// 1. Candidates: body sentences (not headings) with enough words that end
//    like a sentence; headline-like fragments ("Leaders meet in the capital")
//    have no final punctuation, or are in Title Case, and are skipped.
// 2. Centrality: TextRank (Mihalcea & Tarau 2004) over the first
//    kMaxGraphSentences candidates: sentences are nodes, edges are weighted by
//    shared terms normalised by log lengths, and PageRank gives each a score.
//    Capping the graph keeps the cost constant per article however long the
//    input, and news puts what matters first anyway.
// 3. Score: centrality + a lead prior that decays with position + bonuses for
//    naming entities and giving quantities (the who and how-many of a story),
//    less a little for a sentence that is a quotation.
// 4. Selection: best first, skipping a sentence that mostly repeats one
//    already picked; returned in text order.
#include "summary/sentence_ranker.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "summary/terms.h"
#include "text/utf8.h"

namespace lede::detail {

namespace {

// Sentences in the TextRank graph: the graph costs O(n^2) pairs, so it is
// capped; 200 covers every sentence of even a long feature (~5,000 words).
constexpr size_t kMaxGraphSentences = 200;
// Fewest words for a summary sentence: shorter ones are datelines, captions
// or fragments that say too little on their own.
constexpr size_t kMinSummaryWords = 6;
// PageRank damping factor, the value TextRank and PageRank use.
constexpr double kDamping = 0.85;
// PageRank iterations: scores change by well under 1e-4 after 30 on article-sized graphs.
constexpr int kRankIterations = 30;
// Weight of TextRank centrality (normalised to [0, 1]) in a sentence's score.
constexpr double kCentralityWeight = 1.0;
// Weight of the lead prior: news writing puts the main facts in the first
// sentences, so position is about as telling as centrality.
constexpr double kLeadWeight = 1.0;
// Candidate position at which the lead prior has halved (prior = h / (h + i)).
constexpr double kLeadHalfLife = 3.0;
// Score added per distinct entity a sentence names, up to kMaxBonusEntities.
constexpr double kEntityBonus = 0.1;
// Entities counted for the bonus: beyond three a sentence is a list, not more telling.
constexpr size_t kMaxBonusEntities = 3;
// Score added to a sentence that states a quantity (a count, sum or date).
constexpr double kQuantityBonus = 0.1;
// Score taken from a sentence that opens with a quotation mark: a summary
// should state what happened in the reporter's words; a quote is colour.
constexpr double kOpeningQuotePenalty = 0.15;
// Share of capitalised words above which a sentence reads as a headline in
// Title Case ("Rivers Rise As Storm Nears Coast."), not prose: ordinary
// sentences stay far below it even when full of names.
constexpr double kHeadlineCapsShare = 0.75;
// Share of a picked sentence's terms another may repeat and still be picked.
constexpr double kMaxOverlap = 0.6;

// Holds what the ranker knows about one candidate sentence.
struct Candidate {
  size_t sentence = 0;        // index into Report::sentences
  std::vector<int> terms;     // sorted, unique term ids
  size_t entities = 0;        // distinct entities mentioned
  bool has_quantity = false;
  bool opens_with_quote = false;
  double score = 0;
};

// Returns the index of the sentence holding byte `offset`, or sentences.size().
size_t SentenceAt(const std::vector<Sentence>& sentences, size_t offset) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](size_t off, const Sentence& s) { return off < s.span.start; });
  if (it == sentences.begin()) return sentences.size();
  --it;
  return offset < it->span.end ? static_cast<size_t>(it - sentences.begin()) : sentences.size();
}

// Returns true when a sentence's last visible character ends a sentence.
bool EndsLikeSentence(std::string_view s) {
  // Closing quotes and brackets may follow the full stop: ... he said.” or (sic).)
  static constexpr std::string_view kClosers[] = {"\"", "'", ")", "]", "\u201D", "\u2019", "\u00BB"};
  static constexpr std::string_view kEnders[] = {".", "!", "?", "\u2026"};
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t')) s.remove_suffix(1);
  for (bool trimmed = true; trimmed && !s.empty();) {
    trimmed = false;
    for (std::string_view c : kClosers) {
      if (s.size() >= c.size() && s.substr(s.size() - c.size()) == c) {
        s.remove_suffix(c.size());
        trimmed = true;
      }
    }
  }
  for (std::string_view e : kEnders) {
    if (s.size() >= e.size() && s.substr(s.size() - e.size()) == e) return true;
  }
  return false;
}

// Returns the number of term ids two sorted lists share.
size_t Overlap(const std::vector<int>& a, const std::vector<int>& b) {
  size_t shared = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return shared;
}

// Returns the candidates, in text order, with their term ids, at most kMaxGraphSentences.
std::vector<Candidate> CollectCandidates(const Report& report, bool strict) {
  const std::string& text = report.document.text;
  std::unordered_map<std::string, int> term_ids;
  std::vector<Candidate> candidates;
  for (size_t i = 0; i < report.sentences.size() && candidates.size() < kMaxGraphSentences; ++i) {
    const Sentence& s = report.sentences[i];
    if (s.block < report.document.blocks.size() && report.document.blocks[s.block].kind == BlockKind::kHeading) {
      continue;
    }
    if (strict && !EndsLikeSentence(SpanText(text, s.span))) continue;
    Candidate c;
    c.sentence = i;
    c.opens_with_quote = s.first_token < s.last_token && s.first_token < report.tokens.size() &&
                         report.tokens[s.first_token].kind == TokenKind::kQuote;
    size_t words = 0;
    size_t capitalized = 0;
    for (size_t t = s.first_token; t < s.last_token && t < report.tokens.size(); ++t) {
      const Token& token = report.tokens[t];
      if (token.kind != TokenKind::kWord && token.kind != TokenKind::kNumber) continue;
      ++words;
      const std::string_view word = SpanText(text, token.span);
      size_t pos = 0;
      if (token.kind == TokenKind::kWord && u_isupper(static_cast<UChar32>(DecodeUtf8(word, &pos)))) ++capitalized;
      Term term = ContentTerm(word);
      if (term.text.empty()) continue;
      auto [it, inserted] = term_ids.emplace(std::move(term.text), static_cast<int>(term_ids.size()));
      c.terms.push_back(it->second);
    }
    if (words < kMinSummaryWords) continue;
    if (strict && capitalized > kHeadlineCapsShare * words) continue;
    std::sort(c.terms.begin(), c.terms.end());
    c.terms.erase(std::unique(c.terms.begin(), c.terms.end()), c.terms.end());
    candidates.push_back(std::move(c));
  }
  return candidates;
}

// Fills in how many distinct entities each candidate names and whether it states a quantity.
void CountFacts(const Report& report, std::vector<Candidate>* candidates) {
  std::unordered_map<size_t, size_t> by_sentence;  // sentence index -> candidate index
  for (size_t k = 0; k < candidates->size(); ++k) by_sentence[(*candidates)[k].sentence] = k;
  for (const Entity& entity : report.entities) {
    size_t last = report.sentences.size();  // counts each entity once per sentence
    for (const Span& mention : entity.mentions) {
      const size_t s = SentenceAt(report.sentences, mention.start);
      auto it = by_sentence.find(s);
      if (s == last || it == by_sentence.end()) continue;
      last = s;
      ++(*candidates)[it->second].entities;
    }
  }
  for (const Quantity& q : report.quantities) {
    auto it = by_sentence.find(SentenceAt(report.sentences, q.span.start));
    if (it != by_sentence.end()) (*candidates)[it->second].has_quantity = true;
  }
}

// Returns each candidate's TextRank score, normalised so the best is 1.
std::vector<double> TextRank(const std::vector<Candidate>& candidates) {
  const size_t n = candidates.size();
  if (n == 0) return {};
  // Edges as adjacency lists: most sentence pairs share no term, so
  // iterating only real edges is several times faster than a dense matrix.
  std::vector<std::vector<std::pair<size_t, double>>> edges(n);
  std::vector<double> out_weight(n, 0.0);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      const size_t shared = Overlap(candidates[i].terms, candidates[j].terms);
      if (shared == 0) continue;
      // log(1 + size) keeps one-term sentences from dividing by zero.
      const double w = shared / (std::log(1.0 + candidates[i].terms.size()) +
                                 std::log(1.0 + candidates[j].terms.size()));
      edges[i].emplace_back(j, w);
      edges[j].emplace_back(i, w);
      out_weight[i] += w;
      out_weight[j] += w;
    }
  }
  std::vector<double> rank(n, 1.0 / n), next(n);
  for (int iter = 0; iter < kRankIterations; ++iter) {
    for (size_t i = 0; i < n; ++i) {
      double sum = 0;
      for (const auto& [j, w] : edges[i]) sum += w / out_weight[j] * rank[j];
      next[i] = (1.0 - kDamping) / n + kDamping * sum;
    }
    rank.swap(next);
  }
  const double best = *std::max_element(rank.begin(), rank.end());
  if (best > 0) {
    for (double& r : rank) r /= best;
  }
  return rank;
}

}  // namespace

std::vector<size_t> RankSentences(const Report& report, size_t max_sentences) {
  if (max_sentences == 0) return {};
  std::vector<Candidate> candidates = CollectCandidates(report, /*strict=*/true);
  // A text without one well-formed sentence (a list, a transcript) still gets a summary.
  if (candidates.empty()) candidates = CollectCandidates(report, /*strict=*/false);
  CountFacts(report, &candidates);
  const std::vector<double> centrality = TextRank(candidates);
  for (size_t k = 0; k < candidates.size(); ++k) {
    Candidate& c = candidates[k];
    c.score = kCentralityWeight * centrality[k] + kLeadWeight * kLeadHalfLife / (kLeadHalfLife + k) +
              kEntityBonus * std::min(c.entities, kMaxBonusEntities) + (c.has_quantity ? kQuantityBonus : 0.0) -
              (c.opens_with_quote ? kOpeningQuotePenalty : 0.0);
  }

  std::vector<size_t> order(candidates.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return candidates[a].score > candidates[b].score; });
  std::vector<size_t> picked;  // candidate indices
  for (size_t k : order) {
    if (picked.size() == max_sentences) break;
    const bool repeats = std::any_of(picked.begin(), picked.end(), [&](size_t p) {
      const size_t smaller = std::min(candidates[k].terms.size(), candidates[p].terms.size());
      return smaller > 0 && Overlap(candidates[k].terms, candidates[p].terms) > kMaxOverlap * smaller;
    });
    if (!repeats) picked.push_back(k);
  }
  std::vector<size_t> sentences;
  for (size_t k : picked) sentences.push_back(candidates[k].sentence);
  std::sort(sentences.begin(), sentences.end());
  return sentences;
}

}  // namespace lede::detail
