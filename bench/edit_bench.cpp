// SPDX-License-Identifier: GPL-3.0-or-later
// edit-bench [SECONDS] [PROMPT]
//
// The wall time of each edit of a composed song against generating the whole song again,
// in the same run, through the job queue and the project history as the studio runs them
// (files read and written): a section's melody regenerated, the lead's sound swapped, the
// tempo changed. The song is generated once before, untimed, so that loading the fonts
// and kits (once per process) counts in neither, and each step starts once the one before
// has reached the disk. Defaults: a 180-second song of "anthemic pop song with a big chorus".

#include "base/ResourcePaths.h"
#include "engines/Engines.h"
#include "jobs/JobQueue.h"
#include "music/Catalog.h"
#include "project/ProjectDatabase.h"
#include "runners/EditJob.h"
#include "runners/GenerateJob.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <string>

#include <unistd.h>

using namespace cadenza;

namespace {

int run(int argc, char* argv[]) {
    const double seconds = argc > 1 ? std::atof(argv[1]) : 180;
    const std::string prompt = argc > 2 ? argv[2] : "anthemic pop song with a big chorus";
    const auto folder = std::filesystem::temp_directory_path() / "cadenza-edit-bench";
    std::filesystem::remove_all(folder);
    const Catalog catalog = Catalog::load(resourceDirectory());
    double generated = 0;
    {
        ProjectDatabase db(folder);
        const Engines engines(catalog, RenderSettings{}, folder / "models", false);
        JobQueue queue(db, {{JobKind::Generate, generateJobRunner(catalog, engines)},
                            {JobKind::Edit, editJobRunner(catalog, engines.symbolic())}});
        const auto timed = [&](JobKind kind, const std::string& parameters, std::int64_t& track) {
            ::sync(); // what the step before wrote is on disk: each step pays for its own writes
            const auto started = std::chrono::steady_clock::now();
            const auto id = queue.submit(kind, "bench", parameters);
            queue.waitUntilIdle(std::chrono::hours(1));
            const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            const auto job = db.job(id);
            if (!job || job->status != JobStatus::Finished || !job->resultTrack)
                throw std::runtime_error("the job failed: " + (job ? job->error : std::string("gone")));
            track = *job->resultTrack;
            return wall;
        };
        GenerateRequest request{prompt, {.duration = seconds, .seed = 7}};
        resolveGenerateRequest(request, catalog);
        std::int64_t song = 0, version = 0;
        // Once untimed first: the fonts and kits load as the studio's first song loads them.
        timed(JobKind::Generate, generateParameters(request), song);
        generated = timed(JobKind::Generate, generateParameters(request), song);
        std::printf("%-40s %8.2f s  %5.2f of a generation\n", "generate the whole song", generated, 1.0);
        const struct {
            const char* name;
            EditRequest edit;
        } edits[] = {
            {"regenerate section 2's melody",
             {.track = song, .kind = EditKind::Regenerate, .section = 2, .parts = {EditPart::Melody}, .seed = 3}},
            {"regenerate section 2, every part",
             {.track = song,
              .kind = EditKind::Regenerate,
              .section = 2,
              .parts = {EditPart::Melody, EditPart::Chords, EditPart::Bass, EditPart::Drums},
              .seed = 3}},
            {"the lead as grand-piano",
             {.track = song, .kind = EditKind::Sound, .role = "lead", .sound = "grand-piano"}},
            {"remove section 1", {.track = song, .kind = EditKind::Remove, .section = 1}},
            {"the tempo 10% up", {.track = song, .kind = EditKind::Tempo, .tempo = 0}},
        };
        for (auto [name, edit] : edits) {
            if (edit.kind == EditKind::Tempo)
                edit.tempo = static_cast<int>(db.track(song)->tempo * 1.1);
            const double wall = timed(JobKind::Edit, editParameters(edit), version);
            std::printf("%-40s %8.2f s  %5.2f of a generation\n", name, wall, wall / generated);
        }
    }
    std::filesystem::remove_all(folder);
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "edit-bench: %s\n", e.what());
        return 1;
    }
}
