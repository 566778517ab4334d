// Charset helpers for the decoder: the charset an HTML page declares, ICU's
// guess for undeclared bytes, and conversion of any ICU charset to UTF-8.
#ifndef LEDE_SRC_INPUT_CHARSET_H_
#define LEDE_SRC_INPUT_CHARSET_H_

#include <optional>
#include <string>
#include <string_view>

namespace lede::detail {

// Returns the charset label of a <meta charset> / http-equiv content
// declaration or an <?xml encoding?> in the head of an HTML page, lower-cased
// ("windows-1252", "shift_jis"), or "" when there is none.
std::string DeclaredHtmlCharset(std::string_view bytes);

// Returns the charset ICU's detector finds most likely for `bytes`, or ""
// when it is not confident enough.
std::string DetectCharset(std::string_view bytes, bool is_html);

// Returns the name lede reports for a charset label ("latin1" -> "windows-1252"),
// or "" when ICU has no converter for it.
std::string CanonicalCharset(std::string_view label);

// Returns `bytes` converted from `charset` to UTF-8 (unmappable bytes become
// U+FFFD), or nullopt when ICU has no converter for `charset`.
std::optional<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset);

}  // namespace lede::detail

#endif  // LEDE_SRC_INPUT_CHARSET_H_
