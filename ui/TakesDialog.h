// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <cstdint>
#include <vector>

class QCheckBox;
class QPushButton;

namespace cadenza {

class CoverCache;
class ProjectDatabase;

// The takes of one prompt side by side: each with its cover, seed, tempo and key, a button
// to listen to it in the player, and a Keep box. "Keep ticked" marks the ticked takes as
// favourites and deletes the others (after asking); closing keeps them all.
class TakesDialog : public QDialog {
    Q_OBJECT

  public:
    TakesDialog(const ProjectDatabase& history, std::int64_t takeGroup, QWidget* parent = nullptr);
    ~TakesDialog() override;

    const std::vector<std::int64_t>& takes() const { return takes_; }
    QCheckBox* keepBox(std::size_t take) const { return keep_.at(take); }
    QPushButton* keepButton() const { return keepTicked_; }

  signals:
    void listenRequested(qint64 trackId);
    // The takes to keep (favourites from now on) and those to delete.
    void decided(const std::vector<qint64>& keep, const std::vector<qint64>& discard);

  private:
    std::vector<std::int64_t> takes_;
    std::vector<QCheckBox*> keep_;
    QPushButton* keepTicked_;
    CoverCache* covers_;
};

} // namespace cadenza
