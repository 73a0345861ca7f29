// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace cadenza {

// The Remix panel: tempo (0.5-2.0×, pitch kept), pitch (±12 semitones, length kept) and an
// effect preset for the selected track, or another genre (a generated song's composition
// re-arranged, a recording approximated); queued as a job that makes a derived track. Once a remix is
// done, Original / Remix switch the player between the two at the same musical moment, to
// compare before and after.
class RemixPanel : public QWidget {
    Q_OBJECT

  public:
    explicit RemixPanel(QWidget* parent = nullptr);

    void setGenres(const QStringList& ids, const QStringList& names);
    // The effect presets (the catalog's), by name, with a tooltip each.
    void setPresets(const QStringList& names, const QStringList& descriptions);
    void setTrack(qint64 trackId, const QString& title);
    // A remix of `original` finished as `result` (made at `tempo`×): offer the comparison.
    void setResult(qint64 original, qint64 result, double tempo);
    // The pair Compare switches between (0 when there is none).
    qint64 originalTrack() const { return originalTrack_; }
    qint64 resultTrack() const { return resultTrack_; }

    QDoubleSpinBox* tempoBox() const { return tempo_; }
    QSpinBox* pitchBox() const { return pitch_; }
    QComboBox* presetBox() const { return preset_; }
    QComboBox* genreBox() const { return genre_; }
    QCheckBox* keepAudioBox() const { return keepAudio_; }
    QPushButton* remixButton() const { return remix_; }
    QPushButton* originalButton() const { return original_; }
    QPushButton* resultButton() const { return result_; }

  signals:
    void remixRequested(qint64 trackId, double tempo, int semitones, const QString& preset);
    // Another genre: a cover (a recording's melody, chords and form played by the genre's
    // band), or with keepAudio the recording moved towards the genre.
    void rearrangeRequested(qint64 trackId, const QString& genre, bool keepAudio);
    // Play `trackId` from where the other one was: `timeScale` maps its position there.
    void compareRequested(qint64 trackId, double timeScale);

  private:
    qint64 track_ = 0;
    qint64 originalTrack_ = 0, resultTrack_ = 0;
    double resultTempo_ = 1;
    QLabel* title_;
    QDoubleSpinBox* tempo_;
    QSpinBox* pitch_;
    QComboBox* preset_;
    QComboBox* genre_;
    QCheckBox* keepAudio_;
    QPushButton* remix_;
    QPushButton* original_;
    QPushButton* result_;
    QButtonGroup* compare_;
};

} // namespace cadenza
