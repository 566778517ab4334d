// Tests of the sentence splitter's rules. The tables split one block by the
// rules alone (no boundary model); the model's part is tested in
// boundary_model_test.cc, the pipeline's split (rules and shipped model) in
// sentence_splitter_hard_cases_test.cc.
#include "text/sentence_splitter.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/split_sentences.h"
#include "text/tokenizer.h"

using lede::Block;
using lede::BlockKind;
using lede::Sentence;
using lede::Token;
using lede::detail::SplitSentences;
using lede::detail::Tokenize;
using lede::testing::CheckSplitsByRules;

TEST_CASE("sentence splitter ends sentences at stops, question and exclamation marks", "[sentences]") {
  CheckSplitsByRules({
      {"The port reopened. Ships queued at dawn.", "The port reopened. | Ships queued at dawn."},
      {"Will it hold? Nobody knows!", "Will it hold? | Nobody knows!"},
      {"Hello!! Long time no see.", "Hello!! | Long time no see."},
      {"Really?! Yes.", "Really?! | Yes."},
      {"It ended\xE2\x80\xA6 Then silence.", "It ended\xE2\x80\xA6 | Then silence."},
      {"Prices rose 4.5 per cent. Wages did not.", "Prices rose 4.5 per cent. | Wages did not."},
      {"She has $100.00 in her bag.", "She has $100.00 in her bag."},
      {"Sales fell. 2024 was worse.", "Sales fell. | 2024 was worse."},
  });
}

TEST_CASE("sentence splitter keeps closing quotes and brackets with their sentence", "[sentences]") {
  CheckSplitsByRules({
      {"He said: \xE2\x80\x9CWe will rebuild.\xE2\x80\x9D The crowd cheered.",
       "He said: \xE2\x80\x9CWe will rebuild.\xE2\x80\x9D | The crowd cheered."},
      {"\"We will rebuild.\" The crowd cheered.", "\"We will rebuild.\" | The crowd cheered."},
      {"\xE2\x80\x9CWhy now?\xE2\x80\x9D she asked.", "\xE2\x80\x9CWhy now?\xE2\x80\x9D she asked."},
      {"She turned to him, \"This is great.\" she said.", "She turned to him, \"This is great.\" she said."},
      {"He teaches (He once worked as an engineer.) at a college.",
       "He teaches (He once worked as an engineer.) at a college."},
      {"The bridge closed (for repairs.) Traffic slowed.", "The bridge closed (for repairs.) | Traffic slowed."},
      {"It was \xE2\x80\x98over\xE2\x80\x99. The team left.", "It was \xE2\x80\x98over\xE2\x80\x99. | The team left."},
  });
}

TEST_CASE("sentence splitter does not end sentences at titles and initials", "[sentences]") {
  CheckSplitsByRules({
      {"Mr. Okafor met Dr. Lind on Monday.", "Mr. Okafor met Dr. Lind on Monday."},
      {"Gen. Ruiz and Sen. Park spoke.", "Gen. Ruiz and Sen. Park spoke."},
      {"My name is Jonas E. Smith.", "My name is Jonas E. Smith."},
      {"She read J. R. R. Tolkien as a child.", "She read J. R. R. Tolkien as a child."},
      {"We make a good team, you and I. Did you see Albert I. Jones yesterday?",
       "We make a good team, you and I. | Did you see Albert I. Jones yesterday?"},
      {"He lives on St. Mark Street.", "He lives on St. Mark Street."},
  });
}

TEST_CASE("sentence splitter reads general and dotted abbreviations by what follows", "[sentences]") {
  CheckSplitsByRules({
      {"Were Jane and co. at the party?", "Were Jane and co. at the party?"},
      {"They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
       "They closed the deal with Pitt, Briggs & Co. | It closed yesterday."},
      {"That is JFK Jr.'s book.", "That is JFK Jr.'s book."},
      {"I live in the E.U. How about you?", "I live in the E.U. | How about you?"},
      {"I live in the U.S. How about you?", "I live in the U.S. | How about you?"},
      {"I work for the U.S. Government in Virginia.", "I work for the U.S. Government in Virginia."},
      {"I have lived in the U.S. for 20 years.", "I have lived in the U.S. for 20 years."},
      {"Bring fruit, e.g. apples, and bread.", "Bring fruit, e.g. apples, and bread."},
      {"Bring fruit, bread etc. to the hall.", "Bring fruit, bread etc. to the hall."},
      {"Bring fruit, bread etc. The hall opens at 9.", "Bring fruit, bread etc. | The hall opens at 9."},
      {"He left at 6 p.m. Mr. Diaz stayed.", "He left at 6 p.m. | Mr. Diaz stayed."},
      {"The vote is on Jan. 5 in Oslo.", "The vote is on Jan. 5 in Oslo."},
      {"Room No. 4 was empty.", "Room No. 4 was empty."},
      {"The answer was no. Then he left.", "The answer was no. | Then he left."},
      {"Smith v. Jones was settled.", "Smith v. Jones was settled."},
  });
}

TEST_CASE("sentence splitter handles URLs, e-mail and lists", "[sentences]") {
  CheckSplitsByRules({
      {"Her email is Jane.Doe@example.com. I sent her an email.",
       "Her email is Jane.Doe@example.com. | I sent her an email."},
      {"The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
       "The site is: https://www.example.50.com/new-site/awesome_content.html. | Please check it out."},
      {"1. The first item. 2. The second item.", "1. The first item. | 2. The second item."},
      {"1) The first item. 2) The second item.", "1) The first item. | 2) The second item."},
  });
}

TEST_CASE("sentence splitter handles spaced ellipses", "[sentences]") {
  CheckSplitsByRules({
      {"He argues that \xE2\x80\x9Cthe rules will appear simpler. . . .\xE2\x80\x9D",
       "He argues that \xE2\x80\x9Cthe rules will appear simpler. . . .\xE2\x80\x9D"},
      {"Mark the omission with a period . . . . Next sentence.",
       "Mark the omission with a period . . . . | Next sentence."},
  });
}

TEST_CASE("sentence splitter handles CJK and uncased scripts", "[sentences]") {
  CheckSplitsByRules({
      {"\xE5\xA4\xA9\xE6\xB0\x94\xE5\xA5\xBD\xE3\x80\x82\xE6\x88\x91\xE4\xBB\xAC\xE8\xB5\xB0\xE3\x80\x82",
       "\xE5\xA4\xA9\xE6\xB0\x94\xE5\xA5\xBD\xE3\x80\x82 | \xE6\x88\x91\xE4\xBB\xAC\xE8\xB5\xB0\xE3\x80\x82"},
      {"Ca va. Merci.", "Ca va. | Merci."},
  });
}

TEST_CASE("sentence splitter ends heading and bullet lines at their line break", "[sentences]") {
  CheckSplitsByRules({
      {"Flood Warning Issued For Coast\nResidents were told to leave.",
       "Flood Warning Issued For Coast | Residents were told to leave."},
      {"Storm update\nResidents were told to leave.", "Storm update | Residents were told to leave."},
      {"\xE2\x80\xA2 Roads closed in the north\n\xE2\x80\xA2 Schools shut",
       "\xE2\x80\xA2 Roads closed in the north | \xE2\x80\xA2 Schools shut"},
      {"The ministry said on Thursday that the new rules would apply to\nall ports from June.",
       "The ministry said on Thursday that the new rules would apply to\nall ports from June."},
      {"The ministry said on Thursday that the new rules would apply to the\nPacific ports from June.",
       "The ministry said on Thursday that the new rules would apply to the\nPacific ports from June."},
  });
}

TEST_CASE("sentence splitter never crosses a block and fills token ranges", "[sentences]") {
  const std::string text = "First block has no stop\n\nSecond block. It has two.";
  const std::vector<Token> tokens = Tokenize(text);
  const std::vector<Block> blocks = {{{0, 23}, BlockKind::kParagraph}, {{25, text.size()}, BlockKind::kParagraph}};
  const std::vector<Sentence> sentences = SplitSentences(text, tokens, blocks);
  REQUIRE(sentences.size() == 3);
  CHECK(sentences[0].block == 0);
  CHECK(sentences[1].block == 1);
  CHECK(sentences[2].block == 1);
  CHECK(sentences[0].first_token == 0);
  CHECK(sentences[0].last_token == 5);
  CHECK(sentences[1].first_token == 5);
  CHECK(sentences[2].last_token == tokens.size());
  CHECK(text.substr(sentences[1].span.start, sentences[1].span.size()) == "Second block.");
  CHECK(SplitSentences("", {}, {}).empty());
}

TEST_CASE("sentence splitter starts a new item at the next marker of an inline list", "[sentences]") {
  CheckSplitsByRules({
      {"1) Buy bread 2) Call the bank", "1) Buy bread | 2) Call the bank"},
      {"1.) Buy bread 2.) Call the bank", "1.) Buy bread | 2.) Call the bank"},
      {"\xE2\x80\xA2 9. Buy bread \xE2\x80\xA2 10. Call the bank", "\xE2\x80\xA2 9. Buy bread | \xE2\x80\xA2 10. Call the bank"},
      {"a. Buy bread b. Call the bank c. Pay rent", "a. Buy bread | b. Call the bank | c. Pay rent"},
      {"1) Buy bread with 3) no gap", "1) Buy bread with 3) no gap"},
      {"Prices rose by 2) The bank said", "Prices rose by 2) The bank said"},
  });
}

TEST_CASE("sentence splitter keeps an initial after a lowercase word with its name", "[sentences]") {
  CheckSplitsByRules({
      {"It was founded by the writer L. Ron Hubbard in 1954.", "It was founded by the writer L. Ron Hubbard in 1954."},
      {"They took vitamin D. The trial ended.", "They took vitamin D. | The trial ended."},
  });
}

TEST_CASE("sentence splitter starts a sentence at a lowercase word after a stop in informal text", "[sentences]") {
  CheckSplitsByRules({
      {"The ferry was late again. i waited an hour.", "The ferry was late again. | i waited an hour."},
      {"Is the museum open on Mondays? or only weekends?", "Is the museum open on Mondays? | or only weekends?"},
      {"Great trip! thanks for the tips.", "Great trip! | thanks for the tips."},
      {"Which hotel is quieter ? any advice helps", "Which hotel is quieter ? | any advice helps"},
      {"Did the flight get cancelled?!? nobody told us.", "Did the flight get cancelled?!? | nobody told us."},
      {"They said \"wait.\" so we waited.", "They said \"wait.\" so we waited."},
      {"Open the file report . then save it.", "Open the file report . then save it."},
      // Abbreviations, initials, ellipses and list letters keep the sentence going.
      {"We met at 9 a.m. and left at noon.", "We met at 9 a.m. and left at noon."},
      {"Plan A. then Plan B.", "Plan A. then Plan B."},
      {"I waited... and waited.", "I waited... and waited."},
      {"Two options: a) stay. b) leave.", "Two options: a) stay. b) leave."},
  });
}

TEST_CASE("sentence splitter keeps a text emoticon with the sentence it closes", "[sentences]") {
  CheckSplitsByRules({
      {"The hostel was clean. :) We would stay again.", "The hostel was clean. :) | We would stay again."},
      {"Lost my ticket :( the bus left without me.", "Lost my ticket :( | the bus left without me."},
      {"Thanks for the help! ^_^", "Thanks for the help! ^_^"},
      {"Good luck =) hope it works out.", "Good luck =) | hope it works out."},
      // A colon and bracket that are not a spaced emoticon change nothing.
      {"Two rooms (see below:) were booked.", "Two rooms (see below:) were booked."},
  });
}

TEST_CASE("sentence splitter ends a sentence at a question or exclamation mark glued to the next word", "[sentences]") {
  CheckSplitsByRules({
      {"Is the pass still open?thanks in advance.", "Is the pass still open? | thanks in advance."},
      {"What a view!!Worth every step.", "What a view!! | Worth every step."},
      {"Call the station first.They close early.", "Call the station first. | They close early."},
      {"We waited for ages...Then it rained.", "We waited for ages... | Then it rained."},
      {"The site runs on ASP.NET servers.", "The site runs on ASP.NET servers."},
      {"He moved to the U.S.In May he left.", "He moved to the U.S.In May he left."},
      // Glued stops alone are domains, decimals or trailing off.
      {"Book on example.com today.", "Book on example.com today."},
      {"It was late..we left early.", "It was late..we left early."},
  });
}

TEST_CASE("sentence splitter reads a contracted opener after an abbreviation", "[sentences]") {
  CheckSplitsByRules({
      {"They sell maps, guides etc. There's a shop nearby.", "They sell maps, guides etc. | There's a shop nearby."},
      {"They sell maps, guides etc. It\xE2\x80\x99s cheap.", "They sell maps, guides etc. | It\xE2\x80\x99s cheap."},
      {"They sell maps, guides etc. Harry's shop is nearby.", "They sell maps, guides etc. Harry's shop is nearby."},
  });
}
