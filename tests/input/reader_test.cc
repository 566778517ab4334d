#include "input/reader.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <string>

using lede::StatusCode;
using lede::detail::ReadAll;

namespace {

// Returns a fresh temporary directory for one test.
std::string TempDir() {
  char pattern[] = "/tmp/lede_reader_XXXXXX";
  const char* dir = mkdtemp(pattern);
  REQUIRE(dir != nullptr);
  return dir;
}

}  // namespace

TEST_CASE("reader returns every byte of a file", "[reader]") {
  const std::string dir = TempDir();
  const std::string path = dir + "/story.txt";
  const std::string bytes = std::string("Harbour reopens\n\0binary-safe\xFF", 30);
  std::ofstream(path, std::ios::binary) << bytes;
  auto read = ReadAll(path, 1000);
  REQUIRE(read.ok());
  CHECK(read.value() == bytes);
  std::remove(path.c_str());
  rmdir(dir.c_str());
}

TEST_CASE("reader explains why a path cannot be read", "[reader]") {
  const std::string dir = TempDir();
  const std::string big = dir + "/big.txt";
  std::ofstream(big) << std::string(100, 'x');

  struct Case {
    std::string path;
    size_t max_bytes;
    StatusCode code;
    std::string message;
  };
  const Case cases[] = {
      {dir + "/missing.txt", 1000, StatusCode::kNotFound, "no such file"},
      {dir + "/missing/dir/x.txt", 1000, StatusCode::kNotFound, "no such file"},
      {big + "/under-a-file", 1000, StatusCode::kNotFound, "no such file"},
      {"", 1000, StatusCode::kNotFound, "no such file"},
      {dir, 1000, StatusCode::kIsDirectory, "is a directory"},
      {"/dev/zero", 1000, StatusCode::kUnreadable, "not a regular file"},
      {big, 99, StatusCode::kTooLarge, "input is larger than 99 bytes (--max-bytes)"},
  };
  for (const Case& c : cases) {
    INFO(c.path);
    auto read = ReadAll(c.path, c.max_bytes);
    REQUIRE_FALSE(read.ok());
    CHECK(read.status().code() == c.code);
    CHECK(read.status().message() == c.message);
  }
  CHECK(ReadAll(big, 100).ok());  // exactly at the limit is fine
  std::remove(big.c_str());
  rmdir(dir.c_str());
}

TEST_CASE("reader reads a FIFO", "[reader]") {
  const std::string dir = TempDir();
  const std::string fifo = dir + "/pipe";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    std::FILE* out = std::fopen(fifo.c_str(), "w");
    std::fputs("piped article", out);
    std::fclose(out);
    _exit(0);
  }
  auto read = ReadAll(fifo, 1000);
  REQUIRE(read.ok());
  CHECK(read.value() == "piped article");
  std::remove(fifo.c_str());
  rmdir(dir.c_str());
}
