// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectDatabase.h"

#include <cstdlib>

namespace cadenza {

std::filesystem::path defaultDataDirectory() {
    if (const char* dir = std::getenv("CADENZA_DATA_DIR"); dir && *dir)
        return dir;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "Cadenza";
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home && *home ? home : ".") / ".local" / "share" / "Cadenza";
}

ProjectDatabase::ProjectDatabase(std::filesystem::path dataDirectory)
    : dataDirectory_((std::filesystem::create_directories(dataDirectory), std::move(dataDirectory))),
      db_(dataDirectory_ / "cadenza.db") {
    db_.exec("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
    std::filesystem::create_directories(dataDirectory_ / "tracks");
    std::filesystem::create_directories(dataDirectory_ / "staging");
    migrate();
    recoverFromCrash();
}

std::filesystem::path ProjectDatabase::trackFolder(std::int64_t trackId) const {
    return dataDirectory_ / "tracks" / std::to_string(trackId);
}

std::filesystem::path ProjectDatabase::stagingFolder(std::int64_t jobId) const {
    return dataDirectory_ / "staging" / std::to_string(jobId);
}

} // namespace cadenza
