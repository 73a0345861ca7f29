// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AnalysisPanel.h"

#include <nlohmann/json.hpp>

#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <array>

namespace cadenza {

// Twelve bars, one per pitch class, as tall as its share of the chroma profile.
class ChromaBars : public QWidget {
  public:
    explicit ChromaBars(QWidget* parent) : QWidget(parent) { setMinimumHeight(70); }
    void setProfile(const std::array<double, 12>& profile) {
        profile_ = profile;
        update();
    }

  protected:
    void paintEvent(QPaintEvent*) override {
        static constexpr std::array<const char*, 12> names = {"C",  "C♯", "D",  "E♭", "E",  "F",
                                                              "F♯", "G",  "A♭", "A",  "B♭", "B"};
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const double largest = *std::max_element(profile_.begin(), profile_.end());
        const int labelHeight = fontMetrics().height();
        const double barWidth = width() / 12.0;
        const int chartHeight = height() - labelHeight - 2;
        for (std::size_t pc = 0; pc < 12; ++pc) {
            const double share = largest > 0 ? profile_[pc] / largest : 0;
            const QRectF bar(barWidth * static_cast<double>(pc) + 2, chartHeight * (1 - share), barWidth - 4,
                             chartHeight * share);
            painter.fillRect(bar, palette().highlight());
            painter.setPen(palette().text().color());
            painter.drawText(QRectF(barWidth * static_cast<double>(pc), chartHeight + 2, barWidth, labelHeight),
                             Qt::AlignCenter, QString::fromUtf8(names[pc]));
        }
    }

  private:
    std::array<double, 12> profile_{};
};

AnalysisPanel::AnalysisPanel(QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)), details_(new QLabel(this)), chroma_(new ChromaBars(this)),
      analyze_(new QPushButton(tr("Analyse"), this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(new QLabel(tr("<b>Analysis</b>"), this));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(summary_);
    layout->addWidget(chroma_);
    layout->addWidget(details_);
    layout->addWidget(analyze_);
    layout->addStretch(1);
    analyze_->setToolTip(tr("Measure tempo, beats, key, loudness and sections"));
    connect(analyze_, &QPushButton::clicked, this, [this] {
        if (track_ != 0) {
            analyze_->setEnabled(false);
            analyze_->setText(tr("Analysing…"));
            emit analyzeRequested(track_);
        }
    });
    clear();
}

QString AnalysisPanel::summary() const {
    return summary_->text();
}

void AnalysisPanel::clear() {
    track_ = 0;
    summary_->setToolTip({});
    summary_->setText(tr("Select a track to see its tempo, key, loudness and sections."));
    details_->clear();
    chroma_->hide();
    analyze_->hide();
}

void AnalysisPanel::showLoading(qint64 trackId) {
    track_ = trackId;
    summary_->setText(tr("Loading…"));
    details_->clear();
    chroma_->hide();
    analyze_->hide();
}

namespace {

QString minutes(double seconds) {
    const auto s = static_cast<int>(seconds);
    return QString("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar('0'));
}

// The mood map's two axes in words: how pleasant (valence) and how excited (arousal).
QString moodWords(double valence, double arousal) {
    const QString feel = valence > 0.2    ? AnalysisPanel::tr("bright")
                         : valence < -0.2 ? AnalysisPanel::tr("dark")
                                          : AnalysisPanel::tr("neither bright nor dark");
    const QString energy = arousal > 0.2    ? AnalysisPanel::tr("excited")
                           : arousal < -0.2 ? AnalysisPanel::tr("calm")
                                            : AnalysisPanel::tr("steady");
    return AnalysisPanel::tr("%1, %2").arg(feel, energy);
}

} // namespace

void AnalysisPanel::showTrack(qint64 trackId, const std::optional<ComposedFacts>& composed,
                              const std::optional<std::string>& json) {
    track_ = trackId;
    if (composed) {
        // Made, not guessed: the song's own facts, and nothing to analyse.
        analyze_->hide();
        QStringList sections;
        for (const auto& section : composed->sections)
            sections << QString("%1 %2").arg(section.name, minutes(section.start));
        summary_->setText(tr("<span style='font-size:large'><b>%1 BPM</b> · <b>%2</b></span> · %3<br>%4 · %5<br>"
                             "%6 LUFS · range %7 LU · peak %8 dBTP<br>Sections: %9")
                              .arg(composed->tempo)
                              .arg(composed->key, composed->meter, composed->genre, composed->mood)
                              .arg(composed->lufs, 0, 'f', 1)
                              .arg(composed->loudnessRange, 0, 'f', 1)
                              .arg(composed->truePeak, 0, 'f', 1)
                              .arg(sections.join(", ")));
        summary_->setToolTip(tr("As the song was composed and mastered"));
        showMeasures(json, true);
        return;
    }
    summary_->setToolTip({});
    analyze_->show();
    analyze_->setEnabled(true);
    if (!json) {
        summary_->setText(tr("This track has not been analysed yet."));
        analyze_->setText(tr("Analyse"));
        details_->clear();
        chroma_->hide();
        return;
    }
    analyze_->setText(tr("Analyse again"));
    const auto a = nlohmann::json::parse(*json);
    summary_->setText(tr("<span style='font-size:large'><b>%1 BPM</b> · <b>%2</b></span><br>%3 LUFS · range %4 LU · "
                         "peak %5 dBTP")
                          .arg(a["tempo"].get<double>(), 0, 'f', 1)
                          .arg(QString::fromStdString(a["key"].get<std::string>()))
                          .arg(a["lufs"].get<double>(), 0, 'f', 1)
                          .arg(a["loudness_range"].get<double>(), 0, 'f', 1)
                          .arg(a["true_peak"].get<double>(), 0, 'f', 1));
    showMeasures(json, false);
}

void AnalysisPanel::showMeasures(const std::optional<std::string>& json, bool composed) {
    if (!json) {
        details_->clear();
        chroma_->hide();
        return;
    }
    const auto a = nlohmann::json::parse(*json);
    std::array<double, 12> profile{};
    for (std::size_t pc = 0; pc < 12 && pc < a["chroma"].size(); ++pc)
        profile[pc] = a["chroma"][pc].get<double>();
    chroma_->setProfile(profile);
    chroma_->setToolTip(tr("How much of each pitch class the music holds: the key's notes stand tallest"));
    chroma_->show();
    QStringList lines;
    if (!composed) { // a composed song's key, sections and mood are its own, above
        QStringList sections;
        for (const auto& s : a["sections"])
            sections << QString("%1 %2").arg(QString::fromStdString(s["label"].get<std::string>()),
                                             minutes(s["start"].get<double>()));
        lines << tr("<span title='How clearly the music sits in that key, from 0 to 1'>Key certainty %1</span> · "
                    "%2 beats")
                     .arg(a["key_confidence"].get<double>(), 0, 'f', 2)
                     .arg(a["beats"].size());
        if (a.contains("mood"))
            lines << tr("<span title='Where the music lies between dark and bright, and between calm and "
                        "excited'>Mood: <b>%1</b> (%2)</span>")
                         .arg(QString::fromStdString(a["mood"]["label"].get<std::string>()),
                              moodWords(a["mood"]["valence"].get<double>(), a["mood"]["arousal"].get<double>()));
        lines << tr("Sections: %1").arg(sections.join(", "));
    }
    lines << tr("<span title='The centre of the sound&#39;s spectrum: higher is brighter'>Brightness %1 Hz</span> · "
                "<span title='Below this frequency lies 85% of the sound&#39;s energy'>reach %2 Hz</span>")
                 .arg(a["spectral_centroid"].get<double>(), 0, 'f', 0)
                 .arg(a["spectral_rolloff"].get<double>(), 0, 'f', 0);
    lines << tr("<span title='0 for pure tones, 1 for noise'>Noisiness %1</span> · "
                "<span title='How far the loud moments stand above the quiet ones'>dynamics %2 dB</span> · "
                "<span title='How much the notes heard together clash, from 0 to 1'>roughness %3</span>")
                 .arg(a["spectral_flatness"].get<double>(), 0, 'f', 3)
                 .arg(a["dynamics"].get<double>(), 0, 'f', 1)
                 .arg(a["dissonance"].get<double>(), 0, 'f', 2);
    details_->setText(lines.join("<br>"));
}

} // namespace cadenza
