#include "ui/CoverCache.h"

#include "export/CoverInput.h"
#include "visual/CoverArt.h"

#include <QThreadPool>

namespace cadenza {

CoverCache::CoverCache(const ProjectDatabase& history, int size, QObject* parent)
    : QObject(parent), history_(history), size_(size) {}

CoverCache::~CoverCache() {
    QThreadPool::globalInstance()->waitForDone(); // no drawing outlives the cache it reports to
}

QPixmap CoverCache::cover(const TrackRecord& track) {
    const Key key{track.id, track.coverVariant};
    if (const auto found = covers_.find(key); found != covers_.end())
        return found->second;
    if (drawing_.insert(key).second) {
        // Read on the GUI thread: the history's connection belongs to it.
        TrackFiles files{track, history_.trackFolder(track.id), {}, history_.analysis(track.id)};
        const int size = size_;
        QThreadPool::globalInstance()->start([this, files = std::move(files), key, size] {
            QImage image;
            try {
                image = renderCover(coverInput(files), size);
            } catch (const std::exception&) {
                // unreadable audio: the Library shows no cover for it
            }
            QMetaObject::invokeMethod(
                this,
                [this, key, image] {
                    drawing_.erase(key);
                    covers_[key] = QPixmap::fromImage(image);
                    emit coverReady(key.first);
                },
                Qt::QueuedConnection);
        });
    }
    return {};
}

} // namespace cadenza
