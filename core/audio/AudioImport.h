// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "base/Progress.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace cadenza {

// What an import accepts; anything beyond is refused with a UserError naming the limit.
struct ImportLimits {
    std::uintmax_t maxFileBytes = 1ULL << 30; // 1 GB
    double maxSeconds = 30 * 60;
    int maxChannels = 8;
    int minSampleRate = 8000;
    int maxSampleRate = 192000;
};

// A file's name as messages and titles show it: control characters (a newline in a name,
// say) become spaces, and runs of spaces one; invalid UTF-8 is kept as bytes.
std::string printableFileName(const std::filesystem::path& file, bool withExtension = true);

// File name endings the studio offers to import; others are refused at the door.
bool looksLikeAudioFile(const std::filesystem::path& file);

struct AudioFileInfo {
    int sampleRate = 0;
    int channels = 0;
    std::int64_t frames = 0;
    double seconds() const { return sampleRate > 0 ? static_cast<double>(frames) / sampleRate : 0; }
};

// Reads only the header and checks it against the limits: size, channels, sample rate,
// duration, and whether the file can hold what its header claims. Throws UserError.
AudioFileInfo probeAudio(const std::filesystem::path& file, const ImportLimits& limits = {});

// Decodes any file libsndfile reads (WAV, AIFF, FLAC, Ogg Vorbis, Opus, MP3), checks it
// against the limits before reading the audio (a header that claims more than the file can
// hold is refused before any large allocation), folds it to stereo and resamples it to
// `sampleRate` with libsamplerate. Throws UserError for files that are not usable audio.
StereoBuffer importAudio(const std::filesystem::path& file, int sampleRate = 44100, const ImportLimits& limits = {},
                         const CancelToken& cancel = {});

} // namespace cadenza
