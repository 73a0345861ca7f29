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
class ExportDialog : public QDialog {
    Q_OBJECT

  public:
    ExportDialog(const TrackFiles& track, const QString& artist, const QString& album, QWidget* parent = nullptr);

    ExportRequest request() const;
    QString artist() const;
    QString album() const;

    QComboBox* formatBox() const { return format_; }
    QLineEdit* destinationEdit() const { return destination_; }
    QPushButton* exportButton() const { return export_; }

  private:
    void formatChanged();
    void browse();
    ExportFormat chosenFormat() const;
    bool zipChosen() const;

    TrackFiles track_;
    QComboBox* format_;
    QComboBox* bits_;
    QCheckBox* cover_;
    QLineEdit* artist_;
    QLineEdit* album_;
    QLineEdit* destination_;
    QPushButton* export_;
};

} // namespace cadenza
