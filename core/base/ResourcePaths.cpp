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
    return CADENZA_SOURCE_RESOURCES;
}

std::filesystem::path moduleDirectory() {
    std::error_code error;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
    const auto bin = error ? std::filesystem::current_path() : exe.parent_path();
    return bin.parent_path() / "lib" / "cadenza";
}

} // namespace cadenza
