// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StudioSession.h"

#include "audio/AudioImport.h"
#include "base/ResourcePaths.h"
#include "base/UserError.h"
#include "runners/AnalyzeJob.h"
#include "runners/ComposedTrack.h"
#include "runners/ImportJob.h"
#include "runners/JobRunners.h"
#include "runners/RearrangeJob.h"
#include "runners/RemixJob.h"
#include "runners/SeparateJob.h"
#include "runners/TranscribeJob.h"
#include "runners/VideoJob.h"
#include "visual/Visuals.h"

#include <QSettings>

#include <nlohmann/json.hpp>

namespace cadenza {

namespace {

// The models folder chosen in Preferences (by default models/ in the data folder).
std::filesystem::path userModelsFolder() {
    return QSettings()
        .value("paths/models", QString::fromStdString((defaultDataDirectory() / "models").string()))
        .toString()
        .toStdString();
}

// The neural-model module and the mood model load on the first analysis, on the worker
// thread that runs it. Preferences choose the models folder and whether CUDA may be used.
bool cudaAllowed() {
    return QSettings().value("compute/device", "auto").toString() != "cpu";
}

} // namespace

StudioSession::StudioSession(const std::filesystem::path& dataDirectory, QObject* parent)
    : QObject(parent), catalog_(Catalog::load(resourceDirectory())), userModels_(userModelsFolder()),
      engines_(catalog_, RenderSettings{}, userModels_, cudaAllowed()),
      workerHistory_(std::make_unique<ProjectDatabase>(dataDirectory)),
      history_(std::make_unique<ProjectDatabase>(dataDirectory)) {
    queue_ = std::make_unique<JobQueue>(*workerHistory_, jobRunners({.catalog = catalog_,
                                                                     .engines = engines_,
                                                                     .userModels = userModels_,
                                                                     .allowCuda = cudaAllowed(),
                                                                     .visuals = painterVisuals()}));
    queue_->setListener([this](const JobEvent& e) {
        // From a worker thread: hand the event to the GUI thread.
        QMetaObject::invokeMethod(
            this,
            [this, e] {
                if (e.kind == JobKind::Import && e.status == JobStatus::Failed && !e.refusedField.empty()) {
                    history_->forgetJob(e.id);
                    emit importRefused(QString::fromStdString(e.error));
                    return;
                }
                emit jobChanged(e.id, e.status, QString::fromStdString(e.stage), e.progress,
                                QString::fromStdString(e.error));
                if (e.status != JobStatus::Finished || !e.resultTrack)
                    return;
                if (e.kind == JobKind::Analyze) {
                    emit analysisChanged(*e.resultTrack);
                    return;
                }
                if (e.kind == JobKind::Transcribe) {
                    const auto job = history_->job(e.id);
                    const auto stem = job ? nlohmann::json::parse(job->parameters).value("stem", "") : std::string();
                    emit analysisChanged(*e.resultTrack); // made first if the track had none
                    emit transcriptionChanged(*e.resultTrack, QString::fromStdString(stem));
                    return;
                }
                emit trackAdded(*e.resultTrack);
                if (e.kind == JobKind::Import) // a recording is measured as soon as it is in
                    queue_->submit(JobKind::Analyze, analysisTitle(*e.resultTrack), analyzeParameters(*e.resultTrack),
                                   JobPriority::Background);
            },
            Qt::QueuedConnection);
    });
}

StudioSession::~StudioSession() {
    queue_.reset(); // cancels and joins the workers before the engine and catalog go
}

std::int64_t StudioSession::import(const std::filesystem::path& file) {
    return queue_->submit(JobKind::Import, printableFileName(file), importParameters(file));
}

std::int64_t StudioSession::analyze(std::int64_t trackId) {
    return queue_->submit(JobKind::Analyze, analysisTitle(trackId), analyzeParameters(trackId));
}

std::int64_t StudioSession::remix(std::int64_t trackId, const TimePitch& change, const std::string& preset) {
    change.validate();
    if (!preset.empty())
        catalog_.effectPreset(preset); // refuses an unknown name before anything is queued
    const auto track = history_->track(trackId);
    return queue_->submit(JobKind::Remix, "Remix: " + (track ? track->title : std::to_string(trackId)),
                          remixParameters(trackId, change, preset));
}

std::int64_t StudioSession::rearrange(std::int64_t trackId, const std::string& genre, bool keepAudio) {
    const GenreStyle& style = catalog_.requireGenre(genre);
    const auto track = history_->track(trackId);
    return queue_->submit(JobKind::Rearrange, (track ? track->title : std::to_string(trackId)) + " as " + style.name,
                          rearrangeParameters(trackId, style.id, keepAudio));
}

std::int64_t StudioSession::edit(const EditRequest& request) {
    const auto track = history_->track(request.track);
    if (!track)
        throw UserError("track", "the track is no longer in the library");
    const auto song = composedTrack({*track, history_->trackFolder(request.track)}, catalog_);
    if (!song)
        throw UserError("track", "this track is a recording: editing needs a song Cadenza composed");
    applyEdit(request, *song, catalog_); // refuses what the song cannot take, before anything is queued
    return queue_->submit(JobKind::Edit, track->title + ": " + editDescription(request, song->score),
                          editParameters(request));
}

std::int64_t StudioSession::separate(std::int64_t trackId) {
    const auto track = history_->track(trackId);
    return queue_->submit(JobKind::Separate, "Stems: " + (track ? track->title : std::to_string(trackId)),
                          separateParameters(trackId));
}

std::int64_t StudioSession::transcribe(std::int64_t trackId, const std::string& stem) {
    const auto track = history_->track(trackId);
    const std::string title = track ? track->title : std::to_string(trackId);
    return queue_->submit(JobKind::Transcribe, "Notes: " + title + (stem.empty() ? "" : " (" + stem + ")"),
                          transcribeParameters(trackId, stem, NoteOptions{}));
}

std::string StudioSession::analysisTitle(std::int64_t trackId) const {
    const auto track = history_->track(trackId);
    return "Analysis: " + (track ? track->title : "track " + std::to_string(trackId));
}

std::vector<std::int64_t> StudioSession::generate(GenerateRequest request, int takes) {
    resolveGenerateRequest(request, catalog_); // throws UserError before anything is queued
    engines_.usable(request.engine);
    if (!request.melody.empty() && request.engine != SymbolicEngine::kName)
        throw UserError("melody", "a song grows from a melody with the symbolic composer only");
    if (takes > 1)
        request.takeGroup = history_->newTakeGroup();
    std::vector<std::int64_t> ids;
    for (int take = 0; take < std::max(1, takes); ++take) {
        GenerateRequest one = request;
        one.overrides.seed = *request.overrides.seed + static_cast<std::uint64_t>(take);
        const auto title =
            generateTitle(request.prompt) + (takes > 1 ? " (take " + std::to_string(take + 1) + ")" : "");
        ids.push_back(queue_->submit(JobKind::Generate, title, generateParameters(one)));
    }
    return ids;
}

std::int64_t StudioSession::exportTrack(const ExportRequest& request) {
    const TrackFiles track = trackFiles(*history_, request.track);
    checkExportable(track, request);
    const std::string format(exportFormatName(request.format));
    return queue_->submit(JobKind::Export, track.record.title + " → " + format, exportParameters(request));
}

std::int64_t StudioSession::makeVideo(std::int64_t trackId, const std::filesystem::path& out) {
    const TrackFiles track = trackFiles(*history_, trackId);
    return queue_->submit(JobKind::Video, track.record.title + " → video", videoParameters(trackId, out));
}

} // namespace cadenza
