// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "base/ResourcePaths.h"
#include "prompt/Interpret.h"

namespace cadenza::test {

const Catalog& catalog() {
    static const Catalog loaded = Catalog::load(resourceDirectory());
    return loaded;
}

StyleSpec spec(const std::string& prompt, double duration, std::uint64_t seed, StyleOverrides overrides) {
    overrides.duration = duration;
    overrides.seed = seed;
    return interpret(prompt, overrides, catalog());
}

} // namespace cadenza::test
