// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that take songs out of Cadenza: export, cover, video.

#include "CliCommand.h"
#include "CliSupport.h"

#include "audio/OutputTransaction.h"
#include "base/ResourcePaths.h"
#include "export/CoverInput.h"
#include "export/TrackFiles.h"
#include "music/Catalog.h"
#include "runners/ExportJob.h"
#include "runners/VideoJob.h"
#include "visual/CoverArt.h"

#include <cstdio>

namespace cadenza {
namespace {

int exportTrack(const QCommandLineParser& args) {
    const auto trackId = requireTrackId(args, "cadenza-cli export TRACK_ID --format mp3 --out FILE");
    ExportRequest request;
    request.track = trackId;
    request.format = exportFormatNamed(textOption(args, "format").value_or("wav"));
    request.bits = numberOption<int>(args, "bits").value_or(24);
    request.out = requireOut(args, request.format == ExportFormat::Stems ? "DIR or FILE.zip" : "FILE");
    request.cover = !args.isSet("no-cover");
    ProjectDatabase db(defaultDataDirectory());
    checkExportable(trackFiles(db, trackId), request); // refused before anything is queued
    runTrackJob(db, Catalog::load(resourceDirectory()), trackId, JobKind::Export, exportParameters(request));
    std::printf("%s: track %lld as %s\n", request.out.c_str(), static_cast<long long>(trackId),
                std::string(exportFormatName(request.format)).c_str());
    return 0;
}

int cover(const QCommandLineParser& args) {
    const auto trackId = requireTrackId(args, "cadenza-cli cover TRACK_ID --out FILE.png");
    const auto out = requireOut(args, "FILE.png");
    ProjectDatabase db(defaultDataDirectory());
    TrackFiles track = trackFiles(db, trackId);
    if (args.isSet("new")) { // another of the track's covers, kept from now on
        track.record.coverVariant += 1;
        db.setCoverVariant(trackId, track.record.coverVariant);
    }
    const int size = numberOption<int>(args, "size").value_or(1024);
    if (size < 64 || size > 4096)
        throw UserError("size", "the cover's size is 64 to 4096 pixels, not " + std::to_string(size));
    const QImage cover = renderCover(coverInput(track), size);
    if (out.has_parent_path())
        std::filesystem::create_directories(out.parent_path());
    OutputTransaction files;
    const auto staged = files.stage(out);
    if (!cover.save(QString::fromStdString(staged.string()), "PNG"))
        throw std::runtime_error("cannot write " + out.string());
    files.commit();
    std::printf("%s: cover of track %lld (%dx%d, variant %d)\n", out.c_str(), static_cast<long long>(trackId), size,
                size, track.record.coverVariant);
    return 0;
}

int video(const QCommandLineParser& args) {
    const auto trackId = requireTrackId(args, "cadenza-cli video TRACK_ID --out FILE.mp4");
    const auto out = requireOut(args, "FILE.mp4");
    ProjectDatabase db(defaultDataDirectory());
    runTrackJob(db, Catalog::load(resourceDirectory()), trackId, JobKind::Video, videoParameters(trackId, out));
    std::printf("%s: music video of track %lld\n", out.c_str(), static_cast<long long>(trackId));
    return 0;
}

} // namespace

std::vector<CliCommand> shareCommands() {
    return {
        {.name = "export",
         .usage = "TRACK_ID --format wav|flac|mp3|ogg|opus|midi|stems --out FILE|DIR",
         .summary = "the track as a file, tagged, with its cover embedded; or its stems as WAV",
         .options = {outOption("the file, or for stems a folder or a .zip"),
                     {"format", "wav, flac, mp3, ogg, opus, midi or stems (default wav).", "FORMAT"},
                     {"bits", "Bit depth of WAV, FLAC and stems: 16 or 24 (default 24).", "BITS"},
                     {"no-cover", "Do not embed the cover art."}},
         .run = exportTrack,
         .draws = true},
        {.name = "cover",
         .usage = "TRACK_ID --out FILE.png [--new] [--size PX]",
         .summary = "the track's cover art (--new: draw another one and keep it)",
         .options = {outOption("the PNG file"),
                     {"new", "Draw another cover for the track and keep it."},
                     {"size", "Width and height in pixels, 64-4096 (default 1024).", "PX"}},
         .run = cover,
         .draws = true},
        {.name = "video",
         .usage = "TRACK_ID --out FILE.mp4",
         .summary = "a 1080p music video: cover, title and spectrum bars",
         .options = {outOption("the MP4 file")},
         .run = video,
         .draws = true},
    };
}

} // namespace cadenza
