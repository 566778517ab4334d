#include "data/embedded_data.h"

namespace lede::detail {

// Defined in the registry that data/CMakeLists.txt generates; ends with an empty name.
extern const EmbeddedFile kEmbeddedFiles[];

std::string_view DataFile(std::string_view name) {
  for (const EmbeddedFile* f = kEmbeddedFiles; !f->name.empty(); ++f) {
    if (f->name == name) return f->bytes;
  }
  return {};
}

namespace {

std::string_view Trim(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n";
  size_t b = s.find_first_not_of(kSpace);
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(kSpace);
  return s.substr(b, e - b + 1);
}

}  // namespace

std::vector<std::string_view> DataLines(std::string_view name) {
  std::vector<std::string_view> lines;
  std::string_view rest = DataFile(name);
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = Trim(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (line.empty() || line.front() == '#') continue;
    lines.push_back(line);
  }
  return lines;
}

std::vector<std::string_view> DataFileNames() {
  std::vector<std::string_view> names;
  for (const EmbeddedFile* f = kEmbeddedFiles; !f->name.empty(); ++f) names.push_back(f->name);
  return names;
}

}  // namespace lede::detail
