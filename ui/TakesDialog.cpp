// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TakesDialog.h"

#include "project/ProjectDatabase.h"
#include "ui/CoverCache.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cadenza {

TakesDialog::TakesDialog(const ProjectDatabase& history, std::int64_t takeGroup, QWidget* parent)
    : QDialog(parent), keepTicked_(nullptr), covers_(new CoverCache(history, 180, this)) {
    std::vector<TrackRecord> tracks;
    for (const auto& t : history.tracks())
        if (t.takeGroup == takeGroup)
            tracks.push_back(t);
    setWindowTitle(tracks.empty() ? tr("Takes")
                                  : tr("Takes of “%1”").arg(QString::fromStdString(tracks.front().title)));
    auto* grid = new QGridLayout;
    std::vector<QLabel*> pictures;
    for (std::size_t i = 0; i < tracks.size(); ++i) {
        const auto& t = tracks[i];
        const int column = static_cast<int>(i);
        takes_.push_back(t.id);
        auto* picture = new QLabel(this);
        picture->setFixedSize(180, 180);
        picture->setAlignment(Qt::AlignCenter);
        picture->setText(tr("drawing…"));
        pictures.push_back(picture);
        grid->addWidget(picture, 0, column);
        grid->addWidget(new QLabel(tr("<b>Take %1</b>").arg(column + 1), this), 1, column);
        grid->addWidget(new QLabel(tr("seed %1 · %2 BPM · %3")
                                       .arg(t.seed.value_or(0))
                                       .arg(t.tempo, 0, 'f', 0)
                                       .arg(QString::fromStdString(t.key)),
                                   this),
                        2, column);
        auto* listen = new QPushButton(tr("Listen"), this);
        listen->setToolTip(tr("Load this take in the player and play it"));
        connect(listen, &QPushButton::clicked, this, [this, id = t.id] { emit listenRequested(id); });
        grid->addWidget(listen, 3, column);
        auto* keep = new QCheckBox(tr("Keep"), this);
        keep->setChecked(t.favourite);
        keep_.push_back(keep);
        grid->addWidget(keep, 4, column);
    }
    const auto showCovers = [this, tracks, pictures] {
        for (std::size_t i = 0; i < tracks.size(); ++i)
            if (const QPixmap cover = covers_->cover(tracks[i]); !cover.isNull())
                pictures[i]->setPixmap(cover);
    };
    connect(covers_, &CoverCache::coverReady, this, showCovers);
    showCovers();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    keepTicked_ = buttons->addButton(tr("Keep ticked, delete the rest…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(keepTicked_, &QPushButton::clicked, this, [this] {
        std::vector<qint64> keep;
        std::vector<qint64> discard;
        for (std::size_t i = 0; i < takes_.size(); ++i)
            (keep_[i]->isChecked() ? keep : discard).push_back(takes_[i]);
        if (keep.empty()) {
            QMessageBox::information(this, windowTitle(), tr("Tick the takes to keep first."));
            return;
        }
        if (!discard.empty() && QMessageBox::question(this, windowTitle(),
                                                      tr("Delete the %n take(s) not ticked, with their files?", nullptr,
                                                         static_cast<int>(discard.size()))) != QMessageBox::Yes)
            return;
        emit decided(keep, discard);
        accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(buttons);
}

TakesDialog::~TakesDialog() = default;

} // namespace cadenza
