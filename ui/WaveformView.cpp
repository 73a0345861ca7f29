// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WaveformView.h"

#include "ui/WavePainting.h"

#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cadenza {
namespace {

constexpr int kOverviewHeight = 34;
constexpr int kRulerHeight = 18;

} // namespace

WaveformView::WaveformView(QWidget* parent) : QWidget(parent) {
    setMinimumHeight(120);
    setMouseTracking(false);
    setToolTip(tr("Click to move the playhead · Shift-drag to loop · wheel to zoom · Shift-wheel to scroll"));
}

namespace {

// Decibels to a colour: silence dark blue, through violet and orange, to pale yellow at 0 dB.
QRgb heat(float decibels) {
    const float x = std::clamp((decibels + 90.0f) / 90.0f, 0.0f, 1.0f);
    const auto channel = [](float v) { return static_cast<int>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255)); };
    return qRgb(channel(1.6f * x - 0.1f), channel(2.0f * x * x - 0.2f),
                channel(0.35f + 0.9f * x - 1.3f * x * x + x * x * x));
}

QImage spectrogramImage(const Spectrogram& s) {
    QImage image(s.frames, s.bands, QImage::Format_RGB32);
    for (int b = 0; b < s.bands; ++b) {
        auto* row = reinterpret_cast<QRgb*>(image.scanLine(s.bands - 1 - b));
        for (int f = 0; f < s.frames; ++f)
            row[f] = heat(s.at(f, b));
    }
    return image;
}

} // namespace

const QImage& WaveformView::spectrogramForView(const QSize& size) {
    if (spectrogramView_.size() == size && spectrogramViewStart_ == viewStart_ && spectrogramViewLength_ == viewLength_)
        return spectrogramView_;
    spectrogramView_ = QImage(size, QImage::Format_RGB32);
    const double perFrame = spectrogram_->secondsPerFrame;
    const int frames = spectrogramImage_.width();
    const int rows = spectrogramImage_.height();
    std::vector<int> columnFrame(static_cast<std::size_t>(size.width()));
    for (int x = 0; x < size.width(); ++x)
        columnFrame[static_cast<std::size_t>(x)] = std::clamp(
            static_cast<int>((viewStart_ + viewLength_ * (x + 0.5) / size.width()) / perFrame), 0, frames - 1);
    for (int y = 0; y < size.height(); ++y) {
        const auto* source = reinterpret_cast<const QRgb*>(spectrogramImage_.constScanLine(
            std::clamp(static_cast<int>((y + 0.5) * rows / size.height()), 0, rows - 1)));
        auto* target = reinterpret_cast<QRgb*>(spectrogramView_.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            target[x] = source[columnFrame[static_cast<std::size_t>(x)]];
    }
    spectrogramViewStart_ = viewStart_;
    spectrogramViewLength_ = viewLength_;
    return spectrogramView_;
}

void WaveformView::setSpectrogramVisible(bool visible) {
    spectrogramVisible_ = visible;
    update();
}

void WaveformView::setTrack(std::shared_ptr<const PeakPyramid> peaks, std::vector<SectionMarker> sections,
                            std::shared_ptr<const Spectrogram> spectrogram) {
    peaks_ = std::move(peaks);
    sections_ = std::move(sections);
    spectrogram_ = std::move(spectrogram);
    spectrogramImage_ = spectrogram_ && spectrogram_->frames > 0 ? spectrogramImage(*spectrogram_) : QImage();
    spectrogramView_ = QImage(); // a new track: the cached view is stale
    position_ = 0;
    loopStart_ = loopEnd_ = 0;
    viewStart_ = 0;
    viewLength_ = duration();
    update();
}

void WaveformView::setSections(std::vector<SectionMarker> sections) {
    sections_ = std::move(sections);
    update();
}

void WaveformView::clear() {
    setTrack(nullptr, {});
}

double WaveformView::duration() const {
    return hasTrack() ? static_cast<double>(peaks_->frames()) / peaks_->sampleRate() : 0;
}

void WaveformView::setView(double start, double length) {
    if (!moveView(viewStart_, viewLength_, start, length, duration()))
        return;
    emit viewChanged(viewStart_, viewLength_);
    update();
}

void WaveformView::setLoop(double start, double end) {
    loopStart_ = std::min(start, end);
    loopEnd_ = std::max(start, end);
    update();
}

void WaveformView::setPosition(double seconds) {
    position_ = std::clamp(seconds, 0.0, duration());
    update();
}

QRect WaveformView::overviewRect() const {
    return {0, 0, width(), kOverviewHeight};
}

QRect WaveformView::detailRect() const {
    return {0, kOverviewHeight + kRulerHeight, width(), height() - kOverviewHeight - kRulerHeight};
}

double WaveformView::timeAt(int x) const {
    return viewStart_ + viewLength_ * std::clamp(x, 0, width()) / std::max(1, width());
}

int WaveformView::xAt(double seconds) const {
    return viewLength_ > 0 ? static_cast<int>(std::lround((seconds - viewStart_) / viewLength_ * width())) : 0;
}

void WaveformView::paintRuler(QPainter& painter, const QRect& area) const {
    // A tick step that leaves about 80 pixels between labels.
    static constexpr double steps[] = {0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600};
    double step = steps[std::size(steps) - 1];
    for (const double s : steps)
        if (s / viewLength_ * width() >= 80) {
            step = s;
            break;
        }
    painter.setPen(palette().color(QPalette::WindowText));
    for (double t = std::ceil(viewStart_ / step) * step; t <= viewStart_ + viewLength_; t += step) {
        const int x = xAt(t);
        painter.drawLine(x, area.bottom() - 4, x, area.bottom());
        const QString label = step < 1 ? QString::number(t, 'f', 2) : clockText(t);
        painter.drawText(QRect(x + 3, area.top(), 80, area.height() - 2), Qt::AlignLeft | Qt::AlignVCenter, label);
    }
}

void WaveformView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QPalette& pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    if (!hasTrack()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Select a track in the Library to see its waveform"));
        return;
    }
    const QColor wave = pal.color(QPalette::Highlight);
    const QRect overview = overviewRect();
    const QRect detail = detailRect();
    const double total = duration();

    // Overview: the whole track, the visible range framed.
    painter.fillRect(overview, pal.color(QPalette::AlternateBase));
    paintPeaks(painter, *peaks_, overview.adjusted(0, 2, 0, -2), 0, total, wave.darker(120));
    const int left = static_cast<int>(viewStart_ / total * width());
    const int right = static_cast<int>((viewStart_ + viewLength_) / total * width());
    painter.setPen(QPen(pal.color(QPalette::WindowText), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRect(left, overview.top(), std::max(2, right - left - 1), overview.height() - 1));
    const int overviewPlayhead = static_cast<int>(position_ / total * width());
    painter.drawLine(overviewPlayhead, overview.top(), overviewPlayhead, overview.bottom());

    paintRuler(painter, QRect(0, overview.bottom() + 1, width(), kRulerHeight));

    QColor detailWave = wave;
    if (spectrogramVisible_ && hasSpectrogram()) {
        painter.drawImage(detail.topLeft(), spectrogramForView(detail.size()));
        detailWave = QColor(255, 255, 255, 170); // its outline, readable over the spectrogram
    }
    const bool layered = spectrogramVisible_ && hasSpectrogram();
    // Sections as alternating bands with their names (only lines and names over a spectrogram).
    for (std::size_t i = 0; i < sections_.size(); ++i) {
        const auto& s = sections_[i];
        const QRect band(xAt(s.start), detail.top(), xAt(s.end) - xAt(s.start), detail.height());
        if (!band.intersects(detail))
            continue;
        if (!layered) {
            QColor tint = pal.color(QPalette::AlternateBase);
            if (i % 2)
                tint = tint.darker(108);
            painter.fillRect(band, tint);
        }
        painter.setPen(layered ? QColor(Qt::white) : pal.color(QPalette::PlaceholderText));
        painter.drawLine(band.left(), detail.top(), band.left(), detail.bottom());
        painter.drawText(band.adjusted(4, 2, -2, 0), Qt::AlignLeft | Qt::AlignTop, s.name);
    }
    if (loopEnd_ > loopStart_) {
        QColor loop = wave;
        loop.setAlpha(50);
        painter.fillRect(QRect(xAt(loopStart_), detail.top(), xAt(loopEnd_) - xAt(loopStart_), detail.height()), loop);
    }
    paintPeaks(painter, *peaks_, detail.adjusted(0, 14, 0, -4), viewStart_, viewLength_, detailWave, layered);
    if (layered) {
        // The frequency axis along the left edge, over the spectrogram.
        painter.setPen(QColor(255, 255, 255, 220));
        for (const auto& [hz, y] : frequencyTicks()) {
            painter.drawLine(0, y, 5, y);
            const QString label = hz >= 1000 ? tr("%1k").arg(hz / 1000) : QString::number(hz);
            painter.drawText(QRect(7, y - 8, 40, 16), Qt::AlignLeft | Qt::AlignVCenter, label);
        }
    }

    const int playhead = xAt(position_);
    painter.setPen(QPen(pal.color(QPalette::Text), 2));
    painter.drawLine(playhead, detail.top(), playhead, detail.bottom());
}

std::vector<std::pair<double, int>> WaveformView::frequencyTicks() const {
    std::vector<std::pair<double, int>> ticks;
    if (!spectrogram_ || spectrogram_->highestHz <= spectrogram_->lowestHz)
        return ticks;
    const QRect detail = detailRect();
    const double span = std::log(spectrogram_->highestHz / spectrogram_->lowestHz);
    for (const double hz : {50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0, 20000.0}) {
        if (hz < spectrogram_->lowestHz || hz > spectrogram_->highestHz)
            continue;
        const double up = std::log(hz / spectrogram_->lowestHz) / span; // 0 at the bottom, 1 at the top
        const int y = detail.bottom() - static_cast<int>(std::lround(up * (detail.height() - 1)));
        if (y > detail.top() + 8 && y < detail.bottom() - 4)
            ticks.emplace_back(hz, y);
    }
    return ticks;
}

void WaveformView::mousePressEvent(QMouseEvent* event) {
    if (!hasTrack() || event->button() != Qt::LeftButton)
        return;
    const int x = static_cast<int>(event->position().x());
    if (overviewRect().contains(event->position().toPoint())) {
        const double centre = duration() * x / std::max(1, width());
        setView(centre - viewLength_ / 2, viewLength_);
        return;
    }
    const double t = timeAt(x);
    if (event->modifiers() & Qt::ShiftModifier) {
        selectingLoop_ = true;
        loopAnchor_ = t;
        loopStart_ = loopEnd_ = t;
    } else {
        setPosition(t);
        emit seekRequested(t);
    }
    update();
}

int WaveformView::sectionAt(double seconds) const {
    return cadenza::sectionAt(sections_, seconds);
}

void WaveformView::contextMenuEvent(QContextMenuEvent* event) {
    if (!hasTrack() || !detailRect().contains(event->pos()))
        return;
    if (const int index = sectionAt(timeAt(event->pos().x())); index >= 0)
        emit sectionMenuRequested(index, event->globalPos());
}

void WaveformView::mouseMoveEvent(QMouseEvent* event) {
    if (!selectingLoop_)
        return;
    const double t = timeAt(static_cast<int>(event->position().x()));
    loopStart_ = std::min(loopAnchor_, t);
    loopEnd_ = std::max(loopAnchor_, t);
    update();
}

void WaveformView::mouseReleaseEvent(QMouseEvent*) {
    if (!selectingLoop_)
        return;
    selectingLoop_ = false;
    emit loopChanged(loopStart_, loopEnd_);
}

void WaveformView::wheelEvent(QWheelEvent* event) {
    if (!hasTrack())
        return;
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ShiftModifier) {
        setView(viewStart_ - steps * viewLength_ * 0.1, viewLength_);
    } else {
        // Zoom around the time under the pointer, so it stays where it is.
        const double anchor = timeAt(static_cast<int>(event->position().x()));
        const double factor = std::pow(0.8, steps);
        const double length = viewLength_ * factor;
        setView(anchor - (anchor - viewStart_) * factor, length);
    }
    event->accept();
}

} // namespace cadenza
