// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/JobMetaTypes.h"

#include <QObject>

class QAction;

#include <cstdint>
#include <map>
#include <set>
#include <vector>

namespace cadenza {

class MainWindow;
class StudioSession;
class TakesDialog;

// The Library's sharing actions: Export… (the Export dialog, then an export job), Make
// music video… (a video job), New cover (another of the track's covers, kept), and Compare
// takes. Takes generated together are set side by side as soon as the last one is done.
class ShareActions : public QObject {
    Q_OBJECT

  public:
    ShareActions(MainWindow& window, StudioSession& session);

    // Export… (Ctrl+E) for the current track: in the File menu and the Library's.
    QAction* exportAction() const { return export_; }
    // Opens the Export dialog for a track; an accepted dialog queues the export.
    void exportTrack(std::int64_t trackId);
    // Asks where to write the video, then queues it.
    void makeVideo(std::int64_t trackId);
    void newCover(std::int64_t trackId);
    // Shows the takes of the track's group side by side (nothing for a single take).
    TakesDialog* compareTakes(std::int64_t trackId);
    // Follows generate jobs queued as takes of one group; when all have ended, the takes
    // that were made are shown side by side.
    void followTakes(const std::set<std::int64_t>& jobs, std::int64_t group);
    // Queues a generate job per song of a prompt list (readPromptList), all of them checked
    // before any is queued; a problem is shown and queues nothing. Returns the jobs.
    std::vector<std::int64_t> generateBatch(const QString& file);

  private:
    void jobChanged(qint64 id, JobStatus status);

    MainWindow& window_;
    StudioSession& session_;
    QAction* export_;
    std::map<std::int64_t, std::int64_t> takeJobs_; // generate job -> its take group
};

} // namespace cadenza
