// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/JobRecord.h"
#include "runners/EditJob.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <set>

class QAction;
class QMenu;
class QWidget;

namespace cadenza {

class StudioSession;

// The edits of a composed song in the studio: a section's menu (regenerate, extend after,
// remove), a stem's sound menu, and Undo / Redo between the song's versions. Each edit runs
// as a job; when it is done, versionReady names the new version so the window selects it.
// Undo and Redo only move between versions: nothing is overwritten or deleted.
class EditActions : public QObject {
    Q_OBJECT

  public:
    EditActions(StudioSession& session, QWidget* parent);

    // The track the studio shows; the actions apply to it.
    void setTrack(std::int64_t trackId);
    QAction* undoAction() const { return undo_; }
    QAction* redoAction() const { return redo_; }
    // The menu of section `index` of the track (as song.json lists them), or of a stem's
    // sound; null when the track is a recording (nothing to edit).
    std::unique_ptr<QMenu> sectionMenu(int index);
    std::unique_ptr<QMenu> soundMenu(const QString& group);

  signals:
    void versionReady(qint64 trackId);  // an edit finished: select it
    void selectVersion(qint64 trackId); // undo or redo: select it
    void refused(const QString& message);

  private:
    void jobChanged(qint64 id, JobStatus status);
    void submit(const EditRequest& request);
    bool editable() const;
    void refresh();

    StudioSession& session_;
    QWidget* parent_;
    std::int64_t track_ = 0;
    QAction* undo_;
    QAction* redo_;
    std::set<qint64> pending_; // the edit jobs queued here
};

} // namespace cadenza
