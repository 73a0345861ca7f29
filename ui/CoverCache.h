// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ProjectDatabase.h"

#include <QObject>
#include <QPixmap>

#include <map>
#include <set>
#include <utility>

namespace cadenza {

// Thumbnails of the tracks' covers for the Library. A cover is drawn from the track's
// audio, so a missing one is made on a pool thread (reading song.wav, drawing with
// QPainter into a QImage) and announced with coverReady; until then, and for a track
// whose files cannot be read, cover() returns a null pixmap. Kept per track and cover
// variant, so a regenerated cover is drawn again.
class CoverCache : public QObject {
    Q_OBJECT

  public:
    CoverCache(const ProjectDatabase& history, int size, QObject* parent = nullptr);

    // The thumbnail if drawn; otherwise starts drawing it and returns a null pixmap.
    QPixmap cover(const TrackRecord& track);
    int size() const { return size_; }

  signals:
    void coverReady(qint64 trackId);

  private:
    using Key = std::pair<std::int64_t, int>; // track, variant
    const ProjectDatabase& history_;
    int size_;
    std::map<Key, QPixmap> covers_;
    std::set<Key> drawing_;
};

} // namespace cadenza
