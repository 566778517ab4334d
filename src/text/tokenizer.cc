// Tokenizer: one pass over the text, dispatching on the first character of
// each token (letter, digit, quote, dash, symbol ...) to a small scanner that
// returns where the token ends. Scanners look ahead a few characters at most,
// except URL and e-mail runs, which are scanned once from their start, so
// the whole pass is linear in the text's length.
#include "text/tokenizer.h"

#include <unicode/uchar.h>

#include "text/abbreviations.h"
#include "text/char_class.h"
#include "text/url_scanner.h"
#include "text/utf8.h"

namespace lede::detail {

namespace {

// Average bytes per token in English news text (about 4.5), used to reserve the vector once.
constexpr size_t kBytesPerTokenEstimate = 5;
// The longest run of capitals glued to '$' read as a dollar sign's country (US$, HK$, NZ$).
constexpr size_t kMaxDollarPrefix = 3;
// The longest letter group in a dotted abbreviation (U.S., Ph.D., a.m.); longer ones are words.
constexpr size_t kMaxDottedGroup = 2;

// Returns the code point at `pos` (0 past the end) and sets *next past it.
char32_t Peek(std::string_view text, size_t pos, size_t* next) {
  if (pos >= text.size()) {
    *next = pos;
    return 0;
  }
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) {  // ASCII fast path: most of a news text
    *next = pos + 1;
    return byte;
  }
  *next = pos;
  return DecodeUtf8(text, next);
}

// Returns the code point at `pos`, or 0 past the end.
char32_t PeekAt(std::string_view text, size_t pos) {
  size_t next;
  return Peek(text, pos, &next);
}

// Returns true for the regional indicator letters that spell a flag in pairs.
bool IsRegionalIndicator(char32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }

bool IsAsciiLetter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || IsAsciiDigit(c); }

// Returns the end of an ASCII letter run from `pos`.
size_t AsciiLettersEnd(std::string_view text, size_t pos) {
  while (pos < text.size() && IsAsciiLetter(text[pos])) ++pos;
  return pos;
}

// Splits one text into tokens.
class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : text_(text) {}

  // Returns every token of the text.
  std::vector<Token> Run() {
    std::vector<Token> tokens;
    tokens.reserve(text_.size() / kBytesPerTokenEstimate + 1);
    size_t pos = 0;
    bool space = false;
    while (pos < text_.size()) {
      size_t next;
      const char32_t cp = Peek(text_, pos, &next);
      if (IsSpaceChar(cp)) {
        space = true;
        pos = next;
        continue;
      }
      Token token;
      token.space_before = space;
      token.span.start = pos;
      token.span.end = Scan(pos, cp, next, &token);
      tokens.push_back(token);
      pos = token.span.end;
      space = false;
    }
    return tokens;
  }

 private:
  // Returns the end of the token starting at `pos` with code point `cp` (ending at `next`), setting its kind.
  size_t Scan(size_t pos, char32_t cp, size_t next, Token* token) {
    if (StartsSelectedEmoji(cp, next)) {
      token->kind = TokenKind::kEmoji;
      return ScanEmoji(next);
    }
    if (cp < 0x80 && IsAsciiAlnum(static_cast<char>(cp))) {
      size_t end = ScanSchemeUrl(text_, pos);
      if (end == pos) end = ScanEmail(text_, pos);
      if (end > pos) {
        token->kind = TokenKind::kUrl;
        return end;
      }
    }
    if (IsLetterChar(cp)) return ScanWord(pos, token);
    if (IsDigitChar(cp)) {
      token->kind = TokenKind::kNumber;
      return ScanNumber(pos);
    }
    if ((cp == '#' || cp == '@') && (pos == 0 || !IsAsciiAlnum(text_[pos - 1]))) {
      size_t end = next;
      for (size_t after; end < text_.size();) {
        const char32_t c = Peek(text_, end, &after);
        if (!IsLetterChar(c) && !IsDigitChar(c) && c != '_') break;
        end = after;
      }
      if (end > next) {
        token->kind = TokenKind::kWord;
        return end;
      }
    }
    if (cp == '.' || cp == 0x2026) {
      token->kind = TokenKind::kPunctuation;
      if (cp == '.' && text_.substr(pos, 3) == "...") {
        while (next < text_.size() && text_[next] == '.') ++next;
      }
      return next;
    }
    if (IsQuoteChar(cp)) {
      token->kind = TokenKind::kQuote;
      return next;
    }
    if (IsDashChar(cp)) {
      token->kind = TokenKind::kDash;
      size_t after;
      while (IsDashChar(Peek(text_, next, &after))) next = after;
      return next;
    }
    if (cp == '-') {
      size_t end = next;
      while (end < text_.size() && text_[end] == '-') ++end;
      const bool spaced = token->space_before || end >= text_.size() || IsSpaceChar(PeekAt(text_, end));
      token->kind = (end - pos > 1 || spaced) ? TokenKind::kDash : TokenKind::kPunctuation;
      return end;
    }
    if (IsEmojiChar(cp)) {
      token->kind = TokenKind::kEmoji;
      if (IsRegionalIndicator(cp)) {  // a flag is exactly two letters: 🇺🇦🇵🇱 is two flags
        size_t after;
        return IsRegionalIndicator(Peek(text_, next, &after)) ? after : next;
      }
      return ScanEmoji(next);
    }
    if (IsSymbolChar(cp)) {
      token->kind = TokenKind::kSymbol;
      return next;
    }
    const bool control = cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == kReplacement;
    token->kind = control ? TokenKind::kOther : TokenKind::kPunctuation;
    return next;
  }

  // Returns the end of a word starting at `pos`, with a glued abbreviation period or '$'.
  size_t ScanWord(size_t pos, Token* token) {
    token->kind = TokenKind::kWord;
    size_t next;
    const bool ideographic = IsIdeographicChar(Peek(text_, pos, &next));
    size_t end = pos;
    while (end < text_.size()) {
      const char32_t cp = Peek(text_, end, &next);
      if (IsLetterChar(cp)) {
        if (IsIdeographicChar(cp) != ideographic) break;
        end = next;
        continue;
      }
      if (IsDigitChar(cp) && !ideographic) {
        end = next;
        continue;
      }
      size_t after;
      const char32_t following = Peek(text_, next, &after);
      const bool joins = (IsApostropheChar(cp) && IsLetterChar(following)) ||
                         (IsHyphenChar(cp) && (IsLetterChar(following) || IsDigitChar(following))) ||
                         (cp == '/' && IsLetterChar(following)) ||
                         (cp == '&' && IsAsciiLetter(text_[end - 1]) && following >= 'A' && following <= 'Z');
      if (!joins || ideographic) break;
      end = next;
    }
    if (end >= text_.size()) return end;
    const std::string_view word = text_.substr(pos, end - pos);
    if (text_[end] == '$' && word.size() <= kMaxDollarPrefix && IsAllAsciiUpper(word)) {
      token->kind = TokenKind::kSymbol;
      return end + 1;
    }
    if (text_[end] == '.') return ScanPeriodAfterWord(pos, end, token);
    return end;
  }

  // Returns the end of a word at [pos, end) followed by '.', taking the period when it is an abbreviation's.
  size_t ScanPeriodAfterWord(size_t pos, size_t end, Token* token) {
    const std::string_view word = text_.substr(pos, end - pos);
    // Dotted letters: U.S., a.m., e.g., Ph.D.
    if (word.size() <= kMaxDottedGroup && AsciiLettersEnd(text_, pos) == end) {
      size_t dot = end;
      size_t groups = 1;
      while (dot + 1 < text_.size() && text_[dot] == '.') {
        const size_t group_end = AsciiLettersEnd(text_, dot + 1);
        if (group_end == dot + 1 || group_end - dot - 1 > kMaxDottedGroup || group_end >= text_.size() ||
            text_[group_end] != '.') {
          break;
        }
        dot = group_end;
        ++groups;
      }
      if (groups > 1) {
        token->abbreviation = true;
        return dot + 1;
      }
    }
    // A single capital: a name initial.
    size_t next;
    const char32_t first = Peek(text_, pos, &next);
    if (next == end && IsUpperChar(first)) {
      token->abbreviation = true;
      return end + 1;
    }
    switch (LookUpAbbreviation(word)) {
      case AbbreviationKind::kNone:
        break;
      case AbbreviationKind::kNumeric:
        if (!DigitFollows(end + 1)) break;
        token->abbreviation = true;
        return end + 1;
      default:
        token->abbreviation = true;
        return end + 1;
    }
    // A host name without a scheme: example.com, news.example.co.uk/world.
    if (end + 1 < text_.size() && IsAsciiLetter(text_[end + 1]) && IsAsciiAlnum(text_[pos])) {
      const size_t host_end = ScanBareHost(text_, pos);
      if (host_end > end) {
        token->kind = TokenKind::kUrl;
        return host_end;
      }
    }
    return end;
  }

  // Returns the end of a number starting at `pos`: digits with inner separators and an ordinal suffix.
  size_t ScanNumber(size_t pos) {
    size_t end = pos;
    size_t next;
    while (end < text_.size()) {
      const char32_t cp = Peek(text_, end, &next);
      if (IsDigitChar(cp)) {
        end = next;
      } else if ((cp == ',' || cp == '.' || cp == ':' || cp == '/') && end + 1 < text_.size() &&
                 IsAsciiDigit(text_[end + 1])) {
        end += 1;
      } else {
        break;
      }
    }
    const size_t letters_end = AsciiLettersEnd(text_, end);
    if (letters_end > end && (letters_end >= text_.size() || !IsLetterChar(PeekAt(text_, letters_end)))) {
      const std::string_view suffix = text_.substr(end, letters_end - end);
      if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" || suffix == "s" ||
          suffix == "ST" || suffix == "ND" || suffix == "RD" || suffix == "TH") {
        return letters_end;
      }
    }
    return end;
  }

  // Returns true when `cp`, ending at `next`, is an emoji-capable character that the emoji
  // presentation selector or the keycap mark turns into an emoji: ❤️ ©️ ☀️ 1️⃣ #️⃣. Without the
  // selector these stay symbols, digits and punctuation.
  bool StartsSelectedEmoji(char32_t cp, size_t next) const {
    if (next >= text_.size()) return false;
    const auto lead = static_cast<unsigned char>(text_[next]);
    if (lead != 0xEF && lead != 0xE2) return false;  // U+FE0F is EF B8 8F, U+20E3 is E2 83 A3
    size_t after;
    const char32_t selector = Peek(text_, next, &after);
    return (selector == 0xFE0F || selector == 0x20E3) && u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_EMOJI);
  }

  // Returns the end of an emoji sequence whose first code point ends at `pos`.
  size_t ScanEmoji(size_t pos) {
    size_t next;
    while (pos < text_.size()) {
      const char32_t cp = Peek(text_, pos, &next);
      if (!IsEmojiContinuation(cp) || IsRegionalIndicator(cp)) break;  // a flag after an emoji is its own
      pos = next;
      if (cp == 0x200D && pos < text_.size()) {  // a joiner glues the next pictograph on
        const char32_t joined = Peek(text_, pos, &next);
        if (IsEmojiChar(joined) || IsSymbolChar(joined)) pos = next;
      }
    }
    return pos;
  }

  // Returns true when the next non-space character on the line after `pos` is a digit.
  bool DigitFollows(size_t pos) const {
    while (pos < text_.size() && (text_[pos] == ' ' || text_[pos] == '\t')) ++pos;
    return pos < text_.size() && IsAsciiDigit(text_[pos]);
  }

  static bool IsAllAsciiUpper(std::string_view word) {
    for (char c : word) {
      if (c < 'A' || c > 'Z') return false;
    }
    return !word.empty();
  }

  std::string_view text_;
};

}  // namespace

std::vector<Token> Tokenize(std::string_view text) { return Tokenizer(text).Run(); }

}  // namespace lede::detail
