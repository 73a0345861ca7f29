#pragma once

#include "audio/AudioBuffer.h"
#include "jobs/Progress.h"

#include <filesystem>

namespace cadenza {

enum class SampleFormat { Pcm16, Pcm24, Float32 };

// Writes a WAV file with libsndfile. Float samples beyond ±1 are clipped by libsndfile for
// the PCM formats (the master never lets them get there). Throws std::runtime_error with
// libsndfile's reason on failure, including a full disk; OperationCancelled within a block
// of a cancel.
void writeWav(const std::filesystem::path& path, const StereoBuffer& audio, SampleFormat format,
              const CancelToken& cancel = {});

// Reads any file libsndfile decodes, as stereo (mono is duplicated; more channels are
// folded to the first two). Throws std::runtime_error naming the file and the reason.
StereoBuffer readAudioFile(const std::filesystem::path& path);

} // namespace cadenza
