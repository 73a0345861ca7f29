// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/NoteRollView.h"

#include <QApplication>
#include <QComboBox>
#include <QDrag>
#include <QFileInfo>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QUrl>

#include <algorithm>

namespace cadenza {
namespace {

constexpr int kHeader = 26;    // the lane list and the title above the roll
constexpr int kKeyColumn = 30; // pitch labels at the left

QString laneName(const QString& stem) {
    return stem.isEmpty() ? NoteRollView::tr("Whole mix") : stem;
}

} // namespace

NoteRollView::NoteRollView(QWidget* parent) : QWidget(parent), chooser_(new QComboBox(this)) {
    chooser_->move(kKeyColumn, 2);
    chooser_->setToolTip(tr("Which transcription to show"));
    connect(chooser_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0 || index >= static_cast<int>(lanes_.size()))
            return;
        const auto& notes = lanes_[static_cast<std::size_t>(index)].transcription.notes;
        lowest_ = 127;
        highest_ = 0;
        for (const auto& note : notes) {
            lowest_ = std::min(lowest_, note.pitch);
            highest_ = std::max(highest_, note.pitch);
        }
        if (notes.empty())
            lowest_ = 48, highest_ = 72;
        // At least two octaves, so that a short melody does not fill the height.
        const int missing = std::max(0, 24 - (highest_ - lowest_));
        lowest_ -= missing / 2 + 1;
        highest_ += missing - missing / 2 + 1;
        update();
    });
    setToolTip(tr("The notes transcribed from this track. Drag them out as a MIDI file."));
    setMinimumHeight(90);
    clear();
}

void NoteRollView::setLanes(std::vector<Lane> lanes, double duration, const QString& show) {
    lanes_ = std::move(lanes);
    duration_ = duration;
    const QSignalBlocker blocker(chooser_);
    chooser_->clear();
    int selected = 0;
    for (std::size_t i = 0; i < lanes_.size(); ++i) {
        chooser_->addItem(tr("%1: %n note(s)", nullptr, static_cast<int>(lanes_[i].transcription.notes.size()))
                              .arg(laneName(lanes_[i].stem)));
        if (lanes_[i].stem == show)
            selected = static_cast<int>(i);
    }
    chooser_->adjustSize();
    chooser_->setVisible(!lanes_.empty());
    chooser_->setCurrentIndex(selected);
    emit chooser_->currentIndexChanged(selected); // the pitch range of the lane shown
    setVisible(!lanes_.empty());
}

void NoteRollView::clear() {
    setLanes({}, 0);
}

const NoteRollView::Lane* NoteRollView::shown() const {
    const int index = chooser_->currentIndex();
    return index >= 0 && index < static_cast<int>(lanes_.size()) ? &lanes_[static_cast<std::size_t>(index)] : nullptr;
}

void NoteRollView::setPosition(double seconds) {
    position_ = seconds;
    update();
}

QRectF NoteRollView::rollRect() const {
    return QRectF(kKeyColumn, kHeader + 2, std::max(1, width() - kKeyColumn - 4), std::max(1, height() - kHeader - 6));
}

QRectF NoteRollView::noteRect(const TranscribedNote& note) const {
    const QRectF roll = rollRect();
    const double seconds = std::max(duration_, 1e-3);
    const double rowHeight = roll.height() / (highest_ - lowest_ + 1);
    const double x = roll.left() + roll.width() * note.start / seconds;
    const double w = std::max(1.5, roll.width() * (note.end - note.start) / seconds);
    const double y = roll.top() + (highest_ - note.pitch) * rowHeight;
    return {x, y, w, std::max(1.5, rowHeight)};
}

void NoteRollView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QPalette& pal = palette();
    const QRectF roll = rollRect();
    painter.fillRect(roll, pal.color(QPalette::Base));
    const double rowHeight = roll.height() / (highest_ - lowest_ + 1);
    painter.setFont(QFont(font().family(), std::max(7, font().pointSize() - 2)));
    for (int pitch = lowest_; pitch <= highest_; ++pitch) {
        const double y = roll.top() + (highest_ - pitch) * rowHeight;
        if (pitch % 12 == 1 || pitch % 12 == 3 || pitch % 12 == 6 || pitch % 12 == 8 || pitch % 12 == 10)
            painter.fillRect(QRectF(roll.left(), y, roll.width(), rowHeight), pal.color(QPalette::AlternateBase));
        if (pitch % 12 == 0) {
            painter.setPen(pal.color(QPalette::Mid));
            painter.drawLine(QPointF(roll.left(), y + rowHeight), QPointF(roll.right(), y + rowHeight));
            painter.setPen(pal.color(QPalette::WindowText));
            painter.drawText(QRectF(0, y + rowHeight - 12, kKeyColumn - 3, 12), Qt::AlignRight | Qt::AlignVCenter,
                             QStringLiteral("C%1").arg(pitch / 12 - 1));
        }
    }
    if (const Lane* lane = shown()) {
        const QColor base = pal.color(QPalette::Highlight);
        for (const auto& note : lane->transcription.notes) {
            QColor shade = base;
            shade.setAlphaF(static_cast<float>(0.35 + 0.65 * std::clamp(note.amplitude, 0.0, 1.0)));
            painter.fillRect(noteRect(note), shade);
        }
        // The chords heard, along the top of the roll, each from where it starts.
        painter.setPen(pal.color(QPalette::WindowText));
        const bool flats = lane->transcription.key ? lane->transcription.key->prefersFlats() : true;
        double freeFrom = roll.left();
        for (const auto& chord : lane->transcription.chords) {
            const double x = roll.left() + roll.width() * chord.start / std::max(duration_, 1e-3);
            const QString name = QString::fromStdString(chord.chord.name(flats));
            const double room = painter.fontMetrics().horizontalAdvance(name) + 6;
            if (x < freeFrom)
                continue; // no room before the next one: the roll is too narrow for every chord
            painter.drawText(QRectF(x + 2, roll.top(), room, painter.fontMetrics().height()), Qt::AlignLeft, name);
            freeFrom = x + room;
        }
        painter.drawText(QRectF(chooser_->geometry().right() + 8, 0, width(), kHeader), Qt::AlignVCenter,
                         tr("Drag to a DAW or a folder: %1").arg(QFileInfo(lane->midiFile).fileName()));
    }
    if (duration_ > 0) {
        const double x = roll.left() + roll.width() * std::clamp(position_ / duration_, 0.0, 1.0);
        painter.setPen(QPen(pal.color(QPalette::WindowText), 1.5));
        painter.drawLine(QPointF(x, roll.top()), QPointF(x, roll.bottom()));
    }
}

void NoteRollView::mousePressEvent(QMouseEvent* event) {
    pressedAt_ = event->position().toPoint();
}

void NoteRollView::mouseMoveEvent(QMouseEvent* event) {
    const Lane* lane = shown();
    if (!lane || lane->midiFile.isEmpty() || !(event->buttons() & Qt::LeftButton) ||
        (event->position().toPoint() - pressedAt_).manhattanLength() < QApplication::startDragDistance())
        return;
    auto* drag = new QDrag(this); // owned by Qt until the drop ends
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(lane->midiFile)});
    drag->setMimeData(mime);
    drag->exec(Qt::CopyAction);
}

} // namespace cadenza
