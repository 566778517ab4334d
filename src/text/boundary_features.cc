// Boundary features: token codes and gap templates. The templates are numbered
// by the order they are written in; changing one changes the model's meaning,
// so the shipped model must be retrained after any edit here.
#include "text/boundary_features.h"

#include "learn/feature_hash.h"
#include "text/char_class.h"
#include "text/utf8.h"

namespace lede::detail {

namespace {

// Word hashes look at no more than this many bytes: longer words are rare
// enough that their tail adds nothing but hashing time.
constexpr size_t kMaxHashedWordBytes = 24;

// Shape codes. Marks get their code point plus kMarkShape, so each punctuation
// mark, quote and symbol is a shape of its own.
enum ShapeCode : uint32_t {
  kLower = 1,        // xxx
  kTitle,            // Xxx
  kUpperLetter,      // X
  kUpper,            // XXX
  kMixed,            // xXx, iPhone
  kUncased,          // a script without case
  kShortNumber,      // 1 to 2 digits
  kYearNumber,       // 4 digits
  kLongNumber,       // other numbers
  kClockNumber,      // 10:45
  kUrlShape,
  kEmojiShape,
  kAbbreviation,     // Mr., U.S.
  kBoundaryShape,    // before the sentence or after the block
  kMarkShape = 0x1000000,
};

// Sentence lengths so far, bucketed: how long a run of words has gone without
// a stop says much about an unmarked boundary; exact counts say no more.
uint32_t LengthBucket(size_t tokens) {
  if (tokens <= 3) return static_cast<uint32_t>(tokens);
  if (tokens <= 6) return 4;
  if (tokens <= 12) return 5;
  if (tokens <= 25) return 6;
  return 7;
}

// Tokens left in the block, bucketed: the last few words of a paragraph rarely
// open a sentence of their own, and a long tail leaves room for one.
uint32_t Remaining(size_t tokens) {
  if (tokens <= 2) return static_cast<uint32_t>(tokens);
  if (tokens <= 5) return 3;
  if (tokens <= 12) return 4;
  return 5;
}

uint32_t WordShape(std::string_view word) {
  size_t pos = 0;
  size_t upper = 0;
  size_t lower = 0;
  bool first_upper = false;
  while (pos < word.size()) {
    const unsigned char byte = static_cast<unsigned char>(word[pos]);
    bool is_upper;
    bool is_lower;
    if (byte < 0x80) {  // ASCII, most of the text: no decoding
      is_upper = byte >= 'A' && byte <= 'Z';
      is_lower = byte >= 'a' && byte <= 'z';
      ++pos;
    } else {
      const char32_t cp = DecodeUtf8(word, &pos);
      is_upper = IsUpperChar(cp);
      is_lower = !is_upper && IsLowerChar(cp);
    }
    if (is_upper) first_upper = first_upper || (upper == 0 && lower == 0);
    upper += is_upper;
    lower += is_lower;
  }
  if (upper == 0 && lower == 0) return kUncased;
  if (upper == 0) return kLower;
  if (lower == 0) return upper == 1 ? kUpperLetter : kUpper;
  return first_upper && upper == 1 ? kTitle : kMixed;
}

uint32_t NumberShape(std::string_view number) {
  if (number.find(':') != std::string_view::npos) return kClockNumber;
  if (number.size() <= 2) return kShortNumber;
  return number.size() == 4 ? kYearNumber : kLongNumber;
}

}  // namespace

uint64_t BoundaryFeatures::Word(size_t k) const {
  if (words_[k] != kUnhashed) return words_[k];
  const std::string_view t = text_.substr(tokens_[k].span.start, tokens_[k].span.size());
  uint64_t h = kFnvOffset;
  for (size_t i = 0; i < t.size() && i < kMaxHashedWordBytes; ++i) {
    h = HashByte(h, static_cast<unsigned char>(t[i] >= 'A' && t[i] <= 'Z' ? t[i] + ('a' - 'A') : t[i]));
  }
  words_[k] = h == kUnhashed ? h + 1 : h;
  return words_[k];
}

BoundaryFeatures::BoundaryFeatures(std::string_view text, const std::vector<Token>& tokens)
    : text_(text), tokens_(tokens), words_(tokens.size(), kUnhashed), shapes_(tokens.size(), kUnshaped) {}

uint32_t BoundaryFeatures::Shape(size_t k) const {
  if (shapes_[k] != kUnshaped) return shapes_[k];
  const Token& token = tokens_[k];
  const std::string_view t = text_.substr(token.span.start, token.span.size());
  uint32_t shape;
  if (token.abbreviation) {
    shape = kAbbreviation;
  } else {
    switch (token.kind) {
      case TokenKind::kWord: shape = WordShape(t); break;
      case TokenKind::kNumber: shape = NumberShape(t); break;
      case TokenKind::kUrl: shape = kUrlShape; break;
      case TokenKind::kEmoji: shape = kEmojiShape; break;
      default: {
        size_t pos = 0;
        shape = kMarkShape + static_cast<uint32_t>(DecodeUtf8(t, &pos));
      }
    }
  }
  shapes_[k] = shape;
  return shape;
}

bool BoundaryFeatures::IsCandidate(size_t left) const {
  // Glued tokens ("«C’est", a pair of flags) are one stretch of text; the rules
  // catch the few sentences writers glue together ("ok?thanks").
  const Token& right = tokens_[left + 1];
  if (!right.space_before) return false;
  // The common case, a word after a word or number starting in lowercase ASCII, is settled
  // without coding either shape: it opens no sentence (see kLower below).
  const TokenKind left_kind = tokens_[left].kind;
  const char first = text_[right.span.start];
  if (right.kind == TokenKind::kWord && first >= 'a' && first <= 'z' &&
      (left_kind == TokenKind::kWord || left_kind == TokenKind::kNumber)) {
    return false;
  }
  const uint32_t ls = Shape(left);
  const uint32_t rs = Shape(left + 1);
  // A quote closed after a comma ("'It is over,' Ana said") runs on into its attribution.
  if (tokens_[left].kind == TokenKind::kQuote && left > 0 && Shape(left - 1) == kMarkShape + ',') return false;
  // A colon before a capital ends a sentence in web text ("He said this:
  // As of ...") but mostly not in news ("Batman: The Animated Series"), which
  // lede is for; the rules alone decide there.
  if (ls == kMarkShape + ':') return false;
  // No sentence opens with a mark that closes or continues one.
  if (rs >= kMarkShape) {
    switch (rs - kMarkShape) {
      case ',': case '.': case ';': case ':': case '?': case '!': case ')': case ']': case '}':
        return false;
      default:
        break;
    }
  }
  // Without case, a word's shape says nothing about a sentence start, and the
  // model learnt from English; the rules alone split uncased scripts.
  if (rs == kUncased) return false;
  // A lowercase word opens a sentence only after a mark other than a comma.
  if (rs == kLower) return ls >= kMarkShape && ls != kMarkShape + ',';
  // A URL after a lowercase word is the sentence's object ("her address is
  // jane@example.com", "visit example.org"), not a new sentence.
  if (rs == kUrlShape) return ls != kLower && ls != kMarkShape + ',';
  return true;
}

size_t BoundaryFeatures::Extract(size_t left, size_t start, size_t first, size_t last, uint32_t mask,
                                 uint32_t* out) const {
  const size_t right = left + 1;
  const uint64_t lw = Word(left);
  const uint64_t rw = Word(right);
  const uint32_t ls = Shape(left);
  const uint32_t rs = Shape(right);
  const bool has_before = left > first && left > start;
  const uint64_t pw = has_before ? Word(left - 1) : 0;
  const uint32_t ps = has_before ? Shape(left - 1) : kBoundaryShape;
  const bool has_after = right + 1 < last;
  const uint64_t nw = has_after ? Word(right + 1) : 0;
  const uint32_t ns = has_after ? Shape(right + 1) : kBoundaryShape;
  // How the tokens meet: 0 a space, 1 glued, 2 a line break.
  uint32_t gap = tokens_[right].space_before ? 0 : 1;
  if (gap == 0) {
    const size_t from = tokens_[left].span.end;
    gap = text_.substr(from, tokens_[right].span.start - from).find('\n') != std::string_view::npos ? 2 : 0;
  }
  const uint32_t length = LengthBucket(right - start);
  size_t n = 0;
  uint64_t t = 0;
  out[n++] = FeatureIndex(mask, ++t, 0);  // bias
  out[n++] = FeatureIndex(mask, ++t, lw);
  out[n++] = FeatureIndex(mask, ++t, rw);
  out[n++] = FeatureIndex(mask, ++t, ls, rs);
  out[n++] = FeatureIndex(mask, ++t, lw, rs);
  out[n++] = FeatureIndex(mask, ++t, ls, rw);
  out[n++] = FeatureIndex(mask, ++t, ps, ls, rs);
  out[n++] = FeatureIndex(mask, ++t, ls, rs, ns);
  out[n++] = FeatureIndex(mask, ++t, length, rs);
  out[n++] = FeatureIndex(mask, ++t, gap, ls, rs);
  out[n++] = FeatureIndex(mask, ++t, pw, lw);
  out[n++] = FeatureIndex(mask, ++t, rw, nw);
  out[n++] = FeatureIndex(mask, ++t, length, ls, rs);
  out[n++] = FeatureIndex(mask, ++t, Remaining(last - right), rs);
  return n;
}

}  // namespace lede::detail
