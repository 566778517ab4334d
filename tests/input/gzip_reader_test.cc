#include "input/gzip_reader.h"

#include <catch2/catch.hpp>
#include <string>

#include "input/gzip_test_util.h"
#include "input/reader.h"
#include "support/temp_files.h"

using lede::StatusCode;
using lede::detail::InflateGzip;
using lede::detail::ReadAll;
using lede::testing::Gzip;
using lede::testing::ScratchDir;
using lede::testing::WriteFile;

namespace {

const std::string kStory =
    "Ferry operators on the northern lakes suspended crossings on Tuesday after\n"
    "gusts reached 90 km/h, the harbour authority said.\n";

}  // namespace

TEST_CASE("gzip reader inflates what zlib compressed", "[gzip]") {
  const std::string big(300 * 1024, 'w');  // several inflate chunks
  const std::string binary_safe("null\0byte\xFF", 10);
  for (const std::string& plain : {kStory, big, binary_safe, std::string()}) {
    const std::string packed = Gzip(plain);
    REQUIRE(lede::detail::LooksGzipped(packed));
    auto inflated = InflateGzip(packed, 1 << 20);
    REQUIRE(inflated.ok());
    CHECK(inflated.value() == plain);
  }
}

TEST_CASE("gzip reader joins concatenated members and ignores zero padding", "[gzip]") {
  auto joined = InflateGzip(Gzip("first half, ") + Gzip("second half") + std::string(512, '\0'), 1000);
  REQUIRE(joined.ok());
  CHECK(joined.value() == "first half, second half");
}

TEST_CASE("gzip reader fails corrupt data with a one-line reason", "[gzip]") {
  const std::string packed = Gzip(kStory + kStory + kStory);
  std::string flipped = packed;
  flipped[12] = static_cast<char>(flipped[12] ^ 0x5A);  // inside the deflate data
  std::string bad_crc = packed;
  bad_crc[bad_crc.size() - 6] = static_cast<char>(bad_crc[bad_crc.size() - 6] ^ 0xFF);  // the CRC-32 trailer
  struct Case {
    const char* what;
    std::string bytes;
  };
  const Case cases[] = {
      {"truncated in the middle", packed.substr(0, packed.size() / 2)},
      {"truncated before the trailer", packed.substr(0, packed.size() - 4)},
      {"header only", packed.substr(0, 10)},
      {"magic only", packed.substr(0, 2)},
      {"flipped deflate bytes", flipped},
      {"wrong checksum", bad_crc},
      {"not gzip at all", "plain text named .gz"},
      {"empty", ""},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    auto inflated = InflateGzip(c.bytes, 1 << 20);
    REQUIRE_FALSE(inflated.ok());
    CHECK(inflated.status().code() == StatusCode::kUnreadable);
    CHECK(inflated.status().message().rfind("corrupt gzip data: ", 0) == 0);
    CHECK(inflated.status().message().find('\n') == std::string::npos);
  }
}

TEST_CASE("gzip reader stops a bomb at max bytes of output", "[gzip]") {
  // 64 MB of zeros packs into about 64 KB; inflating must stop near the limit.
  const std::string packed = Gzip(std::string(64 << 20, '\0'));
  REQUIRE(packed.size() < (1 << 20));
  auto inflated = InflateGzip(packed, 1 << 20);
  REQUIRE_FALSE(inflated.ok());
  CHECK(inflated.status().code() == StatusCode::kTooLarge);
  CHECK(inflated.status().message() == "decompressed input is larger than 1048576 bytes (--max-bytes)");
  CHECK(InflateGzip(Gzip(kStory), kStory.size()).ok());  // exactly at the limit is fine
}

TEST_CASE("reader inflates .gz files and gzip bytes transparently", "[gzip][reader]") {
  ScratchDir dir("lede_gzip");
  WriteFile(dir.Path("story.txt.gz"), Gzip(kStory));
  WriteFile(dir.Path("saved-page"), Gzip(kStory));  // gzip content, no .gz name
  WriteFile(dir.Path("broken.gz"), Gzip(kStory).substr(0, 20));
  WriteFile(dir.Path("plain.gz"), kStory);
  WriteFile(dir.Path("bomb.gz"), Gzip(std::string(4 << 20, ' ')));
  WriteFile(dir.Path("story.txt"), kStory);

  struct Case {
    std::string name;
    StatusCode code;
  };
  const Case cases[] = {
      {"story.txt.gz", StatusCode::kOk},     {"saved-page", StatusCode::kOk},
      {"story.txt", StatusCode::kOk},        {"broken.gz", StatusCode::kUnreadable},
      {"plain.gz", StatusCode::kUnreadable}, {"bomb.gz", StatusCode::kTooLarge},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    auto read = ReadAll(dir.Path(c.name), 1 << 20);
    CHECK(read.status().code() == c.code);
    if (read.ok()) CHECK(read.value() == kStory);
  }
}
