// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/TrackExport.h"

#include "audio/AudioFile.h"
#include "audio/OutputTransaction.h"
#include "audio/Resample.h"
#include "base/UserError.h"
#include "export/ZipArchive.h"

#include <array>
#include <cmath>

namespace cadenza {
namespace {

struct FormatInfo {
    ExportFormat format;
    std::string_view name;
    std::string_view extension;
};

constexpr std::array<FormatInfo, 7> kFormats = {{
    {ExportFormat::Wav, "wav", ".wav"},
    {ExportFormat::Flac, "flac", ".flac"},
    {ExportFormat::Mp3, "mp3", ".mp3"},
    {ExportFormat::Ogg, "ogg", ".ogg"},
    {ExportFormat::Opus, "opus", ".opus"},
    {ExportFormat::Midi, "midi", ".mid"},
    {ExportFormat::Stems, "stems", ""},
}};

const FormatInfo& info(ExportFormat format) {
    for (const auto& f : kFormats)
        if (f.format == format)
            return f;
    throw std::invalid_argument("unknown export format");
}

AudioContainer container(ExportFormat format) {
    switch (format) {
    case ExportFormat::Flac:
        return AudioContainer::Flac;
    case ExportFormat::Mp3:
        return AudioContainer::Mp3;
    case ExportFormat::Ogg:
        return AudioContainer::OggVorbis;
    case ExportFormat::Opus:
        return AudioContainer::Opus;
    case ExportFormat::Wav:
    case ExportFormat::Midi:
    case ExportFormat::Stems:
        break;
    }
    return AudioContainer::Wav;
}

SampleFormat sampleFormat(int bits) {
    return bits == 16 ? SampleFormat::Pcm16 : SampleFormat::Pcm24;
}

void makeParent(const std::filesystem::path& file) {
    if (file.has_parent_path())
        std::filesystem::create_directories(file.parent_path());
}

// The stems mixed with the studio's strips. A mix that would clip is lowered just enough
// not to (a float mix plays past full scale; a file cannot hold it).
StereoBuffer mixAsHeard(const TrackFiles& track, const MixerState& strips, const CancelToken& cancel) {
    std::vector<Stem> stems;
    for (const auto& name : track.stems) {
        cancel.throwIfCancelled();
        stems.push_back({name, readAudioFile(track.folder / "stems" / (name + ".wav"))});
    }
    StereoBuffer mix = mixStrips(stems, strips);
    float peak = 0;
    for (std::size_t i = 0; i < mix.frames(); ++i)
        peak = std::max({peak, std::abs(mix.left[i]), std::abs(mix.right[i])});
    if (constexpr float kCeiling = 0.989f; peak > kCeiling) // -0.1 dBFS
        for (std::size_t i = 0; i < mix.frames(); ++i) {
            mix.left[i] *= kCeiling / peak;
            mix.right[i] *= kCeiling / peak;
        }
    return mix;
}

std::filesystem::path exportAudio(const TrackFiles& track, const ExportRequest& request, const AudioTags& tags,
                                  const ProgressCallback& progress, const CancelToken& cancel) {
    if (progress)
        progress("read", 0);
    StereoBuffer audio =
        request.mix ? mixAsHeard(track, *request.mix, cancel) : readAudioFile(track.folder / "song.wav");
    cancel.throwIfCancelled();
    const AudioContainer target = container(request.format);
    if (target == AudioContainer::Opus)
        audio = resample(std::move(audio), 48000);
    makeParent(request.out);
    OutputTransaction files;
    const auto staged = files.stage(request.out);
    writeAudioFile(staged, audio, {target, sampleFormat(request.bits)}, cancel, progress);
    writeTags(staged, target, tags);
    files.commit();
    return request.out;
}

std::filesystem::path exportMidi(const TrackFiles& track, const ExportRequest& request) {
    const auto midi = track.folder / "song.mid";
    makeParent(request.out);
    OutputTransaction files;
    std::filesystem::copy_file(midi, files.stage(request.out), std::filesystem::copy_options::overwrite_existing);
    files.commit();
    return request.out;
}

// A stem as the request wants it: the stored 24-bit file itself, or converted to 16 bit.
void writeStem(const std::filesystem::path& stored, const std::filesystem::path& to, int bits,
               const CancelToken& cancel) {
    if (bits == 24)
        std::filesystem::copy_file(stored, to, std::filesystem::copy_options::overwrite_existing);
    else
        writeWav(to, readAudioFile(stored), SampleFormat::Pcm16, cancel);
}

std::vector<std::filesystem::path> exportStems(const TrackFiles& track, const ExportRequest& request,
                                               const ProgressCallback& progress, const CancelToken& cancel) {
    const bool zip = request.out.extension() == ".zip";
    if (zip)
        makeParent(request.out);
    else
        std::filesystem::create_directories(request.out);
    OutputTransaction files;   // what appears at the destination
    OutputTransaction scratch; // 16-bit stems on their way into a zip: never committed, so removed
    std::vector<std::filesystem::path> written;
    std::vector<ZipEntry> entries;
    const auto steps = static_cast<double>(track.stems.size() + (zip ? 1 : 0));
    for (std::size_t i = 0; i < track.stems.size(); ++i) {
        cancel.throwIfCancelled();
        const auto name = track.stems[i] + ".wav";
        const auto stored = track.folder / "stems" / name;
        if (zip && request.bits == 24) {
            entries.push_back({name, stored});
        } else if (zip) {
            const auto converted =
                scratch.stage(request.out.parent_path() / (request.out.stem().string() + "-" + name));
            writeStem(stored, converted, request.bits, cancel);
            entries.push_back({name, converted});
        } else {
            writeStem(stored, files.stage(request.out / name), request.bits, cancel);
            written.push_back(request.out / name);
        }
        if (progress)
            progress("stems", static_cast<double>(i + 1) / steps);
    }
    if (zip) {
        writeZip(files.stage(request.out), entries, cancel);
        written.push_back(request.out);
    }
    files.commit();
    return written;
}

} // namespace

ExportFormat exportFormatNamed(std::string_view name) {
    for (const auto& f : kFormats)
        if (f.name == name)
            return f.format;
    throw UserError("format",
                    "unknown format '" + std::string(name) + "': choose wav, flac, mp3, ogg, opus, midi or stems");
}

std::string_view exportFormatName(ExportFormat format) {
    return info(format).name;
}

std::string_view exportExtension(ExportFormat format) {
    return info(format).extension;
}

void ExportRequest::validate() const {
    if (bits != 16 && bits != 24)
        throw UserError("bits", "the bit depth is 16 or 24, not " + std::to_string(bits));
    if (out.empty() || out.filename().empty())
        throw UserError("out", "the export needs a destination: a file, or for stems a folder or a .zip");
}

void checkExportable(const TrackFiles& track, const ExportRequest& request) {
    request.validate();
    if (request.format == ExportFormat::Midi && !std::filesystem::exists(track.folder / "song.mid"))
        throw UserError("format", "track " + std::to_string(track.record.id) +
                                      " has no MIDI: only songs the symbolic composer made have one");
    if (request.format == ExportFormat::Stems && track.stems.empty())
        throw UserError("format", "track " + std::to_string(track.record.id) + " has no stems");
    if (request.mix &&
        (track.stems.empty() || request.format == ExportFormat::Midi || request.format == ExportFormat::Stems))
        throw UserError("mix", "the mix as heard is exported as audio, from a track with stems");
}

AudioTags trackTags(const TrackRecord& track, const std::string& artist, const std::string& album) {
    AudioTags tags;
    tags.title = track.title;
    tags.artist = artist;
    tags.album = album;
    tags.genre = track.genre;
    tags.key = track.key;
    tags.bpm = track.tempo;
    tags.comment = "Made with Cadenza" + (track.engine.empty() ? std::string() : ", engine " + track.engine) +
                   (track.seed ? ", seed " + std::to_string(*track.seed) : std::string()) +
                   (track.prompt.empty() ? std::string() : ", from the prompt \"" + track.prompt + "\"");
    return tags;
}

std::vector<std::filesystem::path> exportTrack(const TrackFiles& track, const ExportRequest& request,
                                               const AudioTags& tags, const ProgressCallback& progress,
                                               const CancelToken& cancel) {
    checkExportable(track, request);
    switch (request.format) {
    case ExportFormat::Midi:
        return {exportMidi(track, request)};
    case ExportFormat::Stems:
        return exportStems(track, request, progress, cancel);
    case ExportFormat::Wav:
    case ExportFormat::Flac:
    case ExportFormat::Mp3:
    case ExportFormat::Ogg:
    case ExportFormat::Opus:
        break;
    }
    return {exportAudio(track, request, tags, progress, cancel)};
}

} // namespace cadenza
