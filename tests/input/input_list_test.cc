#include "lede/inputs.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "support/temp_files.h"

using lede::ExpandInputs;
using lede::InputPath;
using lede::ParseInputList;
using lede::StatusCode;
using lede::testing::ScratchDir;
using lede::testing::WriteFile;

namespace {

// Returns the paths of `inputs`, with `root` + "/" cut from their front.
std::vector<std::string> Relative(const std::vector<InputPath>& inputs, const std::string& root) {
  std::vector<std::string> out;
  for (const InputPath& input : inputs) {
    out.push_back(input.path.rfind(root + "/", 0) == 0 ? input.path.substr(root.size() + 1) : input.path);
  }
  return out;
}

// Makes the files of a small archive under `root`.
void MakeArchive(const std::string& root) {
  namespace fs = std::filesystem;
  for (const char* dir : {"pages", "pages/2024", "pages/2024/03", "pages/.cache", "pages/b-side", "pages/empty"}) {
    fs::create_directory(root + "/" + dir);
  }
  for (const char* file : {"pages/zeta.html", "pages/alpha.html", "pages/2024/03/story.txt.gz", "pages/2024/01.html",
                           "pages/.hidden.html", "pages/.cache/cached.html", "pages/b-side/x.txt", "pages/b.txt"}) {
    WriteFile(root + "/" + file, "Council votes on the bridge budget.\n");
  }
}

}  // namespace

TEST_CASE("input list expands a directory tree in sorted path order without hidden names", "[inputs]") {
  ScratchDir dir("lede_inputs");
  MakeArchive(dir.path());
  for (const std::string& arg : {dir.Path("pages"), dir.Path("pages/")}) {
    INFO(arg);
    const std::vector<InputPath> inputs = ExpandInputs({arg});
    const std::vector<std::string> expected = {
        "pages/2024/01.html", "pages/2024/03/story.txt.gz", "pages/alpha.html",
        "pages/b-side/x.txt", "pages/b.txt",                "pages/zeta.html",
    };
    CHECK(Relative(inputs, dir.path()) == expected);
    for (const InputPath& input : inputs) {
      CHECK(input.status.ok());
      CHECK(input.from_directory);
    }
  }
}

TEST_CASE("input list keeps files, stdin and missing paths as given, in argument order", "[inputs]") {
  ScratchDir dir("lede_inputs");
  MakeArchive(dir.path());
  const std::vector<InputPath> inputs =
      ExpandInputs({dir.Path("pages/zeta.html"), "-", dir.Path("pages/2024"), dir.Path("missing.html"),
                    dir.Path("pages/.hidden.html")});
  const std::vector<std::string> expected = {"pages/zeta.html", "-", "pages/2024/01.html",
                                             "pages/2024/03/story.txt.gz", "missing.html", "pages/.hidden.html"};
  CHECK(Relative(inputs, dir.path()) == expected);
  CHECK_FALSE(inputs[0].from_directory);
  CHECK(inputs[2].from_directory);
  for (const InputPath& input : inputs) CHECK(input.status.ok());  // reading them is the reader's job
}

TEST_CASE("input list does not follow symlinked directories but keeps symlinked files", "[inputs]") {
  ScratchDir dir("lede_inputs");
  MakeArchive(dir.path());
  REQUIRE(symlink(dir.Path("pages").c_str(), dir.Path("pages/2024/loop").c_str()) == 0);
  REQUIRE(symlink(dir.Path("pages/b.txt").c_str(), dir.Path("pages/2024/link.txt").c_str()) == 0);
  REQUIRE(symlink(dir.Path("nowhere").c_str(), dir.Path("pages/2024/dangling").c_str()) == 0);
  const std::vector<std::string> expected = {"pages/2024/01.html", "pages/2024/03/story.txt.gz",
                                             "pages/2024/link.txt"};
  CHECK(Relative(ExpandInputs({dir.Path("pages/2024")}), dir.path()) == expected);
}

TEST_CASE("input list turns an empty or unreadable directory into one failed input", "[inputs]") {
  ScratchDir dir("lede_inputs");
  MakeArchive(dir.path());
  std::vector<InputPath> empty = ExpandInputs({dir.Path("pages/empty")});
  REQUIRE(empty.size() == 1);
  CHECK(empty[0].path == dir.Path("pages/empty"));
  CHECK(empty[0].status.code() == StatusCode::kNotFound);
  CHECK(empty[0].status.message() == "directory holds no input files");

  if (geteuid() == 0) return;  // root reads every directory
  REQUIRE(chmod(dir.Path("pages/b-side").c_str(), 0) == 0);
  std::vector<InputPath> inputs = ExpandInputs({dir.Path("pages")});
  chmod(dir.Path("pages/b-side").c_str(), 0755);
  const std::vector<std::string> expected = {"pages/2024/01.html", "pages/2024/03/story.txt.gz", "pages/alpha.html",
                                             "pages/b-side", "pages/b.txt", "pages/zeta.html"};
  CHECK(Relative(inputs, dir.path()) == expected);
  CHECK(inputs[3].status.code() == StatusCode::kUnreadable);
  CHECK(inputs[3].status.message().rfind("cannot list directory: ", 0) == 0);
}

TEST_CASE("input list parser reads one path per line and skips blanks and comments", "[inputs]") {
  struct Case {
    std::string text;
    std::vector<std::string> paths;
  };
  const Case cases[] = {
      {"", {}},
      {"a.html", {"a.html"}},
      {"a.html\nb.txt\n", {"a.html", "b.txt"}},
      {"# saved on Monday\n\na.html\n   \n# b.txt\nc/d.gz\n", {"a.html", "c/d.gz"}},
      {"a.html\r\nb.txt\r\n", {"a.html", "b.txt"}},              // Windows line ends
      {"  pages/  \n\tx y.html\n", {"pages/", "x y.html"}},    // inner spaces kept
      {"-\nnot#comment.html\n  # indented comment\n", {"-", "not#comment.html"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(ParseInputList(c.text) == c.paths);
  }
}
