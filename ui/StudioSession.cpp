#include "ui/StudioSession.h"

#include "audio/AudioImport.h"
#include "base/ResourcePaths.h"
#include "base/UserError.h"
#include "engine/AnalyzeJob.h"
#include "engine/ImportJob.h"
#include "engine/MlPlugin.h"
#include "engine/RearrangeJob.h"
#include "engine/RemixJob.h"
#include "engine/SeparateJob.h"
#include "visual/VisualJobs.h"

#include <QSettings>

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

AnalysisEnricher moodEnricher() {
    return MlPlugin::instance().moodEnricher(userModelsFolder(), cudaAllowed());
}

} // namespace

StudioSession::StudioSession(const std::filesystem::path& dataDirectory, QObject* parent)
    : QObject(parent), catalog_(Catalog::load(resourceDirectory())),
      engines_(catalog_, RenderSettings{defaultSoundFont()}, userModelsFolder(), cudaAllowed()),
      workerHistory_(std::make_unique<ProjectDatabase>(dataDirectory)),
      history_(std::make_unique<ProjectDatabase>(dataDirectory)) {
    queue_ = std::make_unique<JobQueue>(
        *workerHistory_,
        std::map<std::string, JobRunner>{{"generate", generateJobRunner(catalog_, engines_)},
                                         {"import", importJobRunner()},
                                         {"analyze", analyzeJobRunner(moodEnricher())},
                                         {"remix", remixJobRunner()},
                                         {"separate", separateJobRunner(userModelsFolder())},
                                         {"rearrange", rearrangeJobRunner(catalog_, engines_.symbolic())},
                                         {"export", exportJobRunner(coverPainter())},
                                         {"video", videoJobRunner()}});
    queue_->setListener([this](const JobEvent& e) {
        // From a worker thread: hand the event to the GUI thread.
        QMetaObject::invokeMethod(
            this,
            [this, e] {
                if (e.kind == "import" && e.status == JobStatus::Failed && !e.refusedField.empty()) {
                    history_->forgetJob(e.id);
                    emit importRefused(QString::fromStdString(e.error));
                    return;
                }
                emit jobChanged(e.id, static_cast<int>(e.status), QString::fromStdString(e.stage), e.progress,
                                QString::fromStdString(e.error));
                if (e.status != JobStatus::Finished || !e.resultTrack)
                    return;
                if (e.kind == "analyze") {
                    emit analysisChanged(*e.resultTrack);
                    return;
                }
                emit trackAdded(*e.resultTrack);
                if (e.kind == "import") // a recording is measured as soon as it is in
                    queue_->submit("analyze", analysisTitle(*e.resultTrack), analyzeParameters(*e.resultTrack),
                                   JobPriority::Background);
            },
            Qt::QueuedConnection);
    });
}

StudioSession::~StudioSession() {
    queue_.reset(); // cancels and joins the workers before the engine and catalog go
}

std::int64_t StudioSession::import(const std::filesystem::path& file) {
    return queue_->submit("import", printableFileName(file), importParameters(file));
}

std::int64_t StudioSession::analyze(std::int64_t trackId) {
    return queue_->submit("analyze", analysisTitle(trackId), analyzeParameters(trackId));
}

std::int64_t StudioSession::remix(std::int64_t trackId, const TimePitch& change, const std::string& preset) {
    change.validate();
    if (!preset.empty())
        EffectChain::preset(preset); // refuses an unknown name before anything is queued
    const auto track = history_->track(trackId);
    return queue_->submit("remix", "Remix: " + (track ? track->title : std::to_string(trackId)),
                          remixParameters(trackId, change, preset));
}

std::int64_t StudioSession::rearrange(std::int64_t trackId, const std::string& genre) {
    const GenreStyle& style = catalog_.requireGenre(genre);
    const auto track = history_->track(trackId);
    return queue_->submit("rearrange", (track ? track->title : std::to_string(trackId)) + " as " + style.name,
                          rearrangeParameters(trackId, style.id));
}

std::int64_t StudioSession::separate(std::int64_t trackId) {
    const auto track = history_->track(trackId);
    return queue_->submit("separate", "Stems: " + (track ? track->title : std::to_string(trackId)),
                          separateParameters(trackId));
}

std::string StudioSession::analysisTitle(std::int64_t trackId) const {
    const auto track = history_->track(trackId);
    return "Analysis: " + (track ? track->title : "track " + std::to_string(trackId));
}

std::vector<std::int64_t> StudioSession::generate(GenerateRequest request, int takes) {
    resolveGenerateRequest(request, catalog_); // throws UserError before anything is queued
    engines_.usable(request.engine);
    if (takes > 1)
        request.takeGroup = history_->newTakeGroup();
    std::vector<std::int64_t> ids;
    for (int take = 0; take < std::max(1, takes); ++take) {
        GenerateRequest one = request;
        one.overrides.seed = *request.overrides.seed + static_cast<std::uint64_t>(take);
        const auto title =
            generateTitle(request.prompt) + (takes > 1 ? " (take " + std::to_string(take + 1) + ")" : "");
        ids.push_back(queue_->submit("generate", title, generateParameters(one)));
    }
    return ids;
}

std::int64_t StudioSession::exportTrack(const ExportRequest& request) {
    const TrackFiles track = trackFiles(*history_, request.track);
    checkExportable(track, request);
    const std::string format(exportFormatName(request.format));
    return queue_->submit("export", track.record.title + " → " + format, exportParameters(request));
}

std::int64_t StudioSession::makeVideo(std::int64_t trackId, const std::filesystem::path& out) {
    const TrackFiles track = trackFiles(*history_, trackId);
    return queue_->submit("video", track.record.title + " → video", videoParameters(trackId, out));
}

} // namespace cadenza
