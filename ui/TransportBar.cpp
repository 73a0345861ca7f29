// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TransportBar.h"

#include "ui/LevelMeter.h"
#include "ui/WavePainting.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <cstdlib>

namespace cadenza {
namespace {

// A theme icon where the desktop has one, else Qt's own.
QIcon icon(const char* themeName, QStyle::StandardPixmap fallback, const QStyle& style) {
    return QIcon::fromTheme(themeName, style.standardIcon(fallback));
}

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
    : QWidget(parent), start_(transportButton(icon("media-skip-backward", QStyle::SP_MediaSkipBackward, *style()),
                                              tr("Return to the start (Home)"), this)),
      play_(transportButton(icon("media-playback-start", QStyle::SP_MediaPlay, *style()), tr("Play or pause (Space)"),
                            this)),
      stop_(transportButton(icon("media-playback-stop", QStyle::SP_MediaStop, *style()),
                            tr("Stop and return to the start (Enter or 0)"), this)),
      loop_(transportButton(icon("media-playlist-repeat", QStyle::SP_BrowserReload, *style()),
                            tr("Loop the region dragged on the ruler, or the section playing (L)"), this)),
      position_(new QLabel(this)), facts_(new QLabel(this)), master_(new LevelMeter(Qt::Horizontal, 2, this)),
      loudness_(new QLabel(this)), outputLabel_(new QLabel(this)), clock_(new QTimer(this)) {
    const char* choice = std::getenv("CADENZA_AUDIO_OUTPUT");
    setOutputDevice(choice && std::string(choice) == "null" ? QString("none")
                                                            : QSettings().value("audio/device", "default").toString());
    loop_->setCheckable(true);
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
    for (auto* button : {start_, play_, stop_, loop_})
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
        play_->setIcon(playing ? icon("media-playback-pause", QStyle::SP_MediaPause, *style())
                               : icon("media-playback-start", QStyle::SP_MediaPlay, *style()));
    }
    play_->setEnabled(player_.stemCount() > 0);
    stop_->setEnabled(playing);
    start_->setEnabled(player_.stemCount() > 0);
    const double seconds = player_.position();
    const QString time = clockText(seconds, true);
    position_->setText(grid_.valid() ? QString::fromStdString(grid_.label(seconds)) + " | " + time : time);
    const auto peak = player_.takeMasterPeak();
    master_->setPeaks({peak.left, peak.right});
    const double lufs = player_.momentaryLoudness();
    loudness_->setText(playing && lufs > -70 ? tr("%1 LUFS").arg(QString::number(lufs, 'f', 1).replace('-', "−"))
                                             : tr("— LUFS"));
    emit positionChanged(seconds);
}

} // namespace cadenza
