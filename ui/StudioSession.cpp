#include "ui/StudioSession.h"

#include "base/ResourcePaths.h"
#include "engine/AnalyzeJob.h"
#include "engine/ImportJob.h"

namespace cadenza {

StudioSession::StudioSession(const std::filesystem::path& dataDirectory, QObject* parent)
    : QObject(parent), catalog_(Catalog::load(resourceDirectory())),
      engine_(catalog_, RenderSettings{defaultSoundFont()}),
      workerHistory_(std::make_unique<ProjectDatabase>(dataDirectory)),
      history_(std::make_unique<ProjectDatabase>(dataDirectory)) {
    queue_ = std::make_unique<JobQueue>(
        *workerHistory_, std::map<std::string, JobRunner>{{"generate", generateJobRunner(catalog_, engine_)},
                                                          {"import", importJobRunner()},
                                                          {"analyze", analyzeJobRunner()}});
    queue_->setListener([this](const JobEvent& e) {
        // From a worker thread: hand the event to the GUI thread.
        QMetaObject::invokeMethod(
            this,
            [this, e] {
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
    return queue_->submit("import", file.filename().string(), importParameters(file));
}

std::int64_t StudioSession::analyze(std::int64_t trackId) {
    return queue_->submit("analyze", analysisTitle(trackId), analyzeParameters(trackId));
}

std::string StudioSession::analysisTitle(std::int64_t trackId) const {
    const auto track = history_->track(trackId);
    return "Analysis: " + (track ? track->title : "track " + std::to_string(trackId));
}

std::vector<std::int64_t> StudioSession::generate(GenerateRequest request, int takes) {
    resolveGenerateRequest(request, catalog_); // throws UserError before anything is queued
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

} // namespace cadenza
