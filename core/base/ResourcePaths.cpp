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

} // namespace cadenza
