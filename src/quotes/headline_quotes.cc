#include "quotes/headline_quotes.h"

#include <unicode/uchar.h>

#include <optional>
#include <string>

#include "quotes/quote_lexicon.h"
#include "text/utf8.h"

namespace lede::detail {
namespace {

// Most words a headline speaker holds: "Finance minister Adaeze Okafor" is
// four; longer runs before a colon are a kicker or a section label.
constexpr size_t kMaxSpeakerWords = 5;

// One code point of the line with its byte range.
struct Char {
  char32_t cp;
  size_t start;
  size_t end;
};

std::vector<Char> Chars(std::string_view text) {
  std::vector<Char> out;
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    const char32_t cp = DecodeUtf8(text, &pos);
    out.push_back({cp, start, pos});
  }
  return out;
}

bool IsSpace(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }

// Returns true when `close` ends a quotation opened by `open`.
bool Closes(char32_t open, char32_t close) {
  switch (open) {
    case U'\u201C': return close == U'\u201D' || close == U'"';
    case U'"': return close == U'"' || close == U'\u201D';
    case U'\u2018': return close == U'\u2019';
    case U'\'': return close == U'\'' || close == U'\u2019';
    case U'\u00AB': return close == U'\u00BB';
    case U'\u201E': return close == U'\u201C' || close == U'\u201D';
    case U'\u201A': return close == U'\u2018' || close == U'\u2019';
    default: return false;
  }
}

bool IsOpener(char32_t c) {
  return c == U'\u201C' || c == U'"' || c == U'\u2018' || c == U'\'' || c == U'\u00AB' || c == U'\u201E' ||
         c == U'\u201A';
}

bool IsDash(char32_t c) { return c == U'-' || c == U'\u2013' || c == U'\u2014'; }

// Holds a speaker phrase of the line: its byte range.
struct Phrase {
  size_t start = 0;
  size_t end = 0;
};

// Returns the byte ranges of the words of chars[first, last).
std::vector<Phrase> Words(const std::vector<Char>& chars, size_t first, size_t last) {
  std::vector<Phrase> out;
  size_t i = first;
  while (i < last) {
    while (i < last && IsSpace(chars[i].cp)) ++i;
    if (i >= last) break;
    const size_t start = i;
    while (i < last && !IsSpace(chars[i].cp)) ++i;
    out.push_back({chars[start].start, chars[i - 1].end});
  }
  return out;
}

// Returns the speaker phrase made of `words` with trailing punctuation cut,
// when it looks like one: 1 to kMaxSpeakerWords words ending in a capitalised
// one (a name or an institution: "harbour chief Ruiz", "the Treasury").
std::optional<Phrase> SpeakerPhrase(std::string_view text, const std::vector<Phrase>& words) {
  if (words.empty() || words.size() > kMaxSpeakerWords) return std::nullopt;
  size_t pos = words.back().start;
  if (!u_isupper(static_cast<UChar32>(DecodeUtf8(text, &pos)))) return std::nullopt;
  Phrase p{words.front().start, words.back().end};
  while (p.end > p.start && (text[p.end - 1] == '.' || text[p.end - 1] == ',' || text[p.end - 1] == ':')) --p.end;
  if (p.end == p.start) return std::nullopt;
  return p;
}

// Returns the id of the entity `speaker` names, or 0.
int LinkSpeaker(std::string_view speaker, const std::vector<Entity>& entities) {
  const std::string lower = LowerWord(speaker);
  const size_t space = lower.rfind(' ');
  const std::string last_word = space == std::string::npos ? lower : lower.substr(space + 1);
  int best = 0;
  size_t best_mentions = 0;
  for (const Entity& e : entities) {
    bool names = LowerWord(e.name) == lower;
    for (const std::string& alias : e.aliases) names = names || LowerWord(alias) == lower;
    if (!names && e.type == EntityType::kPerson) {
      const std::string name = LowerWord(e.name);
      const size_t at = name.rfind(' ');
      names = at != std::string::npos && name.substr(at + 1) == last_word;
    }
    if (names && (best == 0 || e.mentions.size() > best_mentions)) {
      best = e.id;
      best_mentions = e.mentions.size();
    }
  }
  return best;
}

}  // namespace

std::vector<Quote> FindLineQuotes(std::string_view text, QuotePlace place, size_t line,
                                  const std::vector<Entity>& entities) {
  const std::vector<Char> chars = Chars(text);
  const size_t n = chars.size();
  // The first opening mark: glued to the word after it, not to the one before.
  size_t open = n;
  for (size_t i = 0; i + 1 < n && open == n; ++i) {
    const bool free_before = i == 0 || IsSpace(chars[i - 1].cp) || chars[i - 1].cp == U':';
    if (IsOpener(chars[i].cp) && free_before && !IsSpace(chars[i + 1].cp)) open = i;
  }
  if (open == n) return {};
  // The last mark that closes it: glued to the word before it, free after.
  size_t close = n;
  for (size_t i = n; i-- > open + 1;) {
    const bool free_after = i + 1 == n || IsSpace(chars[i + 1].cp) || u_ispunct(static_cast<UChar32>(chars[i + 1].cp));
    if (Closes(chars[open].cp, chars[i].cp) && !IsSpace(chars[i - 1].cp) && free_after) {
      close = i;
      break;
    }
  }
  if (close == n || close <= open + 1) return {};

  const QuoteLexicon& lexicon = QuoteLexicon::Get();
  std::optional<Phrase> speaker;
  std::string cue;
  // "Speaker: ‘…’"
  size_t before = open;
  while (before > 0 && IsSpace(chars[before - 1].cp)) --before;
  // The colon shape quotes to the end of the line ("Review: ‘Title’ is …" is a title).
  size_t rest = close + 1;
  while (rest < n && (IsSpace(chars[rest].cp) || u_ispunct(static_cast<UChar32>(chars[rest].cp)))) ++rest;
  if (before > 0 && chars[before - 1].cp == U':' && rest == n) {
    speaker = SpeakerPhrase(text, Words(chars, 0, before - 1));
    cue = ":";
  }
  // "‘…’, says Speaker" / "‘…’ – Speaker" / "‘…’, Speaker says"
  if (!speaker) {
    size_t after = close + 1;
    while (after < n && (IsSpace(chars[after].cp) || chars[after].cp == U',')) ++after;
    if (after < n && IsDash(chars[after].cp)) {
      speaker = SpeakerPhrase(text, Words(chars, after + 1, n));
    } else {
      std::vector<Phrase> words = Words(chars, after, n);
      if (!words.empty()) {
        const auto is_cue = [&](const Phrase& w) {
          std::string lower = LowerWord(text.substr(w.start, w.end - w.start));
          while (!lower.empty() && u_ispunct(static_cast<UChar32>(lower.back()))) lower.pop_back();
          return (lexicon.CueFlags(lower) & kCueVerb) != 0;
        };
        if (is_cue(words.front())) {
          cue = std::string(text.substr(words.front().start, words.front().end - words.front().start));
          speaker = SpeakerPhrase(text, std::vector<Phrase>(words.begin() + 1, words.end()));
        } else if (is_cue(words.back())) {
          const Phrase& w = words.back();
          cue = std::string(text.substr(w.start, w.end - w.start));
          speaker = SpeakerPhrase(text, std::vector<Phrase>(words.begin(), words.end() - 1));
        }
      }
    }
  }
  if (!speaker) return {};
  while (!cue.empty() && cue != ":" && u_ispunct(static_cast<UChar32>(cue.back()))) cue.pop_back();

  Quote q;
  q.kind = QuoteKind::kDirect;
  q.place = place;
  q.line = line;
  q.span = {chars[open + 1].start, chars[close - 1].end};
  q.text = std::string(text.substr(q.span.start, q.span.size()));
  q.cue = cue;
  const std::string_view name = text.substr(speaker->start, speaker->end - speaker->start);
  q.speaker = Speaker{std::string(name), LinkSpeaker(name, entities), {speaker->start, speaker->end}};
  if (q.speaker->entity != 0) {
    for (const Entity& e : entities) {
      if (e.id == q.speaker->entity) q.speaker->name = e.name;
    }
  }
  return {std::move(q)};
}

std::vector<Quote> FindHeadlineQuotes(const Report& report) {
  const Document& doc = report.document;
  std::vector<Quote> out = FindLineQuotes(doc.meta.title, QuotePlace::kTitle, 0, report.entities);
  for (size_t i = 0; i < doc.meta.standfirst.size(); ++i) {
    std::vector<Quote> more = FindLineQuotes(doc.meta.standfirst[i], QuotePlace::kStandfirst, i, report.entities);
    out.insert(out.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  return out;
}

}  // namespace lede::detail
