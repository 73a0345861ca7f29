// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transcribe/Transcription.h"

#include <QString>
#include <QWidget>

#include <vector>

class QComboBox;

namespace cadenza {

// The notes transcribed from a track, as a small piano roll over the whole track: time
// across, pitch up, each note's shade from its velocity, C lines labelled, the chords heard
// along the top, the playhead drawn. A track with several transcriptions (its mix, its stems) offers them in a list.
// Dragging the roll drags its MIDI file out, to a file manager or a DAW.
class NoteRollView : public QWidget {
    Q_OBJECT

  public:
    struct Lane {
        QString stem; // empty for the mix
        Transcription transcription;
        QString midiFile; // the transcription as a .mid file, dragged out
    };

    explicit NoteRollView(QWidget* parent = nullptr);

    // The track's transcriptions (the mix first), over `duration` seconds; `show` selects
    // the one shown first (by stem) when it is there.
    void setLanes(std::vector<Lane> lanes, double duration, const QString& show = {});
    void clear();
    bool empty() const { return lanes_.empty(); }
    const std::vector<Lane>& lanes() const { return lanes_; }
    // The transcription shown, or null.
    const Lane* shown() const;
    QComboBox* laneChooser() const { return chooser_; }
    // The rectangle a note occupies, for tests.
    QRectF noteRect(const TranscribedNote& note) const;

  public slots:
    void setPosition(double seconds);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    QSize sizeHint() const override { return {800, 130}; }

  private:
    QRectF rollRect() const;

    std::vector<Lane> lanes_;
    double duration_ = 0;
    double position_ = 0;
    int lowest_ = 48, highest_ = 72; // the pitches shown
    QComboBox* chooser_;
    QPoint pressedAt_;
};

} // namespace cadenza
