// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ArrangementCanvas.h"

#include "ui/WavePainting.h"

#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cadenza {
namespace {

constexpr int kDragThreshold = 3; // pixels before a press on the ruler is a drag

// A pleasant step for labels at least `minPixels` apart, from `steps` (ascending).
template <std::size_t N> double labelStep(const double (&steps)[N], double pixelsPerUnit, double minPixels) {
    for (const double s : steps)
        if (s * pixelsPerUnit >= minPixels)
            return s;
    return steps[N - 1];
}

} // namespace

QColor sectionColour(const QString& name) {
    const QString kind = name.section(' ', 0, 0).toLower();
    static const std::pair<const char*, QColor> kinds[] = {
        {"intro", QColor(96, 125, 139)},     {"verse", QColor(66, 133, 200)}, {"chorus", QColor(230, 140, 40)},
        {"bridge", QColor(150, 100, 200)},   {"solo", QColor(210, 70, 70)},   {"breakdown", QColor(40, 160, 150)},
        {"build", QColor(200, 180, 50)},     {"drop", QColor(200, 60, 150)},  {"outro", QColor(110, 110, 120)},
        {"pre-chorus", QColor(190, 160, 60)}};
    for (const auto& [known, colour] : kinds)
        if (kind == QLatin1String(known))
            return colour;
    // The analysis's labels (A, B, C...) get hues of their own, the same label the same hue.
    return QColor::fromHsv(static_cast<int>(qHash(kind) % 360), 110, 190);
}

ArrangementCanvas::ArrangementCanvas(QWidget* parent) : QWidget(parent) {
    setMinimumHeight(kHeaderHeight + kMinLaneHeight);
    setFocusPolicy(Qt::ClickFocus);
    setToolTip(tr("Click to move the playhead · drag on the ruler to loop · Ctrl+wheel to zoom · wheel to scroll · "
                  "right-click a section for its edits"));
}

void ArrangementCanvas::setSong(std::vector<LaneContent> lanes, std::vector<SectionMarker> sections, BarGrid grid,
                                double duration) {
    lanes_ = std::move(lanes);
    chords_.clear();
    setMinimumHeight(kHeaderHeight + static_cast<int>(std::max<std::size_t>(1, lanes_.size())) * kMinLaneHeight);
    sections_ = std::move(sections);
    grid_ = grid;
    duration_ = duration;
    position_ = 0;
    loopStart_ = loopEnd_ = 0;
    viewStart_ = 0;
    viewLength_ = duration;
    emit laneHeightChanged(laneHeight());
    emit viewChanged(viewStart_, viewLength_);
    update();
}

void ArrangementCanvas::setLaneNotes(std::size_t lane, std::vector<LaneNote> notes) {
    if (lane < lanes_.size()) {
        lanes_[lane].notes = std::move(notes);
        update();
    }
}

void ArrangementCanvas::setTiming(std::vector<SectionMarker> sections, BarGrid grid) {
    sections_ = std::move(sections);
    grid_ = grid;
    update();
}

void ArrangementCanvas::setChords(std::vector<ChordMarker> chords) {
    chords_ = std::move(chords);
    update();
}

void ArrangementCanvas::clear() {
    setSong({}, {}, {}, 0);
}

int ArrangementCanvas::laneHeight() const {
    if (lanes_.empty())
        return kMinLaneHeight;
    return std::clamp((height() - kHeaderHeight) / static_cast<int>(lanes_.size()), kMinLaneHeight, kMaxLaneHeight);
}

void ArrangementCanvas::resizeEvent(QResizeEvent*) {
    emit laneHeightChanged(laneHeight());
}

QRect ArrangementCanvas::rulerRect() const {
    return {0, 0, width(), kRulerHeight};
}

QRect ArrangementCanvas::sectionRect(int index) const {
    const auto& s = sections_.at(static_cast<std::size_t>(index));
    return {xAt(s.start), kRulerHeight + kChordHeight + 1, std::max(1, xAt(s.end) - xAt(s.start) - 1),
            kSectionHeight - 2};
}

QRect ArrangementCanvas::laneRect(std::size_t index) const {
    return {0, kHeaderHeight + static_cast<int>(index) * laneHeight(), width(), laneHeight()};
}

double ArrangementCanvas::timeAt(int x) const {
    return viewStart_ + viewLength_ * std::clamp(x, 0, width()) / std::max(1, width());
}

int ArrangementCanvas::xAt(double seconds) const {
    return viewLength_ > 0 ? static_cast<int>(std::lround((seconds - viewStart_) / viewLength_ * width())) : 0;
}

int ArrangementCanvas::sectionAt(double seconds) const {
    return cadenza::sectionAt(sections_, seconds);
}

void ArrangementCanvas::setView(double start, double length) {
    if (!moveView(viewStart_, viewLength_, start, length, duration_))
        return;
    emit viewChanged(viewStart_, viewLength_);
    update();
}

void ArrangementCanvas::setPosition(double seconds) {
    const double clamped = std::clamp(seconds, 0.0, duration_);
    if (clamped == position_)
        return;
    // Repaint only the strips the playhead leaves and enters.
    const int before = xAt(position_);
    position_ = clamped;
    const int after = xAt(position_);
    update(QRect(before - 2, 0, 5, height()));
    update(QRect(after - 2, 0, 5, height()));
}

void ArrangementCanvas::setLoop(double start, double end) {
    loopStart_ = std::min(start, end);
    loopEnd_ = std::max(start, end);
    update();
}

void ArrangementCanvas::paintRuler(QPainter& painter) const {
    const QPalette& pal = palette();
    const QRect ruler = rulerRect();
    painter.fillRect(ruler, pal.color(QPalette::Button));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(ruler.bottomLeft(), ruler.bottomRight());
    const double pixelsPerSecond = width() / std::max(viewLength_, 1e-6);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const int middle = ruler.top() + ruler.height() / 2;
    if (grid_.valid()) {
        // Bars along the top half, numbered; their beats as short ticks.
        static constexpr double barSteps[] = {1, 2, 4, 8, 16, 32, 64, 128};
        const int every = static_cast<int>(labelStep(barSteps, grid_.barSeconds() * pixelsPerSecond, 34));
        const bool beats = grid_.beatSeconds() * pixelsPerSecond >= 8;
        const int firstBar = std::max(1, grid_.at(viewStart_).bar);
        const int lastBar = grid_.at(viewStart_ + viewLength_).bar + 1;
        painter.setPen(pal.color(QPalette::ButtonText));
        for (int bar = firstBar; bar <= lastBar; ++bar) {
            const int x = xAt(grid_.barStart(bar));
            if ((bar - 1) % every == 0) {
                painter.drawLine(x, ruler.top(), x, middle);
                painter.drawText(QRect(x + 3, ruler.top(), 60, middle - ruler.top()), Qt::AlignLeft | Qt::AlignVCenter,
                                 QString::number(bar));
            }
            if (beats)
                for (int beat = 1; beat < grid_.meter().beatsPerBar(); ++beat) {
                    const int bx = xAt(grid_.barStart(bar) + beat * grid_.beatSeconds());
                    painter.drawLine(bx, middle - 3, bx, middle);
                }
        }
    }
    // Time along the bottom half (the whole ruler when the song has no bars).
    static constexpr double timeSteps[] = {0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600};
    const double step = labelStep(timeSteps, pixelsPerSecond, 64);
    const QRect band = grid_.valid() ? QRect(0, middle, width(), ruler.bottom() - middle) : ruler;
    painter.setFont(small);
    painter.setPen(pal.color(QPalette::PlaceholderText));
    for (double t = std::ceil(viewStart_ / step) * step; t <= viewStart_ + viewLength_; t += step) {
        const int x = xAt(t);
        painter.drawLine(x, band.bottom() - 3, x, band.bottom());
        painter.drawText(QRect(x + 3, band.top(), 70, band.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         step < 1 ? QString::number(t, 'f', 2) : clockText(t));
    }
    painter.setFont(font());
}

void ArrangementCanvas::paintChords(QPainter& painter) const {
    const QRect row(0, kRulerHeight, width(), kChordHeight);
    painter.fillRect(row, palette().color(QPalette::Base));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const double end = viewStart_ + viewLength_;
    for (const auto& chord : chords_) {
        if (chord.end < viewStart_ || chord.start > end)
            continue;
        const int left = std::max(xAt(chord.start), 0);
        const int right = xAt(chord.end);
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(xAt(chord.start), row.top() + 2, xAt(chord.start), row.bottom() - 2);
        painter.setPen(palette().color(QPalette::Text));
        const QRect text(left + 3, row.top(), right - left - 4, row.height());
        if (text.width() > 6)
            painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(chord.name, Qt::ElideRight, text.width()));
    }
    painter.setFont(font());
}

void ArrangementCanvas::paintSections(QPainter& painter) const {
    painter.fillRect(QRect(0, kRulerHeight + kChordHeight, width(), kSectionHeight), palette().color(QPalette::Window));
    for (std::size_t i = 0; i < sections_.size(); ++i) {
        const QRect block = sectionRect(static_cast<int>(i));
        if (block.right() < 0 || block.left() > width())
            continue;
        const QColor colour = sectionColour(sections_[i].name);
        painter.setPen(colour.darker(130));
        painter.setBrush(colour);
        painter.drawRoundedRect(block, 3, 3);
        painter.setPen(colour.lightness() > 150 ? QColor(20, 20, 20) : QColor(250, 250, 250));
        // The name stays in sight while the block's start is scrolled off to the left.
        const QRect text =
            QRect(QPoint(std::max(block.left(), 0) + 5, block.top()), block.bottomRight()).adjusted(0, 0, -3, 0);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(sections_[i].name, Qt::ElideRight, text.width()));
    }
}

void ArrangementCanvas::paintLane(QPainter& painter, std::size_t index) const {
    const QPalette& pal = palette();
    const QRect area = laneRect(index);
    painter.fillRect(area, index % 2 ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    const LaneContent& content = lanes_[index];
    QColor wave = QColor::fromHsv(static_cast<int>(200 + 37 * index) % 360, 120, 200);
    if (!content.notes.empty())
        wave.setAlpha(110); // the notes lead; the waveform stays as a shadow
    if (content.peaks && !content.peaks->empty())
        paintPeaks(painter, *content.peaks, area.adjusted(0, 3, 0, -3), viewStart_, viewLength_, wave);
    if (content.notes.empty())
        return;
    const auto [lowest, highest] =
        std::minmax_element(content.notes.begin(), content.notes.end(),
                            [](const LaneNote& a, const LaneNote& b) { return a.pitch < b.pitch; });
    // A row per semitone, no taller than 5 px; a narrow range sits in the lane's middle.
    const int low = lowest->pitch - 1;
    const int span = highest->pitch + 1 - low + 1;
    const double row = std::min(5.0, static_cast<double>(area.height() - 4) / span);
    const double base = area.center().y() + row * span / 2;
    const QColor ink = QColor::fromHsv(static_cast<int>(200 + 37 * index) % 360, 200, 250);
    painter.setPen(Qt::NoPen);
    const double end = viewStart_ + viewLength_;
    for (const LaneNote& note : content.notes) {
        if (note.end < viewStart_ || note.start > end)
            continue;
        const double x0 = xAt(note.start);
        const double x1 = std::max(x0 + 2, static_cast<double>(xAt(note.end)));
        const double y = base - (note.pitch - low + 1) * row;
        QColor fill = ink;
        fill.setAlphaF(0.45f + 0.55f * std::clamp(note.strength, 0.0f, 1.0f));
        painter.setBrush(fill);
        painter.drawRect(QRectF(x0, y, x1 - x0, std::max(2.0, row - 0.5)));
    }
}

void ArrangementCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QPalette& pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    if (duration_ <= 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Generate a song or choose one in the Library: its stems play here"));
        return;
    }
    paintRuler(painter);
    paintChords(painter);
    paintSections(painter);
    for (std::size_t i = 0; i < lanes_.size(); ++i)
        paintLane(painter, i);
    // The grid's bar lines through the lanes, faintly.
    if (grid_.valid() && grid_.barSeconds() * width() / viewLength_ >= 12) {
        QColor line = pal.color(QPalette::Text);
        line.setAlpha(28);
        painter.setPen(line);
        const int lanesBottom = lanes_.empty() ? height() : laneRect(lanes_.size() - 1).bottom();
        for (int bar = std::max(1, grid_.at(viewStart_).bar); grid_.barStart(bar) <= viewStart_ + viewLength_; ++bar)
            painter.drawLine(xAt(grid_.barStart(bar)), kHeaderHeight, xAt(grid_.barStart(bar)), lanesBottom);
    }
    if (loopEnd_ > loopStart_) {
        QColor loop = pal.color(QPalette::Highlight);
        loop.setAlpha(45);
        const QRect region(xAt(loopStart_), 0, xAt(loopEnd_) - xAt(loopStart_), height());
        painter.fillRect(region, loop);
        loop.setAlpha(200);
        painter.fillRect(QRect(region.left(), 0, region.width(), 4), loop); // its bar on the ruler
    }
    const int playhead = xAt(position_);
    painter.setPen(QPen(pal.color(QPalette::Text), 2));
    painter.drawLine(playhead, 0, playhead, height());
}

void ArrangementCanvas::mousePressEvent(QMouseEvent* event) {
    if (duration_ <= 0 || event->button() != Qt::LeftButton)
        return;
    const int x = static_cast<int>(event->position().x());
    pressedX_ = x;
    if (rulerRect().contains(event->position().toPoint())) {
        draggingLoop_ = true;
        loopAnchor_ = grid_.nearestBeat(timeAt(x));
        return;
    }
    const double t = timeAt(x);
    setPosition(t);
    emit seekRequested(t);
}

void ArrangementCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (!draggingLoop_)
        return;
    const int x = static_cast<int>(event->position().x());
    if (std::abs(x - pressedX_) < kDragThreshold)
        return;
    const double t = grid_.nearestBeat(timeAt(x));
    setLoop(std::clamp(loopAnchor_, 0.0, duration_), std::clamp(t, 0.0, duration_));
}

void ArrangementCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (!draggingLoop_)
        return;
    draggingLoop_ = false;
    const int x = static_cast<int>(event->position().x());
    if (std::abs(x - pressedX_) < kDragThreshold) { // a click on the ruler: seek
        const double t = timeAt(x);
        setPosition(t);
        emit seekRequested(t);
    } else if (loopEnd_ > loopStart_) {
        emit loopDragged(loopStart_, loopEnd_);
    }
}

void ArrangementCanvas::wheelEvent(QWheelEvent* event) {
    if (duration_ <= 0)
        return;
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ControlModifier) {
        // Zoom around the time under the pointer, so it stays where it is.
        const double anchor = timeAt(static_cast<int>(event->position().x()));
        const double factor = std::pow(0.8, steps);
        setView(anchor - (anchor - viewStart_) * factor, viewLength_ * factor);
    } else {
        const double sideways = event->angleDelta().x() != 0 ? event->angleDelta().x() / 120.0 : steps;
        setView(viewStart_ - sideways * viewLength_ * 0.1, viewLength_);
    }
    event->accept();
}

void ArrangementCanvas::contextMenuEvent(QContextMenuEvent* event) {
    if (duration_ <= 0 || event->pos().y() < kRulerHeight + kChordHeight || event->pos().y() >= kHeaderHeight)
        return;
    if (const int index = sectionAt(timeAt(event->pos().x())); index >= 0)
        emit sectionMenuRequested(index, event->globalPos());
}

} // namespace cadenza
