// Byline parser. The byline text is cleaned in stages, each cutting what
// follows the names: social handles are dropped; a "By" prefix
// (html_byline_prefixes.txt) and a one-word "Label:" are removed; the text
// is cut at a stop phrase ("Email the author", html_meta_byline_stops.txt),
// at a dateline separator (" | ", " - ", " in ", " on "), at a sentence stop
// after a full word ("Jane Doe. Site Name"), and at the first date. What is
// left splits at ", ", " and ", " & ", " with "; a part after a comma that
// is a role ("Staff Writer", html_meta_author_roles.txt), a credential
// ("RDN") or a web address is dropped; a trailing agency
// (html_meta_agencies.txt) comes off a name. Any remaining part that does
// not read as a name makes the whole byline unreadable: no names beat wrong ones.
#include "extract/byline_parser.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "data/embedded_data.h"
#include "extract/html_text.h"
#include "extract/metadata_fields.h"
#include "text/char_class.h"

namespace lede::detail {

namespace {

// Longest byline text parsed; longer elements are paragraphs, not bylines.
constexpr size_t kMaxBylineChars = 300;
// Longest lower-case connector word between names and a date ("on", "at").
constexpr size_t kMaxConnectorChars = 3;
// Most words one author name has; longer runs are sentences, not bylines.
constexpr size_t kMaxNameWords = 5;

// Returns `s` with ASCII spaces and the given punctuation trimmed from both ends.
std::string TrimPunct(std::string_view s) {
  auto junk = [](char c) { return c == ' ' || c == ',' || c == ';' || c == ':' || c == '.' || c == '|' || c == '-'; };
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    while (!s.empty() && junk(s.front())) s.remove_prefix(1), trimmed = true;
    while (!s.empty() && junk(s.back())) s.remove_suffix(1), trimmed = true;
    for (std::string_view dash : {"\u2013", "\u2014"}) {  // en and em dashes
      if (s.substr(0, dash.size()) == dash) s.remove_prefix(dash.size()), trimmed = true;
      if (s.size() >= dash.size() && s.substr(s.size() - dash.size()) == dash) s.remove_suffix(dash.size()), trimmed = true;
    }
  }
  return std::string(s);
}

// Returns true when `name` reads as a person's name: 1-kMaxNameWords words,
// the first capitalised (or non-ASCII), no digits.
bool LooksLikeName(std::string_view name) {
  if (name.empty() || WordCount(name) > kMaxNameWords) return false;
  for (char c : name) {
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '@' || c == '/' || c == '*' || c == '(' || c == ':') {
      return false;  // form labels ("Name *", "Nama (wajib)") and dates are not names
    }
  }
  const unsigned char first = static_cast<unsigned char>(name[0]);
  return first >= 0x80 || std::isupper(first);
}

}  // namespace

// Returns `name` without a trailing organisation of `orgs` (lower-cased),
// as long as a name of two or more words is left ("JANE DOE Associated Press" -> "JANE DOE").
std::string DropOrgSuffix(std::string name, const std::vector<std::string>& orgs) {
  const std::string lower = AsciiLower(name);
  for (const std::string& agency : orgs) {
    if (agency.empty()) continue;
    if (lower.size() > agency.size() + 1 && lower.compare(lower.size() - agency.size(), agency.size(), agency) == 0 &&
        lower[lower.size() - agency.size() - 1] == ' ') {
      std::string head = TrimPunct(std::string_view(name).substr(0, name.size() - agency.size()));
      if (WordCount(head) >= 2) return head;
    }
  }
  return name;
}

namespace {

// Returns the length of the byline stop phrase (data/boilerplate/
// html_meta_byline_stops.txt) that starts `lower` at `at`, 0 if none.
size_t StopPhraseAt(std::string_view lower, size_t at) {
  static const std::vector<std::string> kStops = [] {
    std::vector<std::string> stops;
    for (std::string_view s : DataLines("boilerplate/html_meta_byline_stops.txt")) stops.push_back(AsciiLower(s));
    return stops;
  }();
  for (const std::string& stop : kStops) {
    if (lower.compare(at, stop.size(), stop) != 0) continue;
    const size_t end = at + stop.size();
    if (end == lower.size() || !std::isalpha(static_cast<unsigned char>(lower[end]))) return stop.size();
  }
  return 0;
}

// Returns `text` cut before its first stop phrase ("Jane Doe Email the author" -> "Jane Doe").
std::string CutAtStopPhrase(const std::string& text) {
  const std::string lower = AsciiLower(text);
  for (size_t i = 0; i < lower.size(); ++i) {
    // A phrase starts a word, or is glued to the name by a lost space
    // ("Jane DoeView More Articles": an upper-case letter after a lower-case one).
    // Only phrases of several words count when glued: "McFollow" is a name.
    const bool glued = i > 0 && std::isupper(static_cast<unsigned char>(text[i])) &&
                       std::islower(static_cast<unsigned char>(text[i - 1]));
    if (i != 0 && lower[i - 1] != ' ' && !glued) continue;
    const size_t length = StopPhraseAt(lower, i);
    if (length != 0 && (!glued || lower.substr(i, length).find(' ') != std::string::npos)) return text.substr(0, i);
  }
  return text;
}

// Returns `text` without words that are social handles ("@janedoe").
std::string DropHandles(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(i, end - i);
    if (!word.empty() && word[0] != '@') {
      if (!out.empty()) out += ' ';
      out += word;
    }
    i = end + 1;
  }
  return out;
}

// Returns true when a comma-separated byline part is a role or credential,
// not a name: it has a role word ("Staff Writer"), is one short word with
// two or more capitals ("MS", "RDN", "PhD"), or is a web address ("Cleveland.com").
bool IsRolePart(std::string_view part) {
  // Longest credential abbreviation after a name ("RDN", "FRCP").
  constexpr size_t kMaxCredentialChars = 4;
  static const std::vector<std::string> kRoles = [] {
    std::vector<std::string> roles;
    for (std::string_view r : DataLines("boilerplate/html_meta_author_roles.txt")) roles.push_back(AsciiLower(r));
    return roles;
  }();
  const std::string lower = AsciiLower(part);
  size_t i = 0;
  while (i < lower.size()) {
    size_t end = lower.find(' ', i);
    if (end == std::string::npos) end = lower.size();
    const std::string_view word = std::string_view(lower).substr(i, end - i);
    for (const std::string& role : kRoles) {
      if (word == role) return true;
    }
    i = end + 1;
  }
  if (part.find(' ') == std::string_view::npos) {
    if (part.find('.') != std::string_view::npos && part.back() != '.') return true;  // a domain
    size_t upper = 0;
    for (char c : part) upper += std::isupper(static_cast<unsigned char>(c)) != 0;
    if (part.size() <= kMaxCredentialChars && upper >= 2) return true;  // "MS", "RDN", "PhD"
  }
  return false;
}

// Returns `name` without a trailing news agency (data/boilerplate/html_meta_agencies.txt).
std::string DropAgencySuffix(std::string name) {
  static const std::vector<std::string> kAgencies = [] {
    std::vector<std::string> agencies;
    for (std::string_view a : DataLines("boilerplate/html_meta_agencies.txt")) agencies.push_back(AsciiLower(a));
    return agencies;
  }();
  return DropOrgSuffix(std::move(name), kAgencies);
}

// Returns `text` cut before the first word that starts a date or holds a
// digit ("Jane Doe Nov. 20, 2019" -> "Jane Doe").
std::string CutAtDate(const std::string& text) {
  if (text.size() > kMaxBylineChars) return text.substr(0, 0);
  for (size_t i = 0; i < text.size(); i = text.find(' ', i) == std::string::npos ? text.size() : text.find(' ', i) + 1) {
    if (!StartsWithDate(std::string_view(text).substr(i))) continue;
    std::string head = TrimPunct(text.substr(0, i));
    // "Jane Doe on Monday": drop the lower-case connector left before the date.
    const size_t last = head.rfind(' ');
    if (last != std::string::npos && head.size() - last - 1 <= kMaxConnectorChars &&
        std::islower(static_cast<unsigned char>(head[last + 1]))) {
      head.resize(last);
    }
    return head;
  }
  return text;
}

}  // namespace

std::vector<std::string> ParseByline(std::string_view byline) {
  static const std::vector<std::string_view> kPrefixes = DataLines("boilerplate/html_byline_prefixes.txt");
  std::string text = DropHandles(CollapseWhitespace(byline));
  const std::string lower = AsciiLower(text);
  for (std::string_view p : kPrefixes) {
    const std::string lp = AsciiLower(p);
    if (lower.rfind(lp + " ", 0) == 0) {
      text = text.substr(lp.size() + 1);
      break;
    }
  }
  text = CutAtStopPhrase(text);
  // "Text: Jane Doe": a one-word label before a colon is not part of the name.
  if (const size_t colon = text.find(": "); colon != std::string::npos && WordCount(text.substr(0, colon)) == 1) {
    text = text.substr(colon + 2);
  }
  text = CutAtDate(text);
  // A byline often continues with a dateline, an agency, a role or a date.
  for (const char* stop : {" | ", "|", " • ", " - ", " – ", " — ", " in ", " on ", " for ", " at "}) {
    const size_t at = text.find(stop);
    if (at != std::string::npos) text.resize(at);
  }
  // "Jane Doe. Site Name": a sentence stop after a full word (not an initial) ends the names.
  for (size_t at = text.find(". "); at != std::string::npos; at = text.find(". ", at + 1)) {
    const size_t word_start = text.rfind(' ', at);
    const size_t word_len = at - (word_start == std::string::npos ? 0 : word_start + 1);
    if (word_len > 2) {
      text.resize(at);
      break;
    }
  }
  std::vector<std::string> names;
  size_t start = 0;
  bool after_comma = false;
  while (start <= text.size()) {
    size_t cut = std::string::npos, skip = 0;
    for (const char* sep : {", ", " and ", " & ", " with "}) {
      const size_t at = text.find(sep, start);
      if (at < cut) {
        cut = at;
        skip = std::char_traits<char>::length(sep);
      }
    }
    std::string name = TrimPunct(std::string_view(text).substr(start, cut == std::string::npos ? text.npos : cut - start));
    if (!name.empty() && !(after_comma && IsRolePart(name))) {
      name = DropAgencySuffix(std::move(name));
      if (!LooksLikeName(name)) return {};
      names.push_back(std::move(name));
    }
    if (cut == std::string::npos) break;
    after_comma = text.compare(cut, 2, ", ") == 0;
    start = cut + skip;
  }
  return names;
}

}  // namespace lede::detail
