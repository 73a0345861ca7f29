// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PlayerPanel.h"

#include <QApplication>
#include <QDial>
#include <QDrag>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>
#include <cstdlib>
#include <memory>

namespace cadenza {
namespace {

QString clock(double seconds) {
    const int tenths = static_cast<int>(std::floor(seconds * 10));
    return QString("%1:%2.%3").arg(tenths / 600).arg((tenths / 10) % 60, 2, 10, QChar('0')).arg(tenths % 10);
}

} // namespace

PlayerPanel::PlayerPanel(QWidget* parent)
    : QWidget(parent), play_(new QPushButton(tr("Play"), this)), stop_(new QPushButton(tr("Stop"), this)),
      time_(new QLabel(this)), strips_(new QHBoxLayout), clock_(new QTimer(this)) {
    outputLabel_ = new QLabel(this);
    const char* choice = std::getenv("CADENZA_AUDIO_OUTPUT");
    setOutputDevice(choice && std::string(choice) == "null" ? QString("none")
                                                            : QSettings().value("audio/device", "default").toString());

    play_->setToolTip(tr("Play or pause (Space)"));
    stop_->setToolTip(tr("Stop and go back to the start"));
    time_->setMinimumWidth(140);
    auto* transport = new QHBoxLayout;
    transport->addWidget(play_);
    transport->addWidget(stop_);
    transport->addWidget(time_);
    transport->addStretch();
    transport->addWidget(outputLabel_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addLayout(transport);
    layout->addLayout(strips_);

    connect(play_, &QPushButton::clicked, this, &PlayerPanel::togglePlay);
    connect(stop_, &QPushButton::clicked, this, &PlayerPanel::stop);
    connect(clock_, &QTimer::timeout, this, &PlayerPanel::refresh);
    clock_->start(30);
    refresh();
}

PlayerPanel::~PlayerPanel() {
    output_.reset(); // stop the audio thread before the player goes
}

void PlayerPanel::setOutputDevice(const QString& device) {
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

QString PlayerPanel::outputName() const {
    return QString::fromStdString(output_->name());
}

QPushButton* PlayerPanel::muteButton(std::size_t stem) const {
    return stem < muteButtons_.size() ? muteButtons_[stem] : nullptr;
}

namespace {

// A strip's name, which drags its stem's WAV file out (as the Library does for a song).
class StemHandle : public QLabel {
  public:
    StemHandle(const QString& name, std::filesystem::path file, QWidget* parent)
        : QLabel(name, parent), file_(std::move(file)) {
        if (!file_.empty()) {
            setCursor(Qt::OpenHandCursor);
            setToolTip(PlayerPanel::tr("Drag %1 out as a WAV file").arg(name));
        }
    }
    QMimeData* mimeData() const {
        auto* mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(QString::fromStdString(file_.string()))});
        return mime;
    }

  protected:
    void mousePressEvent(QMouseEvent* event) override { pressedAt_ = event->position().toPoint(); }
    void mouseMoveEvent(QMouseEvent* event) override {
        if (file_.empty() || !(event->buttons() & Qt::LeftButton) ||
            (event->position().toPoint() - pressedAt_).manhattanLength() < QApplication::startDragDistance())
            return;
        auto* drag = new QDrag(this); // owned by Qt during the drag
        drag->setMimeData(mimeData());
        drag->exec(Qt::CopyAction);
    }

  private:
    std::filesystem::path file_;
    QPoint pressedAt_;
};

} // namespace

std::filesystem::path PlayerPanel::stemFile(std::size_t stem) const {
    return stem < stemFiles_.size() ? stemFiles_[stem] : std::filesystem::path();
}

void PlayerPanel::load(std::vector<Stem> stems, const std::vector<std::filesystem::path>& files) {
    // The previous track's strips (and the stretch after them) make way for the new ones.
    while (const std::unique_ptr<QLayoutItem> item{strips_->takeAt(0)})
        if (item->widget())
            item->widget()->deleteLater();
    stripWidgets_.clear();
    muteButtons_.clear();
    stemFiles_ = files;
    std::vector<std::string> names;
    names.reserve(stems.size());
    for (const auto& s : stems)
        names.push_back(s.group);
    player_.load(std::move(stems));
    for (std::size_t i = 0; i < names.size(); ++i) {
        auto* strip = new QWidget(this);
        auto* column = new QVBoxLayout(strip);
        column->setContentsMargins(2, 2, 2, 2);
        auto* name = new StemHandle(QString::fromStdString(names[i]),
                                    i < files.size() ? files[i] : std::filesystem::path(), strip);
        name->setAlignment(Qt::AlignCenter);
        name->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(name, &QWidget::customContextMenuRequested, this,
                [this, name](const QPoint& at) { emit soundMenuRequested(name->text(), name->mapToGlobal(at)); });
        auto* volume = new QSlider(Qt::Vertical, strip);
        volume->setRange(0, 150);
        volume->setValue(100);
        volume->setMinimumHeight(80);
        volume->setToolTip(tr("Volume of %1").arg(name->text()));
        auto* pan = new QDial(strip);
        pan->setRange(-100, 100);
        pan->setFixedSize(36, 36);
        pan->setToolTip(tr("Pan of %1").arg(name->text()));
        auto* mute = new QPushButton(tr("M"), strip);
        mute->setCheckable(true);
        mute->setToolTip(tr("Mute %1").arg(name->text()));
        auto* solo = new QPushButton(tr("S"), strip);
        solo->setCheckable(true);
        solo->setToolTip(tr("Solo %1").arg(name->text()));
        for (auto* button : {mute, solo})
            button->setFixedWidth(30);
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(mute);
        buttons->addWidget(solo);
        column->addWidget(name);
        column->addWidget(volume, 1, Qt::AlignHCenter);
        column->addWidget(pan, 0, Qt::AlignHCenter);
        column->addLayout(buttons);
        connect(volume, &QSlider::valueChanged, this,
                [this, i](int v) { player_.setVolume(i, static_cast<float>(v) / 100.0f); });
        connect(pan, &QDial::valueChanged, this,
                [this, i](int v) { player_.setPan(i, static_cast<float>(v) / 100.0f); });
        connect(mute, &QPushButton::toggled, this, [this, i](bool on) { player_.setMute(i, on); });
        connect(solo, &QPushButton::toggled, this, [this, i](bool on) { player_.setSolo(i, on); });
        strips_->addWidget(strip);
        stripWidgets_.push_back(strip);
        muteButtons_.push_back(mute);
    }
    strips_->addStretch();
    refresh();
}

void PlayerPanel::togglePlay() {
    if (player_.stemCount() == 0)
        return;
    if (!player_.playing() && player_.position() >= player_.duration())
        player_.seek(0);
    player_.toggle();
    refresh();
}

void PlayerPanel::stop() {
    player_.stop();
    refresh();
}

void PlayerPanel::seek(double seconds) {
    player_.seek(seconds);
    refresh();
}

void PlayerPanel::setLoop(double start, double end) {
    player_.setLoop(start, end);
}

void PlayerPanel::refresh() {
    play_->setText(player_.playing() ? tr("Pause") : tr("Play"));
    play_->setEnabled(player_.stemCount() > 0);
    time_->setText(clock(player_.position()) + " / " + clock(player_.duration()));
    emit positionChanged(player_.position());
}

} // namespace cadenza
