// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ShareActions.h"

#include "base/UserError.h"
#include "ui/ArrangementView.h"
#include "ui/CoverCache.h"
#include "ui/ExportDialog.h"
#include "ui/LibraryModel.h"
#include "ui/MainWindow.h"
#include "ui/StudioSession.h"
#include "ui/TakesDialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

namespace cadenza {

ShareActions::ShareActions(MainWindow& window, StudioSession& session)
    : QObject(&window), window_(window), session_(session) {
    auto* library = window.libraryView();
    export_ = new QAction(tr("&Export…"), &window);
    export_->setShortcut(QKeySequence(tr("Ctrl+E")));
    export_->setToolTip(tr("Write the track as WAV, FLAC, MP3, Ogg, Opus, MIDI or stems, tagged, with its cover"));
    connect(export_, &QAction::triggered, this, [this] {
        if (window_.currentTrack() != 0)
            exportTrack(window_.currentTrack());
    });
    library->addAction(export_); // in its menu too; the shortcut works in the whole window
    auto* video = new QAction(tr("Make music video…"), library);
    video->setToolTip(tr("A 1080p video of the track: its cover, title and spectrum bars that move with it"));
    connect(video, &QAction::triggered, this, [this] { makeVideo(window_.currentTrack()); });
    auto* cover = new QAction(tr("New cover"), library);
    cover->setToolTip(tr("Draw another cover for the track, and keep it"));
    connect(cover, &QAction::triggered, this, [this] { newCover(window_.currentTrack()); });
    auto* takes = new QAction(tr("Compare takes"), library);
    takes->setToolTip(tr("Set the takes generated with this one side by side, to keep the best"));
    connect(takes, &QAction::triggered, this, [this] { compareTakes(window_.currentTrack()); });
    for (auto* action : {video, cover, takes}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        library->addAction(action);
    }
    connect(&session_, &StudioSession::jobChanged, this,
            [this](qint64 id, JobStatus status, const QString&, double, const QString&) { jobChanged(id, status); });
}

void ShareActions::exportTrack(std::int64_t trackId) {
    if (trackId == 0)
        return;
    const auto& history = session_.history();
    const ExportCredits credits = exportCredits(history);
    // The mixer as it stands, for "the mix as you hear it", when this track is the one open.
    std::optional<MixerState> heard;
    if (trackId == window_.currentTrack() && window_.arrangement()->laneCount() > 0)
        heard = window_.arrangement()->mixer();
    ExportDialog dialog(trackFiles(history, trackId), QString::fromStdString(credits.artist),
                        QString::fromStdString(credits.album), heard, &window_);
    if (dialog.exec() != QDialog::Accepted)
        return;
    session_.history().setSetting("export.artist", dialog.artist().toStdString());
    session_.history().setSetting("export.album", dialog.album().toStdString());
    try {
        session_.exportTrack(dialog.request());
        window_.statusBar()->showMessage(tr("Exporting to %1").arg(dialog.destinationEdit()->text()), 5000);
    } catch (const UserError& e) {
        QMessageBox::warning(&window_, tr("Export"), QString::fromStdString(e.what()));
    }
}

void ShareActions::makeVideo(std::int64_t trackId) {
    const auto track = session_.history().track(trackId);
    if (!track)
        return;
    const QString suggested = QDir::home().filePath(QString::fromStdString(track->title).left(60) + ".mp4");
    const QString file =
        QFileDialog::getSaveFileName(&window_, tr("Save the music video"), suggested, tr("MP4 video (*.mp4)"));
    if (file.isEmpty())
        return;
    session_.makeVideo(trackId, file.toStdString());
    window_.statusBar()->showMessage(tr("Making the music video: it appears in the job list"), 5000);
}

void ShareActions::newCover(std::int64_t trackId) {
    const auto track = session_.history().track(trackId);
    if (!track)
        return;
    session_.history().setCoverVariant(trackId, track->coverVariant + 1);
    window_.libraryModel()->reload();
}

TakesDialog* ShareActions::compareTakes(std::int64_t trackId) {
    const auto track = session_.history().track(trackId);
    if (!track)
        return nullptr;
    if (!track->takeGroup) {
        window_.statusBar()->showMessage(tr("This track was generated alone: it has no other takes"), 5000);
        return nullptr;
    }
    auto* dialog = new TakesDialog(session_.history(), *track->takeGroup, &window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TakesDialog::listenRequested, &window_, &MainWindow::listenTo);
    connect(dialog, &TakesDialog::decided, this,
            [this](const std::vector<qint64>& keep, const std::vector<qint64>& discard) {
                for (const auto id : keep)
                    session_.history().setFavourite(id, true);
                for (const auto id : discard)
                    window_.deleteTrack(id);
                window_.libraryModel()->reload();
            });
    dialog->show();
    return dialog;
}

std::vector<std::int64_t> ShareActions::generateBatch(const QString& file) {
    std::vector<std::int64_t> jobs;
    try {
        auto requests = readPromptList(file.toStdString());
        for (auto& request : requests) // every song checked before any is queued
            resolveGenerateRequest(request, session_.catalog());
        for (const auto& request : requests)
            for (const auto job : session_.generate(request, 1))
                jobs.push_back(job);
        window_.statusBar()->showMessage(
            tr("Queued %n song(s) from %1", nullptr, static_cast<int>(jobs.size())).arg(QFileInfo(file).fileName()),
            5000);
    } catch (const UserError& e) {
        QMessageBox::warning(&window_, tr("Prompt list"), QString::fromStdString(e.what()));
    }
    return jobs;
}

void ShareActions::followTakes(const std::set<std::int64_t>& jobs, std::int64_t group) {
    for (const auto job : jobs)
        takeJobs_[job] = group;
}

void ShareActions::jobChanged(qint64 id, JobStatus s) {
    const auto found = takeJobs_.find(id);
    if (found == takeJobs_.end() || s == JobStatus::Queued || s == JobStatus::Running)
        return;
    const auto group = found->second;
    takeJobs_.erase(found);
    for (const auto& [job, other] : takeJobs_)
        if (other == group)
            return; // takes of this group are still to come
    for (const auto& t : session_.history().tracks())
        if (t.takeGroup == group) {
            compareTakes(t.id);
            return;
        }
}

} // namespace cadenza
