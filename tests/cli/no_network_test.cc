// lede reads whatever the web serves but never goes back to the web: the
// program imports no networking call, so no URL in an input can make it
// open a connection.
#include <catch2/catch.hpp>
#include <string>

#include "support/run_lede.h"

using lede::testing::LedeSandbox;
using lede::testing::ShellExitCode;
using lede::testing::Slurp;

TEST_CASE("lede imports no networking call", "[cli][safety]") {
  if (ShellExitCode("command -v nm >/dev/null 2>&1") != 0) {
    WARN("nm (binutils) is not installed: imports not checked");
    return;
  }
  LedeSandbox box("lede_net");
  REQUIRE(ShellExitCode("nm -D --undefined-only '" + std::string(LEDE_CLI_PATH) + "' > '" + box.Path("imports") +
                        "'") == 0);
  const std::string imports = Slurp(box.Path("imports"));
  REQUIRE(imports.find("fopen") != std::string::npos);  // the listing is real
  for (const char* call : {" socket", " connect", " getaddrinfo", " gethostbyname", " sendto", " recvfrom",
                           " bind", " accept"}) {
    INFO(call);
    CHECK(imports.find(std::string(call) + "\n") == std::string::npos);
    CHECK(imports.find(std::string(call) + "@") == std::string::npos);
  }
}
