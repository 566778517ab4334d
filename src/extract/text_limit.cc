// Text limit: see text_limit.h.
#include "extract/text_limit.h"

#include <string>
#include <vector>

#include "text/utf8.h"

namespace lede::detail {

namespace {

// How far back from the limit a cut looks for whitespace inside a block:
// past a few words' length there is no word boundary to keep (one huge token).
constexpr size_t kMaxWordSearch = 256;

// Returns the cut inside `block` at or before `limit`: after the last ASCII
// whitespace within kMaxWordSearch bytes, else at the code point boundary.
size_t CutInside(const std::string& text, Span block, size_t limit) {
  const size_t floor = limit > block.start + kMaxWordSearch ? limit - kMaxWordSearch : block.start;
  for (size_t at = limit; at > floor; --at) {
    const char c = text[at - 1];
    if (c == ' ' || c == '\t' || c == '\n') {
      size_t end = at - 1;
      while (end > block.start && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\n')) --end;
      if (end > block.start) return end;
      break;
    }
  }
  size_t at = limit;
  while (at > block.start && IsUtf8Continuation(text[at])) --at;
  return at;
}

}  // namespace

size_t LimitText(size_t max_bytes, Document* doc) {
  std::string& text = doc->text;
  if (text.size() <= max_bytes) return 0;
  std::vector<Block>& blocks = doc->blocks;
  // Blocks that end within the limit are kept whole.
  size_t kept = 0;
  while (kept < blocks.size() && blocks[kept].span.end <= max_bytes) ++kept;
  size_t cut = kept > 0 ? blocks[kept - 1].span.end : 0;
  // The block crossing the limit keeps what fits, when that is something.
  if (kept < blocks.size() && blocks[kept].span.start < max_bytes) {
    const size_t end = CutInside(text, blocks[kept].span, max_bytes);
    if (end > blocks[kept].span.start) {
      blocks[kept].span.end = end;
      cut = end;
      ++kept;
    }
  }
  if (kept == 0 && blocks.empty()) cut = CutInside(text, Span{0, text.size()}, max_bytes);
  blocks.resize(kept);
  const size_t dropped = text.size() - cut;
  text.resize(cut);
  text.shrink_to_fit();  // the dropped bytes are most of a huge input: give them back
  return dropped;
}

}  // namespace lede::detail
