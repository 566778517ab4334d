// Metadata field normalisers: the value formats the metadata extractor
// promises, whatever the page wrote.
//
// Dates come in many shapes ("2019-11-05 14:03", "Tue, 05 Nov 2019 14:03:00
// GMT", "November 5, 2019, 07:47 PM EST"); NormalizeDate reads them by
// tokens (numbers, month names, AM/PM, zone names and offsets) and writes ISO
// 8601, or "" when the value is not a real date, so garbage never reaches the
// report. Texts from meta tags and JSON-LD often still carry HTML character
// references ("&#8217;"), which DecodeCharRefs resolves.
#ifndef LEDE_SRC_EXTRACT_METADATA_FIELDS_H_
#define LEDE_SRC_EXTRACT_METADATA_FIELDS_H_

#include <string>
#include <string_view>

namespace lede::detail {

// Returns `value` as an ISO 8601 date or date-time ("November 5, 2019" ->
// "2019-11-05"), or "" when it is not a plausible date.
std::string NormalizeDate(std::string_view value);

// Returns true when `text` starts with a number or a month name followed by one ("Nov. 20, 2019").
bool StartsWithDate(std::string_view text);

// Returns `text` with HTML character references (&amp; &#8217; &#x2019; ...) resolved.
std::string DecodeCharRefs(std::string_view text);

// Returns a language tag in BCP 47 case ("en_gb" -> "en-GB"), or "" when it is not one.
std::string NormalizeLanguage(std::string_view tag);

// Returns the number of space-separated words of `s`.
size_t WordCount(std::string_view s);

}  // namespace lede::detail

#endif  // LEDE_SRC_EXTRACT_METADATA_FIELDS_H_
