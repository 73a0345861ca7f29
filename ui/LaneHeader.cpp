// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LaneHeader.h"

#include "ui/LevelMeter.h"

#include "audio/MixerState.h"

#include <QApplication>
#include <QDrag>
#include <QFontMetrics>
#include <QGridLayout>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace cadenza {
namespace {

// The slider counts tenths of a decibel, the pan hundredths.
constexpr int kVolumeSteps = 10;
constexpr int kPanSteps = 100;

QPushButton* toggle(const QString& text, const QString& tip, const QString& litColour, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setCheckable(true);
    button->setToolTip(tip);
    button->setFixedSize(22, 18);
    button->setStyleSheet(QString("QPushButton { padding: 0; font-weight: bold; }"
                                  "QPushButton:checked { background: %1; color: #101010; border: 1px solid %1; }")
                              .arg(litColour));
    return button;
}

} // namespace

LaneHeader::LaneHeader(const QString& stem, const QString& sound, std::filesystem::path file, QWidget* parent)
    : QWidget(parent), stem_(stem), file_(std::move(file)), name_(new QLabel(this)),
      mute_(toggle(tr("M"), tr("Mute %1").arg(stem), "#e0a030", this)),
      solo_(toggle(tr("S"), tr("Solo %1").arg(stem), "#50c0e0", this)), volume_(new QSlider(Qt::Horizontal, this)),
      pan_(new QSlider(Qt::Horizontal, this)), volumeValue_(new QLabel(this)), panValue_(new QLabel(this)),
      meter_(new LevelMeter(Qt::Vertical, 1, this)) {
    setAutoFillBackground(true);
    // The stem's name, and as much of its sound's as fits beside it.
    QFont bold = name_->font();
    bold.setBold(true);
    const int room = 150 - QFontMetrics(bold).horizontalAdvance(stem + " ");
    const QString shownSound = name_->fontMetrics().elidedText(sound, Qt::ElideRight, std::max(0, room));
    name_->setText(sound.isEmpty() || sound == stem ? QString("<b>%1</b>").arg(stem.toHtmlEscaped())
                                                    : QString("<b>%1</b> <span style='color:gray'>%2</span>")
                                                          .arg(stem.toHtmlEscaped(), shownSound.toHtmlEscaped()));
    setToolTip((sound.isEmpty() ? stem : tr("%1: %2").arg(stem, sound)) + "\n" +
               (file_.empty() ? QString() : tr("Drag the name out as a WAV file. ")) +
               tr("Right-click for its sounds and its notes."));
    name_->setTextInteractionFlags(Qt::NoTextInteraction);
    name_->setAttribute(Qt::WA_TransparentForMouseEvents); // the header drags and asks for its menu
    volume_->setRange(static_cast<int>(kSilentDb) * kVolumeSteps, 6 * kVolumeSteps);
    volume_->setValue(0);
    volume_->setToolTip(tr("Volume of %1").arg(stem));
    pan_->setRange(-kPanSteps, kPanSteps);
    pan_->setToolTip(tr("Pan of %1").arg(stem));
    QFont small = volumeValue_->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (auto* value : {volumeValue_, panValue_}) {
        value->setFont(small);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    volumeValue_->setFixedWidth(volumeValue_->fontMetrics().horizontalAdvance("−88.8 dB"));
    panValue_->setFixedWidth(panValue_->fontMetrics().horizontalAdvance("L100"));
    pan_->setFixedWidth(44);

    // Two rows, so that a lane stays low: name, mute and solo; volume and pan with values.
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(3, 2, 4, 2);
    grid->setHorizontalSpacing(3);
    grid->setVerticalSpacing(0);
    grid->addWidget(meter_, 0, 0, 2, 1);
    grid->addWidget(name_, 0, 1, 1, 3);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(mute_);
    buttons->addWidget(solo_);
    grid->addLayout(buttons, 0, 4, 1, 2, Qt::AlignRight);
    grid->addWidget(volume_, 1, 1);
    grid->addWidget(volumeValue_, 1, 2);
    grid->addWidget(pan_, 1, 3, 1, 2);
    grid->addWidget(panValue_, 1, 5);
    grid->setColumnStretch(1, 1);

    connect(volume_, &QSlider::valueChanged, this, [this] {
        showValues();
        emit volumeChanged(volumeGain(volumeDb()));
    });
    connect(pan_, &QSlider::valueChanged, this, [this] {
        showValues();
        emit panChanged(static_cast<float>(pan()));
    });
    connect(mute_, &QPushButton::toggled, this, &LaneHeader::muteToggled);
    connect(solo_, &QPushButton::toggled, this, &LaneHeader::soloToggled);
    showValues();
}

double LaneHeader::volumeDb() const {
    return static_cast<double>(volume_->value()) / kVolumeSteps;
}

double LaneHeader::pan() const {
    return static_cast<double>(pan_->value()) / kPanSteps;
}

void LaneHeader::setSettings(double volumeDb, double pan, bool mute, bool solo) {
    const QSignalBlocker a(volume_), b(pan_), c(mute_), d(solo_);
    volume_->setValue(static_cast<int>(std::lround(volumeDb * kVolumeSteps)));
    pan_->setValue(static_cast<int>(std::lround(pan * kPanSteps)));
    mute_->setChecked(mute);
    solo_->setChecked(solo);
    showValues();
}

QString LaneHeader::volumeText(double volumeDb) {
    if (volumeDb <= kSilentDb)
        return tr("−∞ dB");
    const QString number = QString::number(std::abs(volumeDb), 'f', 1);
    return (volumeDb < -0.05 ? QString("−") : volumeDb > 0.05 ? QString("+") : QString()) + number + " dB";
}

QString LaneHeader::panText(double pan) {
    const int percent = static_cast<int>(std::lround(pan * 100));
    if (percent == 0)
        return tr("C");
    return percent < 0 ? tr("L%1").arg(-percent) : tr("R%1").arg(percent);
}

QString LaneHeader::volumeText() const {
    return volumeValue_->text();
}

QString LaneHeader::panText() const {
    return panValue_->text();
}

void LaneHeader::showValues() {
    volumeValue_->setText(volumeText(volumeDb()));
    panValue_->setText(panText(pan()));
}

void LaneHeader::mousePressEvent(QMouseEvent* event) {
    pressedAt_ = event->position().toPoint();
    if (event->button() == Qt::RightButton)
        emit soundMenuRequested(stem_, event->globalPosition().toPoint());
}

void LaneHeader::mouseMoveEvent(QMouseEvent* event) {
    if (file_.empty() || !(event->buttons() & Qt::LeftButton) ||
        (event->position().toPoint() - pressedAt_).manhattanLength() < QApplication::startDragDistance())
        return;
    auto* mime = new QMimeData; // owned by the drag
    mime->setUrls({QUrl::fromLocalFile(QString::fromStdString(file_.string()))});
    auto* drag = new QDrag(this); // owned by Qt during the drag
    drag->setMimeData(mime);
    drag->exec(Qt::CopyAction);
}

} // namespace cadenza
