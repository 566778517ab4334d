// Test support: finds the Python interpreter the JSON Schema checks run with
// (tests/cli/validate_schema.py).
#ifndef LEDE_TESTS_SUPPORT_JSON_SCHEMA_H_
#define LEDE_TESTS_SUPPORT_JSON_SCHEMA_H_

#include <cstdlib>
#include <string>

namespace lede::testing {

// Returns a Python interpreter that can import jsonschema, or "" when none can.
inline std::string PythonWithJsonSchema() {
  // Debian's python3-jsonschema installs for the system interpreter, which
  // another python3 earlier in PATH (a pyenv, a venv) does not see.
  for (const char* python : {"/usr/bin/python3", "python3"}) {
    const std::string probe = std::string(python) + " -c 'import jsonschema' >/dev/null 2>&1";
    if (std::system(probe.c_str()) == 0) return python;
  }
  return "";
}

}  // namespace lede::testing

#endif  // LEDE_TESTS_SUPPORT_JSON_SCHEMA_H_
