// Test support: LEDE_SANITIZED is 1 when the test is built with
// AddressSanitizer (LEDE_SANITIZE=ON, or the fuzzing build), else 0. Tests
// whose measurement ASan distorts (peak RSS: its quarantine keeps freed blocks
// resident) or that ASan makes too slow for CI (quality runs over whole
// corpora) check it and loosen the measurement or take a smaller sample.
// The compiler says so itself (GCC: __SANITIZE_ADDRESS__, Clang:
// __has_feature), so no build option has to pass a definition down.
#ifndef LEDE_TESTS_SUPPORT_SANITIZER_H_
#define LEDE_TESTS_SUPPORT_SANITIZER_H_

#ifndef LEDE_SANITIZED
#if defined(__SANITIZE_ADDRESS__)
#define LEDE_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LEDE_SANITIZED 1
#endif
#endif
#endif
#ifndef LEDE_SANITIZED
#define LEDE_SANITIZED 0
#endif

#endif  // LEDE_TESTS_SUPPORT_SANITIZER_H_
