// Status and Result: how lede reports expected failures.
//
// Reading a missing file, being handed an image, or finding no article in a
// page are ordinary outcomes for a tool that reads whatever the web serves.
// They are values with a code and a one-line message, never exceptions.
#ifndef LEDE_STATUS_H_
#define LEDE_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace lede {

// Names why an input could not be analysed; Ok means it could.
enum class StatusCode {
  kOk = 0,
  kNotFound,         // the path does not exist
  kIsDirectory,      // the path names a directory, not a file
  kUnreadable,       // the file exists but could not be read
  kEmptyInput,       // the input has no bytes or only whitespace
  kBinaryInput,      // the input is an image, an executable or other non-text
  kTooLarge,         // the input is larger than Options::max_bytes
  kNoArticle,        // the input holds no article text
  kInvalidArgument,  // an option value is malformed (e.g. a bad --date)
  kInternal,         // a bug: an unexpected error inside lede
};

// Holds the outcome of an operation: Ok, or a code with a message.
class Status {
 public:
  Status() = default;

  // Returns a success value.
  static Status Ok() { return Status(); }
  // Returns a failure for a path that does not exist.
  static Status NotFound(std::string msg) { return {StatusCode::kNotFound, std::move(msg)}; }
  // Returns a failure for a directory given where a file was expected.
  static Status IsDirectory(std::string msg) { return {StatusCode::kIsDirectory, std::move(msg)}; }
  // Returns a failure for a file that could not be read.
  static Status Unreadable(std::string msg) { return {StatusCode::kUnreadable, std::move(msg)}; }
  // Returns a failure for an input with no content.
  static Status EmptyInput(std::string msg) { return {StatusCode::kEmptyInput, std::move(msg)}; }
  // Returns a failure for an input that is not text.
  static Status BinaryInput(std::string msg) { return {StatusCode::kBinaryInput, std::move(msg)}; }
  // Returns a failure for an input over the size limit.
  static Status TooLarge(std::string msg) { return {StatusCode::kTooLarge, std::move(msg)}; }
  // Returns a failure for an input with no article in it.
  static Status NoArticle(std::string msg) { return {StatusCode::kNoArticle, std::move(msg)}; }
  // Returns a failure for a malformed option or argument.
  static Status InvalidArgument(std::string msg) { return {StatusCode::kInvalidArgument, std::move(msg)}; }
  // Returns a failure for an unexpected internal error.
  static Status Internal(std::string msg) { return {StatusCode::kInternal, std::move(msg)}; }

  // Returns true when the operation succeeded.
  bool ok() const { return code_ == StatusCode::kOk; }
  // Returns the failure code (kOk on success).
  StatusCode code() const { return code_; }
  // Returns the one-line message ("" on success).
  const std::string& message() const { return message_; }

 private:
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Holds either a value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}             // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}     // NOLINT: implicit by design

  // Returns true when a value is present.
  bool ok() const { return value_.has_value(); }
  // Returns the failure (Ok when a value is present).
  const Status& status() const { return status_; }
  // Returns the value; only valid when ok().
  const T& value() const& { return *value_; }
  // Returns the value; only valid when ok().
  T& value() & { return *value_; }
  // Moves the value out; only valid when ok().
  T&& value() && { return std::move(*value_); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace lede

#endif  // LEDE_STATUS_H_
