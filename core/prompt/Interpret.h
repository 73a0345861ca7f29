// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/StyleSpec.h"

#include <string_view>

namespace cadenza {

struct Catalog;

// Reads a prompt into a StyleSpec. Precedence per field: an override (option), then a value
// the prompt states outright (prompt), then cue words (lexicon), then the genre's or mood's
// default (default). Throws UserError naming the field and its limit for an empty prompt,
// an unknown genre or mood, or a value out of range; the seed, when not given, comes from
// std::random_device and is recorded.
StyleSpec interpret(std::string_view prompt, const StyleOverrides& overrides, const Catalog& catalog);

} // namespace cadenza
