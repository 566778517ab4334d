// Test support: Python's idea of a word character, for quality gates that
// re-implement a benchmark's Python scorer (its \w+ tokens) in C++.
#ifndef LEDE_TESTS_SUPPORT_PYTHON_WORD_H_
#define LEDE_TESTS_SUPPORT_PYTHON_WORD_H_

#include <unicode/uchar.h>

namespace lede::testing {

// Returns true for the code points Python's \w matches: letters, numbers, underscore.
inline bool IsPythonWordChar(char32_t c) {
  if (c == U'_') return true;
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return true;
    default:
      return false;
  }
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_SUPPORT_PYTHON_WORD_H_
