// NER mentions: words -> per-sentence token strings -> BIO tags -> candidates.
//
// A word belongs to the sentence whose byte span contains it; words outside
// every sentence (none in practice) are not tagged. A possessive word is
// given to the tagger as two tokens, "Oyelaran" and "'s", as CoNLL-2003
// tokenises it; the "'s" token belongs to no mention. A run starts at a B- tag,
// or at an I- tag whose type differs from the run before (conlleval's
// reading of IOB), and continues over I- tags of its type.
#include "entities/ner_mentions.h"

#include <optional>
#include <string_view>

#include "entities/role_finder.h"

namespace lede::detail {
namespace {

// Holds one tagged run: words [first, last) and its CoNLL type.
struct TaggedRun {
  size_t first = 0;
  size_t last = 0;
  std::string type;
};

// Returns the word indices of each sentence, in order.
std::vector<std::vector<size_t>> WordsBySentence(const std::vector<Word>& words,
                                                 const std::vector<Sentence>& sentences) {
  std::vector<std::vector<size_t>> groups(sentences.size());
  size_t s = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    while (s < sentences.size() && sentences[s].span.end <= words[i].span.start) ++s;
    if (s == sentences.size()) break;
    if (words[i].span.start >= sentences[s].span.start) groups[s].push_back(i);
  }
  return groups;
}

// Marks a tagger token that is a possessive "'s", not a word of its own.
constexpr size_t kPossessiveToken = static_cast<size_t>(-1);

// Returns the runs of `tags` over `group`: the word index of each tagger token.
std::vector<TaggedRun> Runs(const std::vector<size_t>& group, const std::vector<std::string>& tags) {
  std::vector<TaggedRun> runs;
  TaggedRun open;  // the run being read; empty type when none
  auto close = [&] {
    if (!open.type.empty()) runs.push_back(open);
    open = TaggedRun{};
  };
  for (size_t k = 0; k < group.size() && k < tags.size(); ++k) {
    const std::string& tag = tags[k];
    const bool inside = tag.size() > 2 && tag[1] == '-' && (tag[0] == 'B' || tag[0] == 'I') &&
                        group[k] != kPossessiveToken;
    if (!inside) {
      close();
      continue;
    }
    const std::string type = tag.substr(2);
    if (tag[0] == 'B' || open.type != type) {
      close();
      open = TaggedRun{group[k], group[k] + 1, type};
    } else {
      open.last = group[k] + 1;
    }
  }
  close();
  return runs;
}

// Returns the folded key of words [a, b), joined as written (as the mention finder keys names).
std::string Key(const std::vector<Word>& words, size_t a, size_t b) {
  std::string key;
  for (size_t i = a; i < b; ++i) {
    if (i > a && words[i].space_before) key += ' ';
    key += words[i].folded;
  }
  return key;
}

// Returns the first gazetteer entry of `key` whose case rule `surface` meets, or nullptr.
const GazetteerEntry* Lookup(const Gazetteer& gaz, const std::string& key, std::string_view surface) {
  const std::vector<GazetteerEntry>* entries = gaz.Find(key);
  if (entries == nullptr) return nullptr;
  for (const GazetteerEntry& e : *entries) {
    if (e.exact.empty() || e.exact == surface) return &e;
  }
  return nullptr;
}

// Returns true when the gazetteer lists `key` with type `type`.
bool Knows(const Gazetteer& gaz, const std::string& key, EntityType type) {
  const std::vector<GazetteerEntry>* entries = gaz.Find(key);
  if (entries == nullptr) return false;
  for (const GazetteerEntry& e : *entries) {
    if (e.type == type) return true;
  }
  return false;
}

}  // namespace

EntityType NerMentionType(std::string_view tag_type, const std::string& key, const Gazetteer& gaz) {
  if (tag_type == "PER") return EntityType::kPerson;
  if (tag_type == "ORG") return EntityType::kOrg;
  if (tag_type == "LOC") return Knows(gaz, key, EntityType::kGpe) ? EntityType::kGpe : EntityType::kLoc;
  return Knows(gaz, key, EntityType::kNorp) ? EntityType::kNorp : EntityType::kMisc;
}

Result<std::vector<Candidate>> TaggedMentions(const std::string& text, const std::vector<Word>& words,
                                              const std::vector<Sentence>& sentences, const NerTagFunction& tag,
                                              const Gazetteer& gaz) {
  const std::vector<std::vector<size_t>> sentence_words = WordsBySentence(words, sentences);
  std::vector<std::vector<size_t>> groups(sentence_words.size());
  std::vector<std::vector<std::string>> tokens(sentence_words.size());
  for (size_t s = 0; s < sentence_words.size(); ++s) {
    for (size_t i : sentence_words[s]) {
      groups[s].push_back(i);
      tokens[s].emplace_back(SpanText(text, words[i].name_span()));
      if (words[i].possessive) {
        groups[s].push_back(kPossessiveToken);
        tokens[s].emplace_back(SpanText(text, Span{words[i].name_span().end, words[i].span.end}));
      }
    }
  }
  Result<std::vector<std::vector<std::string>>> tags = tag(tokens);
  if (!tags.ok()) return tags.status();
  if (tags.value().size() != groups.size()) return Status::Internal("the NER tagger lost sentences");

  std::vector<Candidate> out;
  for (size_t s = 0; s < groups.size(); ++s) {
    for (const TaggedRun& run : Runs(groups[s], tags.value()[s])) {
      const size_t a = run.first;
      const size_t b = run.last;
      Candidate c;
      c.span = {words[a].name_span().start, words[b - 1].name_span().end};
      c.first_word = a;
      c.last_word = b;
      c.text = text.substr(c.span.start, c.span.size());
      const std::string key = Key(words, a, b);
      const GazetteerEntry* entry = Lookup(gaz, key, c.text);
      c.key = entry != nullptr ? entry->canonical : key;
      c.type = NerMentionType(run.type, key, gaz);
      // A type the gazetteer refined is gazetteer evidence; the tagger's own
      // decision counts as a name shape, so one-word person names can still
      // join their full names in the linker.
      const bool refined = c.type == EntityType::kGpe || c.type == EntityType::kNorp;
      c.evidence = refined ? Evidence::kGazetteer : Evidence::kShape;
      c.sentence_start = words[a].sentence_start;
      for (size_t i = a; i < b; ++i) {
        if (IsWordToken(words[i]) && words[i].capitalised) c.words.push_back(words[i].folded);
      }
      if (c.words.empty()) c.words.push_back(words[a].folded);
      c.common_word = b - a == 1 && gaz.common_words.Contains(words[a].folded);
      std::optional<RoleMatch> before = FindRoleBefore(text, words, a, gaz);
      std::optional<RoleMatch> after = FindApposition(text, words, b, gaz);
      std::optional<RoleMatch> opening = FindAppositionBefore(text, words, a, b, gaz);
      if (before && !before->honorific) c.roles.push_back(before->text);
      if (after && c.type == EntityType::kPerson) c.roles.push_back(after->text);
      if (opening && c.type == EntityType::kPerson) c.roles.push_back(opening->text);
      out.push_back(std::move(c));
    }
  }
  return out;
}

}  // namespace lede::detail
