// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/TrackRecord.h"

#include "base/EnumNames.h"

#include <stdexcept>

namespace cadenza {
namespace {

constexpr EnumNames<TrackSource, 3> kSourceNames{{
    {TrackSource::Generated, "generated"},
    {TrackSource::Imported, "imported"},
    {TrackSource::Derived, "derived"},
}};

} // namespace

const char* trackSourceName(TrackSource source) {
    return enumName(kSourceNames, source);
}

TrackSource parseTrackSource(const std::string& name) {
    if (const auto source = enumNamed(kSourceNames, name))
        return *source;
    throw std::runtime_error("project database: unknown track source '" + name + "'");
}

} // namespace cadenza
