// Tests of the boundary model's part in sentence splitting: loading the
// shipped and user models, which gaps the splitter puts to a GapJudge (a fake
// judge records them), what the shipped model decides on web text and news
// prose, and caption credits ("Photo: ...") opening a sentence.
#include "text/boundary_model.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "support/split_sentences.h"
#include "support/temp_files.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

using lede::Block;
using lede::BlockKind;
using lede::StatusCode;
using lede::Token;
using lede::detail::BoundaryModelFromFile;
using lede::detail::GapJudge;
using lede::detail::LinearModel;
using lede::detail::ShippedBoundaryModel;
using lede::detail::SplitSentences;
using lede::detail::Tokenize;
using lede::testing::CheckSplitsByRules;
using lede::testing::CheckSplitsWithModel;
using lede::testing::JoinSentences;
using lede::testing::ScratchDir;
using lede::testing::SplitCase;
using lede::testing::SplitWithModel;
using lede::testing::WriteFile;

namespace {

// Records every gap the splitter asks about, as "left|right" token texts, and
// answers yes for the gaps in `yes` (or for every gap when `always` is set).
class RecordingJudge : public GapJudge {
 public:
  // Holds one question: the gap after token `left`, in a sentence begun at
  // `start`, in a block of tokens [first, last).
  struct Question {
    std::string gap;
    size_t left, start, first, last;
  };

  RecordingJudge(const std::string& text, const std::vector<Token>& tokens, std::set<std::string> yes = {},
                 bool always = false)
      : text_(text), tokens_(tokens), yes_(std::move(yes)), always_(always) {}

  bool Ends(size_t left, size_t start, size_t first, size_t last) override {
    const std::string gap = Text(left) + "|" + Text(left + 1);
    questions_.push_back({gap, left, start, first, last});
    return always_ || yes_.count(gap) > 0;
  }

  // Returns the gaps asked about, in order.
  std::vector<std::string> Gaps() const {
    std::vector<std::string> out;
    for (const Question& q : questions_) out.push_back(q.gap);
    return out;
  }

  // Returns true when the gap "left|right" was asked about.
  bool Asked(const std::string& gap) const {
    for (const Question& q : questions_) {
      if (q.gap == gap) return true;
    }
    return false;
  }

  const std::vector<Question>& questions() const { return questions_; }

 private:
  std::string Text(size_t k) const { return text_.substr(tokens_[k].span.start, tokens_[k].span.size()); }

  const std::string& text_;
  const std::vector<Token>& tokens_;
  std::set<std::string> yes_;
  bool always_;
  std::vector<Question> questions_;
};

// Holds a text, its tokens and a recording judge, and splits it once.
struct JudgedSplit {
  explicit JudgedSplit(std::string input, std::set<std::string> yes = {}, bool always = false,
                       std::vector<Block> blocks = {})
      : text(std::move(input)), tokens(Tokenize(text)), judge(text, tokens, std::move(yes), always) {
    sentences = JoinSentences(text, SplitSentences(text, tokens, blocks, &judge));
  }
  std::string text;
  std::vector<Token> tokens;
  RecordingJudge judge;
  std::string sentences;
};

// Returns the test run's temporary directory.
std::string TempDir() {
  static const ScratchDir dir("lede_boundary");
  return dir.path();
}

// Writes `bytes` to `name` in the temporary directory and returns its path.
std::string WriteTemp(const std::string& name, const std::string& bytes) {
  const std::string path = TempDir() + "/" + name;
  WriteFile(path, bytes);
  return path;
}

}  // namespace

TEST_CASE("shipped boundary model loads once from the embedded data", "[sentences][model]") {
  const LinearModel* model = ShippedBoundaryModel();
  REQUIRE(model != nullptr);
  CHECK(ShippedBoundaryModel() == model);
  CHECK(model->classes() == 1);
  CHECK(model->mask() > 0u);
  CHECK((model->mask() & (model->mask() + 1)) == 0u);  // 2^bits - 1
}

TEST_CASE("boundary model from a file: not found, invalid, or loaded once per path", "[sentences][model]") {
  SECTION("a missing file is not found, naming the path") {
    const std::string path = TempDir() + "/no_such_model.bin";
    lede::Result<const LinearModel*> model = BoundaryModelFromFile(path);
    REQUIRE_FALSE(model.ok());
    CHECK(model.status().code() == StatusCode::kNotFound);
    CHECK(model.status().message().find(path) != std::string::npos);
  }
  SECTION("a file that is not a model is an invalid argument, saying why") {
    const std::string path = WriteTemp("garbage.bin", "Harbour reopens after storm\nRepairs took a week\n");
    lede::Result<const LinearModel*> model = BoundaryModelFromFile(path);
    REQUIRE_FALSE(model.ok());
    CHECK(model.status().code() == StatusCode::kInvalidArgument);
    CHECK(model.status().message().find(path) != std::string::npos);
    CHECK(model.status().message().find("bad magic") != std::string::npos);
  }
  SECTION("an empty file and a cut-short model are invalid") {
    const std::string whole = ShippedBoundaryModel()->Serialize();
    for (const std::string& bytes : {std::string(), whole.substr(0, whole.size() - 5)}) {
      const std::string path = WriteTemp("short" + std::to_string(bytes.size()) + ".bin", bytes);
      lede::Result<const LinearModel*> model = BoundaryModelFromFile(path);
      REQUIRE_FALSE(model.ok());
      CHECK(model.status().code() == StatusCode::kInvalidArgument);
    }
  }
  SECTION("a directory is not a model") {
    lede::Result<const LinearModel*> model = BoundaryModelFromFile(TempDir());
    CHECK_FALSE(model.ok());
  }
  SECTION("a device that never ends is refused, not read") {
    lede::Result<const LinearModel*> model = BoundaryModelFromFile("/dev/zero");
    REQUIRE_FALSE(model.ok());
    CHECK(model.status().code() == StatusCode::kNotFound);
  }
  SECTION("a good file loads, and a second call returns the same model") {
    const std::string path = WriteTemp("copy.bin", ShippedBoundaryModel()->Serialize());
    lede::Result<const LinearModel*> first = BoundaryModelFromFile(path);
    REQUIRE(first.ok());
    CHECK(first.value()->Serialize() == ShippedBoundaryModel()->Serialize());
    lede::Result<const LinearModel*> second = BoundaryModelFromFile(path);
    REQUIRE(second.ok());
    CHECK(second.value() == first.value());
  }
}

TEST_CASE("splitter asks the judge about every gap the rules leave open", "[sentences][judge]") {
  JudgedSplit split("Prices rose sharply Traders blamed the weather");
  CHECK(split.judge.Gaps() == std::vector<std::string>{"Prices|rose", "rose|sharply", "sharply|Traders",
                                                       "Traders|blamed", "blamed|the", "the|weather"});
  CHECK(split.sentences == "Prices rose sharply Traders blamed the weather");  // the judge said no
  for (const RecordingJudge::Question& q : split.judge.questions()) {
    CHECK(q.start == 0);
    CHECK(q.first == 0);
    CHECK(q.last == split.tokens.size());
  }
}

TEST_CASE("splitter splits where the judge says a sentence ends and starts the next one there", "[sentences][judge]") {
  JudgedSplit split("Prices rose sharply Traders blamed the weather", {"sharply|Traders"});
  CHECK(split.sentences == "Prices rose sharply | Traders blamed the weather");
  // Questions after the split carry the new sentence's first token (Traders, token 3).
  for (const RecordingJudge::Question& q : split.judge.questions()) {
    INFO(q.gap);
    CHECK(q.start == (q.left < 3 ? 0u : 3u));
  }
}

TEST_CASE("splitter never asks the judge about the gaps the rules decided", "[sentences][judge]") {
  struct GapCase {
    const char* text;
    std::vector<const char*> asked;      // some gaps that must be asked about
    std::vector<const char*> not_asked;  // gaps that must not be
  };
  const GapCase cases[] = {
      // A stop the rules end the sentence at.
      {"The port reopened. Ships queued at dawn.", {"port|reopened"}, {".|Ships"}},
      // Title abbreviations: the rules keep the name with its title.
      {"Mr. Hale met Dr. Ortiz on Monday", {"met|Dr.", "Hale|met"}, {"Mr.|Hale", "Dr.|Ortiz"}},
      // General abbreviations, before a lowercase word and before a capital.
      {"They sold apples, pears etc. and plums", {"pears|etc."}, {"etc.|and"}},
      {"They sold apples, pears etc. The stall closed", {}, {"etc.|The"}},
      {"Staff at Brightwell Co. Dispatch said no", {}, {"Co.|Dispatch"}},
      // List markers opening a sentence.
      {"1.) The first item is bread", {"first|item"}, {")|The"}},
      {"2. Second comes the milk", {"comes|the"}, {".|Second"}},
      {"b) Then the eggs", {"Then|the"}, {")|Then"}},
      {"- 3) Last the butter", {"Last|the"}, {")|Last"}},
  };
  for (const GapCase& c : cases) {
    INFO(c.text);
    JudgedSplit split(c.text, {}, /*always=*/false);
    for (const char* gap : c.asked) CHECK(split.judge.Asked(gap));
    for (const char* gap : c.not_asked) CHECK_FALSE(split.judge.Asked(gap));
  }
}

TEST_CASE("a judge answering yes everywhere still cannot split after an abbreviation or a lone word", "[sentences][judge]") {
  const SplitCase cases[] = {
      {"Mr. Hale arrived", "Mr. Hale | arrived"},
      {"Gen. Okoro spoke", "Gen. Okoro | spoke"},
      // After "paid" opens a sentence on its own the gap after it is not put to the judge:
      // a lone lowercase word is no sentence. Nor is the gap after "p.m.".
      {"He paid at 5 p.m. sharp", "He | paid at | 5 | p.m. sharp"},
      {"Prices rose sharply Traders blamed the weather", "Prices | rose sharply | Traders | blamed the | weather"},
  };
  for (const SplitCase& c : cases) {
    INFO(c.text);
    JudgedSplit split(c.text, {}, /*always=*/true);
    CHECK(split.sentences == c.sentences);
  }
}

TEST_CASE("splitter asks about gaps block by block, never across a block or after its last token", "[sentences][judge]") {
  const std::string text = "Storm closes port\n\nFerries wait offshore tonight";
  const std::vector<Block> blocks = {{{0, 17}, BlockKind::kParagraph}, {{19, text.size()}, BlockKind::kParagraph}};
  JudgedSplit split(text, {}, false, blocks);
  CHECK(split.judge.Gaps() ==
        std::vector<std::string>{"Storm|closes", "closes|port", "Ferries|wait", "wait|offshore", "offshore|tonight"});
  for (const RecordingJudge::Question& q : split.judge.questions()) {
    INFO(q.gap);
    if (q.left < 3) {
      CHECK(q.first == 0);
      CHECK(q.last == 3);
    } else {
      CHECK(q.first == 3);
      CHECK(q.last == 7);
      CHECK(q.start == 3);
    }
  }
  CHECK(split.sentences == "Storm closes port | Ferries wait offshore tonight");
}

// What a trained model learns to split is tested in tests/train/ on a model
// trained there; the shipped model's choices on invented text move with each
// retraining, so here it is only held to not splitting news prose.
TEST_CASE("shipped model does not split news sentences at names, titles, numbers or dashes", "[sentences][model]") {
  const char* sentences[] = {
      "Finance Minister Alma Ruiz told lawmakers on Tuesday that the deficit would narrow to 3.2 per cent of GDP "
      "next year, down from 4.1 per cent in 2023.",
      "A spokesperson for the ministry told Reuters that Defence Secretary Marta Quill would visit Warsaw and "
      "Vilnius next week.",
      "Speaking at a press conference in Geneva, Dr. Henrik Saal, the agency's chief scientist, said the vaccine "
      "had been tested on 14,000 volunteers.",
      "The report makes one recommendation above all: the state should double its spending on flood defences "
      "within five years.",
      "The striker - who joined the club from Porto Alegre in January for a fee of about \xE2\x82\xAC" "30 million - "
      "scored twice in the second half.",
      "In a statement on Friday the company said Chief Executive Ruth Okafor would step down in June after nine "
      "years in the job.",
      "Voters in the northern state of Kavala go to the polls on Sunday in an election that Governor Petra Lind "
      "is expected to win easily.",
      "He was arrested at Heathrow Airport on Wednesday and charged with fraud, the Serious Fraud Office said in "
      "a statement.",
      "Her novel The Glass Orchard won the prize, beating five other books on a shortlist announced in September.",
      "Lieutenant General Omar Haddad, commander of the Northern Army Group, told reporters the exercise would "
      "involve 6,000 troops and 40 aircraft.",
      "The bank raised its key interest rate by a quarter of a percentage point to 5.25% \xE2\x80\x93 the highest "
      "level since 2001 \xE2\x80\x93 and signalled more increases.",
      "Residents of the coastal town I spoke to said they had never seen the water rise so fast.",
  };
  for (const char* sentence : sentences) {
    INFO(sentence);
    CHECK(SplitWithModel(sentence) == sentence);
  }
}

TEST_CASE("a caption credit label opens a sentence of its own, with or without the model", "[sentences][credits]") {
  const std::vector<SplitCase> cases = {
      {"The mayor opens the new footbridge over the canal Photo: Dana Whitfield.",
       "The mayor opens the new footbridge over the canal | Photo: Dana Whitfield."},
      {"Supporters wave flags outside the court File photo: Reuters",
       "Supporters wave flags outside the court | File photo: Reuters"},
      {"Storm clouds gather over the harbour Image: Lena Brandt", "Storm clouds gather over the harbour | Image: Lena Brandt"},
      {"Crowds at the final IMAGE: Lena Brandt", "Crowds at the final | IMAGE: Lena Brandt"},
      {"Pilgrims cross the river at dawn Photograph: Tomas Berg for the Courier",
       "Pilgrims cross the river at dawn | Photograph: Tomas Berg for the Courier"},
      {"Exports rose 8 per cent in March. Source: Trade Ministry", "Exports rose 8 per cent in March. | Source: Trade Ministry"},
      // Not a credit: the label opens the text, is lowercase, has a spaced colon or is not a label.
      {"Photo: Dana Whitfield", "Photo: Dana Whitfield"},
      {"He showed me a photo: it was blurry", "He showed me a photo: it was blurry"},
      {"The Photo : a blurry shot", "The Photo : a blurry shot"},
      {"Volunteers plant trees Photographer: Sam Ortiz", "Volunteers plant trees Photographer: Sam Ortiz"},
      {"The winning entry Photo of the Year went to a fox", "The winning entry Photo of the Year went to a fox"},
  };
  CheckSplitsWithModel(cases);
  CheckSplitsByRules(cases);
}

// A credit inside brackets belongs to the sentence around it: no split after
// the "(" ("... school ( | Photo: Agence Nordique)" was the old behaviour).
TEST_CASE("a credit label in brackets stays with its bracket", "[sentences][credits]") {
  const char* texts[] = {
      "Rescuers search the rubble of a flattened school (Photo: Agence Nordique)",
      "Rescuers search the rubble of a flattened school [Image: Lena Brandt]",
      "Unemployment fell to 4.1 per cent last year (Source: National Statistics Office) and wages rose.",
  };
  for (const char* text : texts) {
    INFO(text);
    const std::string split = SplitWithModel(text);
    CHECK(split.find("( |") == std::string::npos);
    CHECK(split.find("[ |") == std::string::npos);
  }
}
