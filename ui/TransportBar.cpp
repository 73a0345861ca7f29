// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TransportBar.h"

#include "ui/LevelMeter.h"
#include "ui/Timeline.h"
#include "ui/TransportIcons.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>

#include <cmath>
#include <cstdlib>

namespace cadenza {
namespace {

QToolButton* transportButton(const QIcon& face, const QString& tip, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setIcon(face);
    button->setToolTip(tip);
    button->setIconSize(QSize(22, 22));
    button->setAutoRaise(true);
    return button;
}

} // namespace

TransportBar::TransportBar(QWidget* parent)
    : QWidget(parent),
      start_(transportButton(transportIcon(TransportGlyph::ReturnToStart), tr("Return to the start (Home)"), this)),
      play_(transportButton(transportIcon(TransportGlyph::Play), tr("Play or pause (Space)"), this)),
      stop_(
          transportButton(transportIcon(TransportGlyph::Stop), tr("Stop and return to the start (Enter or 0)"), this)),
      loop_(transportButton(transportIcon(TransportGlyph::Loop),
                            tr("Loop the region dragged on the ruler, or the section playing (L)"), this)),
      record_(transportButton(transportIcon(TransportGlyph::Record),
                              tr("Record from the input into a new track: an idea, a hummed melody"), this)),
      position_(new QLabel(this)), facts_(new QLabel(this)), master_(new LevelMeter(Qt::Horizontal, 2, this)),
      loudness_(new QLabel(this)), outputLabel_(new QLabel(this)), clock_(new QTimer(this)) {
    const char* choice = std::getenv("CADENZA_AUDIO_OUTPUT");
    setOutputDevice(choice && std::string(choice) == "null" ? QString("none")
                                                            : QSettings().value("audio/device", "default").toString());
    loop_->setCheckable(true);
    record_->setCheckable(true);
    record_->setStyleSheet("QToolButton:checked { background: #c0392b; border-radius: 4px; }");
    QFont big = position_->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setStyleHint(QFont::Monospace);
    big.setFamily("monospace");
    position_->setFont(big);
    position_->setMinimumWidth(position_->fontMetrics().horizontalAdvance("888.8 | 88:88.8") + 12);
    position_->setToolTip(tr("Position in bars and beats, and in minutes and seconds"));
    master_->setMinimumWidth(90);
    master_->setToolTip(tr("Master: the peak of each channel"));
    loudness_->setToolTip(tr("Momentary loudness of the mix (EBU R 128, the last 0.4 s)"));
    loudness_->setMinimumWidth(loudness_->fontMetrics().horizontalAdvance("−88.8 LUFS"));
    outputLabel_->setStyleSheet("color: gray");
    // The facts give way first in a narrow window.
    facts_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    for (auto* button : {start_, play_, stop_, loop_, record_})
        layout->addWidget(button);
    layout->addSpacing(8);
    layout->addWidget(position_);
    layout->addSpacing(8);
    layout->addWidget(facts_, 1);
    layout->addWidget(master_);
    layout->addWidget(loudness_);

    connect(start_, &QToolButton::clicked, this, [this] { seek(0); });
    connect(play_, &QToolButton::clicked, this, &TransportBar::togglePlay);
    connect(stop_, &QToolButton::clicked, this, &TransportBar::stop);
    connect(loop_, &QToolButton::toggled, this, &TransportBar::loopToggled);
    connect(record_, &QToolButton::toggled, this, &TransportBar::setRecording);
    connect(clock_, &QTimer::timeout, this, &TransportBar::refresh);
    clock_->start(30);
    refresh();
}

TransportBar::~TransportBar() {
    output_.reset(); // stop the audio thread before the player goes
}

void TransportBar::setOutputDevice(const QString& device) {
    output_.reset(); // one output at a time
    const auto callback = [this](float* out, std::size_t frames) { player_.render(out, frames); };
    if (device != "none") {
        try {
            output_ = openPortAudioOutput(callback, 44100,
                                          device == "default" ? std::nullopt : std::optional(device.toStdString()));
        } catch (const std::exception&) {
            output_.reset(); // no device: play silently, so the rest of the studio still works
        }
    }
    if (!output_)
        output_ = openNullOutput(callback, 44100);
    outputLabel_->setText(tr("Output: %1").arg(outputName()));
}

QString TransportBar::outputName() const {
    return QString::fromStdString(output_->name());
}

void TransportBar::load(std::vector<Stem> stems, const BarGrid& grid, const QString& facts) {
    player_.load(std::move(stems));
    master_->reset();
    setTiming(grid, facts);
}

void TransportBar::setTiming(const BarGrid& grid, const QString& facts) {
    grid_ = grid;
    facts_->setText(facts);
    refresh();
}

void TransportBar::togglePlay() {
    if (player_.stemCount() == 0)
        return;
    if (!player_.playing() && player_.position() >= player_.duration())
        player_.seek(0);
    player_.toggle();
    refresh();
}

void TransportBar::stop() {
    player_.stop();
    refresh();
}

void TransportBar::seek(double seconds) {
    player_.seek(seconds);
    refresh();
}

void TransportBar::setLoopChecked(bool on) {
    const QSignalBlocker quiet(loop_);
    loop_->setChecked(on);
}

void TransportBar::setRecording(bool on) {
    if (on == recording()) {
        const QSignalBlocker quiet(record_);
        record_->setChecked(on);
        return;
    }
    constexpr int kRate = 44100;
    if (on) {
        recorder_ = std::make_unique<Recorder>(kRate);
        const auto capture = [recorder = recorder_.get()](const float* frames, std::size_t n) {
            recorder->capture(frames, n);
        };
        const QString choice =
            qEnvironmentVariable("CADENZA_AUDIO_INPUT", QSettings().value("audio/input", "default").toString());
        try {
            if (choice == "test") {
                // A sung tone: 220 Hz with a 5 Hz vibrato, a few harmonics.
                input_ = openGeneratedInput(capture, kRate, [phase = 0.0, t = 0.0](float* out, std::size_t n) mutable {
                    for (std::size_t i = 0; i < n; ++i, t += 1.0 / kRate) {
                        phase += 2 * M_PI * 220 * (1 + 0.01 * std::sin(2 * M_PI * 5 * t)) / kRate;
                        out[2 * i] = out[2 * i + 1] = static_cast<float>(
                            0.3 * std::sin(phase) + 0.1 * std::sin(2 * phase) + 0.05 * std::sin(3 * phase));
                    }
                });
            } else {
                input_ = openPortAudioInput(capture, kRate,
                                            choice == "default" ? std::nullopt : std::optional(choice.toStdString()));
            }
        } catch (const std::exception& e) {
            input_.reset();
            recorder_.reset();
            const QSignalBlocker quiet(record_);
            record_->setChecked(false);
            emit recordingFailed(QString::fromStdString(e.what()));
            return;
        }
    } else {
        input_.reset(); // stops the input's thread before the recorder goes
        recorder_->drain();
        auto audio = std::make_shared<const StereoBuffer>(recorder_->recording());
        recorder_.reset();
        emit recorded(std::move(audio));
    }
    const QSignalBlocker quiet(record_);
    record_->setChecked(on);
    refresh();
}

QString TransportBar::positionText() const {
    return position_->text();
}

QString TransportBar::loudnessText() const {
    return loudness_->text();
}

void TransportBar::refresh() {
    const bool playing = player_.playing();
    if (playing != showingPause_) {
        showingPause_ = playing;
        play_->setIcon(playing ? transportIcon(TransportGlyph::Pause) : transportIcon(TransportGlyph::Play));
    }
    play_->setEnabled(player_.stemCount() > 0);
    stop_->setEnabled(playing);
    start_->setEnabled(player_.stemCount() > 0);
    const double seconds = player_.position();
    const QString time = clockText(seconds, true);
    if (recorder_) { // recording: its length, and the input's level on the meter
        recorder_->drain();
        position_->setText(tr("● REC %1").arg(clockText(recorder_->seconds(), true)));
        const float level = recorder_->takePeak();
        master_->setPeaks({level, level});
    } else {
        position_->setText(grid_.valid() ? QString::fromStdString(grid_.label(seconds)) + " | " + time : time);
        const auto peak = player_.takeMasterPeak();
        master_->setPeaks({peak.left, peak.right});
    }
    const double lufs = player_.momentaryLoudness();
    loudness_->setText(playing && lufs > -70 ? tr("%1 LUFS").arg(QString::number(lufs, 'f', 1).replace('-', "−"))
                                             : tr("— LUFS"));
    emit positionChanged(seconds);
}

} // namespace cadenza
