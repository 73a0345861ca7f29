// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/JobRecord.h"

#include <array>
#include <stdexcept>
#include <string>
#include <utility>

namespace cadenza {
namespace {

constexpr std::array<std::pair<JobKind, const char*>, 8> kKindNames{{
    {JobKind::Generate, "generate"},
    {JobKind::Import, "import"},
    {JobKind::Analyze, "analyze"},
    {JobKind::Remix, "remix"},
    {JobKind::Separate, "separate"},
    {JobKind::Rearrange, "rearrange"},
    {JobKind::Export, "export"},
    {JobKind::Video, "video"},
}};

constexpr std::array<std::pair<JobStatus, const char*>, 6> kStatusNames{{
    {JobStatus::Queued, "queued"},
    {JobStatus::Running, "running"},
    {JobStatus::Finished, "finished"},
    {JobStatus::Failed, "failed"},
    {JobStatus::Cancelled, "cancelled"},
    {JobStatus::Interrupted, "interrupted"},
}};

} // namespace

const char* jobKindName(JobKind kind) {
    for (const auto& [k, name] : kKindNames)
        if (k == kind)
            return name;
    throw std::logic_error("a job kind without a name");
}

std::optional<JobKind> parseJobKind(std::string_view name) {
    for (const auto& [kind, n] : kKindNames)
        if (name == n)
            return kind;
    return std::nullopt;
}

const char* jobStatusName(JobStatus status) {
    for (const auto& [s, name] : kStatusNames)
        if (s == status)
            return name;
    throw std::logic_error("a job status without a name");
}

JobStatus parseJobStatus(std::string_view name) {
    for (const auto& [status, n] : kStatusNames)
        if (name == n)
            return status;
    throw std::runtime_error("project database: unknown job status '" + std::string(name) + "'");
}

} // namespace cadenza
