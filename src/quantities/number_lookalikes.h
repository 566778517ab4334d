// Number lookalikes: digits that are not quantities.
//
// Phone numbers ("555-123-4567", "+44 20 7946 0958", "(212) 555-0199"), scores and vote
// tallies ("beat Leeds 3-1", "voted 52-48"), list numbering at the start of a line
// ("2. Second, ...") and years that are part of a name ("the 2022 World Cup") are read
// here so the quantity rules never see them as counts, ranges or dates.
#ifndef LEDE_SRC_QUANTITIES_NUMBER_LOOKALIKES_H_
#define LEDE_SRC_QUANTITIES_NUMBER_LOOKALIKES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "lede/entity.h"
#include "lede/quantity.h"
#include "quantities/quantity_lexer.h"

namespace lede::detail {

// Returns the index past a phone number, score or list number starting at pieces[i] of
// one line, or i when none starts there.
size_t LookalikeEnd(const std::vector<Piece>& pieces, size_t i);

// Removes the bare years that open or sit inside a named event, organisation or product
// ("the 2022 World Cup", "the 2008 Beijing Olympics").
void DropYearsInNames(const std::vector<Entity>& entities, std::string_view text, std::vector<Quantity>* quantities);

}  // namespace lede::detail

#endif  // LEDE_SRC_QUANTITIES_NUMBER_LOOKALIKES_H_
