// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/ResourcePaths.h"

#include <cstdlib>
#include <system_error>

namespace cadenza {

std::filesystem::path resourceDirectory() {
    if (const char* env = std::getenv("CADENZA_RESOURCES"); env && *env)
        return env;
    std::error_code error;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        auto beside = exe.parent_path().parent_path() / "share" / "cadenza";
        if (std::filesystem::exists(beside / "catalog", error))
            return beside;
    }
    // Without /proc (a chroot, say), the installed tree this build was made for, then the
    // source tree's resources.
    if (std::filesystem::exists(std::filesystem::path(CADENZA_INSTALLED_RESOURCES) / "catalog", error))
        return CADENZA_INSTALLED_RESOURCES;
    return CADENZA_SOURCE_RESOURCES;
}

std::filesystem::path moduleDirectory() {
    std::error_code error;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error) // no /proc: the installed tree this build was made for
        return CADENZA_INSTALLED_MODULES;
    return exe.parent_path().parent_path() / "lib" / "cadenza";
}

} // namespace cadenza
