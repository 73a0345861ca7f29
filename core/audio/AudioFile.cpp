// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/AudioFile.h"

#include <sndfile.h>

#include <memory>
#include <stdexcept>
#include <vector>

namespace cadenza {
namespace {

struct SndfileCloser {
    void operator()(SNDFILE* file) const { sf_close(file); }
};
using SndfileHandle = std::unique_ptr<SNDFILE, SndfileCloser>;

constexpr sf_count_t kBlockFrames = 8192;

int sndfileFormat(AudioEncoding encoding) {
    const int pcm = encoding.sample == SampleFormat::Pcm16   ? SF_FORMAT_PCM_16
                    : encoding.sample == SampleFormat::Pcm24 ? SF_FORMAT_PCM_24
                                                             : SF_FORMAT_FLOAT;
    switch (encoding.container) {
    case AudioContainer::Wav:
        return SF_FORMAT_WAV | pcm;
    case AudioContainer::Flac:
        if (encoding.sample == SampleFormat::Float32)
            throw std::invalid_argument("FLAC holds 16- or 24-bit samples, not float");
        return SF_FORMAT_FLAC | pcm;
    case AudioContainer::Mp3:
        return SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
    case AudioContainer::OggVorbis:
        return SF_FORMAT_OGG | SF_FORMAT_VORBIS;
    case AudioContainer::Opus:
        return SF_FORMAT_OGG | SF_FORMAT_OPUS;
    }
    throw std::invalid_argument("unknown audio container");
}

// The encoder settings, which libsndfile takes after opening and before the first frame.
void configureEncoder(SNDFILE* file, AudioContainer container) {
    int mode = SF_BITRATE_MODE_CONSTANT;
    double compression = 0;
    switch (container) {
    case AudioContainer::Mp3: // level 0 is LAME's highest constant rate, 320 kbps
        sf_command(file, SFC_SET_BITRATE_MODE, &mode, sizeof mode);
        break;
    case AudioContainer::OggVorbis: // Vorbis quality = 1 - level
        compression = 0.3;
        break;
    case AudioContainer::Opus:
        compression = 0.25;
        break;
    case AudioContainer::Wav:
    case AudioContainer::Flac:
        return;
    }
    sf_command(file, SFC_SET_COMPRESSION_LEVEL, &compression, sizeof compression);
}

} // namespace

void writeAudioFile(const std::filesystem::path& path, const StereoBuffer& audio, AudioEncoding encoding,
                    const CancelToken& cancel, const ProgressCallback& progress) {
    SF_INFO info{};
    info.samplerate = audio.sampleRate;
    info.channels = 2;
    info.format = sndfileFormat(encoding);
    SndfileHandle file(sf_open(path.c_str(), SFM_WRITE, &info));
    if (!file)
        throw std::runtime_error("cannot write " + path.string() + ": " + sf_strerror(nullptr));
    sf_command(file.get(), SFC_SET_CLIPPING, nullptr, SF_TRUE);
    configureEncoder(file.get(), encoding.container);
    std::vector<float> interleaved(static_cast<std::size_t>(kBlockFrames) * 2);
    const auto total = static_cast<sf_count_t>(audio.frames());
    for (sf_count_t start = 0; start < total; start += kBlockFrames) {
        cancel.throwIfCancelled();
        const sf_count_t n = std::min(kBlockFrames, total - start);
        for (sf_count_t i = 0; i < n; ++i) {
            interleaved[static_cast<std::size_t>(2 * i)] = audio.left[static_cast<std::size_t>(start + i)];
            interleaved[static_cast<std::size_t>(2 * i + 1)] = audio.right[static_cast<std::size_t>(start + i)];
        }
        if (sf_writef_float(file.get(), interleaved.data(), n) != n)
            throw std::runtime_error("cannot write " + path.string() + ": " + sf_strerror(file.get()));
        if (progress)
            progress("encode", static_cast<double>(start + n) / static_cast<double>(total));
    }
    sf_write_sync(file.get());
    // The encoders flush their last frames on close, which can fail on a full disk.
    if (sf_close(file.release()) != 0)
        throw std::runtime_error("cannot write " + path.string() + ": the last block did not reach the disk");
}

void writeWav(const std::filesystem::path& path, const StereoBuffer& audio, SampleFormat format,
              const CancelToken& cancel) {
    writeAudioFile(path, audio, {AudioContainer::Wav, format}, cancel);
}

StereoBuffer readAudioFile(const std::filesystem::path& path) {
    SF_INFO info{};
    SndfileHandle file(sf_open(path.c_str(), SFM_READ, &info));
    if (!file)
        throw std::runtime_error("cannot read " + path.string() + ": " + sf_strerror(nullptr));
    if (info.channels < 1 || info.frames < 0)
        throw std::runtime_error("cannot read " + path.string() + ": it has no audio channels");
    StereoBuffer audio(info.samplerate, static_cast<std::size_t>(info.frames));
    const auto channels = static_cast<std::size_t>(info.channels);
    std::vector<float> block(static_cast<std::size_t>(kBlockFrames) * channels);
    std::size_t frame = 0;
    sf_count_t n = 0;
    while ((n = sf_readf_float(file.get(), block.data(), kBlockFrames)) > 0) {
        for (sf_count_t i = 0; i < n && frame < audio.frames(); ++i, ++frame) {
            const float* f = &block[static_cast<std::size_t>(i) * channels];
            audio.left[frame] = f[0];
            audio.right[frame] = channels > 1 ? f[1] : f[0];
        }
    }
    audio.left.resize(frame);
    audio.right.resize(frame);
    return audio;
}

} // namespace cadenza
