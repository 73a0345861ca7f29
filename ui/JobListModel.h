// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ProjectDatabase.h"
#include "ui/JobMetaTypes.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>

#include <map>

namespace cadenza {

// The jobs as a live table: kind, title, status and stage, progress, elapsed and
// remaining time, error. Updated from StudioSession::jobChanged, on the GUI thread. It
// shows the jobs waiting or running and the kRecentEnded that ended last, newest first.
// Elapsed time stops when a job ends; the time left is estimated from its progress.
class JobListModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { Kind, Title, Status, Progress, Elapsed, Remaining, Error, ColumnCount };
    enum Role {
        JobIdRole = Qt::UserRole, // the job's id, as qint64
        ProgressTextRole,         // what the progress bar says: "40%", or "cancelled" where it stopped
    };
    static constexpr std::size_t kRecentEnded = 12;

    explicit JobListModel(const ProjectDatabase& history, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const JobRecord& job(int row) const { return jobs_.at(static_cast<std::size_t>(row)); }
    // The row of the job running (the newest, when several are), else of the next waiting; -1 if none.
    int activeRow() const;
    int runningCount() const;

  public slots:
    void reload();
    void update(qint64 id, JobStatus status, const QString& stage, double progress, const QString& error);

  private:
    const ProjectDatabase& history_;
    std::vector<JobRecord> jobs_;
    std::map<std::int64_t, QElapsedTimer> clocks_; // running jobs, for elapsed and remaining time
    std::map<std::int64_t, qint64> took_;          // jobs that ended here: their elapsed time, ms
};

// A job's state in words a musician understands.
QString jobStatusText(JobStatus status);
// A kind of job in the interface's language.
QString jobKindText(JobKind kind);

} // namespace cadenza
