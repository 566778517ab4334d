// URL scanner: byte loops over the ASCII characters URLs and addresses use.
#include "text/url_scanner.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "data/embedded_data.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace lede::detail {

namespace {

bool IsAsciiAlnum(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

// Returns true for the characters of an e-mail local part.
bool IsLocalChar(char c) {
  return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

// Returns true for the characters of a host name.
bool IsHostChar(char c) { return IsAsciiAlnum(c) || c == '.' || c == '-'; }

// Returns true when `text` at `pos` starts with `prefix`, ignoring ASCII case.
bool StartsWithNoCase(std::string_view text, size_t pos, std::string_view prefix) {
  if (text.size() - pos < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    char c = text[pos + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[k]) return false;
  }
  return true;
}

// Returns the end of the non-space run from `pos`, stopping at characters never inside a URL.
size_t RunEnd(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '<' || c == '>' || c == '"') break;
    if (static_cast<unsigned char>(c) >= 0x80) {
      size_t next = pos;
      const char32_t cp = DecodeUtf8(text, &next);
      if (IsSpaceChar(cp) || IsQuoteChar(cp)) break;
      pos = next;
      continue;
    }
    ++pos;
  }
  return pos;
}

// Returns `end` moved back over trailing punctuation that belongs to the sentence, not the URL.
size_t TrimUrlEnd(std::string_view text, size_t start, size_t end) {
  while (end > start) {
    const char c = text[end - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == ']' ||
        c == '}') {
      --end;
    } else if (c == ')') {
      const std::string_view url = text.substr(start, end - start);
      const size_t opens = std::count(url.begin(), url.end(), '(');
      const size_t closes = std::count(url.begin(), url.end(), ')');
      if (closes <= opens) break;
      --end;
    } else {
      break;
    }
  }
  return end;
}

const std::unordered_set<std::string>& Tlds() {
  static const auto* tlds = [] {
    auto* set = new std::unordered_set<std::string>;
    for (std::string_view line : DataLines("lexicon/url_tlds.txt")) set->emplace(line);
    return set;
  }();
  return *tlds;
}

}  // namespace

size_t ScanSchemeUrl(std::string_view text, size_t start) {
  // Every scheme and "www." starts with f, h or w: most words stop here.
  const char first = static_cast<char>(text[start] | 0x20);
  if (first != 'h' && first != 'f' && first != 'w') return start;
  size_t body = start;
  if (StartsWithNoCase(text, start, "https://")) {
    body = start + 8;
  } else if (StartsWithNoCase(text, start, "http://")) {
    body = start + 7;
  } else if (StartsWithNoCase(text, start, "ftp://")) {
    body = start + 6;
  } else if (StartsWithNoCase(text, start, "www.")) {
    body = start + 4;
  } else {
    return start;
  }
  if (body >= text.size() || !IsAsciiAlnum(text[body])) return start;
  return TrimUrlEnd(text, start, RunEnd(text, body));
}

size_t ScanEmail(std::string_view text, size_t start) {
  if (start > 0 && IsLocalChar(text[start - 1])) return start;  // only from the local part's start
  size_t at = start;
  while (at < text.size() && IsLocalChar(text[at])) ++at;
  if (at == start || at + 1 >= text.size() || text[at] != '@') return start;
  size_t end = at + 1;
  while (end < text.size() && IsHostChar(text[end])) ++end;
  while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
  const size_t last_dot = text.substr(0, end).rfind('.');
  if (last_dot == std::string_view::npos || last_dot <= at + 1) return start;
  return end;
}

size_t ScanBareHost(std::string_view text, size_t start) {
  size_t end = start;
  while (end < text.size() && IsHostChar(text[end])) ++end;
  while (end > start && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
  const std::string_view host = text.substr(start, end - start);
  const size_t last_dot = host.rfind('.');
  if (last_dot == std::string_view::npos || last_dot == 0) return start;
  std::string tld(host.substr(last_dot + 1));
  for (char& c : tld) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (!Tlds().count(tld)) return start;
  if (end < text.size() && text[end] == '/') end = TrimUrlEnd(text, start, RunEnd(text, end));
  return end;
}

}  // namespace lede::detail
