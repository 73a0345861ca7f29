// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/Engines.h"
#include "jobs/JobQueue.h"
#include "music/Catalog.h"
#include "project/ProjectDatabase.h"
#include "remix/TimePitch.h"
#include "runners/EditJob.h"
#include "runners/ExportJob.h"
#include "runners/GenerateJob.h"
#include "ui/JobMetaTypes.h"

#include <QObject>

#include <memory>

namespace cadenza {

// Everything the studio works with, owned in one place: the catalog, the engine, the
// project history and the job queue. Job events reach the GUI thread as queued signals;
// nothing here blocks it. The GUI reads the history through its own connection (SQLite in
// WAL mode lets it read while a worker writes).
class StudioSession : public QObject {
    Q_OBJECT

  public:
    explicit StudioSession(const std::filesystem::path& dataDirectory, QObject* parent = nullptr);
    ~StudioSession() override;

    const Catalog& catalog() const { return catalog_; }
    const ProjectDatabase& history() const { return *history_; }
    ProjectDatabase& history() { return *history_; }
    JobQueue& jobs() { return *queue_; }
    const Engines& engines() const { return engines_; }
    // Where the neural engines look for their weights (Preferences' models folder).
    const std::filesystem::path& userModels() const { return userModels_; }

    // Queues one generate job per take; each take after the first gets the next seed, and
    // two or more takes share a new take group. Throws UserError for bad input or an
    // engine that is not installed, before anything is queued.
    std::vector<std::int64_t> generate(GenerateRequest request, int takes);
    // Queues an export of a track (exportTrack, with its tags and cover). Throws UserError,
    // queuing nothing, when the track cannot be exported that way.
    std::int64_t exportTrack(const ExportRequest& request);
    // Queues the music video of a track, written to `out`.
    std::int64_t makeVideo(std::int64_t trackId, const std::filesystem::path& out);
    // Queues an import of an audio file; its analysis follows as a background job.
    std::int64_t import(const std::filesystem::path& file);
    // Queues an analysis of a track (JobPriority::User: someone asked for it).
    std::int64_t analyze(std::int64_t trackId);
    // Queues a remix (tempo, pitch, an effect preset or none) and a stem separation; each
    // makes a derived track. Throws UserError for values out of range, queuing nothing.
    std::int64_t remix(std::int64_t trackId, const TimePitch& change, const std::string& preset);
    std::int64_t separate(std::int64_t trackId);
    // Queues the transcription of a track's mix (stem "") or of one of its stems.
    std::int64_t transcribe(std::int64_t trackId, const std::string& stem);
    // Queues a track's re-arrangement in another genre (a recording is covered, or with
    // keepAudio approximated: runners/RearrangeJob).
    // Throws UserError for an unknown genre.
    std::int64_t rearrange(std::int64_t trackId, const std::string& genre, bool keepAudio = false);
    // Queues an edit of a composed track (a new version). Throws UserError, queuing
    // nothing, for an edit the song cannot take or a track that is a recording.
    std::int64_t edit(const EditRequest& request);

  signals:
    // On the GUI thread.
    void jobChanged(qint64 id, cadenza::JobStatus status, const QString& stage, double progress, const QString& error);
    void trackAdded(qint64 trackId);
    void analysisChanged(qint64 trackId);
    // A transcription of the track's `stem` ("" for the mix) is in the history.
    void transcriptionChanged(qint64 trackId, const QString& stem);
    // An import whose file turned out not to be usable audio: its job is gone from the
    // history (which is as it was), and this says why.
    void importRefused(const QString& message);

  private:
    std::string analysisTitle(std::int64_t trackId) const;

    Catalog catalog_;
    std::filesystem::path userModels_;
    Engines engines_;
    std::unique_ptr<ProjectDatabase> workerHistory_; // used by the queue's workers, under its lock
    std::unique_ptr<ProjectDatabase> history_;       // read by the GUI thread
    std::unique_ptr<JobQueue> queue_;
};

} // namespace cadenza
