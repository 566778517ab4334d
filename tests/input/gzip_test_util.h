// Test support for the input stage: gzip bytes made with zlib in the test.
#ifndef LEDE_TESTS_INPUT_GZIP_TEST_UTIL_H_
#define LEDE_TESTS_INPUT_GZIP_TEST_UTIL_H_

#include <zlib.h>

#include <string>

namespace lede::testing {

// Returns `plain` compressed as one gzip member (deflate with a gzip header
// and trailer: windowBits 15 + 16), or "" when zlib fails.
inline std::string Gzip(const std::string& plain) {
  z_stream stream{};
  if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return "";
  std::string out(deflateBound(&stream, plain.size()) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.data()));
  stream.avail_in = static_cast<uInt>(plain.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int code = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return code == Z_STREAM_END ? out : "";
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_INPUT_GZIP_TEST_UTIL_H_
