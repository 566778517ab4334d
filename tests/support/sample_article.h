// Test support: the bundled sample article's body as the extractor tests
// would see it before boilerplate stripping, for stage tests that run on the
// sample without the extraction stage in front of them.
#ifndef LEDE_TESTS_SUPPORT_SAMPLE_ARTICLE_H_
#define LEDE_TESTS_SUPPORT_SAMPLE_ARTICLE_H_

#include <fstream>
#include <string>

namespace lede::testing {

// Lines of data/samples/china-russia-military.txt from the first body paragraph to
// the last (the related headlines and the video clock between them included).
inline constexpr int kSampleFirstBodyLine = 13;
inline constexpr int kSampleLastBodyLine = 45;

// Returns the sample's body lines, one paragraph each, joined by blank lines.
inline std::string SampleBody() {
  std::ifstream in(std::string(LEDE_SOURCE_DIR) + "/data/samples/china-russia-military.txt");
  std::string line, body;
  for (int n = 1; std::getline(in, line); ++n) {
    if (n < kSampleFirstBodyLine || n > kSampleLastBodyLine || line.empty()) continue;
    body += line + "\n\n";
  }
  return body;
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_SUPPORT_SAMPLE_ARTICLE_H_
