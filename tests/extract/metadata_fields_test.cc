// Tests of the metadata field normalisers: dates to ISO 8601, HTML
// character references, language tags.
#include <catch2/catch.hpp>

#include <string>

#include "extract/metadata_fields.h"

namespace lede::testing {
namespace {

TEST_CASE("metadata dates are normalised to ISO 8601", "[extract][metadata]") {
  const struct {
    const char* value;
    const char* expected;
  } kCases[] = {
      {"2019-11-05T14:03:00+00:00", "2019-11-05T14:03:00+00:00"},
      {"2019-11-05", "2019-11-05"},
      {"2019-11-05 14:03", "2019-11-05T14:03"},
      {"2019-11-05T14:03:00Z", "2019-11-05T14:03:00Z"},
      {"2019-11-05T14:03:00.403Z", "2019-11-05T14:03:00Z"},
      {"2019-11-05T14:03:00+0530", "2019-11-05T14:03:00+05:30"},
      {"2019-11-05T14:03:00-05:00", "2019-11-05T14:03:00-05:00"},
      {"2019-11-05T14:03:00.123456", "2019-11-05T14:03:00"},
      {"Tue, 05 Nov 2019 14:03:00 GMT", "2019-11-05T14:03:00Z"},
      {"Tue Nov 05 2019 14:03:00 GMT+0000", "2019-11-05T14:03:00+00:00"},
      {"November 5, 2019", "2019-11-05"},
      {"5 November 2019", "2019-11-05"},
      {"Nov. 5, 2019", "2019-11-05"},
      {"Sept 30, 2019", "2019-09-30"},
      {"November 5th, 2019", "2019-11-05"},
      {"November 19, 2019, 07:47 PM EST", "2019-11-19T19:47-05:00"},
      {"November 19, 2019 12:32 am", "2019-11-19T00:32"},
      {"19 Nov 2019 07:09 GMT", "2019-11-19T07:09Z"},
      {"Published: 19 Nov 2019", "2019-11-19"},
      {"2019/11/05", "2019-11-05"},
      {"05.11.2019", "2019-11-05"},
      {"25/11/2019", "2019-11-25"},
      {"11/25/2019", "2019-11-25"},
      {"2016-02-29", "2016-02-29"},
      // Not dates, or not real ones: dropped, never passed on.
      {"05/11/2019", ""},  // day and month cannot be told apart
      {"0001-01-01T00:00:00Z", ""},
      {"2019-02-30", ""},
      {"2019-13-05", ""},
      {"2019-11-05T25:00", ""},
      {"2019-11-05T14:03:00+23:00", ""},
      {"yesterday", ""},
      {"", ""},
      {"Jane Doe | 3 March 2024", ""},
      {"November", ""},
      {"1573000000", ""},
  };
  for (const auto& c : kCases) {
    CAPTURE(c.value);
    CHECK(detail::NormalizeDate(c.value) == c.expected);
  }
}

TEST_CASE("metadata tells a dateline start from a name", "[extract][metadata]") {
  CHECK(detail::StartsWithDate("Nov. 20, 2019 at 6:01 AM"));
  CHECK(detail::StartsWithDate("Wednesday 20 November"));
  CHECK(detail::StartsWithDate("20 November"));
  CHECK_FALSE(detail::StartsWithDate("May Hollis"));
  CHECK_FALSE(detail::StartsWithDate("Jane Doe"));
}

TEST_CASE("metadata resolves HTML character references", "[extract][metadata]") {
  const struct {
    const char* text;
    const char* expected;
  } kCases[] = {
      {"Fares doesn&#8217;t rise", "Fares doesn\u2019t rise"},
      {"&#163;71m deal", "\u00a371m deal"},
      {"&#x2014; and &amp; &lt;b&gt;", "\u2014 and & <b>"},
      {"nothing&nbsp;odd", "nothing odd"},
      {"R&D and AT&T; &bogus; &#0; &#xD800;", "R&D and AT&T; &bogus; &#0; &#xD800;"},
      {"trailing &", "trailing &"},
  };
  for (const auto& c : kCases) {
    CAPTURE(c.text);
    CHECK(detail::DecodeCharRefs(c.text) == c.expected);
  }
}

TEST_CASE("metadata language tags are written in BCP 47 case", "[extract][metadata]") {
  const struct {
    const char* tag;
    const char* expected;
  } kCases[] = {
      {"en", "en"},         {"en_GB", "en-GB"},     {"en-us", "en-US"},        {"PT-br", "pt-BR"},
      {"zh-Hant", "zh-hant"}, {"", ""},             {"english please", ""},     {"e", ""},
      {"en-", ""},          {"ru-RU", "ru-RU"},
  };
  for (const auto& c : kCases) {
    CAPTURE(c.tag);
    CHECK(detail::NormalizeLanguage(c.tag) == c.expected);
  }
}

}  // namespace
}  // namespace lede::testing
