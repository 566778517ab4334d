// Hard cases for the tokenizer, one table per kind of trouble in news text.
// Each case lists the tokens it expects in order, as (text, kind); the check
// derives every token's byte span from the pieces (the first occurrence after
// the previous token, with only whitespace skipped) and compares spans and
// kinds exactly, so a lost, merged or shifted token fails.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "text/tokenizer.h"

using lede::Token;
using lede::TokenKind;
using lede::detail::Tokenize;

namespace {

// Short names for the kinds, so each table row reads as a line of text.
constexpr TokenKind kW = TokenKind::kWord;
constexpr TokenKind kN = TokenKind::kNumber;
constexpr TokenKind kP = TokenKind::kPunctuation;
constexpr TokenKind kQ = TokenKind::kQuote;
constexpr TokenKind kD = TokenKind::kDash;
constexpr TokenKind kS = TokenKind::kSymbol;
constexpr TokenKind kE = TokenKind::kEmoji;
constexpr TokenKind kU = TokenKind::kUrl;

// One expected token: its text and kind.
struct Piece {
  std::string text;
  TokenKind kind;
};

struct Case {
  std::string text;
  std::vector<Piece> pieces;
};

bool IsAsciiSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Checks that Tokenize(c.text) yields exactly c.pieces, with byte spans and kinds.
void CheckTokens(const Case& c) {
  INFO("text: " << c.text);
  const std::vector<Token> tokens = Tokenize(c.text);
  CHECK(tokens.size() == c.pieces.size());
  size_t pos = 0;
  for (size_t i = 0; i < c.pieces.size() && i < tokens.size(); ++i) {
    const Piece& want = c.pieces[i];
    INFO("token " << i << ": '" << want.text << "'");
    const size_t start = c.text.find(want.text, pos);
    REQUIRE(start != std::string::npos);
    for (size_t k = pos; k < start; ++k) REQUIRE(IsAsciiSpace(c.text[k]));
    CHECK(tokens[i].span.start == start);
    CHECK(tokens[i].span.end == start + want.text.size());
    CHECK(tokens[i].kind == want.kind);
    CHECK(tokens[i].space_before == (start > pos || (i == 0 && start > 0)));
    pos = start + want.text.size();
  }
}

void CheckAll(const std::vector<Case>& cases) {
  for (const Case& c : cases) CheckTokens(c);
}

// Checks that exactly the word tokens ending in a glued '.' carry the abbreviation flag.
void CheckAbbreviationFlags(const std::string& text) {
  INFO("text: " << text);
  for (const Token& t : Tokenize(text)) {
    const bool glued = t.kind == kW && t.span.size() > 1 && text[t.span.end - 1] == '.';
    CHECK(t.abbreviation == glued);
  }
}

}  // namespace

TEST_CASE("tokenizer glues periods to military titles, dotted countries, clock times and citations", "[tokenizer]") {
  const std::vector<Case> cases = {
      {"Lt. Col. Haddad met Sgt. Moreno.",
       {{"Lt.", kW}, {"Col.", kW}, {"Haddad", kW}, {"met", kW}, {"Sgt.", kW}, {"Moreno", kW}, {".", kP}}},
      {"The U.K. and the U.S.A. agreed.",
       {{"The", kW}, {"U.K.", kW}, {"and", kW}, {"the", kW}, {"U.S.A.", kW}, {"agreed", kW}, {".", kP}}},
      {"from 9:30 a.m. to 6 P.M. daily",
       {{"from", kW}, {"9:30", kN}, {"a.m.", kW}, {"to", kW}, {"6", kN}, {"P.M.", kW}, {"daily", kW}}},
      {"See Fig. 3 and pp. 12-14.",
       {{"See", kW}, {"Fig.", kW}, {"3", kN}, {"and", kW}, {"pp.", kW}, {"12", kN}, {"-", kP}, {"14", kN}, {".", kP}}},
      {"Acme Inc. and Ruiz et al. agreed",
       {{"Acme", kW}, {"Inc.", kW}, {"and", kW}, {"Ruiz", kW}, {"et", kW}, {"al.", kW}, {"agreed", kW}}},
      {"the Rt. Hon. Ana Reed", {{"the", kW}, {"Rt.", kW}, {"Hon.", kW}, {"Ana", kW}, {"Reed", kW}}},
      {"built ca. 1900, viz. before", {{"built", kW}, {"ca.", kW}, {"1900", kN}, {",", kP}, {"viz.", kW}, {"before", kW}}},
      {"Item no.5 on Sept. 14", {{"Item", kW}, {"no.", kW}, {"5", kN}, {"on", kW}, {"Sept.", kW}, {"14", kN}}},
      // A number-only abbreviation before a word is an ordinary word and stop.
      {"They ate a fig. Then", {{"They", kW}, {"ate", kW}, {"a", kW}, {"fig", kW}, {".", kP}, {"Then", kW}}},
      {"Maj. Gen. Ito", {{"Maj.", kW}, {"Gen.", kW}, {"Ito", kW}}},
  };
  CheckAll(cases);
  for (const Case& c : cases) CheckAbbreviationFlags(c.text);
}

TEST_CASE("tokenizer reads initials in any script, spaced or run together", "[tokenizer]") {
  const std::vector<Case> cases = {
      {"W. E. B. Du Bois", {{"W.", kW}, {"E.", kW}, {"B.", kW}, {"Du", kW}, {"Bois", kW}}},
      {"C.S. Lewis and A.J. Ayer", {{"C.S.", kW}, {"Lewis", kW}, {"and", kW}, {"A.J.", kW}, {"Ayer", kW}}},
      {"\xC3\x89. Zola and \xC3\x93. Ruiz",
       {{"\xC3\x89.", kW}, {"Zola", kW}, {"and", kW}, {"\xC3\x93.", kW}, {"Ruiz", kW}}},
      {"\xD0\x96. \xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2",
       {{"\xD0\x96.", kW}, {"\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2", kW}}},
      {"Robert F. Kennedy Jr., a lawyer",
       {{"Robert", kW}, {"F.", kW}, {"Kennedy", kW}, {"Jr.", kW}, {",", kP}, {"a", kW}, {"lawyer", kW}}},
      // A lowercase single letter is no initial.
      {"plan b. Then", {{"plan", kW}, {"b", kW}, {".", kP}, {"Then", kW}}},
  };
  CheckAll(cases);
  for (const Case& c : cases) CheckAbbreviationFlags(c.text);
}

TEST_CASE("tokenizer keeps decimals and thousands separators inside one number", "[tokenizer]") {
  CheckAll({
      {"pi is 3.14159, rates 0.25", {{"pi", kW}, {"is", kW}, {"3.14159", kN}, {",", kP}, {"rates", kW}, {"0.25", kN}}},
      {"1,000,000 people", {{"1,000,000", kN}, {"people", kW}}},
      {"1.234.567,89 euros", {{"1.234.567,89", kN}, {"euros", kW}}},
      {"12,5 per cent", {{"12,5", kN}, {"per", kW}, {"cent", kW}}},
      {"closed at 4,567.89.", {{"closed", kW}, {"at", kW}, {"4,567.89", kN}, {".", kP}}},
      {"a 10,000-strong crowd", {{"a", kW}, {"10,000", kN}, {"-", kP}, {"strong", kW}, {"crowd", kW}}},
      {"up 2.5pc, 1,2", {{"up", kW}, {"2.5", kN}, {"pc", kW}, {",", kP}, {"1,2", kN}}},
      {"it was 7,", {{"it", kW}, {"was", kW}, {"7", kN}, {",", kP}}},
  });
}

TEST_CASE("tokenizer splits list numbers and letters from their markers", "[tokenizer]") {
  CheckAll({
      {"1. Ports 2. Rail", {{"1", kN}, {".", kP}, {"Ports", kW}, {"2", kN}, {".", kP}, {"Rail", kW}}},
      {"(1) safety, (2) speed",
       {{"(", kP}, {"1", kN}, {")", kP}, {"safety", kW}, {",", kP}, {"(", kP}, {"2", kN}, {")", kP}, {"speed", kW}}},
      {"a) stay b) leave", {{"a", kW}, {")", kP}, {"stay", kW}, {"b", kW}, {")", kP}, {"leave", kW}}},
      {"Step 10. Done", {{"Step", kW}, {"10", kN}, {".", kP}, {"Done", kW}}},
      {"i. Cut ii. Raise", {{"i", kW}, {".", kP}, {"Cut", kW}, {"ii", kW}, {".", kP}, {"Raise", kW}}},
      // A capital list letter reads as an initial, which the splitter then treats as a list marker.
      {"A. Stay B. Leave", {{"A.", kW}, {"Stay", kW}, {"B.", kW}, {"Leave", kW}}},
  });
}

TEST_CASE("tokenizer makes one token of an ellipsis, also after an abbreviation's own period", "[tokenizer]") {
  CheckAll({
      {"Wait.... what", {{"Wait", kW}, {"....", kP}, {"what", kW}}},
      {"Wait . . . what", {{"Wait", kW}, {".", kP}, {".", kP}, {".", kP}, {"what", kW}}},
      {"\xE2\x80\x9CIf only\xE2\x80\xA6\xE2\x80\x9D",
       {{"\xE2\x80\x9C", kQ}, {"If", kW}, {"only", kW}, {"\xE2\x80\xA6", kP}, {"\xE2\x80\x9D", kQ}}},
      // Of four periods the abbreviation keeps its own and three remain.
      {"the U.S.... Then", {{"the", kW}, {"U.S.", kW}, {"...", kP}, {"Then", kW}}},
      {"Acme Inc.... Then", {{"Acme", kW}, {"Inc.", kW}, {"...", kP}, {"Then", kW}}},
  });
}

TEST_CASE("tokenizer splits closing quotes and brackets after a full stop", "[tokenizer]") {
  CheckAll({
      {"(He agreed.)", {{"(", kP}, {"He", kW}, {"agreed", kW}, {".", kP}, {")", kP}}},
      {"\xE2\x80\x98No.\xE2\x80\x99", {{"\xE2\x80\x98", kQ}, {"No", kW}, {".", kP}, {"\xE2\x80\x99", kQ}}},
      {"\xE2\x80\x98\xE2\x80\x9CStop.\xE2\x80\x9D\xE2\x80\x99",
       {{"\xE2\x80\x98", kQ}, {"\xE2\x80\x9C", kQ}, {"Stop", kW}, {".", kP}, {"\xE2\x80\x9D", kQ}, {"\xE2\x80\x99", kQ}}},
      {"[sic.] and (Acme Inc.)",
       {{"[", kP}, {"sic", kW}, {".", kP}, {"]", kP}, {"and", kW}, {"(", kP}, {"Acme", kW}, {"Inc.", kW}, {")", kP}}},
      {"\"Mr. Lee.\"", {{"\"", kQ}, {"Mr.", kW}, {"Lee", kW}, {".", kP}, {"\"", kQ}}},
      {"\xE3\x80\x8C\xE5\xA5\xBD\xE3\x80\x82\xE3\x80\x8D",
       {{"\xE3\x80\x8C", kQ}, {"\xE5\xA5\xBD", kW}, {"\xE3\x80\x82", kP}, {"\xE3\x80\x8D", kQ}}},
  });
}

TEST_CASE("tokenizer ends URLs and e-mail addresses before sentence punctuation", "[tokenizer]") {
  CheckAll({
      {"Visit https://news.example.org/2024/06/story?id=7&x=1. Then",
       {{"Visit", kW}, {"https://news.example.org/2024/06/story?id=7&x=1", kU}, {".", kP}, {"Then", kW}}},
      {"Write to desk@paper.example.co.uk! Then",
       {{"Write", kW}, {"to", kW}, {"desk@paper.example.co.uk", kU}, {"!", kP}, {"Then", kW}}},
      {"(see www.example.net/a.)", {{"(", kP}, {"see", kW}, {"www.example.net/a", kU}, {".", kP}, {")", kP}}},
      {"Email a.b-c@example.com?", {{"Email", kW}, {"a.b-c@example.com", kU}, {"?", kP}}},
      {"at http://example.org/path/.", {{"at", kW}, {"http://example.org/path/", kU}, {".", kP}}},
      {"on example.org, then", {{"on", kW}, {"example.org", kU}, {",", kP}, {"then", kW}}},
  });
}

TEST_CASE("tokenizer splits exclamation and question marks from the quotes around them", "[tokenizer]") {
  CheckAll({
      {"He shouted \xE2\x80\x9C" "Fire!\xE2\x80\x9D and ran.",
       {{"He", kW}, {"shouted", kW}, {"\xE2\x80\x9C", kQ}, {"Fire", kW}, {"!", kP}, {"\xE2\x80\x9D", kQ}, {"and", kW},
        {"ran", kW}, {".", kP}}},
      {"'Run!' she said.", {{"'", kQ}, {"Run", kW}, {"!", kP}, {"'", kQ}, {"she", kW}, {"said", kW}, {".", kP}}},
      {"\"Stop!!\"", {{"\"", kQ}, {"Stop", kW}, {"!", kP}, {"!", kP}, {"\"", kQ}}},
      {"\xE2\x80\x9CWhy?!\xE2\x80\x9D",
       {{"\xE2\x80\x9C", kQ}, {"Why", kW}, {"?", kP}, {"!", kP}, {"\xE2\x80\x9D", kQ}}},
      {"\xC2\xAB" "Assez!\xC2\xBB", {{"\xC2\xAB", kQ}, {"Assez", kW}, {"!", kP}, {"\xC2\xBB", kQ}}},
  });
}

TEST_CASE("tokenizer keeps lowercase and mixed-case sentence openers whole", "[tokenizer]") {
  CheckAll({
      {"today. iPhone sales", {{"today", kW}, {".", kP}, {"iPhone", kW}, {"sales", kW}}},
      {"comment. de Klerk spoke", {{"comment", kW}, {".", kP}, {"de", kW}, {"Klerk", kW}, {"spoke", kW}}},
      {"rose. pH levels", {{"rose", kW}, {".", kP}, {"pH", kW}, {"levels", kW}}},
      {"fell. eBay's shares", {{"fell", kW}, {".", kP}, {"eBay's", kW}, {"shares", kW}}},
      {"mixed. e.g. in Asia", {{"mixed", kW}, {".", kP}, {"e.g.", kW}, {"in", kW}, {"Asia", kW}}},
      {"late again. i waited", {{"late", kW}, {"again", kW}, {".", kP}, {"i", kW}, {"waited", kW}}},
  });
}

TEST_CASE("tokenizer reads a headline line without final punctuation as plain words", "[tokenizer]") {
  CheckAll({
      {"Ferry Service Cut Amid Fuel Shortage\nThe operator said",
       {{"Ferry", kW}, {"Service", kW}, {"Cut", kW}, {"Amid", kW}, {"Fuel", kW}, {"Shortage", kW}, {"The", kW},
        {"operator", kW}, {"said", kW}}},
      {"Breaking: floods hit the north\nRescue",
       {{"Breaking", kW}, {":", kP}, {"floods", kW}, {"hit", kW}, {"the", kW}, {"north", kW}, {"Rescue", kW}}},
      {"Live updates\n12 people", {{"Live", kW}, {"updates", kW}, {"12", kN}, {"people", kW}}},
      {"Storm Kills Three\n\"We lost", {{"Storm", kW}, {"Kills", kW}, {"Three", kW}, {"\"", kQ}, {"We", kW}, {"lost", kW}}},
  });
}

TEST_CASE("tokenizer makes each bullet its own token, dash bullets as dashes", "[tokenizer]") {
  CheckAll({
      {"\xE2\x80\xA2 Fares rise\n\xE2\x80\xA2 Trains return",
       {{"\xE2\x80\xA2", kP}, {"Fares", kW}, {"rise", kW}, {"\xE2\x80\xA2", kP}, {"Trains", kW}, {"return", kW}}},
      {"- Fares rise\n- Trains", {{"-", kD}, {"Fares", kW}, {"rise", kW}, {"-", kD}, {"Trains", kW}}},
      {"* Fares rise\n* Trains", {{"*", kP}, {"Fares", kW}, {"rise", kW}, {"*", kP}, {"Trains", kW}}},
      {"\xE2\x80\x93 Fares rise", {{"\xE2\x80\x93", kD}, {"Fares", kW}, {"rise", kW}}},
      // A geometric-shape bullet keeps its Unicode category (symbol); the splitter knows it as a bullet.
      {"\xE2\x96\xAA Fares\n\xE2\x96\xAA Trains",
       {{"\xE2\x96\xAA", kS}, {"Fares", kW}, {"\xE2\x96\xAA", kS}, {"Trains", kW}}},
      {"\xE2\x80\xA2" "Fares", {{"\xE2\x80\xA2", kP}, {"Fares", kW}}},
  });
}

TEST_CASE("tokenizer splits CJK, Arabic, Devanagari and Armenian sentence marks from words", "[tokenizer]") {
  CheckAll({
      // 北京下雨。上海晴天！广州呢？
      {"\xE5\x8C\x97\xE4\xBA\xAC\xE4\xB8\x8B\xE9\x9B\xA8\xE3\x80\x82\xE4\xB8\x8A\xE6\xB5\xB7\xE6\x99\xB4\xE5\xA4\xA9"
       "\xEF\xBC\x81\xE5\xB9\xBF\xE5\xB7\x9E\xE5\x91\xA2\xEF\xBC\x9F",
       {{"\xE5\x8C\x97\xE4\xBA\xAC\xE4\xB8\x8B\xE9\x9B\xA8", kW}, {"\xE3\x80\x82", kP},
        {"\xE4\xB8\x8A\xE6\xB5\xB7\xE6\x99\xB4\xE5\xA4\xA9", kW}, {"\xEF\xBC\x81", kP},
        {"\xE5\xB9\xBF\xE5\xB7\x9E\xE5\x91\xA2", kW}, {"\xEF\xBC\x9F", kP}}},
      // 价格上涨了5.5%。
      {"\xE4\xBB\xB7\xE6\xA0\xBC\xE4\xB8\x8A\xE6\xB6\xA8\xE4\xBA\x86" "5.5%\xE3\x80\x82",
       {{"\xE4\xBB\xB7\xE6\xA0\xBC\xE4\xB8\x8A\xE6\xB6\xA8\xE4\xBA\x86", kW}, {"5.5", kN}, {"%", kS},
        {"\xE3\x80\x82", kP}}},
      // Kana and kanji run together as one word: 株価が上がった。
      {"\xE6\xA0\xAA\xE4\xBE\xA1\xE3\x81\x8C\xE4\xB8\x8A\xE3\x81\x8C\xE3\x81\xA3\xE3\x81\x9F\xE3\x80\x82",
       {{"\xE6\xA0\xAA\xE4\xBE\xA1\xE3\x81\x8C\xE4\xB8\x8A\xE3\x81\x8C\xE3\x81\xA3\xE3\x81\x9F", kW},
        {"\xE3\x80\x82", kP}}},
      // هل انتهت؟ نعم.
      {"\xD9\x87\xD9\x84 \xD8\xA7\xD9\x86\xD8\xAA\xD9\x87\xD8\xAA\xD8\x9F \xD9\x86\xD8\xB9\xD9\x85.",
       {{"\xD9\x87\xD9\x84", kW}, {"\xD8\xA7\xD9\x86\xD8\xAA\xD9\x87\xD8\xAA", kW}, {"\xD8\x9F", kP},
        {"\xD9\x86\xD8\xB9\xD9\x85", kW}, {".", kP}}},
      // खबर है। वह (vowel signs stay inside the word)
      {"\xE0\xA4\x96\xE0\xA4\xAC\xE0\xA4\xB0 \xE0\xA4\xB9\xE0\xA5\x88\xE0\xA5\xA4 \xE0\xA4\xB5\xE0\xA4\xB9",
       {{"\xE0\xA4\x96\xE0\xA4\xAC\xE0\xA4\xB0", kW}, {"\xE0\xA4\xB9\xE0\xA5\x88", kW}, {"\xE0\xA5\xA4", kP},
        {"\xE0\xA4\xB5\xE0\xA4\xB9", kW}}},
      // Բարեւ։ Այսօր
      {"\xD4\xB2\xD5\xA1\xD6\x80\xD5\xA5\xD6\x82\xD6\x89 \xD4\xB1\xD5\xB5\xD5\xBD\xD6\x85\xD6\x80",
       {{"\xD4\xB2\xD5\xA1\xD6\x80\xD5\xA5\xD6\x82", kW}, {"\xD6\x89", kP},
        {"\xD4\xB1\xD5\xB5\xD5\xBD\xD6\x85\xD6\x80", kW}}},
      // Urdu full stop: خبر۔ اور
      {"\xD8\xAE\xD8\xA8\xD8\xB1\xDB\x94 \xD8\xA7\xD9\x88\xD8\xB1",
       {{"\xD8\xAE\xD8\xA8\xD8\xB1", kW}, {"\xDB\x94", kP}, {"\xD8\xA7\xD9\x88\xD8\xB1", kW}}},
      {"Is it over\xEF\xBC\x9F Yes", {{"Is", kW}, {"it", kW}, {"over", kW}, {"\xEF\xBC\x9F", kP}, {"Yes", kW}}},
  });
}

TEST_CASE("tokenizer tells word-inner apostrophes, curly or straight, from closing quotes", "[tokenizer]") {
  CheckAll({
      {"Xi\xE2\x80\x99s visit, Xi's visit", {{"Xi\xE2\x80\x99s", kW}, {"visit", kW}, {",", kP}, {"Xi's", kW}, {"visit", kW}}},
      {"don\xE2\x80\x99t and won't", {{"don\xE2\x80\x99t", kW}, {"and", kW}, {"won't", kW}}},
      {"the workers\xE2\x80\x99 union", {{"the", kW}, {"workers", kW}, {"\xE2\x80\x99", kQ}, {"union", kW}}},
      {"James' car", {{"James", kW}, {"'", kQ}, {"car", kW}}},
      {"O\xE2\x80\x99" "Brien and d\xE2\x80\x99" "Alembert", {{"O\xE2\x80\x99" "Brien", kW}, {"and", kW}, {"d\xE2\x80\x99" "Alembert", kW}}},
      // The modifier-letter apostrophe joins like the others.
      {"Xi\xCA\xBCs plan", {{"Xi\xCA\xBCs", kW}, {"plan", kW}}},
      {"'We won't,' she said",
       {{"'", kQ}, {"We", kW}, {"won't", kW}, {",", kP}, {"'", kQ}, {"she", kW}, {"said", kW}}},
  });
}

TEST_CASE("tokenizer joins hyphenated and slashed words but not dashes or abbreviation hyphens", "[tokenizer]") {
  CheckAll({
      {"a state-of-the-art e-mail", {{"a", kW}, {"state-of-the-art", kW}, {"e-mail", kW}}},
      {"the Tallinn\xE2\x80\x93Helsinki ferry", {{"the", kW}, {"Tallinn", kW}, {"\xE2\x80\x93", kD}, {"Helsinki", kW}, {"ferry", kW}}},
      {"the 2023\xE2\x80\x93" "24 season", {{"the", kW}, {"2023", kN}, {"\xE2\x80\x93", kD}, {"24", kN}, {"season", kW}}},
      {"at 90 km/h via TCP/IP", {{"at", kW}, {"90", kN}, {"km/h", kW}, {"via", kW}, {"TCP/IP", kW}}},
      {"a 24/7 line", {{"a", kW}, {"24/7", kN}, {"line", kW}}},
      {"the U.S.-led force", {{"the", kW}, {"U.S.", kW}, {"-", kP}, {"led", kW}, {"force", kW}}},
      {"pro- and anti-war", {{"pro", kW}, {"-", kD}, {"and", kW}, {"anti-war", kW}}},
      // U+2011 (non-breaking hyphen) joins like '-'.
      {"a non\xE2\x80\x91stop flight", {{"a", kW}, {"non\xE2\x80\x91stop", kW}, {"flight", kW}}},
      {"Hewlett-Packard-backed", {{"Hewlett-Packard-backed", kW}}},
  });
}

TEST_CASE("tokenizer keeps hashtags and handles whole and leaves their punctuation out", "[tokenizer]") {
  CheckAll({
      {"#COP28 and @BBCBreaking:", {{"#COP28", kW}, {"and", kW}, {"@BBCBreaking", kW}, {":", kP}}},
      {"via @nyt_graphics.", {{"via", kW}, {"@nyt_graphics", kW}, {".", kP}}},
      {"#\xE4\xBA\xAC\xE9\x83\xBD and #\xC3\xBC" "ber", {{"#\xE4\xBA\xAC\xE9\x83\xBD", kW}, {"and", kW}, {"#\xC3\xBC" "ber", kW}}},
      {"C# code", {{"C", kW}, {"#", kP}, {"code", kW}}},
      {"mail me@example.com", {{"mail", kW}, {"me@example.com", kU}}},
      {"(#FloodAlert)", {{"(", kP}, {"#FloodAlert", kW}, {")", kP}}},
      {"a # sign", {{"a", kW}, {"#", kP}, {"sign", kW}}},
  });
}

TEST_CASE("tokenizer makes one emoji token of ZWJ sequences, skin tones, flags and keycaps", "[tokenizer]") {
  const std::string family = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7\xE2\x80\x8D\xF0\x9F\x91\xA6";
  const std::string astronaut = "\xF0\x9F\xA7\x91\xF0\x9F\x8F\xBD\xE2\x80\x8D\xF0\x9F\x9A\x80";  // 🧑🏽‍🚀
  const std::string rainbow = "\xF0\x9F\x8F\xB3\xEF\xB8\x8F\xE2\x80\x8D\xF0\x9F\x8C\x88";  // 🏳️‍🌈
  const std::string ukraine = "\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6";
  const std::string poland = "\xF0\x9F\x87\xB5\xF0\x9F\x87\xB1";
  const std::string heart = "\xE2\x9D\xA4\xEF\xB8\x8F";  // ❤️ (text heart + presentation selector)
  const std::string keycap = "1\xEF\xB8\x8F\xE2\x83\xA3";  // 1️⃣
  const std::string party = "\xF0\x9F\x8E\x89";
  CheckAll({
      {"the " + family + " family", {{"the", kW}, {family, kE}, {"family", kW}}},
      {"our " + astronaut + " crew, " + rainbow + ".",
       {{"our", kW}, {astronaut, kE}, {"crew", kW}, {",", kP}, {rainbow, kE}, {".", kP}}},
      {ukraine + poland + " flags", {{ukraine, kE}, {poland, kE}, {"flags", kW}}},
      {"\xF0\x9F\x91\x8D" + ukraine, {{"\xF0\x9F\x91\x8D", kE}, {ukraine, kE}}},
      {"love it " + heart + " see", {{"love", kW}, {"it", kW}, {heart, kE}, {"see", kW}}},
      {"step " + keycap + " done", {{"step", kW}, {keycap, kE}, {"done", kW}}},
      {"news" + party + party + "Next", {{"news", kW}, {party, kE}, {party, kE}, {"Next", kW}}},
      // Without the selector a text-style heart or copyright sign stays a symbol.
      {"\xE2\x9D\xA4 and \xC2\xA9", {{"\xE2\x9D\xA4", kS}, {"and", kW}, {"\xC2\xA9", kS}}},
  });
  // Byte lengths spelled out: a seven-code-point family is 25 bytes, one token.
  const std::vector<Token> tokens = Tokenize("a " + family + ".");
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[1].span.start == 2);
  CHECK(tokens[1].span.end == 27);
  CHECK(tokens[2].span.start == 27);
}
