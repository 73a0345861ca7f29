// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/TrackExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace cadenza {

// Export of one track: the format (WAV, FLAC, MP3, Ogg Vorbis, Opus, MIDI, stems as a
// folder or a zip), the bit depth where it applies, whether to embed the cover, the
// artist and album written into the tags, and where to write. Formats the track cannot
// give (MIDI of a recording, stems of a single mix) are listed but disabled, saying why.
// The audio can be the mastered song, or the stems as the studio's mixer plays them.
class ExportDialog : public QDialog {
    Q_OBJECT

  public:
    // `heard`: the studio's mixer for this track, when it is the one open; offered as "the
    // mix as you hear it" for the audio formats.
    ExportDialog(const TrackFiles& track, const QString& artist, const QString& album,
                 std::optional<MixerState> heard = std::nullopt, QWidget* parent = nullptr);

    ExportRequest request() const;
    QString artist() const;
    QString album() const;

    QComboBox* formatBox() const { return format_; }
    QLineEdit* destinationEdit() const { return destination_; }
    QPushButton* exportButton() const { return export_; }
    QCheckBox* asHeardBox() const { return asHeard_; }

  private:
    void formatChanged();
    void browse();
    ExportFormat chosenFormat() const;
    bool zipChosen() const;

    TrackFiles track_;
    QComboBox* format_;
    QComboBox* bits_;
    QCheckBox* cover_;
    QCheckBox* asHeard_;
    std::optional<MixerState> heard_;
    QLineEdit* artist_;
    QLineEdit* album_;
    QLineEdit* destination_;
    QPushButton* export_;
};

} // namespace cadenza
