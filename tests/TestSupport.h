// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "music/Catalog.h"
#include "music/StyleSpec.h"

#include <string>

namespace cadenza::test {

// The catalog the binaries use (build/share/cadenza), loaded once per test program.
const Catalog& catalog();

// A spec for `prompt` with a fixed seed and the given duration.
StyleSpec spec(const std::string& prompt, double duration, std::uint64_t seed = 1, StyleOverrides overrides = {});

} // namespace cadenza::test
