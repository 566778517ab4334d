// Quote lexicon: parses the embedded word lists into hash tables once, so
// every lookup during extraction is one hash probe on a lower-cased word.
#include "quotes/quote_lexicon.h"

#include <unicode/uchar.h>

#include "data/embedded_data.h"
#include "text/utf8.h"

namespace lede::detail {

namespace {

// Splits "form flag flag" into the form and the rest.
std::pair<std::string_view, std::string_view> SplitFirst(std::string_view line) {
  size_t sp = line.find_first_of(" \t");
  if (sp == std::string_view::npos) return {line, {}};
  return {line.substr(0, sp), line.substr(sp + 1)};
}

uint8_t ParseCueFlags(std::string_view rest) {
  uint8_t flags = kCueVerb;
  if (rest.find("addressee") != std::string_view::npos) flags |= kCueAddressee;
  if (rest.find("participle") != std::string_view::npos) flags |= kCueParticiple;
  if (rest.find("describe") != std::string_view::npos) flags |= kCueDescribe;
  if (rest.find("noun") != std::string_view::npos) flags |= kCueNoun;
  if (rest.find("clause") != std::string_view::npos) flags |= kCueClause;
  if (rest.find("object") != std::string_view::npos) flags |= kCueObject;
  return flags;
}

uint16_t ParseClass(std::string_view name) {
  if (name == "det") return kDeterminer;
  if (name == "he") return kPronounPerson;
  if (name == "it") return kPronounThing;
  if (name == "they") return kPronounGroup;
  if (name == "skip") return kSkipWord;
  if (name == "break") return kBreakWord;
  if (name == "aux") return kAuxVerb;
  if (name == "adjunct") return kAdjunctWord;
  if (name == "time") return kTimeWord;
  if (name == "timename") return kTimeName;
  if (name == "nocontent") return kNoContent;
  if (name == "count") return kCountHead;
  if (name == "passive") return kBeVerb;
  if (name == "connective") return kConnective;
  if (name == "clausebreak") return kClauseBreak;
  if (name == "number") return kNumberWord;
  return 0;
}

// Returns the value of `key` in `map`, or 0 when it is not there.
template <typename Map>
typename Map::mapped_type ValueOr0(const Map& map, std::string_view key) {
  auto it = map.find(std::string(key));
  return it == map.end() ? 0 : it->second;
}

}  // namespace

std::string LowerWord(std::string_view word) {
  // Most news words are ASCII: lower-case them in place without decoding.
  std::string out(word);
  bool ascii = true;
  for (char& c : out) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (ascii) return out;
  out.clear();
  size_t pos = 0;
  while (pos < word.size()) {
    char32_t cp = DecodeUtf8(word, &pos);
    if (cp == U'\u2019' || cp == U'\u2018') cp = U'\'';
    AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), &out);
  }
  return out;
}

const QuoteLexicon& QuoteLexicon::Get() {
  // Never destroyed: freeing every table at exit is work for nothing.
  static const QuoteLexicon* const lexicon = new QuoteLexicon();
  return *lexicon;
}

QuoteLexicon::QuoteLexicon() {
  for (std::string_view line : DataLines("lexicon/cue_verbs.txt")) {
    auto [form, rest] = SplitFirst(line);
    cues_[LowerWord(form)] |= ParseCueFlags(rest);
  }
  for (std::string_view line : DataLines("lexicon/reported_cue_verbs.txt")) {
    auto [form, rest] = SplitFirst(line);
    reported_cues_[LowerWord(form)] |= ParseCueFlags(rest);
  }
  for (std::string_view line : DataLines("lexicon/phrasal_cues.txt")) {
    auto [verb, rest] = SplitFirst(line);
    auto [particle, flags] = SplitFirst(rest);
    phrasal_cues_[LowerWord(verb) + " " + LowerWord(particle)] |= ParseCueFlags(flags) | kCueObject;
  }
  for (std::string_view line : DataLines("lexicon/sourceless_cues.txt")) {
    auto [form, rest] = SplitFirst(line);
    uint8_t flags = 0;
    if (rest.find("raising") != std::string_view::npos) flags |= kSourcelessRaising;
    if (rest.find("passive") != std::string_view::npos) flags |= kSourcelessPassive;
    sourceless_cues_[LowerWord(form)] |= flags;
  }
  for (std::string_view line : DataLines("lexicon/quote_function_words.txt")) {
    auto [word, rest] = SplitFirst(line);
    classes_[LowerWord(word)] |= ParseClass(rest);
  }
  for (std::string_view line : DataLines("lexicon/reported_speech_words.txt")) {
    auto [word, rest] = SplitFirst(line);
    classes_[LowerWord(word)] |= ParseClass(rest);
  }
  for (std::string_view line : DataLines("lexicon/quote_nominal_speakers.txt")) {
    nominal_heads_.insert(LowerWord(line));
  }
  for (std::string_view line : DataLines("lexicon/quote_title_cues.txt")) {
    title_cues_.insert(LowerWord(line));
  }
  for (std::string_view line : DataLines("lexicon/quote_cues.txt")) {
    source_cues_.insert(LowerWord(line));
  }
  for (std::string_view line : DataLines("lexicon/colon_labels.txt")) {
    colon_labels_.insert(LowerWord(line));
  }
}

uint8_t QuoteLexicon::CueFlags(std::string_view lower) const {
  return ValueOr0(cues_, lower);
}

uint8_t QuoteLexicon::ReportedCueFlags(std::string_view lower) const {
  return ValueOr0(reported_cues_, lower);
}

uint8_t QuoteLexicon::PhrasalCueFlags(std::string_view lower_phrase) const {
  return ValueOr0(phrasal_cues_, lower_phrase);
}

uint8_t QuoteLexicon::SourcelessCueFlags(std::string_view lower) const {
  return ValueOr0(sourceless_cues_, lower);
}

uint16_t QuoteLexicon::Classes(std::string_view lower) const {
  return ValueOr0(classes_, lower);
}

bool QuoteLexicon::IsNominalHead(std::string_view lower) const {
  return nominal_heads_.count(std::string(lower)) > 0;
}

bool QuoteLexicon::IsTitleCue(std::string_view lower) const {
  return title_cues_.count(std::string(lower)) > 0;
}

bool QuoteLexicon::IsColonLabel(std::string_view lower) const {
  return colon_labels_.count(std::string(lower)) > 0;
}

bool QuoteLexicon::IsSourceCue(std::string_view lower) const {
  return source_cues_.count(std::string(lower)) > 0;
}

}  // namespace lede::detail
