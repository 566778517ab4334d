// Hard cases for the sentence splitter, one table per kind of trouble in news
// text, complementing sentence_splitter_test.cc. Each case is one block of
// text and its expected sentences joined by " | ", split as the pipeline
// splits it (the rules, and the shipped boundary model for open gaps).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/split_sentences.h"

using lede::testing::CheckSplitsWithModel;

TEST_CASE("sentence splitter reads military titles, dotted countries and citation abbreviations", "[sentences]") {
  CheckSplitsWithModel({
      {"Lt. Col. Haddad briefed Sgt. Moreno on Tuesday. Rep. Vance was absent.",
       "Lt. Col. Haddad briefed Sgt. Moreno on Tuesday. | Rep. Vance was absent."},
      {"The bill passed the U.K. Parliament in May. The U.S.A. objected.",
       "The bill passed the U.K. Parliament in May. | The U.S.A. objected."},
      {"See Fig. 3 for the trend. Vol. 2 has more.", "See Fig. 3 for the trend. | Vol. 2 has more."},
      {"He was ranked No. 2 in the world. She was No. 1.", "He was ranked No. 2 in the world. | She was No. 1."},
      {"The prize went to Smith et al. The panel met on Sept. 14 in Rome.",
       "The prize went to Smith et al. | The panel met on Sept. 14 in Rome."},
      {"Sales rose, e.g. in Asia, and fell elsewhere, i.e. in Europe.",
       "Sales rose, e.g. in Asia, and fell elsewhere, i.e. in Europe."},
      {"The firm hired Acme Inc. last year.", "The firm hired Acme Inc. last year."},
      {"The Rt. Hon. Ana Reed spoke first. She left early.", "The Rt. Hon. Ana Reed spoke first. | She left early."},
      {"The church was built ca. 1900 by monks.", "The church was built ca. 1900 by monks."},
  });
}

TEST_CASE("sentence splitter ends at a clock time only when a new clause follows it", "[sentences]") {
  CheckSplitsWithModel({
      {"At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
       "At 5 a.m. Mr. Smith went to the bank. | He left the bank at 6 P.M. | Mr. Smith then went to the store."},
      {"Before 8 a.m. Mrs. Osei opened the shop. She locked it at 7 p.m. Mr. Osei then drove home.",
       "Before 8 a.m. Mrs. Osei opened the shop. | She locked it at 7 p.m. | Mr. Osei then drove home."},
      {"By 9 a.m. Gen. Ortiz had arrived. He left at 3 P.M. Gov. Reyes stayed.",
       "By 9 a.m. Gen. Ortiz had arrived. | He left at 3 P.M. | Gov. Reyes stayed."},
      {"Talks resumed at 10 a.m. The envoys left at noon.", "Talks resumed at 10 a.m. | The envoys left at noon."},
      {"Talks resumed at 10 a.m. on Friday in Geneva.", "Talks resumed at 10 a.m. on Friday in Geneva."},
  });
}

TEST_CASE("sentence splitter keeps spaced and run-together initials with their name", "[sentences]") {
  CheckSplitsWithModel({
      {"The essay by W. E. B. Du Bois was reissued. Its preface is new.",
       "The essay by W. E. B. Du Bois was reissued. | Its preface is new."},
      {"Poet W. B. Yeats won in 1923. He was 58.", "Poet W. B. Yeats won in 1923. | He was 58."},
      {"Lawyers for Ana M. Ruiz appealed. The court refused.", "Lawyers for Ana M. Ruiz appealed. | The court refused."},
      {"The memo was signed by C.S. Lewis. It was brief.", "The memo was signed by C.S. Lewis. | It was brief."},
      {"Her father, Robert F. Kennedy Jr., spoke first.", "Her father, Robert F. Kennedy Jr., spoke first."},
      {"\xC3\x89. Zola wrote the letter. Critics raged.", "\xC3\x89. Zola wrote the letter. | Critics raged."},
  });
}

TEST_CASE("sentence splitter does not end sentences inside decimals and thousands", "[sentences]") {
  CheckSplitsWithModel({
      {"Inflation hit 3.4 per cent in May. It was 3.1 in April.",
       "Inflation hit 3.4 per cent in May. | It was 3.1 in April."},
      {"The crowd of 12,500 cheered. About 1,250.75 tonnes were shipped.",
       "The crowd of 12,500 cheered. | About 1,250.75 tonnes were shipped."},
      {"The index closed at 4,567.89. Trading was light.", "The index closed at 4,567.89. | Trading was light."},
      {"Shares rose 2.5. Bonds fell 0.3.", "Shares rose 2.5. | Bonds fell 0.3."},
      {"Rates were cut to 0.25 from 0.5 on Tuesday.", "Rates were cut to 0.25 from 0.5 on Tuesday."},
      {"The vote was 52.1 to 47.9. Turnout was 71.2.", "The vote was 52.1 to 47.9. | Turnout was 71.2."},
  });
}

TEST_CASE("sentence splitter starts list items at their numbers and letters", "[sentences]") {
  CheckSplitsWithModel({
      {"1. Cut costs 2. Raise prices 3. Hire staff", "1. Cut costs | 2. Raise prices | 3. Hire staff"},
      {"A. Cut costs. B. Raise prices.", "A. Cut costs. | B. Raise prices."},
      {"1. Fares rise in March\n2. Night trains return", "1. Fares rise in March | 2. Night trains return"},
      {"Priorities were (1) safety, (2) speed and (3) cost.", "Priorities were (1) safety, (2) speed and (3) cost."},
  });
}

TEST_CASE("sentence splitter ends at an ellipsis only before a new sentence", "[sentences]") {
  CheckSplitsWithModel({
      {"The talks stalled . . . Then the envoy returned.", "The talks stalled . . . | Then the envoy returned."},
      {"\"We waited\xE2\x80\xA6\" she said. Nobody came.", "\"We waited\xE2\x80\xA6\" she said. | Nobody came."},
      {"He trailed off: \"If only...\" The room fell silent.",
       "He trailed off: \"If only...\" | The room fell silent."},
      {"The count went on .... Officials gave up.", "The count went on .... | Officials gave up."},
      {"The talks stalled\xE2\x80\xA6 and then resumed.", "The talks stalled\xE2\x80\xA6 and then resumed."},
      {"Bring maps, guides etc... The shop opens at 9.", "Bring maps, guides etc... | The shop opens at 9."},
      {"They sell maps etc... and guides.", "They sell maps etc... and guides."},
  });
}

TEST_CASE("sentence splitter keeps quotes and brackets that close after the stop", "[sentences]") {
  CheckSplitsWithModel({
      {"The minister resigned. (He denied any wrongdoing.) A successor was named.",
       "The minister resigned. | (He denied any wrongdoing.) | A successor was named."},
      {"She called it \xE2\x80\x98" "a disgrace.\xE2\x80\x99 The board disagreed.",
       "She called it \xE2\x80\x98" "a disgrace.\xE2\x80\x99 | The board disagreed."},
      {"He said: \xC2\xAB" "C\xE2\x80\x99" "est fini.\xC2\xBB The crowd left.",
       "He said: \xC2\xAB" "C\xE2\x80\x99" "est fini.\xC2\xBB | The crowd left."},
      {"\xE2\x80\x9CIs it over?\xE2\x80\x9D asked one man. \xE2\x80\x9CNo.\xE2\x80\x9D",
       "\xE2\x80\x9CIs it over?\xE2\x80\x9D asked one man. | \xE2\x80\x9CNo.\xE2\x80\x9D"},
      {"The mayor said, \xE2\x80\x9CWe will rebuild.\xE2\x80\x9D \xE2\x80\x9CSoon?\xE2\x80\x9D a reporter asked.",
       "The mayor said, \xE2\x80\x9CWe will rebuild.\xE2\x80\x9D | \xE2\x80\x9CSoon?\xE2\x80\x9D a reporter asked."},
      {"[Editor\xE2\x80\x99s note: figures updated.] The story continues.",
       "[Editor\xE2\x80\x99s note: figures updated.] | The story continues."},
  });
}

TEST_CASE("sentence splitter ends before the next sentence after a final URL or e-mail address", "[sentences]") {
  CheckSplitsWithModel({
      {"Read more at https://news.example.org/world/2024/flood. The site updates hourly.",
       "Read more at https://news.example.org/world/2024/flood. | The site updates hourly."},
      {"The report is at www.example.gov/report.pdf. It runs to 80 pages.",
       "The report is at www.example.gov/report.pdf. | It runs to 80 pages."},
      {"Contact press@ministry.example.gov. Officials will reply.",
       "Contact press@ministry.example.gov. | Officials will reply."},
      {"Tips go to tips@example.com! Thanks.", "Tips go to tips@example.com! | Thanks."},
      {"Was it on example.com? Yes.", "Was it on example.com? | Yes."},
      {"The full text (see https://example.org/doc.) was leaked. Critics pounced.",
       "The full text (see https://example.org/doc.) was leaked. | Critics pounced."},
      {"Details are on example.org. Registration closes Friday.",
       "Details are on example.org. | Registration closes Friday."},
  });
}

TEST_CASE("sentence splitter ends after a quoted exclamation only before a new sentence", "[sentences]") {
  CheckSplitsWithModel({
      {"He shouted \xE2\x80\x9C" "Fire!\xE2\x80\x9D and ran.", "He shouted \xE2\x80\x9C" "Fire!\xE2\x80\x9D and ran."},
      {"\xE2\x80\x9C" "Fire!\xE2\x80\x9D he shouted.", "\xE2\x80\x9C" "Fire!\xE2\x80\x9D he shouted."},
      {"\xE2\x80\x9CRun!\xE2\x80\x9D The crowd scattered.", "\xE2\x80\x9CRun!\xE2\x80\x9D | The crowd scattered."},
      {"The sign read \xE2\x80\x9CStop!\xE2\x80\x9D Drivers ignored it.",
       "The sign read \xE2\x80\x9CStop!\xE2\x80\x9D | Drivers ignored it."},
      {"She asked, \xE2\x80\x9CWhy not?\xE2\x80\x9D and left.", "She asked, \xE2\x80\x9CWhy not?\xE2\x80\x9D and left."},
      {"\xE2\x80\x9CWhy not?\xE2\x80\x9D The question hung.", "\xE2\x80\x9CWhy not?\xE2\x80\x9D | The question hung."},
      {"'Help!' she cried. Nobody came.", "'Help!' she cried. | Nobody came."},
  });
}

TEST_CASE("sentence splitter starts sentences at lowercase brand names and particles", "[sentences]") {
  CheckSplitsWithModel({
      {"The vote is today. iPhone sales fell anyway.", "The vote is today. | iPhone sales fell anyway."},
      {"Shares of the firm fell. eBay said it would respond.", "Shares of the firm fell. | eBay said it would respond."},
      {"Officials declined to comment. de Klerk later spoke.",
       "Officials declined to comment. | de Klerk later spoke."},
      {"Prices rose 3 per cent. pH levels also rose.", "Prices rose 3 per cent. | pH levels also rose."},
      {"He paused. then he spoke.", "He paused. | then he spoke."},
  });
}

TEST_CASE("sentence splitter ends a headline without final punctuation at its line break", "[sentences]") {
  CheckSplitsWithModel({
      {"Breaking: floods hit the north\nRescue teams were sent overnight.",
       "Breaking: floods hit the north | Rescue teams were sent overnight."},
      {"Markets in brief\nStocks rose. Bonds fell.", "Markets in brief | Stocks rose. | Bonds fell."},
      {"EU leaders meet in Brussels\nThey will discuss migration.",
       "EU leaders meet in Brussels | They will discuss migration."},
      {"Storm Kills Three in Coastal Towns\n\"We lost everything,\" one resident said.",
       "Storm Kills Three in Coastal Towns | \"We lost everything,\" one resident said."},
      {"Live updates\n12 people were rescued overnight.", "Live updates | 12 people were rescued overnight."},
      {"The rescue was slow\nbut nobody was hurt.", "The rescue was slow\nbut nobody was hurt."},
  });
}

TEST_CASE("sentence splitter ends each bullet line", "[sentences]") {
  CheckSplitsWithModel({
      {"Key points:\n\xE2\x80\xA2 Fares rise 5% in March\n\xE2\x80\xA2 Night trains return\n\xE2\x80\xA2 Refunds are automatic",
       "Key points: | \xE2\x80\xA2 Fares rise 5% in March | \xE2\x80\xA2 Night trains return | \xE2\x80\xA2 Refunds are automatic"},
      {"\xE2\x80\xA2 Fares rise. Operators blame fuel costs.\n\xE2\x80\xA2 Night trains return",
       "\xE2\x80\xA2 Fares rise. | Operators blame fuel costs. | \xE2\x80\xA2 Night trains return"},
      {"\xE2\x96\xAA Fares rise\n\xE2\x96\xAA Night trains return", "\xE2\x96\xAA Fares rise | \xE2\x96\xAA Night trains return"},
  });
}

TEST_CASE("sentence splitter ends sentences at CJK full-width marks and stops in other scripts", "[sentences]") {
  CheckSplitsWithModel({
      // 北京今天下雨。上海晴天！广州呢？
      {"\xE5\x8C\x97\xE4\xBA\xAC\xE4\xBB\x8A\xE5\xA4\xA9\xE4\xB8\x8B\xE9\x9B\xA8\xE3\x80\x82\xE4\xB8\x8A\xE6\xB5\xB7"
       "\xE6\x99\xB4\xE5\xA4\xA9\xEF\xBC\x81\xE5\xB9\xBF\xE5\xB7\x9E\xE5\x91\xA2\xEF\xBC\x9F",
       "\xE5\x8C\x97\xE4\xBA\xAC\xE4\xBB\x8A\xE5\xA4\xA9\xE4\xB8\x8B\xE9\x9B\xA8\xE3\x80\x82 | \xE4\xB8\x8A\xE6\xB5\xB7"
       "\xE6\x99\xB4\xE5\xA4\xA9\xEF\xBC\x81 | \xE5\xB9\xBF\xE5\xB7\x9E\xE5\x91\xA2\xEF\xBC\x9F"},
      // 株価が上がった。円は下がった。
      {"\xE6\xA0\xAA\xE4\xBE\xA1\xE3\x81\x8C\xE4\xB8\x8A\xE3\x81\x8C\xE3\x81\xA3\xE3\x81\x9F\xE3\x80\x82\xE5\x86\x86"
       "\xE3\x81\xAF\xE4\xB8\x8B\xE3\x81\x8C\xE3\x81\xA3\xE3\x81\x9F\xE3\x80\x82",
       "\xE6\xA0\xAA\xE4\xBE\xA1\xE3\x81\x8C\xE4\xB8\x8A\xE3\x81\x8C\xE3\x81\xA3\xE3\x81\x9F\xE3\x80\x82 | \xE5\x86\x86"
       "\xE3\x81\xAF\xE4\xB8\x8B\xE3\x81\x8C\xE3\x81\xA3\xE3\x81\x9F\xE3\x80\x82"},
      // 会议结束了。 记者离开了。 (a space after the mark is not part of either sentence)
      {"\xE4\xBC\x9A\xE8\xAE\xAE\xE7\xBB\x93\xE6\x9D\x9F\xE4\xBA\x86\xE3\x80\x82 \xE8\xAE\xB0\xE8\x80\x85\xE7\xA6\xBB"
       "\xE5\xBC\x80\xE4\xBA\x86\xE3\x80\x82",
       "\xE4\xBC\x9A\xE8\xAE\xAE\xE7\xBB\x93\xE6\x9D\x9F\xE4\xBA\x86\xE3\x80\x82 | \xE8\xAE\xB0\xE8\x80\x85\xE7\xA6\xBB"
       "\xE5\xBC\x80\xE4\xBA\x86\xE3\x80\x82"},
      // 他说：“我们赢了。”大家鼓掌。 (the closing quote stays with its sentence)
      {"\xE4\xBB\x96\xE8\xAF\xB4\xEF\xBC\x9A\xE2\x80\x9C\xE6\x88\x91\xE4\xBB\xAC\xE8\xB5\xA2\xE4\xBA\x86\xE3\x80\x82"
       "\xE2\x80\x9D\xE5\xA4\xA7\xE5\xAE\xB6\xE9\xBC\x93\xE6\x8E\x8C\xE3\x80\x82",
       "\xE4\xBB\x96\xE8\xAF\xB4\xEF\xBC\x9A\xE2\x80\x9C\xE6\x88\x91\xE4\xBB\xAC\xE8\xB5\xA2\xE4\xBA\x86\xE3\x80\x82"
       "\xE2\x80\x9D | \xE5\xA4\xA7\xE5\xAE\xB6\xE9\xBC\x93\xE6\x8E\x8C\xE3\x80\x82"},
      // 价格上涨了5.5%。消费者不满。
      {"\xE4\xBB\xB7\xE6\xA0\xBC\xE4\xB8\x8A\xE6\xB6\xA8\xE4\xBA\x86" "5.5%\xE3\x80\x82\xE6\xB6\x88\xE8\xB4\xB9\xE8\x80\x85"
       "\xE4\xB8\x8D\xE6\xBB\xA1\xE3\x80\x82",
       "\xE4\xBB\xB7\xE6\xA0\xBC\xE4\xB8\x8A\xE6\xB6\xA8\xE4\xBA\x86" "5.5%\xE3\x80\x82 | \xE6\xB6\x88\xE8\xB4\xB9\xE8\x80\x85"
       "\xE4\xB8\x8D\xE6\xBB\xA1\xE3\x80\x82"},
      {"Is it over\xEF\xBC\x9F Yes.", "Is it over\xEF\xBC\x9F | Yes."},
      // Arabic and Greek prose with ASCII stops: قال الوزير إن المحادثات مستمرة. وأضاف أن الوفد سيعود.
      {"\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 \xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD9"
       "\x85\xD8\xAD\xD8\xA7\xD8\xAF\xD8\xAB\xD8\xA7\xD8\xAA \xD9\x85\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB1\xD8\xA9. \xD9\x88"
       "\xD8\xA3\xD8\xB6\xD8\xA7\xD9\x81 \xD8\xA3\xD9\x86 \xD8\xA7\xD9\x84\xD9\x88\xD9\x81\xD8\xAF \xD8\xB3\xD9\x8A\xD8"
       "\xB9\xD9\x88\xD8\xAF.",
       "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 \xD8\xA5\xD9\x86 \xD8\xA7\xD9\x84\xD9"
       "\x85\xD8\xAD\xD8\xA7\xD8\xAF\xD8\xAB\xD8\xA7\xD8\xAA \xD9\x85\xD8\xB3\xD8\xAA\xD9\x85\xD8\xB1\xD8\xA9. | \xD9\x88"
       "\xD8\xA3\xD8\xB6\xD8\xA7\xD9\x81 \xD8\xA3\xD9\x86 \xD8\xA7\xD9\x84\xD9\x88\xD9\x81\xD8\xAF \xD8\xB3\xD9\x8A\xD8"
       "\xB9\xD9\x88\xD8\xAF."},
      {"\xCE\x97 \xCF\x83\xCF\x85\xCE\xBD\xCE\xAC\xCE\xBD\xCF\x84\xCE\xB7\xCF\x83\xCE\xB7 \xCE\xAD\xCE\xBB\xCE\xB7\xCE"
       "\xBE\xCE\xB5. \xCE\x9F \xCF\x85\xCF\x80\xCE\xBF\xCF\x85\xCF\x81\xCE\xB3\xCF\x8C\xCF\x82 \xCE\xAD\xCF\x86\xCF\x85"
       "\xCE\xB3\xCE\xB5.",
       "\xCE\x97 \xCF\x83\xCF\x85\xCE\xBD\xCE\xAC\xCE\xBD\xCF\x84\xCE\xB7\xCF\x83\xCE\xB7 \xCE\xAD\xCE\xBB\xCE\xB7\xCE"
       "\xBE\xCE\xB5. | \xCE\x9F \xCF\x85\xCF\x80\xCE\xBF\xCF\x85\xCF\x81\xCE\xB3\xCF\x8C\xCF\x82 \xCE\xAD\xCF\x86\xCF\x85"
       "\xCE\xB3\xCE\xB5."},
  });
}

TEST_CASE("sentence splitter treats curly and straight apostrophes alike", "[sentences]") {
  CheckSplitsWithModel({
      {"Xi\xE2\x80\x99s trip ended. Putin\xE2\x80\x99s began.", "Xi\xE2\x80\x99s trip ended. | Putin\xE2\x80\x99s began."},
      {"Xi's trip ended. Putin's began.", "Xi's trip ended. | Putin's began."},
      {"The workers\xE2\x80\x99 union voted. Management\xE2\x80\x99s offer failed.",
       "The workers\xE2\x80\x99 union voted. | Management\xE2\x80\x99s offer failed."},
      {"The strikers' demands were met. Talks ended.", "The strikers' demands were met. | Talks ended."},
      {"'We won't quit,' said Ng. 'Never.'", "'We won't quit,' said Ng. | 'Never.'"},
      {"Don\xE2\x80\x99t panic, officials said. It\xE2\x80\x99s under control.",
       "Don\xE2\x80\x99t panic, officials said. | It\xE2\x80\x99s under control."},
  });
}

TEST_CASE("sentence splitter reads hyphenated and slashed words as words", "[sentences]") {
  CheckSplitsWithModel({
      {"He backed the peace-for-land deal. Critics didn't.", "He backed the peace-for-land deal. | Critics didn't."},
      {"The Paris\xE2\x80\x93" "Berlin train was late. Passengers/staff waited.",
       "The Paris\xE2\x80\x93" "Berlin train was late. | Passengers/staff waited."},
      {"The U.S.-led talks ended. China-backed envoys left.", "The U.S.-led talks ended. | China-backed envoys left."},
      {"The 24/7 hotline opened. Calls and/or texts are free.",
       "The 24/7 hotline opened. | Calls and/or texts are free."},
  });
}

TEST_CASE("sentence splitter starts and ends sentences at hashtags and handles", "[sentences]") {
  CheckSplitsWithModel({
      {"Follow #Election2024 for updates. @CityNews posted first.",
       "Follow #Election2024 for updates. | @CityNews posted first."},
      {"The post tagged @MayorLee. She replied within hours.", "The post tagged @MayorLee. | She replied within hours."},
      {"Use #FloodAlert. Then check @metoffice.", "Use #FloodAlert. | Then check @metoffice."},
      {"Thanks @ana_ruiz! The team agreed.", "Thanks @ana_ruiz! | The team agreed."},
      {"#Budget2025 passed. Critics balked.", "#Budget2025 passed. | Critics balked."},
  });
}

TEST_CASE("sentence splitter keeps emoji sequences inside their sentence", "[sentences]") {
  const std::string family = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7";
  const std::string brazil = "\xF0\x9F\x87\xA7\xF0\x9F\x87\xB7";
  const std::string argentina = "\xF0\x9F\x87\xA6\xF0\x9F\x87\xB7";
  const std::string clap = "\xF0\x9F\x91\x8F\xF0\x9F\x8F\xBD";
  CheckSplitsWithModel({
      {"The family " + family + " moved. They settled in Lyon.",
       "The family " + family + " moved. | They settled in Lyon."},
      {"Fans waved " + brazil + argentina + " flags. The match began.",
       "Fans waved " + brazil + argentina + " flags. | The match began."},
      {"Well done " + clap + ". Next match Friday.", "Well done " + clap + ". | Next match Friday."},
      {"Crowds cheered " + clap + " as the team arrived.", "Crowds cheered " + clap + " as the team arrived."},
  });
}

TEST_CASE("sentence splitter ends sentences at the stops of Arabic, Urdu, Devanagari and Armenian", "[sentences]") {
  CheckSplitsWithModel({
      {"هل انتهت الحرب؟ نعم، قال الوزير.", "هل انتهت الحرب؟ | نعم، قال الوزير."},
      {"یہ خبر ہے۔ وہ کل آیا۔", "یہ خبر ہے۔ | وہ کل آیا۔"},
      {"यह खबर है। वह कल आया।", "यह खबर है। | वह कल आया।"},
      {"Բարեւ։ Այսօր անձրեւ է։", "Բարեւ։ | Այսօր անձրեւ է։"},
  });
}

TEST_CASE("sentence splitter ends each line of a dash or asterisk bullet list", "[sentences]") {
  CheckSplitsWithModel({
      {"- Fares rise in March\n- Night trains return", "- Fares rise in March | - Night trains return"},
      {"* Fares rise in March\n* Night trains return", "* Fares rise in March | * Night trains return"},
      {"\xE2\x80\x93 Fares rise in March\n\xE2\x80\x93 Night trains return",
       "\xE2\x80\x93 Fares rise in March | \xE2\x80\x93 Night trains return"},
      // A hyphenated line break inside prose is no bullet.
      {"The twenty-\nfive members voted", "The twenty-\nfive members voted"},
  });
}

TEST_CASE("sentence splitter ends a dateline that opens a paragraph", "[sentences]") {
  CheckSplitsWithModel({
      {"Monday, March 3, 2025 On Sunday the council voted to close the pier.",
       "Monday, March 3, 2025 | On Sunday the council voted to close the pier."},
      {"Dunmore, Ohio, United States - Crews cleared the road by noon.",
       "Dunmore, Ohio, United States - | Crews cleared the road by noon."},
      {"OSLO (Nordwire) \xE2\x80\x94 The fund sold its stake.", "OSLO (Nordwire) \xE2\x80\x94 | The fund sold its stake."},
      // Not datelines: a glued dash joins names, a date inside a sentence, a long run of words.
      {"The Oslo\xE2\x80\x93" "Bergen line reopened.", "The Oslo\xE2\x80\x93" "Bergen line reopened."},
      {"On Monday, March 3, 2025 the council voted.", "On Monday, March 3, 2025 the council voted."},
  });
}

TEST_CASE("sentence splitter starts a caption credit after an abbreviation", "[sentences]") {
  CheckSplitsWithModel({
      {"The robotics final was held in Washington D.C. Image: Port Authority.",
       "The robotics final was held in Washington D.C. | Image: Port Authority."},
  });
}
