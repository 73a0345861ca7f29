// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/ProcessInfo.h"

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <unistd.h>

namespace cadenza {

std::optional<std::int64_t> processStartTime(std::int64_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line))
        return std::nullopt;
    const auto close = line.rfind(')'); // the command name may contain spaces
    if (close == std::string::npos)
        return std::nullopt;
    std::istringstream fields(line.substr(close + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i)
        if (i == 22)
            return std::stoll(field);
    return std::nullopt;
}

bool processAlive(std::int64_t pid, std::int64_t startTime) {
    const auto actual = processStartTime(pid);
    return actual && *actual == startTime;
}

std::int64_t currentProcessId() {
    return static_cast<std::int64_t>(::getpid());
}

namespace {

// A "Field:   N kB" line of a /proc file, in bytes; 0 when it is not there.
std::int64_t kilobyteField(const char* file, std::string_view field) {
    std::ifstream status(file);
    std::string line;
    while (std::getline(status, line))
        if (line.starts_with(field)) {
            std::istringstream fields(line.substr(field.size()));
            std::int64_t kilobytes = 0;
            fields >> kilobytes;
            return kilobytes * 1024;
        }
    return 0;
}

} // namespace

std::int64_t peakResidentBytes() {
    return kilobyteField("/proc/self/status", "VmHWM:");
}

std::int64_t residentBytes() {
    return kilobyteField("/proc/self/status", "VmRSS:");
}

std::int64_t availableMemoryBytes() {
    return kilobyteField("/proc/meminfo", "MemAvailable:");
}

void resetPeakResident() {
    std::ofstream("/proc/self/clear_refs") << "5";
}

} // namespace cadenza
