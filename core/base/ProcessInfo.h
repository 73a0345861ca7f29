// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

namespace cadenza {

// A process is identified by its pid and its start time (in clock ticks since boot, field
// 22 of /proc/PID/stat), so that a pid the system reused for another program does not
// count as the same process. Nothing when the process is gone.
std::optional<std::int64_t> processStartTime(std::int64_t pid);
bool processAlive(std::int64_t pid, std::int64_t startTime);
std::int64_t currentProcessId();

// This process's peak resident memory so far (VmHWM), and its resident memory now (VmRSS),
// in bytes; 0 when they cannot be read.
std::int64_t peakResidentBytes();
std::int64_t residentBytes();
// The memory the system can give without swapping (MemAvailable), in bytes; 0 when unknown.
std::int64_t availableMemoryBytes();
// Starts the peak anew from the resident memory now (Linux's clear_refs), so that a stage's
// own peak can be measured.
void resetPeakResident();

} // namespace cadenza
