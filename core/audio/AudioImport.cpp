// SPDX-License-Identifier: GPL-3.0-or-later
#include "audio/AudioImport.h"

#include "audio/Resample.h"
#include "base/UserError.h"

#include <sndfile.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <memory>
#include <sstream>
#include <string_view>

namespace cadenza {
namespace {

struct SndfileCloser {
    void operator()(SNDFILE* file) const { sf_close(file); }
};

std::string display(const std::filesystem::path& file) {
    return printableFileName(file);
}

// The fewest bytes per frame a format can take: uncompressed containers must hold at least
// this much per claimed frame, which catches headers that claim hours in a file of seconds.
// (FLAC also names a PCM subformat, but compresses it: no bound there.)
double minimumBytesPerFrame(const SF_INFO& info) {
    switch (info.format & SF_FORMAT_TYPEMASK) {
    case SF_FORMAT_WAV:
    case SF_FORMAT_WAVEX:
    case SF_FORMAT_W64:
    case SF_FORMAT_RF64:
    case SF_FORMAT_AIFF:
    case SF_FORMAT_AU:
    case SF_FORMAT_CAF:
        break;
    default:
        return 0;
    }
    switch (info.format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8:
    case SF_FORMAT_PCM_U8:
        return info.channels;
    case SF_FORMAT_PCM_16:
        return 2.0 * info.channels;
    case SF_FORMAT_PCM_24:
        return 3.0 * info.channels;
    case SF_FORMAT_PCM_32:
    case SF_FORMAT_FLOAT:
        return 4.0 * info.channels;
    case SF_FORMAT_DOUBLE:
        return 8.0 * info.channels;
    default:
        return 0; // compressed: no lower bound worth checking
    }
}

} // namespace

std::string printableFileName(const std::filesystem::path& file, bool withExtension) {
    const std::string name = (withExtension ? file.filename() : file.stem()).string();
    std::string out;
    for (const char c : name) {
        const bool control = static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
        const char shown = control ? ' ' : c;
        if (shown == ' ' && (out.empty() || out.back() == ' '))
            continue;
        out += shown;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out.empty() ? std::string("(unnamed)") : out;
}

bool looksLikeAudioFile(const std::filesystem::path& file) {
    std::string ending = file.extension().string();
    std::transform(ending.begin(), ending.end(), ending.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static constexpr std::array<const char*, 9> endings = {".wav", ".wave", ".aif",  ".aiff", ".flac",
                                                           ".ogg", ".oga",  ".opus", ".mp3"};
    return std::find(endings.begin(), endings.end(), ending) != endings.end();
}

namespace {

// Opens the file and checks its header; the open handle is returned for reading on.
std::unique_ptr<SNDFILE, SndfileCloser> openChecked(const std::filesystem::path& file, const ImportLimits& limits,
                                                    SF_INFO& info) {
    std::error_code error;
    const auto bytes = std::filesystem::file_size(file, error);
    if (error)
        throw UserError("file", "cannot read " + display(file) + ": " + error.message());
    if (bytes > limits.maxFileBytes)
        throw UserError("file", display(file) + " is larger than the import limit of " +
                                    std::to_string(limits.maxFileBytes >> 20) + " MB");
    std::unique_ptr<SNDFILE, SndfileCloser> sf(sf_open(file.c_str(), SFM_READ, &info));
    if (!sf)
        throw UserError("file",
                        display(file) +
                            " is not audio Cadenza can read: its contents are not WAV, AIFF, FLAC, Ogg, Opus or MP3");
    if (info.channels < 1 || info.channels > limits.maxChannels)
        throw UserError("file", display(file) + " has " + std::to_string(info.channels) +
                                    " channels; Cadenza reads 1 to " + std::to_string(limits.maxChannels));
    if (info.samplerate < limits.minSampleRate || info.samplerate > limits.maxSampleRate)
        throw UserError("file", display(file) + " has a sample rate of " + std::to_string(info.samplerate) +
                                    " Hz; Cadenza reads " + std::to_string(limits.minSampleRate) + " to " +
                                    std::to_string(limits.maxSampleRate) + " Hz");
    const double seconds = static_cast<double>(info.frames) / info.samplerate;
    if (info.frames <= 0)
        throw UserError("file", display(file) + " holds no audio");
    if (seconds > limits.maxSeconds) {
        std::ostringstream message;
        message << display(file) << " is " << std::lround(seconds / 60) << " minutes long; the limit is "
                << std::lround(limits.maxSeconds / 60) << " minutes";
        throw UserError("file", message.str());
    }
    // libsndfile trims a data chunk that claims more than the file holds, and notes it in
    // its log as "(should be N)"; a file that says one thing and holds another is refused.
    std::array<char, 8192> log{};
    sf_command(sf.get(), SFC_GET_LOG_INFO, log.data(), static_cast<int>(log.size()));
    const bool trimmed = std::string_view(log.data()).find("(should be") != std::string_view::npos;
    if (const double perFrame = minimumBytesPerFrame(info);
        trimmed || (perFrame > 0 && static_cast<double>(info.frames) * perFrame > static_cast<double>(bytes) * 1.01))
        throw UserError("file", display(file) + " claims more audio than the file holds: it is damaged or truncated");
    return sf;
}

} // namespace

AudioFileInfo probeAudio(const std::filesystem::path& file, const ImportLimits& limits) {
    SF_INFO info{};
    openChecked(file, limits, info);
    return {info.samplerate, info.channels, static_cast<std::int64_t>(info.frames)};
}

StereoBuffer importAudio(const std::filesystem::path& file, int sampleRate, const ImportLimits& limits,
                         const CancelToken& cancel) {
    SF_INFO info{};
    const auto sf = openChecked(file, limits, info);
    // Read, folding to stereo: mono is doubled, more channels keep the first two.
    const auto channels = static_cast<std::size_t>(info.channels);
    StereoBuffer decoded(info.samplerate, static_cast<std::size_t>(info.frames));
    std::vector<float> block(8192 * channels);
    std::size_t frame = 0;
    sf_count_t n = 0;
    while ((n = sf_readf_float(sf.get(), block.data(), 8192)) > 0) {
        cancel.throwIfCancelled();
        for (sf_count_t i = 0; i < n && frame < decoded.frames(); ++i, ++frame) {
            const float* f = &block[static_cast<std::size_t>(i) * channels];
            decoded.left[frame] = f[0];
            decoded.right[frame] = channels > 1 ? f[1] : f[0];
        }
    }
    decoded.left.resize(frame);
    decoded.right.resize(frame);
    if (frame == 0)
        throw UserError("file", display(file) + " could not be decoded: no audio came out of it");
    try {
        return resample(std::move(decoded), sampleRate);
    } catch (const std::runtime_error& e) {
        throw UserError("file", display(file) + " could not be resampled: " + e.what());
    }
}

} // namespace cadenza
