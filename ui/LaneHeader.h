// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <filesystem>

class QLabel;
class QPushButton;
class QSlider;

namespace cadenza {

class LevelMeter;

// The mixer strip at the head of a stem's lane: its name (which drags the stem's WAV file
// out; a right-click asks for its sounds), the sound that plays it, mute and solo (lit when
// on), volume in dB and pan (L/C/R) with their values, and the stem's live level.
class LaneHeader : public QWidget {
    Q_OBJECT

  public:
    LaneHeader(const QString& stem, const QString& sound, std::filesystem::path file, QWidget* parent = nullptr);

    QString stem() const { return stem_; }
    const std::filesystem::path& file() const { return file_; }
    QPushButton* muteButton() const { return mute_; }
    QPushButton* soloButton() const { return solo_; }
    QSlider* volumeSlider() const { return volume_; }
    QSlider* panSlider() const { return pan_; }
    LevelMeter* meter() const { return meter_; }
    QString volumeText() const;
    QString panText() const;

    // Without emitting the signals below (a stored mix being restored).
    void setSettings(double volumeDb, double pan, bool mute, bool solo);
    double volumeDb() const;
    double pan() const; // -1 left .. 1 right

    // "−3.0 dB", "+2.5 dB", "−∞ dB"; "C", "L40", "R25".
    static QString volumeText(double volumeDb);
    static QString panText(double pan);

  signals:
    void volumeChanged(float gain);
    void panChanged(float pan);
    void muteToggled(bool on);
    void soloToggled(bool on);
    void soundMenuRequested(const QString& stem, const QPoint& globalPosition);

  protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

  private:
    void showValues();

    QString stem_;
    std::filesystem::path file_;
    QLabel* name_;
    QPushButton* mute_;
    QPushButton* solo_;
    QSlider* volume_;
    QSlider* pan_;
    QLabel* volumeValue_;
    QLabel* panValue_;
    LevelMeter* meter_;
    QPoint pressedAt_;
};

} // namespace cadenza
