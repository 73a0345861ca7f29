// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cadenza {

// The version (CMake's project version) and the git commit the program was built from
// ("unknown" outside a git checkout; "-dirty" when the tree had changes), for --version.
const char* buildVersion();
const char* buildCommit();

} // namespace cadenza
