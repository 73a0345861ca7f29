// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/WaveformView.h"

#include <QWidget>

#include <optional>
#include <string>
#include <vector>

class QLabel;
class QPushButton;

namespace cadenza {

class ChromaBars;

// What a composed song is known to be, from its song.json: no measuring needed.
struct ComposedFacts {
    int tempo = 0;
    QString key;
    QString meter;
    QString genre;
    QString mood;
    std::vector<SectionMarker> sections;
    double lufs = 0;
    double loudnessRange = 0;
    double truePeak = 0;
};

// The Analysis panel. A composed song shows what it was made as (tempo, key, meter, genre,
// mood, sections and loudness, from song.json) at once; a recording shows what
// `cadenza-cli analyze` measured (tempo, key, loudness, spectrum, dynamics, sections, mood
// and the chroma profile), or a button that queues the analysis when it has none yet. The
// measures are named in plain words, with what each means in its tooltip.
class AnalysisPanel : public QWidget {
    Q_OBJECT

  public:
    explicit AnalysisPanel(QWidget* parent = nullptr);

    // `composed` for a composed song; `json` is the stored analysis (analysisToJson's text),
    // or none yet.
    void showTrack(qint64 trackId, const std::optional<ComposedFacts>& composed,
                   const std::optional<std::string>& json);
    // While the selected track loads.
    void showLoading(qint64 trackId);
    void clear();

    QPushButton* analyzeButton() const { return analyze_; }
    QString summary() const;

  signals:
    void analyzeRequested(qint64 trackId);

  private:
    void showMeasures(const std::optional<std::string>& json, bool composed);

    qint64 track_ = 0;
    QLabel* summary_;
    QLabel* details_;
    ChromaBars* chroma_;
    QPushButton* analyze_;
};

} // namespace cadenza
