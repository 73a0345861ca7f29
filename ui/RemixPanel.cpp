// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RemixPanel.h"

#include "remix/Effects.h"
#include "remix/TimePitch.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cadenza {

RemixPanel::RemixPanel(QWidget* parent)
    : QWidget(parent), title_(new QLabel(this)), tempo_(new QDoubleSpinBox(this)), pitch_(new QSpinBox(this)),
      preset_(new QComboBox(this)), genre_(new QComboBox(this)),
      keepAudio_(new QCheckBox(tr("Keep the recording's audio"), this)), remix_(new QPushButton(tr("Remix"), this)),
      original_(new QPushButton(tr("Original"), this)), result_(new QPushButton(tr("Remix"), this)),
      compare_(new QButtonGroup(this)) {
    tempo_->setRange(TimePitch::kSlowest, TimePitch::kFastest);
    tempo_->setSingleStep(0.05);
    tempo_->setDecimals(2);
    tempo_->setValue(1.0);
    tempo_->setSuffix(tr(" ×"));
    tempo_->setToolTip(tr("Faster or slower without changing the pitch"));
    pitch_->setRange(static_cast<int>(TimePitch::kLowest), static_cast<int>(TimePitch::kHighest));
    pitch_->setSuffix(tr(" semitones"));
    pitch_->setToolTip(tr("Higher or lower without changing the length"));
    preset_->addItem(tr("No effects"), QString());
    title_->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Tempo"), tempo_);
    form->addRow(tr("Pitch"), pitch_);
    form->addRow(tr("Effects"), preset_);
    form->addRow(tr("Genre"), genre_);
    genre_->addItem(tr("Keep the genre"), QString());
    genre_->setToolTip(tr("The same melody, chords and form played by another genre's band: a recording's are "
                          "heard in it (its vocals stem, or vocals separated from it), a generated song's come "
                          "from its score."));
    form->addRow(QString(), keepAudio_);
    keepAudio_->setToolTip(tr("For a recording: keep its audio instead, move it to the genre's tempo and sound, "
                              "and add the genre's drums on the beat"));
    keepAudio_->setEnabled(false);
    // Another genre sets its own tempo and sound: the other controls rest meanwhile.
    connect(genre_, &QComboBox::currentIndexChanged, this, [this] {
        const bool keep = genre_->currentData().toString().isEmpty();
        tempo_->setEnabled(keep);
        pitch_->setEnabled(keep);
        preset_->setEnabled(keep);
        keepAudio_->setEnabled(!keep);
    });
    original_->setCheckable(true);
    result_->setCheckable(true);
    compare_->addButton(original_);
    compare_->addButton(result_);
    auto* compareRow = new QHBoxLayout;
    compareRow->addWidget(new QLabel(tr("Compare:"), this));
    compareRow->addWidget(original_);
    compareRow->addWidget(result_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(new QLabel(tr("<b>Remix</b>"), this));
    layout->addWidget(title_);
    layout->addLayout(form);
    layout->addWidget(remix_);
    layout->addLayout(compareRow);
    layout->addStretch(1);

    connect(remix_, &QPushButton::clicked, this, [this] {
        if (track_ == 0)
            return;
        if (const QString genre = genre_->currentData().toString(); !genre.isEmpty())
            emit rearrangeRequested(track_, genre, keepAudio_->isChecked());
        else
            emit remixRequested(track_, tempo_->value(), pitch_->value(), preset_->currentData().toString());
    });
    // The result runs at resultTempo_ times the original's speed: a moment t seconds into
    // the original is t / tempo into the result.
    connect(original_, &QPushButton::clicked, this, [this] { emit compareRequested(originalTrack_, resultTempo_); });
    connect(result_, &QPushButton::clicked, this, [this] { emit compareRequested(resultTrack_, 1 / resultTempo_); });
    setTrack(0, {});
}

void RemixPanel::setGenres(const QStringList& ids, const QStringList& names) {
    for (qsizetype i = 0; i < ids.size() && i < names.size(); ++i)
        genre_->addItem(names[i], ids[i]);
}

void RemixPanel::setPresets(const QStringList& names, const QStringList& descriptions) {
    for (qsizetype i = 0; i < names.size(); ++i) {
        preset_->addItem(names[i], names[i]);
        preset_->setItemData(preset_->count() - 1, descriptions.value(i), Qt::ToolTipRole);
    }
}

void RemixPanel::setTrack(qint64 trackId, const QString& title) {
    track_ = trackId;
    remix_->setEnabled(trackId != 0);
    title_->setText(trackId != 0 ? title : tr("Select a track to remix it."));
    const bool comparing = trackId != 0 && (trackId == originalTrack_ || trackId == resultTrack_);
    original_->setEnabled(comparing);
    result_->setEnabled(comparing);
    if (comparing)
        (trackId == originalTrack_ ? original_ : result_)->setChecked(true);
}

void RemixPanel::setResult(qint64 original, qint64 result, double tempo) {
    originalTrack_ = original;
    resultTrack_ = result;
    resultTempo_ = tempo;
    setTrack(track_, title_->text());
}

} // namespace cadenza
