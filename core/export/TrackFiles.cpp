// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/TrackFiles.h"

#include "base/UserError.h"

namespace cadenza {

TrackFiles trackFiles(const ProjectDatabase& db, std::int64_t trackId) {
    auto record = db.track(trackId);
    if (!record)
        throw UserError("track", "there is no track " + std::to_string(trackId) + "; `cadenza-cli list` shows them");
    return {*record, db.trackFolder(trackId), db.stems(trackId), db.analysis(trackId)};
}

} // namespace cadenza
