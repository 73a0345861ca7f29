// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/JobRecord.h"

#include "base/EnumNames.h"

#include <stdexcept>
#include <string>

namespace cadenza {
namespace {

constexpr EnumNames<JobKind, 10> kKindNames{{
    {JobKind::Generate, "generate"},
    {JobKind::Import, "import"},
    {JobKind::Analyze, "analyze"},
    {JobKind::Remix, "remix"},
    {JobKind::Separate, "separate"},
    {JobKind::Rearrange, "rearrange"},
    {JobKind::Edit, "edit"},
    {JobKind::Export, "export"},
    {JobKind::Video, "video"},
    {JobKind::Transcribe, "transcribe"},
}};

constexpr EnumNames<JobStatus, 6> kStatusNames{{
    {JobStatus::Queued, "queued"},
    {JobStatus::Running, "running"},
    {JobStatus::Finished, "finished"},
    {JobStatus::Failed, "failed"},
    {JobStatus::Cancelled, "cancelled"},
    {JobStatus::Interrupted, "interrupted"},
}};

} // namespace

const char* jobKindName(JobKind kind) {
    return enumName(kKindNames, kind);
}

std::optional<JobKind> parseJobKind(std::string_view name) {
    return enumNamed(kKindNames, name);
}

const char* jobStatusName(JobStatus status) {
    return enumName(kStatusNames, status);
}

JobStatus parseJobStatus(std::string_view name) {
    if (const auto status = enumNamed(kStatusNames, name))
        return *status;
    throw std::runtime_error("project database: unknown job status '" + std::string(name) + "'");
}

} // namespace cadenza
