// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playback/AudioInput.h"
#include "playback/AudioOutput.h"
#include "playback/Player.h"
#include "playback/Recorder.h"

#include "music/BarGrid.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTimer;
class QToolButton;

namespace cadenza {

class LevelMeter;

// The transport, as a DAW's: return to start, play/pause, stop and loop as icons, the
// position in bars|beats and time, the song's tempo and key, and the master meter (peak per
// channel and momentary loudness). It owns the player and its audio output: PortAudio's
// default device, or a silent output where there is none (or when CADENZA_AUDIO_OUTPUT=null).
// Its clock (every 30 ms) moves the playhead through positionChanged. Record captures the
// input chosen in Preferences (audio/input; CADENZA_AUDIO_INPUT=test makes a sung tone, for
// tests) until it is pressed again, metering it, and hands over what it heard.
class TransportBar : public QWidget {
    Q_OBJECT

  public:
    explicit TransportBar(QWidget* parent = nullptr);
    ~TransportBar() override;

    Player& player() { return player_; }
    // "default", a device name, or "none"; falls back to silence when the device cannot open.
    void setOutputDevice(const QString& device);
    QString outputName() const;
    // "Output: …", for the status bar.
    QLabel* outputLabel() const { return outputLabel_; }
    // Loads a track's stems into the player; `grid` counts its bars, `facts` is its tempo and key.
    void load(std::vector<Stem> stems, const BarGrid& grid = {}, const QString& facts = {});
    // New bars and facts for the track loaded (its analysis arrived).
    void setTiming(const BarGrid& grid, const QString& facts);

    QToolButton* playButton() const { return play_; }
    QToolButton* stopButton() const { return stop_; }
    QToolButton* loopButton() const { return loop_; }
    QToolButton* recordButton() const { return record_; }
    bool recording() const { return input_ != nullptr; }
    QString positionText() const;
    LevelMeter* masterMeter() const { return master_; }
    QString loudnessText() const;

  public slots:
    void togglePlay();
    // Stops and returns to the start.
    void stop();
    void seek(double seconds);
    void setLoopChecked(bool on);

    // Starts or stops recording from the input. A start that finds no input says why
    // (recordingFailed) and records nothing.
    void setRecording(bool on);

  signals:
    void positionChanged(double seconds);
    // A recording ended: what was heard.
    void recorded(std::shared_ptr<const StereoBuffer> audio);
    void recordingFailed(const QString& reason);
    void loopToggled(bool on);

  private:
    void refresh();

    Player player_;
    std::unique_ptr<AudioOutput> output_;
    BarGrid grid_;
    QToolButton* start_;
    QToolButton* play_;
    QToolButton* stop_;
    QToolButton* loop_;
    QToolButton* record_;
    std::unique_ptr<Recorder> recorder_;
    std::unique_ptr<AudioInput> input_;
    QLabel* position_;
    QLabel* facts_;
    LevelMeter* master_;
    QLabel* loudness_;
    QLabel* outputLabel_;
    QTimer* clock_;
    bool showingPause_ = false;
};

} // namespace cadenza
