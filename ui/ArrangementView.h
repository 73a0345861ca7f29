// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ArrangementCanvas.h"

#include "audio/MixerState.h"
#include "dsp/Spectrogram.h"

#include <QWidget>

#include <filesystem>
#include <memory>
#include <vector>

class QLabel;
class QVBoxLayout;

namespace cadenza {

class LaneHeader;
class Player;

// One stem of the song in the arrangement: its mixer strip's name and sound, its file, and
// what its lane draws.
struct ArrangementLane {
    QString stem;
    QString sound;
    std::filesystem::path file;
    LaneContent content;
};

// Where a song's sections and bars are, and its key.
struct SongTiming {
    std::vector<SectionMarker> sections;
    BarGrid grid;
    QString key; // "G# minor"; empty when not known
};

// Everything the arrangement shows of a track, read on a pool thread (TrackLoader).
struct ArrangementSong {
    std::vector<ArrangementLane> lanes;
    SongTiming timing;
    std::vector<ChordMarker> chords; // a composed song's, from its score
    double duration = 0;
    std::shared_ptr<const PeakPyramid> mix; // the song as heard, for the overview
    std::shared_ptr<const Spectrogram> spectrogram;
};

// The studio's centre, as an arrangement view in a DAW: the whole song's waveform (overview,
// sections, spectrogram) on top; below it the ruler in bars and beats, the section blocks
// and a lane per stem, each headed by its mixer strip (mute, solo, volume, pan, meter),
// which drive the player directly. The views zoom and scroll together; the playhead is
// followed page by page while playing; a loop is dragged on either ruler.
class ArrangementView : public QWidget {
    Q_OBJECT

  public:
    ArrangementView(Player& player, QWidget* parent = nullptr);

    // The player must hold the song's stems (in the lanes' order) already.
    void setSong(ArrangementSong song);
    void clear();
    // New sections and bars for the song shown (a recording's analysis arrived).
    void setTiming(const SongTiming& timing);
    // The chords heard in a recording (its transcription), where the song has none of its own.
    void setHeardChords(std::vector<ChordMarker> chords);
    // Notes for the lane of `stem` (a transcription arrived); false when no lane plays it.
    bool setLaneNotes(const QString& stem, std::vector<LaneNote> notes);

    WaveformView* songView() const { return song_; }
    ArrangementCanvas* canvas() const { return canvas_; }
    std::size_t laneCount() const { return headers_.size(); }
    LaneHeader* header(std::size_t lane) const { return lane < headers_.size() ? headers_[lane] : nullptr; }

    // The strips' settings as they stand, and restoring them (to the player too).
    MixerState mixer() const;
    void setMixer(const MixerState& state);

    bool followsPlayhead() const { return follow_; }
    bool loopEnabled() const { return loopEnabled_; }

  public slots:
    // Called with the transport's clock: moves the playhead (turning the page while playing
    // past the view's edge) and feeds the lanes' meters.
    void setPosition(double seconds);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void setFollowPlayhead(bool follow);
    // On: the player loops the region dragged, or the section under the playhead when none is.
    void setLoopEnabled(bool on);

  signals:
    void seekRequested(double seconds);
    void loopEnabledChanged(bool on);
    void sectionMenuRequested(int index, const QPoint& globalPosition);
    void soundMenuRequested(const QString& stem, const QPoint& globalPosition);

  private:
    void setLoopRegion(double start, double end);
    void showFacts(const SongTiming& timing);
    void zoomBy(double factor);

    Player& player_;
    WaveformView* song_;
    ArrangementCanvas* canvas_;
    QVBoxLayout* headerColumn_;
    QLabel* songFacts_;
    std::vector<LaneHeader*> headers_;
    bool follow_ = true;
    bool loopEnabled_ = false;
};

} // namespace cadenza
