// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableView;
class QPushButton;

namespace cadenza {

class JobListModel;
class JobQueue;

// The job queue, live: each job with its stage, a progress bar, elapsed and remaining time,
// and Cancel, Retry and Clear finished.
class JobPanel : public QWidget {
    Q_OBJECT

  public:
    JobPanel(JobListModel& model, JobQueue& queue, QWidget* parent = nullptr);

    QTableView* view() const { return view_; }
    QPushButton* cancelButton() const { return cancel_; }
    QPushButton* retryButton() const { return retry_; }
    QPushButton* revealButton() const { return reveal_; }

  signals:
    // The user asked to see the track a finished job made.
    void revealTrack(qint64 trackId);

  private:
    void updateButtons();
    qint64 selectedJob() const;

    JobListModel& model_;
    JobQueue& queue_;
    QTableView* view_;
    QPushButton* cancel_;
    QPushButton* retry_;
    QPushButton* reveal_;
    QPushButton* clear_;
};

} // namespace cadenza
