// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableView;
class QPushButton;
class QToolButton;

namespace cadenza {

class JobListModel;
class JobQueue;

// The job queue, live: each job with its stage, a progress bar, elapsed and remaining time,
// and Cancel, Retry, Reveal result and Clear finished. Its title folds the table away, and
// says how many jobs are at work. Cancel stops the selected job, or with none selected the
// one running.
class JobPanel : public QWidget {
    Q_OBJECT

  public:
    JobPanel(JobListModel& model, JobQueue& queue, QWidget* parent = nullptr);

    QTableView* view() const { return view_; }
    QPushButton* cancelButton() const { return cancel_; }
    QPushButton* retryButton() const { return retry_; }
    QPushButton* revealButton() const { return reveal_; }
    QToolButton* foldButton() const { return fold_; }

  signals:
    // The user asked to see the track a finished job made.
    void revealTrack(qint64 trackId);
    // The user asked to see the file a finished export or video wrote.
    void revealFile(const QString& path);

  private:
    void updateButtons();
    qint64 selectedJob() const;
    // The selected job's row, or with none selected the active one's; -1 if neither.
    int targetRow() const;
    // The file a finished export or video job wrote (empty for other jobs).
    QString outputFile(int row) const;

    JobListModel& model_;
    JobQueue& queue_;
    QTableView* view_;
    QPushButton* cancel_;
    QPushButton* retry_;
    QPushButton* reveal_;
    QPushButton* clear_;
    QToolButton* fold_;
};

} // namespace cadenza
