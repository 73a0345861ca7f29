// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Progress.h"

#include <filesystem>
#include <string>
#include <vector>

namespace cadenza {

struct ZipEntry {
    std::string name; // the path inside the archive, like "stems/drums.wav"
    std::filesystem::path file;
};

// Writes a zip archive of existing files with libzip. The entries are stored, not
// deflated: PCM audio barely shrinks and a DAW opens a stored archive at once. Throws
// std::runtime_error with libzip's reason; OperationCancelled between entries.
void writeZip(const std::filesystem::path& archive, const std::vector<ZipEntry>& entries,
              const CancelToken& cancel = {});

} // namespace cadenza
