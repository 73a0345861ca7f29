// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include <vector>

namespace cadenza {

// A peak meter of one or two channels, as a mixer strip has: -60 to 0 dBFS, green to
// yellow (-12) to red (-3), falling back at 24 dB a second, with each channel's highest
// peak held for 1.5 s as a line. Fed with the peaks the player measured since the last
// feed (Player::takePeak).
class LevelMeter : public QWidget {
    Q_OBJECT

  public:
    LevelMeter(Qt::Orientation orientation, int channels, QWidget* parent = nullptr);

    // Linear peaks, one per channel.
    void setPeaks(const std::vector<float>& peaks);
    // The level shown for `channel`, in dBFS (-60 when silent), after the fall-back.
    double shownDb(int channel) const;
    void reset();

  protected:
    void paintEvent(QPaintEvent* event) override;
    QSize sizeHint() const override;

  private:
    struct Channel {
        double level = -60; // dB shown
        double held = -60;  // dB held
        qint64 heldAt = 0;  // ms
    };
    Qt::Orientation orientation_;
    std::vector<Channel> channels_;
    QElapsedTimer clock_;
    qint64 lastFeed_ = 0;
};

} // namespace cadenza
