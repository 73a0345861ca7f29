// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CoverCache.h"

#include "export/CoverInput.h"
#include "ui/GuiThread.h"
#include "visual/CoverArt.h"

namespace cadenza {

CoverCache::CoverCache(const ProjectDatabase& history, int size, QObject* parent)
    : QObject(parent), history_(history), size_(size) {}

QPixmap CoverCache::cover(const TrackRecord& track) {
    const Key key{track.id, track.coverVariant};
    if (const auto found = covers_.find(key); found != covers_.end())
        return found->second;
    if (drawing_.insert(key).second) {
        // Read on the GUI thread: the history's connection belongs to it.
        TrackFiles files{track, history_.trackFolder(track.id), {}, history_.analysis(track.id)};
        const int size = size_;
        runInBackground([cache = QPointer(this), files = std::move(files), key, size] {
            QImage image;
            try {
                image = renderCover(coverInput(files), size);
            } catch (const std::exception&) {
                // unreadable audio: the Library shows no cover for it
            }
            deliverToGui(cache, [key, image](CoverCache& self) {
                self.drawing_.erase(key);
                self.covers_[key] = QPixmap::fromImage(image);
                emit self.coverReady(key.first);
            });
        });
    }
    return {};
}

} // namespace cadenza
