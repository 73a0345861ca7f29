// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/WaveformView.h"

#include "audio/PeakPyramid.h"
#include "music/BarGrid.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace cadenza {

// A note drawn in a lane: from the song's score, or transcribed.
struct LaneNote {
    double start = 0; // seconds
    double end = 0;
    int pitch = 60;
    float strength = 0.7f; // velocity or posterior, 0-1
};

// A chord of the song along the chord row: its name as a lead sheet writes it.
struct ChordMarker {
    QString name;
    double start = 0; // seconds
    double end = 0;
};

// What a stem's lane draws: its waveform, and its notes where they are known.
struct LaneContent {
    std::shared_ptr<const PeakPyramid> peaks;
    std::vector<LaneNote> notes;
};

// The timeline of the arrangement view: a ruler in bars and beats (and time), the song's
// chords by name, its sections as coloured blocks, and one lane per stem with its waveform and a small piano
// roll of its notes; the loop region and the playhead across them all.
//
// Mouse: a click seeks; a drag on the ruler sets the loop (snapped to beats); Ctrl+wheel
// zooms around the pointer, the wheel scrolls; a right-click on a section block asks for
// its menu.
class ArrangementCanvas : public QWidget {
    Q_OBJECT

  public:
    static constexpr int kRulerHeight = 30;
    static constexpr int kChordHeight = 16;
    static constexpr int kSectionHeight = 22;
    static constexpr int kHeaderHeight = kRulerHeight + kChordHeight + kSectionHeight;
    static constexpr int kMinLaneHeight = 38;
    static constexpr int kMaxLaneHeight = 110;

    explicit ArrangementCanvas(QWidget* parent = nullptr);

    void setSong(std::vector<LaneContent> lanes, std::vector<SectionMarker> sections, BarGrid grid, double duration);
    void setLaneNotes(std::size_t lane, std::vector<LaneNote> notes);
    void setChords(std::vector<ChordMarker> chords);
    const std::vector<ChordMarker>& chords() const { return chords_; }
    // New sections and bars, the lanes and the view as they are.
    void setTiming(std::vector<SectionMarker> sections, BarGrid grid);
    void clear();
    std::size_t laneCount() const { return lanes_.size(); }
    const LaneContent& lane(std::size_t index) const { return lanes_.at(index); }
    const std::vector<SectionMarker>& sections() const { return sections_; }
    const BarGrid& grid() const { return grid_; }
    double duration() const { return duration_; }

    double viewStart() const { return viewStart_; }
    double viewLength() const { return viewLength_; }
    double position() const { return position_; }
    double loopStart() const { return loopStart_; }
    double loopEnd() const { return loopEnd_; }
    int laneHeight() const;

    QRect rulerRect() const;
    QRect sectionRect(int index) const;
    QRect laneRect(std::size_t index) const;
    double timeAt(int x) const;
    int xAt(double seconds) const;
    int sectionAt(double seconds) const;

  public slots:
    void setView(double start, double length);
    void setPosition(double seconds);
    void setLoop(double start, double end);

  signals:
    void seekRequested(double seconds);
    // The loop region the user dragged on the ruler.
    void loopDragged(double start, double end);
    void viewChanged(double start, double length);
    void sectionMenuRequested(int index, const QPoint& globalPosition);
    void laneHeightChanged(int height);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    QSize sizeHint() const override { return {800, 360}; }

  private:
    void paintRuler(QPainter& painter) const;
    void paintChords(QPainter& painter) const;
    void paintSections(QPainter& painter) const;
    void paintLane(QPainter& painter, std::size_t index) const;

    std::vector<LaneContent> lanes_;
    std::vector<SectionMarker> sections_;
    std::vector<ChordMarker> chords_;
    BarGrid grid_;
    double duration_ = 0;
    double viewStart_ = 0;
    double viewLength_ = 0;
    double position_ = 0;
    double loopStart_ = 0;
    double loopEnd_ = 0;
    bool draggingLoop_ = false;
    double loopAnchor_ = 0;
    int pressedX_ = 0;
};

// A section's colour, from its kind (the name's first word: verse, chorus...).
QColor sectionColour(const QString& name);

} // namespace cadenza
