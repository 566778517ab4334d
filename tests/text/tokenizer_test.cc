#include "text/tokenizer.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using lede::Token;
using lede::TokenKind;
using lede::detail::Tokenize;

namespace {

// Returns the token texts of `text`, joined by '|'.
std::string Pieces(const std::string& text) {
  std::string out;
  for (const Token& t : Tokenize(text)) {
    if (!out.empty()) out += '|';
    out += text.substr(t.span.start, t.span.size());
  }
  return out;
}

// Returns the kind of the single token whose text is `piece` in `text`.
TokenKind KindOf(const std::string& text, const std::string& piece) {
  for (const Token& t : Tokenize(text)) {
    if (text.substr(t.span.start, t.span.size()) == piece) return t.kind;
  }
  FAIL("no token '" << piece << "' in '" << text << "'");
  return TokenKind::kOther;
}

struct Case {
  const char* text;
  const char* pieces;
};

}  // namespace

TEST_CASE("tokenizer keeps inner apostrophes, hyphens and slashes in words", "[tokenizer]") {
  const Case cases[] = {
      {"don't stop", "don't|stop"},
      {"Oslo\xE2\x80\x99s port", "Oslo\xE2\x80\x99s|port"},
      {"Kenya's coast", "Kenya's|coast"},
      {"a guided-missile frigate", "a|guided-missile|frigate"},
      {"Peru-Chile talks", "Peru-Chile|talks"},
      {"a five-day visit", "a|five-day|visit"},
      {"cash and/or bonds", "cash|and/or|bonds"},
      {"O'Neill's rock'n'roll", "O'Neill's|rock'n'roll"},
      {"the COVID-19 wave", "the|COVID-19|wave"},
      {"AT&T shares", "AT&T|shares"},
      {"G7 leaders", "G7|leaders"},
      {"Zürich und Genève", "Zürich|und|Genève"},
      {"Москва заявила", "Москва|заявила"},
  };
  for (const Case& c : cases) CHECK(Pieces(c.text) == c.pieces);
}

TEST_CASE("tokenizer reads numbers with separators, decimals and suffixes", "[tokenizer]") {
  const Case cases[] = {
      {"1,250.5 tonnes", "1,250.5|tonnes"},
      {"rose 3.5%", "rose|3.5|%"},
      {"at 03:41 today", "at|03:41|today"},
      {"1.5bn yuan", "1.5|bn|yuan"},
      {"the 3rd time", "the|3rd|time"},
      {"the 1990s", "the|1990s"},
      {"a 10-day trip", "a|10|-|day|trip"},
      {"on 30/03/2023.", "on|30/03/2023|."},
      {"It was 5. Then", "It|was|5|.|Then"},
  };
  for (const Case& c : cases) CHECK(Pieces(c.text) == c.pieces);
  CHECK(KindOf("rose 3.5%", "3.5") == TokenKind::kNumber);
  CHECK(KindOf("rose 3.5%", "%") == TokenKind::kSymbol);
  CHECK(KindOf("the 3rd time", "3rd") == TokenKind::kNumber);
}

TEST_CASE("tokenizer separates currency symbols and glues country letters to the dollar", "[tokenizer]") {
  const Case cases[] = {
      {"\xE2\x82\xAC" "150 billion", "\xE2\x82\xAC|150|billion"},
      {"(US$163 billion)", "(|US$|163|billion|)"},
      {"HK$2.5m", "HK$|2.5|m"},
      {"A$40", "A$|40"},
      {"$100.00 in", "$|100.00|in"},
      {"\xC2\xA3" "5", "\xC2\xA3|5"},
  };
  for (const Case& c : cases) CHECK(Pieces(c.text) == c.pieces);
  CHECK(KindOf("(US$163 billion)", "US$") == TokenKind::kSymbol);
  CHECK(KindOf("\xE2\x82\xAC" "150", "\xE2\x82\xAC") == TokenKind::kSymbol);
}

TEST_CASE("tokenizer makes quotes, dashes and ellipses their own tokens", "[tokenizer]") {
  const Case cases[] = {
      {"\xE2\x80\x9CWe will win,\xE2\x80\x9D she said", "\xE2\x80\x9C|We|will|win|,|\xE2\x80\x9D|she|said"},
      {"\"Yes.\"", "\"|Yes|.|\""},
      {"the farmers\xE2\x80\x99 \xE2\x80\x98" "fair deal\xE2\x80\x99", "the|farmers|\xE2\x80\x99|\xE2\x80\x98|" "fair|deal|\xE2\x80\x99"},
      {"'Stop,' he said", "'|Stop|,|'|he|said"},
      {"\xC2\xAB" "Non" "\xC2\xBB", "\xC2\xAB|Non|\xC2\xBB"},
      {"\xE3\x80\x8C" "ok" "\xE3\x80\x8D", "\xE3\x80\x8C|ok|\xE3\x80\x8D"},
      {"Lima \xE2\x80\x93 which has", "Lima|\xE2\x80\x93|which|has"},
      {"Lima\xE2\x80\x94which has", "Lima|\xE2\x80\x94|which|has"},
      {"Lima - which -- has", "Lima|-|which|--|has"},
      {"wait... what", "wait|...|what"},
      {"wait\xE2\x80\xA6 what", "wait|\xE2\x80\xA6|what"},
      {"Hello!? Yes", "Hello|!|?|Yes"},
  };
  for (const Case& c : cases) CHECK(Pieces(c.text) == c.pieces);
  CHECK(KindOf("the farmers\xE2\x80\x99 deal", "\xE2\x80\x99") == TokenKind::kQuote);
  CHECK(KindOf("Lima \xE2\x80\x93 which", "\xE2\x80\x93") == TokenKind::kDash);
  CHECK(KindOf("Lima - which", "-") == TokenKind::kDash);
  CHECK(KindOf("wait... what", "...") == TokenKind::kPunctuation);
}

TEST_CASE("tokenizer glues periods to abbreviations and initials", "[tokenizer]") {
  const Case cases[] = {
      {"Mr. Lee met Dr. Ruiz", "Mr.|Lee|met|Dr.|Ruiz"},
      {"the U.S. and the E.U.", "the|U.S.|and|the|E.U."},
      {"at 5 a.m. today", "at|5|a.m.|today"},
      {"e.g. this, i.e. that", "e.g.|this|,|i.e.|that|"},
      {"J. R. R. Tolkien", "J.|R.|R.|Tolkien"},
      {"Acme Co. shares", "Acme|Co.|shares"},
      {"No. 5 seed", "No.|5|seed"},
      {"said no. Then", "said|no|.|Then"},
      {"a Ph.D. student", "a|Ph.D.|student"},
      {"JFK Jr.'s book", "JFK|Jr.|'|s|book"},
      {"Gen. Ortiz", "Gen.|Ortiz"},
      {"the end.", "the|end|."},
  };
  for (const Case& c : cases) {
    std::string want = c.pieces;
    if (!want.empty() && want.back() == '|') want.pop_back();
    CHECK(Pieces(c.text) == want);
  }
  for (const Token& t : Tokenize("Mr. Lee of the U.S. met J. Doe")) {
    const bool dotted = t.span.size() > 1 && std::string("Mr. Lee of the U.S. met J. Doe")[t.span.end - 1] == '.';
    CHECK(t.abbreviation == dotted);
  }
}

TEST_CASE("tokenizer recognises URLs, e-mails, hashtags, handles and emoji", "[tokenizer]") {
  const Case cases[] = {
      {"See https://example.org/a_b.html. Next", "See|https://example.org/a_b.html|.|Next"},
      {"(www.example.com/x)", "(|www.example.com/x|)"},
      {"Mail Ana.Diaz@example.com.", "Mail|Ana.Diaz@example.com|."},
      {"visit example.co.uk today", "visit|example.co.uk|today"},
      {"#Budget2024 and @city_hall", "#Budget2024|and|@city_hall"},
      {"great \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD news", "great|\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD|news"},
      {"\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7 fans", "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7|fans"},
  };
  for (const Case& c : cases) CHECK(Pieces(c.text) == c.pieces);
  CHECK(KindOf("Mail Ana.Diaz@example.com.", "Ana.Diaz@example.com") == TokenKind::kUrl);
  CHECK(KindOf("visit example.co.uk today", "example.co.uk") == TokenKind::kUrl);
  CHECK(KindOf("#Budget2024 x", "#Budget2024") == TokenKind::kWord);
  CHECK(KindOf("great \xF0\x9F\x91\x8D now", "\xF0\x9F\x91\x8D") == TokenKind::kEmoji);
}

TEST_CASE("tokenizer splits ideographs from Latin letters and CJK punctuation", "[tokenizer]") {
  CHECK(Pieces("\xE4\xB8\xAD\xE5\x9B\xBD" "GDP" "\xE3\x80\x82") == "\xE4\xB8\xAD\xE5\x9B\xBD|GDP|\xE3\x80\x82");
}

TEST_CASE("tokenizer records whitespace before each token", "[tokenizer]") {
  const std::string text = "He said: \xE2\x80\x9CNo.\xE2\x80\x9D";
  std::vector<Token> tokens = Tokenize(text);
  REQUIRE(tokens.size() == 7);
  const bool want[] = {false, true, false, true, false, false, false};
  for (size_t i = 0; i < tokens.size(); ++i) CHECK(tokens[i].space_before == want[i]);
  CHECK(Tokenize(" \n  x")[0].space_before);
}

TEST_CASE("tokenizer never loses or overlaps bytes on odd input", "[tokenizer]") {
  const std::string inputs[] = {"", "   ", "\xFF\xFE" "abc", "a\x01" "b", "...", "-", "'", "US$", "@", "#",
                                "http://", "a@b", "x.", "1,", "\xE2\x80", "Mr.", "U.S"};
  for (const std::string& s : inputs) {
    size_t last_end = 0;
    for (const Token& t : Tokenize(s)) {
      CHECK(t.span.start >= last_end);
      CHECK(t.span.end > t.span.start);
      CHECK(t.span.end <= s.size());
      last_end = t.span.end;
    }
  }
}

TEST_CASE("tokenizer treats bidi controls as invisible separators, never as part of a word", "[tokenizer]") {
  // RLO (U+202E) before a name, PDF (U+202C) after the full stop, RLM (U+200F) inside the sentence.
  const std::string text = "\xE2\x80\xAEMayor Vela said\xE2\x80\x8F yes.\xE2\x80\xAC";
  CHECK(Pieces(text) == "Mayor|Vela|said|yes|.");
  CHECK(Tokenize(text)[0].space_before);
}
