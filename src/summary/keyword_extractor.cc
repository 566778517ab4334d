// Keyword extractor: entity names by mention count, then content words by
// frequency, in one ranking.
//
// 1. Entities: each referent scores its number of mentions (all aliases
//    count, so "Smith" adds to "Jane Smith"). Its canonical name is the keyword.
// 2. Words: every word token outside an entity mention is turned into a term
//    (lower case, singular, stop words and generic news words dropped; see
//    terms.h). Capitalised words inside a sentence are names the entity stage
//    owns, so they are skipped; a capitalised first word counts only when the
//    same term also appears in lower case elsewhere ("Troops" / "troops").
//    A term scores its frequency plus bonuses for appearing in the headline
//    and in the lead, where news states its topic.
// 3. Ranking: one list by score, ties to the earlier first appearance; a word
//    already covered by an entity name ("russia" beside "Russia") is dropped.
// 4. Text in another language (few English stop words): the stop words of
//    the common news languages other than English are dropped as well. They
//    are kept apart because many are English content words ("sin", "come").
// One pass over the tokens and one sort of the distinct terms: linear-ish.
#include "summary/keyword_extractor.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "summary/terms.h"
#include "text/tokenizer.h"

namespace lede::detail {

namespace {

// Score per entity mention: a name repeated is as telling as a word repeated.
constexpr double kEntityMentionWeight = 1.0;
// Score added to a word that also appears in the headline.
constexpr double kTitleBonus = 2.0;
// Score added to a word that appears in the lead (the first kLeadSentences
// sentences): half a use, so a word used once in the lead alone is no keyword.
constexpr double kLeadBonus = 0.5;
// Sentences that make up the lead of a news story (the first two paragraphs, roughly).
constexpr size_t kLeadSentences = 3;
// Weight of a use of a word ending in "-ed" ("defeated", "played") or a long
// "-ly" ("reportedly"): mostly past tenses, participles and adverbs, which
// tell how things happened rather than what the story is about, so they count
// half and rarely beat a noun ("family", "supply" can still win by frequency).
constexpr double kVerbalFormWeight = 0.5;
// Shortest "-ly" word taken for an adverb: "family", "supply", "rally" are nouns.
constexpr size_t kMinAdverbLength = 7;
// English stop words make up 40-50% of English prose; a text where fewer than
// this share of words are on the list is in another language, for which the
// list filters little and the other languages' lists apply.
constexpr double kMinEnglishStopShare = 0.15;
// Words sampled to tell English from other languages: enough for a stable share.
constexpr size_t kLanguageSampleWords = 2000;
// Lowest score a word needs: a word used once, outside the headline and lead, is not a topic.
constexpr double kMinWordScore = 2.0;

// Holds one keyword candidate.
struct Scored {
  std::string text;
  double score = 0;
  size_t first = 0;  // byte offset of its first appearance, for stable ties
};

// Returns true when enough of the first words are English stop words.
bool LooksEnglish(const Report& report) {
  size_t words = 0;
  size_t stop = 0;
  for (const Token& token : report.tokens) {
    if (token.kind != TokenKind::kWord) continue;
    if (++words > kLanguageSampleWords) break;
    stop += IsIgnoredWord(LowerCase(SpanText(report.document.text, token.span))) ? 1 : 0;
  }
  return words == 0 || stop >= kMinEnglishStopShare * std::min(words, kLanguageSampleWords);
}

// Returns, for each token, whether an entity mention covers it.
std::vector<bool> EntityCoverage(const Report& report) {
  std::vector<bool> covered(report.tokens.size(), false);
  for (const Entity& entity : report.entities) {
    for (const Span& mention : entity.mentions) {
      auto it = std::lower_bound(report.tokens.begin(), report.tokens.end(), mention.start,
                                 [](const Token& t, size_t off) { return t.span.end <= off; });
      for (; it != report.tokens.end() && it->span.start < mention.end; ++it) {
        covered[static_cast<size_t>(it - report.tokens.begin())] = true;
      }
    }
  }
  return covered;
}

// Returns true when a lower-case term looks like a past tense or participle
// (ends in "ed" but not "eed": "need", "speed") or an adverb in "-ly".
bool LooksVerbal(std::string_view term) {
  if (term.size() < 4) return false;
  const std::string_view end = term.substr(term.size() - 2);
  if (end == "ed") return term[term.size() - 3] != 'e';
  return end == "ly" && term.size() >= kMinAdverbLength;
}

// Returns true when a name has a control character in it (a line break the
// entity stage let through): such a name would break the one-line keyword list.
bool HasControl(std::string_view name) {
  return std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

// Returns the content terms of the headline.
std::unordered_set<std::string> TitleTerms(const std::string& title) {
  std::unordered_set<std::string> terms;
  for (const Token& token : Tokenize(title)) {
    Term term = ContentTerm(SpanText(title, token.span));
    if (!term.text.empty()) terms.insert(std::move(term.text));
  }
  return terms;
}

// Returns the entity keywords, and adds their lower-case names and name words to `taken`.
std::vector<Scored> EntityKeywords(const Report& report, std::unordered_set<std::string>* taken) {
  std::vector<Scored> out;
  for (const Entity& entity : report.entities) {
    if (entity.mentions.empty() || entity.name.empty() || HasControl(entity.name)) continue;
    const std::string lower = LowerCase(entity.name);
    if (IsIgnoredWord(lower) || taken->count(lower) > 0) continue;
    taken->insert(lower);
    for (const Token& token : Tokenize(entity.name)) {
      Term term = ContentTerm(SpanText(entity.name, token.span));
      if (!term.text.empty()) taken->insert(std::move(term.text));
    }
    out.push_back({entity.name, kEntityMentionWeight * entity.mentions.size(), entity.mentions.front().start});
  }
  return out;
}

}  // namespace

std::vector<std::string> ExtractKeywords(const Report& report, size_t max_keywords) {
  if (max_keywords == 0) return {};
  std::unordered_set<std::string> taken;
  std::vector<Scored> scored = EntityKeywords(report, &taken);

  // Marks each sentence's first word token and the tokens of the lead.
  std::vector<bool> sentence_initial(report.tokens.size(), false);
  size_t lead_end = 0;  // byte offset where the lead ends
  for (size_t i = 0; i < report.sentences.size(); ++i) {
    const Sentence& s = report.sentences[i];
    for (size_t t = s.first_token; t < s.last_token && t < report.tokens.size(); ++t) {
      if (report.tokens[t].kind == TokenKind::kWord) {
        sentence_initial[t] = true;
        break;
      }
    }
    if (i < kLeadSentences) lead_end = s.span.end;
  }

  const std::vector<bool> covered = EntityCoverage(report);
  const std::unordered_set<std::string> title = TitleTerms(report.document.meta.title);
  std::unordered_map<std::string, Scored> words;
  std::unordered_map<std::string, double> initial_only;  // capitalised first words, pending
  const std::string& text = report.document.text;
  for (size_t t = 0; t < report.tokens.size(); ++t) {
    const Token& token = report.tokens[t];
    if (token.kind != TokenKind::kWord || covered[t]) continue;
    Term term = ContentTerm(SpanText(text, token.span));
    if (term.text.empty() || taken.count(term.text) > 0) continue;
    if (term.capitalized && !sentence_initial[t]) continue;
    const double weight = LooksVerbal(term.text) ? kVerbalFormWeight : 1.0;
    const double lead = token.span.start < lead_end ? kLeadBonus * weight : 0.0;
    if (term.capitalized) {
      initial_only[term.text] += weight;
      continue;
    }
    auto [it, inserted] = words.try_emplace(term.text, Scored{term.text, 0.0, token.span.start});
    it->second.score += weight;
    // Tokens come in text order, so a word is in the lead exactly when its first use is.
    if (inserted) it->second.score += (title.count(term.text) > 0 ? kTitleBonus * weight : 0.0) + lead;
  }
  for (const auto& [term, count] : initial_only) {
    auto it = words.find(term);
    if (it != words.end()) it->second.score += count;
  }
  // 4. Another language: its own stop words go too. The term has lost a
  //    final "s" ("alguns" -> "algun"), so the form with it is checked as well.
  const bool english = LooksEnglish(report);
  for (auto& [term, word] : words) {
    if (word.score < kMinWordScore) continue;
    if (!english && (IsForeignStopWord(term) || IsForeignStopWord(term + "s"))) continue;
    scored.push_back(std::move(word));
  }

  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    return a.score != b.score ? a.score > b.score : a.first < b.first;
  });
  std::vector<std::string> keywords;
  for (Scored& s : scored) {
    if (keywords.size() == max_keywords) break;
    keywords.push_back(std::move(s.text));
  }
  return keywords;
}

}  // namespace lede::detail
