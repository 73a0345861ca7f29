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
    summary_->setText(tr("Select a track to see its tempo, key, loudness and sections."));
    details_->clear();
    chroma_->hide();
    analyze_->hide();
}

void AnalysisPanel::showTrack(qint64 trackId, const std::optional<std::string>& json) {
    track_ = trackId;
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
    std::array<double, 12> profile{};
    for (std::size_t pc = 0; pc < 12 && pc < a["chroma"].size(); ++pc)
        profile[pc] = a["chroma"][pc].get<double>();
    chroma_->setProfile(profile);
    chroma_->show();
    QStringList sections;
    for (const auto& s : a["sections"]) {
        const auto start = static_cast<int>(s["start"].get<double>());
        sections << QString("%1 %2:%3")
                        .arg(QString::fromStdString(s["label"].get<std::string>()))
                        .arg(start / 60)
                        .arg(start % 60, 2, 10, QChar('0'));
    }
    details_->setText(tr("Key confidence %1 · %2 beats<br>Brightness %3 Hz · rolloff %4 Hz<br>Noisiness %5 · "
                         "dynamics %6 dB · dissonance %7<br>Sections: %8")
                          .arg(a["key_confidence"].get<double>(), 0, 'f', 2)
                          .arg(a["beats"].size())
                          .arg(a["spectral_centroid"].get<double>(), 0, 'f', 0)
                          .arg(a["spectral_rolloff"].get<double>(), 0, 'f', 0)
                          .arg(a["spectral_flatness"].get<double>(), 0, 'f', 3)
                          .arg(a["dynamics"].get<double>(), 0, 'f', 1)
                          .arg(a["dissonance"].get<double>(), 0, 'f', 2)
                          .arg(sections.join(", ")));
    if (a.contains("mood"))
        details_->setText(details_->text() + tr("<br>Mood: <b>%1</b> (valence %2, arousal %3)")
                                                 .arg(QString::fromStdString(a["mood"]["label"].get<std::string>()))
                                                 .arg(a["mood"]["valence"].get<double>(), 0, 'f', 2)
                                                 .arg(a["mood"]["arousal"].get<double>(), 0, 'f', 2));
}

} // namespace cadenza
