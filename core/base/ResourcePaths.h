// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

namespace cadenza {

// The folder holding catalog/ and lexicon/: $CADENZA_RESOURCES, else share/cadenza beside
// the running program's bin/ (the build tree and an installed tree look alike), else the
// source tree's resources/ this binary was built from.
std::filesystem::path resourceDirectory();

// The folder holding the modules the programs load at run time (cadenza-ml.so and
// cadenza-tokenizer.so): lib/cadenza beside the running program's bin/.
std::filesystem::path moduleDirectory();

} // namespace cadenza
