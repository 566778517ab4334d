#include <cstdio>
#include "lede/lede.h"
int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    auto bytes = lede::ReadInput(argv[i]);
    if (!bytes.ok()) { std::fprintf(stderr, "lede: %s\n", bytes.status().message().c_str()); continue; }
    auto r = lede::Analyze(bytes.value(), argv[i], {});
    if (r.ok()) std::fputs(lede::RenderJson(r.value(), {}).c_str(), stdout);
  }
}
