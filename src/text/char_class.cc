// Character classes: ASCII by switch, the rest by ICU properties.
#include "text/char_class.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace lede::detail {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsSpaceNonAscii(char32_t cp) {
  // ZWSP and the BOM are not White_Space in Unicode but separate words when they appear.
  // Nor are the bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates): they
  // have no glyph and sit between runs of text, never inside a word, so a line that
  // ends "said.<PDF>" still ends with its full stop.
  const auto c = static_cast<UChar32>(cp);
  return cp == 0x200B || cp == 0xFEFF || u_isUWhiteSpace(c) || u_hasBinaryProperty(c, UCHAR_BIDI_CONTROL);
}

bool IsLetterNonAscii(char32_t cp) {
  const int8_t type = u_charType(static_cast<UChar32>(cp));
  return u_isalpha(static_cast<UChar32>(cp)) || type == U_NON_SPACING_MARK ||
         type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}

bool IsDigitNonAscii(char32_t cp) {
  return u_isdigit(static_cast<UChar32>(cp));
}

bool IsUpperNonAscii(char32_t cp) {
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

bool IsLowerNonAscii(char32_t cp) {
  return u_islower(static_cast<UChar32>(cp));
}

bool IsClosingQuoteChar(char32_t cp) {
  switch (cp) {
    case 0x2019: case 0x201D: case 0x00BB: case 0x203A: case 0x300D: case 0x300F: case 0xFE42: case 0xFE44:
      return true;
    default:
      return false;
  }
}

bool IsOpeningQuoteChar(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x201C: case 0x00AB: case 0x2039: case 0x201E: case 0x201A: case 0x201F: case 0x201B:
    case 0x300C: case 0x300E: case 0xFE41: case 0xFE43:
      return true;
    default:
      return false;
  }
}

bool IsQuoteChar(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0xFF02 || cp == 0x2033 || IsOpeningQuoteChar(cp) ||
         IsClosingQuoteChar(cp);
}

bool IsApostropheChar(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

bool IsHyphenChar(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

bool IsDashChar(char32_t cp) { return (cp >= 0x2012 && cp <= 0x2015) || cp == 0x2E3A || cp == 0x2E3B; }

bool IsEmojiChar(char32_t cp) {
  if (cp < 0x2000) return false;  // keeps ©, ® and ASCII digits (text-default pictographs) out
  if (cp >= 0x1F1E6 && cp <= 0x1F1FF) return true;  // regional indicators (flags)
  const auto c = static_cast<UChar32>(cp);
  return u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION) ||
         (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) && cp >= 0x1F000);
}

bool IsEmojiContinuation(char32_t cp) {
  return cp == 0x200D || cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF) ||
         (cp >= 0xE0020 && cp <= 0xE007F) || (cp >= 0x1F1E6 && cp <= 0x1F1FF);
}

bool IsIdeographicChar(char32_t cp) {
  if (cp < 0x3000) return false;
  const auto c = static_cast<UChar32>(cp);
  if (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) return true;
  const UScriptCode script = static_cast<UScriptCode>(u_getIntPropertyValue(c, UCHAR_SCRIPT));
  return script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA;
}

bool IsSymbolChar(char32_t cp) {
  if (cp == '%' || cp == 0x2030) return true;
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_MATH_SYMBOL: case U_CURRENCY_SYMBOL: case U_MODIFIER_SYMBOL: case U_OTHER_SYMBOL:
      return true;
    default:
      return false;
  }
}

bool IsBulletChar(char32_t cp) {
  switch (cp) {
    case 0x2022: case 0x2023: case 0x25E6: case 0x2043: case 0x25AA: case 0x25CF: case 0x00B7: case 0x25A0:
    case 0x25B8: case 0x25BA:
      return true;
    default:
      return false;
  }
}

bool IsCjkTerminalChar(char32_t cp) { return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF61; }

bool IsTerminalChar(char32_t cp) {
  switch (cp) {
    case '.': case '!': case '?': case 0x2026: case 0x203C: case 0x2047: case 0x2048: case 0x2049:
    case 0x061F:  // Arabic question mark
    case 0x06D4:  // Arabic full stop (Urdu)
    case 0x0964:  // Devanagari danda
    case 0x0965:  // Devanagari double danda
    case 0x0589:  // Armenian full stop
    case 0x1362:  // Ethiopic full stop
    case 0x104B:  // Myanmar section
      return true;
    default:
      return IsCjkTerminalChar(cp);
  }
}

}  // namespace lede::detail
