// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playback/AudioOutput.h"
#include "playback/Player.h"

#include <QWidget>

#include <filesystem>
#include <memory>

class QLabel;
class QPushButton;
class QHBoxLayout;
class QTimer;

namespace cadenza {

// Transport (play/pause, stop, time) and the stem mixer: one strip per stem with volume,
// pan, mute and solo; a strip's name drags its WAV file out and right-clicked offers the
// stem's sounds. It owns the player and its audio output: PortAudio's default device,
// or a silent output where there is none (or when CADENZA_AUDIO_OUTPUT=null).
class PlayerPanel : public QWidget {
    Q_OBJECT

  public:
    explicit PlayerPanel(QWidget* parent = nullptr);
    ~PlayerPanel() override;

    Player& player() { return player_; }
    // "default", a device name, or "none"; falls back to silence when the device cannot open.
    void setOutputDevice(const QString& device);
    // `files` (optional, one per stem) are the stems' WAV files: a strip's name can then be
    // dragged out to a file manager or a DAW.
    void load(std::vector<Stem> stems, const std::vector<std::filesystem::path>& files = {});
    QString outputName() const;

    QPushButton* playButton() const { return play_; }
    // The mute button of a stem's strip, for tests and shortcuts.
    QPushButton* muteButton(std::size_t stem) const;
    // The WAV file a stem's strip drags out (empty when none was given).
    std::filesystem::path stemFile(std::size_t stem) const;

  public slots:
    void togglePlay();
    void stop();
    void seek(double seconds);
    void setLoop(double start, double end);

  signals:
    void positionChanged(double seconds);
    // A right-click on a strip's name: the menu of that stem's sound.
    void soundMenuRequested(const QString& stem, const QPoint& globalPosition);

  private:
    void refresh();

    Player player_;
    std::unique_ptr<AudioOutput> output_;
    QPushButton* play_;
    QPushButton* stop_;
    QLabel* time_;
    QHBoxLayout* strips_;
    std::vector<QWidget*> stripWidgets_;
    std::vector<QPushButton*> muteButtons_;
    std::vector<std::filesystem::path> stemFiles_;
    QTimer* clock_;
    QLabel* outputLabel_;
};

} // namespace cadenza
