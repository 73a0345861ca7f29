// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>
#include <string>

class QLabel;
class QPushButton;

namespace cadenza {

class ChromaBars;

// The Analysis panel: what `cadenza-cli analyze` measures of the selected track (tempo,
// key, loudness, spectrum, dynamics, sections and the chroma profile), or a button that
// queues the analysis when the track has none yet.
class AnalysisPanel : public QWidget {
    Q_OBJECT

  public:
    explicit AnalysisPanel(QWidget* parent = nullptr);

    // `json` is the stored analysis (analysisToJson's text), or none yet.
    void showTrack(qint64 trackId, const std::optional<std::string>& json);
    void clear();

    QPushButton* analyzeButton() const { return analyze_; }
    QString summary() const;

  signals:
    void analyzeRequested(qint64 trackId);

  private:
    qint64 track_ = 0;
    QLabel* summary_;
    QLabel* details_;
    ChromaBars* chroma_;
    QPushButton* analyze_;
};

} // namespace cadenza
