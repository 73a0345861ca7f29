#pragma once

#include "compose/Score.h"
#include "compose/StyleSpec.h"

namespace cadenza {

struct Catalog;

// Writes a song for the spec: form, chords, and a part per role of the genre's band.
// Equal specs give equal scores; the randomness comes from spec.seed alone.
Score compose(const StyleSpec& spec, const Catalog& catalog);

} // namespace cadenza
