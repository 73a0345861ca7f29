// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cadenza {

// What a job does. Each kind has one runner (core/runners) and one name, the one the
// history stores and the CLI prints.
enum class JobKind { Generate, Import, Analyze, Remix, Separate, Rearrange, Edit, Export, Video, Transcribe };
const char* jobKindName(JobKind kind);
// Nothing for a name no kind has (a history written by a newer Cadenza).
std::optional<JobKind> parseJobKind(std::string_view name);

enum class JobStatus { Queued, Running, Finished, Failed, Cancelled, Interrupted };
const char* jobStatusName(JobStatus status);
JobStatus parseJobStatus(std::string_view name);

struct JobRecord {
    std::int64_t id = 0;
    JobKind kind = JobKind::Generate;
    std::string title;
    std::string parameters; // JSON
    JobStatus status = JobStatus::Queued;
    std::string stage;
    double progress = 0;
    std::string error;
    std::optional<std::int64_t> resultTrack;
    std::string created;
};

} // namespace cadenza
