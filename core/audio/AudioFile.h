// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "base/Progress.h"

#include <filesystem>

namespace cadenza {

enum class SampleFormat { Pcm16, Pcm24, Float32 };

// The files libsndfile writes for Cadenza. The lossy ones are fixed at a quality a
// musician can publish: MP3 at 320 kbps constant bit rate (LAME, with its gapless
// header), Ogg Vorbis at quality 0.7 (about 224 kbps), Opus at about 192 kbps. Opus
// only runs at 48 kHz, so the audio handed to it must be at that rate.
enum class AudioContainer { Wav, Flac, Mp3, OggVorbis, Opus };

struct AudioEncoding {
    AudioContainer container = AudioContainer::Wav;
    SampleFormat sample = SampleFormat::Pcm24; // WAV and FLAC (FLAC: 16 or 24 bit only)
};

// Writes an audio file with libsndfile. Float samples beyond ±1 are clipped by libsndfile
// for the PCM formats (the master never lets them get there). Throws std::runtime_error
// with libsndfile's reason on failure, including a full disk; OperationCancelled within a
// block of a cancel. Progress, when given, counts the frames written.
void writeAudioFile(const std::filesystem::path& path, const StereoBuffer& audio, AudioEncoding encoding,
                    const CancelToken& cancel = {}, const ProgressCallback& progress = {});

// writeAudioFile as WAV.
void writeWav(const std::filesystem::path& path, const StereoBuffer& audio, SampleFormat format,
              const CancelToken& cancel = {});

// Reads any file libsndfile decodes, as stereo (mono is duplicated; more channels are
// folded to the first two). Throws std::runtime_error naming the file and the reason.
StereoBuffer readAudioFile(const std::filesystem::path& path);

} // namespace cadenza
