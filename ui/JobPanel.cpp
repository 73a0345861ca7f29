// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/JobPanel.h"

#include "jobs/JobQueue.h"
#include "ui/JobListModel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QStyleOptionProgressBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
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
        bar.text = index.data(JobListModel::ProgressTextRole).toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};

} // namespace

JobPanel::JobPanel(JobListModel& model, JobQueue& queue, QWidget* parent)
    : QWidget(parent), model_(model), queue_(queue), view_(new QTableView(this)),
      cancel_(new QPushButton(tr("Cancel"), this)), retry_(new QPushButton(tr("Retry"), this)),
      reveal_(new QPushButton(tr("Reveal result"), this)), clear_(new QPushButton(tr("Clear finished"), this)),
      fold_(new QToolButton(this)) {
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
    cancel_->setToolTip(tr("Stop the selected job, or the one running; nothing half-made is kept"));
    retry_->setToolTip(tr("Run the selected failed, cancelled or interrupted job again"));
    reveal_->setToolTip(tr("Select the track this job made in the Library, or show the file it wrote"));
    fold_->setCheckable(true);
    fold_->setChecked(true);
    fold_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    fold_->setAutoRaise(true);
    fold_->setToolTip(tr("Show or hide the jobs"));
    QFont bold = fold_->font();
    bold.setBold(true);
    fold_->setFont(bold);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(fold_);
    buttons->addStretch();
    buttons->addWidget(cancel_);
    buttons->addWidget(retry_);
    buttons->addWidget(reveal_);
    buttons->addWidget(clear_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addLayout(buttons);
    layout->addWidget(view_);

    connect(fold_, &QToolButton::toggled, this, [this](bool shown) {
        view_->setVisible(shown);
        // Folded, the panel is only its title bar, and the window's other panes take the room.
        setMaximumHeight(shown ? QWIDGETSIZE_MAX : fold_->sizeHint().height() + 6);
        updateButtons();
    });
    connect(cancel_, &QPushButton::clicked, this, [this] {
        if (const int row = targetRow(); row >= 0)
            queue_.cancel(model_.job(row).id);
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
        if (rows.isEmpty())
            return;
        if (const auto track = model_.job(rows.first().row()).resultTrack)
            emit revealTrack(*track);
        else if (const QString file = outputFile(rows.first().row()); !file.isEmpty())
            emit revealFile(file);
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

int JobPanel::targetRow() const {
    const auto rows = view_->selectionModel()->selectedRows();
    return rows.isEmpty() ? model_.activeRow() : rows.first().row();
}

QString JobPanel::outputFile(int row) const {
    const JobRecord& job = model_.job(row);
    if (job.status != JobStatus::Finished || (job.kind != JobKind::Export && job.kind != JobKind::Video))
        return {};
    const auto parameters = QJsonDocument::fromJson(QByteArray::fromStdString(job.parameters)).object();
    return parameters["out"].toString();
}

void JobPanel::updateButtons() {
    const auto rows = view_->selectionModel()->selectedRows();
    const int target = targetRow();
    const auto status = target < 0 ? JobStatus::Finished : model_.job(target).status;
    cancel_->setEnabled(target >= 0 && (status == JobStatus::Queued || status == JobStatus::Running));
    retry_->setEnabled(!rows.isEmpty() && (status == JobStatus::Failed || status == JobStatus::Cancelled ||
                                           status == JobStatus::Interrupted));
    reveal_->setEnabled(!rows.isEmpty() && (model_.job(rows.first().row()).resultTrack.has_value() ||
                                            !outputFile(rows.first().row()).isEmpty()));
    const int working = model_.runningCount();
    fold_->setText(working > 0 ? tr("Jobs (%n at work)", nullptr, working) : tr("Jobs"));
    fold_->setArrowType(fold_->isChecked() ? Qt::DownArrow : Qt::RightArrow);
}

} // namespace cadenza
