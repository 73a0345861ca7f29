// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/TrackRecord.h"

#include <stdexcept>

namespace cadenza {

const char* trackSourceName(TrackSource source) {
    switch (source) {
    case TrackSource::Generated:
        return "generated";
    case TrackSource::Imported:
        return "imported";
    case TrackSource::Derived:
        return "derived";
    }
    throw std::logic_error("a track source without a name");
}

TrackSource parseTrackSource(const std::string& name) {
    for (const auto source : {TrackSource::Generated, TrackSource::Imported, TrackSource::Derived})
        if (name == trackSourceName(source))
            return source;
    throw std::runtime_error("project database: unknown track source '" + name + "'");
}

} // namespace cadenza
