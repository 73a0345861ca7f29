// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/JobListModel.h"

#include "ui/Timeline.h"

#include <algorithm>
#include <cmath>

namespace cadenza {

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

namespace {

bool active(JobStatus status) {
    return status == JobStatus::Queued || status == JobStatus::Running;
}

} // namespace

void JobListModel::reload() {
    beginResetModel();
    auto all = history_.jobs();
    std::reverse(all.begin(), all.end()); // newest first
    jobs_.clear();
    std::size_t ended = 0;
    for (auto& job : all)
        if (active(job.status) || ended++ < kRecentEnded)
            jobs_.push_back(std::move(job));
    endResetModel();
}

void JobListModel::update(qint64 id, JobStatus status, const QString& stage, double progress, const QString& error) {
    // The clock runs while the job does, and stops when it ends.
    if (status == JobStatus::Running && !clocks_.count(id)) {
        clocks_[id].start();
    } else if (status != JobStatus::Running && status != JobStatus::Queued) {
        if (const auto clock = clocks_.find(id); clock != clocks_.end()) {
            took_[id] = clock->second.elapsed();
            clocks_.erase(clock);
        }
    }
    const auto it = std::find_if(jobs_.begin(), jobs_.end(), [&](const JobRecord& j) { return j.id == id; });
    if (it == jobs_.end() || status == JobStatus::Finished) {
        reload(); // a job this model has not seen yet, or a result track to pick up
        return;
    }
    it->status = status;
    if (!stage.isEmpty())
        it->stage = stage.toStdString();
    if (active(status))
        it->progress = progress; // a job that stopped keeps the progress it had made
    it->error = error.toStdString();
    const int row = static_cast<int>(it - jobs_.begin());
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int JobListModel::activeRow() const {
    int waiting = -1;
    for (std::size_t row = 0; row < jobs_.size(); ++row) {
        if (jobs_[row].status == JobStatus::Running)
            return static_cast<int>(row);
        if (jobs_[row].status == JobStatus::Queued)
            waiting = static_cast<int>(row); // the oldest waiting runs next
    }
    return waiting;
}

int JobListModel::runningCount() const {
    return static_cast<int>(
        std::count_if(jobs_.begin(), jobs_.end(), [](const JobRecord& j) { return active(j.status); }));
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
    if (role == ProgressTextRole) {
        if (j.status == JobStatus::Finished || active(j.status))
            return QString::number(std::lround(100 * (j.status == JobStatus::Finished ? 1.0 : j.progress))) + "%";
        return jobStatusText(j.status);
    }
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
        return static_cast<int>(std::lround(100 * (j.status == JobStatus::Finished ? 1.0 : j.progress)));
    case Elapsed:
        if (clock != clocks_.end())
            return clockText(static_cast<double>(clock->second.elapsed()) / 1000);
        if (const auto took = took_.find(j.id); took != took_.end())
            return clockText(static_cast<double>(took->second) / 1000);
        return {};
    case Remaining:
        if (clock == clocks_.end() || j.progress < 0.05)
            return {};
        return clockText(static_cast<double>(clock->second.elapsed()) * (1 - j.progress) / j.progress / 1000);
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
