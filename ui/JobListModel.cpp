// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/JobListModel.h"

namespace cadenza {
namespace {

QString clockText(qint64 milliseconds) {
    const auto seconds = milliseconds / 1000;
    return QString("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar('0'));
}

} // namespace

QString jobStatusText(JobStatus status) {
    switch (status) {
    case JobStatus::Queued:
        return JobListModel::tr("waiting");
    case JobStatus::Running:
        return JobListModel::tr("running");
    case JobStatus::Finished:
        return JobListModel::tr("done");
    case JobStatus::Failed:
        return JobListModel::tr("failed");
    case JobStatus::Cancelled:
        return JobListModel::tr("cancelled");
    case JobStatus::Interrupted:
        return JobListModel::tr("interrupted");
    }
    return {};
}

QString jobKindText(JobKind kind) {
    switch (kind) {
    case JobKind::Generate:
        return JobListModel::tr("generate");
    case JobKind::Import:
        return JobListModel::tr("import");
    case JobKind::Analyze:
        return JobListModel::tr("analyse");
    case JobKind::Remix:
        return JobListModel::tr("remix");
    case JobKind::Separate:
        return JobListModel::tr("separate");
    case JobKind::Rearrange:
        return JobListModel::tr("re-arrange");
    case JobKind::Edit:
        return JobListModel::tr("edit");
    case JobKind::Export:
        return JobListModel::tr("export");
    case JobKind::Video:
        return JobListModel::tr("video");
    case JobKind::Transcribe:
        return JobListModel::tr("transcribe");
    }
    return {};
}

JobListModel::JobListModel(const ProjectDatabase& history, QObject* parent)
    : QAbstractTableModel(parent), history_(history) {
    reload();
}

void JobListModel::reload() {
    beginResetModel();
    jobs_ = history_.jobs();
    std::reverse(jobs_.begin(), jobs_.end()); // newest first
    endResetModel();
}

void JobListModel::update(qint64 id, JobStatus status, const QString& stage, double progress, const QString& error) {
    const auto it = std::find_if(jobs_.begin(), jobs_.end(), [&](const JobRecord& j) { return j.id == id; });
    if (it == jobs_.end()) {
        reload(); // a job this model has not seen yet
        return;
    }
    it->status = status;
    if (!stage.isEmpty())
        it->stage = stage.toStdString();
    it->progress = it->status == JobStatus::Finished ? 1.0 : progress;
    it->error = error.toStdString();
    if (it->status == JobStatus::Finished) {
        reload(); // picks up the result track from the history
        return;
    }
    if (it->status == JobStatus::Running && !clocks_.count(id))
        clocks_[id].start();
    else if (it->status != JobStatus::Running)
        clocks_.erase(id);
    const int row = static_cast<int>(it - jobs_.begin());
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int JobListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(jobs_.size());
}

int JobListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const auto& j = job(index.row());
    if (role == JobIdRole)
        return QVariant::fromValue(static_cast<qint64>(j.id));
    if (role == Qt::ToolTipRole && !j.error.empty())
        return QString::fromStdString(j.error);
    if (role != Qt::DisplayRole)
        return {};
    const auto clock = clocks_.find(j.id);
    switch (index.column()) {
    case Kind:
        return jobKindText(j.kind);
    case Title:
        return QString::fromStdString(j.title);
    case Status:
        return j.status == JobStatus::Running && !j.stage.empty() ? QString::fromStdString(j.stage)
                                                                  : jobStatusText(j.status);
    case Progress:
        return static_cast<int>(std::lround(100 * j.progress));
    case Elapsed:
        return clock == clocks_.end() ? QVariant() : QVariant(clockText(clock->second.elapsed()));
    case Remaining:
        if (clock == clocks_.end() || j.progress < 0.05)
            return {};
        return clockText(
            static_cast<qint64>(static_cast<double>(clock->second.elapsed()) * (1 - j.progress) / j.progress));
    case Error:
        return QString::fromStdString(j.error);
    default:
        return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Job");
    case Title:
        return tr("Title");
    case Status:
        return tr("Stage");
    case Progress:
        return tr("Progress");
    case Elapsed:
        return tr("Elapsed");
    case Remaining:
        return tr("Left");
    case Error:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace cadenza
