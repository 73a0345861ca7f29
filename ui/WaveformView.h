// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/PeakPyramid.h"
#include "dsp/Spectrogram.h"
#include "ui/Timeline.h"

#include <QImage>

#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

namespace cadenza {

// A track's waveform, drawn from its peak pyramid: an overview strip of the whole track
// with the visible range marked, a time ruler, and a zoomable, scrollable detail view with
// section bands, a loop selection and the playhead.
//
// Mouse: click seeks; Shift-drag selects a loop; the wheel zooms around the pointer and
// Shift-wheel scrolls; a click in the overview moves the view there; a right-click on a
// section asks for its menu.
class WaveformView : public QWidget {
    Q_OBJECT

  public:
    explicit WaveformView(QWidget* parent = nullptr);

    void setTrack(std::shared_ptr<const PeakPyramid> peaks, std::vector<SectionMarker> sections,
                  std::shared_ptr<const Spectrogram> spectrogram = nullptr);
    // New section bands for the track shown (its analysis arrived).
    void setSections(std::vector<SectionMarker> sections);
    // The spectrogram layer under the waveform, when the track has one.
    void setSpectrogramVisible(bool visible);
    bool spectrogramVisible() const { return spectrogramVisible_; }
    bool hasSpectrogram() const { return !spectrogramImage_.isNull(); }
    // The frequency axis drawn over the spectrogram: each labelled frequency and its height.
    std::vector<std::pair<double, int>> frequencyTicks() const;
    void clear();
    bool hasTrack() const { return peaks_ && !peaks_->empty(); }
    const std::vector<SectionMarker>& sections() const { return sections_; }

    double duration() const;
    double position() const { return position_; }
    double viewStart() const { return viewStart_; }
    double viewLength() const { return viewLength_; }
    double loopStart() const { return loopStart_; }
    double loopEnd() const { return loopEnd_; }

    QRect detailRect() const;
    QRect overviewRect() const;
    // The time under an x coordinate of the detail view.
    double timeAt(int x) const;
    // The section playing at `seconds`, as sections() lists them; -1 where none is.
    int sectionAt(double seconds) const;

  public slots:
    void setView(double start, double length);
    void setPosition(double seconds);
    // Shows a loop region set elsewhere (the arrangement's ruler); emits nothing.
    void setLoop(double start, double end);

  signals:
    void seekRequested(double seconds);
    void loopChanged(double start, double end);
    // The visible stretch moved (zoom, scroll, a click in the overview, setView).
    void viewChanged(double start, double length);
    // A right-click on section `index` of the detail view (its menu: regenerate, extend, remove).
    void sectionMenuRequested(int index, const QPoint& globalPosition);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    QSize sizeHint() const override { return {800, 220}; }

  private:
    void paintRuler(QPainter& painter, const QRect& area) const;
    int xAt(double seconds) const;
    const QImage& spectrogramForView(const QSize& size);

    std::shared_ptr<const PeakPyramid> peaks_;
    std::vector<SectionMarker> sections_;
    std::shared_ptr<const Spectrogram> spectrogram_;
    QImage spectrogramImage_; // bands × frames, highest band on the top row
    bool spectrogramVisible_ = false;
    // The spectrogram layer as drawn for the current view and size; rebuilt only when they
    // change, so playback (which moves only the playhead) blits it.
    QImage spectrogramView_;
    double spectrogramViewStart_ = -1;
    double spectrogramViewLength_ = -1;
    double position_ = 0;
    double viewStart_ = 0;
    double viewLength_ = 0;
    double loopStart_ = 0;
    double loopEnd_ = 0;
    bool selectingLoop_ = false;
    double loopAnchor_ = 0;
};

} // namespace cadenza
