// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/JobPanel.h"

#include "jobs/JobQueue.h"
#include "ui/JobListModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyleOptionProgressBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace cadenza {
namespace {

// Draws the progress column as a progress bar.
class ProgressDelegate : public QStyledItemDelegate {
  public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = index.data().toInt();
        bar.text = QString::number(bar.progress) + "%";
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};

} // namespace

JobPanel::JobPanel(JobListModel& model, JobQueue& queue, QWidget* parent)
    : QWidget(parent), model_(model), queue_(queue), view_(new QTableView(this)),
      cancel_(new QPushButton(tr("Cancel"), this)), retry_(new QPushButton(tr("Retry"), this)),
      reveal_(new QPushButton(tr("Reveal result"), this)), clear_(new QPushButton(tr("Clear finished"), this)) {
    view_->setModel(&model_);
    view_->setItemDelegateForColumn(JobListModel::Progress, new ProgressDelegate(view_));
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->verticalHeader()->hide();
    view_->setWordWrap(false);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view_->horizontalHeader()->setSectionResizeMode(JobListModel::Title, QHeaderView::Stretch);
    view_->horizontalHeader()->setSectionResizeMode(JobListModel::Progress, QHeaderView::Fixed);
    view_->setColumnWidth(JobListModel::Progress, 120);
    view_->horizontalHeader()->setSectionResizeMode(JobListModel::Error, QHeaderView::Stretch);
    cancel_->setToolTip(tr("Stop the selected job; nothing half-made is kept"));
    retry_->setToolTip(tr("Run the selected failed, cancelled or interrupted job again"));
    reveal_->setToolTip(tr("Select the track this job made in the Library"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("<b>Jobs</b>"), this));
    buttons->addStretch();
    buttons->addWidget(cancel_);
    buttons->addWidget(retry_);
    buttons->addWidget(reveal_);
    buttons->addWidget(clear_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addLayout(buttons);
    layout->addWidget(view_);

    connect(cancel_, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedJob(); id > 0)
            queue_.cancel(id);
    });
    connect(retry_, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedJob(); id > 0) {
            try {
                queue_.retry(id);
            } catch (const std::exception& e) {
                QMessageBox::warning(this, tr("Retry"), QString::fromStdString(e.what()));
            }
        }
    });
    connect(reveal_, &QPushButton::clicked, this, [this] {
        const auto rows = view_->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            if (const auto track = model_.job(rows.first().row()).resultTrack)
                emit revealTrack(*track);
    });
    connect(clear_, &QPushButton::clicked, this, [this] {
        queue_.clearEnded();
        model_.reload();
    });
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobPanel::updateButtons);
    connect(&model_, &QAbstractItemModel::dataChanged, this, &JobPanel::updateButtons);
    connect(&model_, &QAbstractItemModel::modelReset, this, &JobPanel::updateButtons);
    updateButtons();
}

qint64 JobPanel::selectedJob() const {
    const auto rows = view_->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(JobListModel::JobIdRole).toLongLong();
}

void JobPanel::updateButtons() {
    const auto rows = view_->selectionModel()->selectedRows();
    const auto status = rows.isEmpty() ? JobStatus::Finished : model_.job(rows.first().row()).status;
    cancel_->setEnabled(!rows.isEmpty() && (status == JobStatus::Queued || status == JobStatus::Running));
    retry_->setEnabled(!rows.isEmpty() && (status == JobStatus::Failed || status == JobStatus::Cancelled ||
                                           status == JobStatus::Interrupted));
    reveal_->setEnabled(!rows.isEmpty() && model_.job(rows.first().row()).resultTrack.has_value());
}

} // namespace cadenza
