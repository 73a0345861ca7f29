// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace cadenza {

// The transport's symbols, the ones every recorder and DAW shares.
enum class TransportGlyph { ReturnToStart, Play, Pause, Stop, Loop, Record };

// The desktop's icon for it (the freedesktop names: media-playback-start, media-record...)
// where its theme has one; else drawn here as vector shapes at whatever size and scale it is
// asked for, in the palette's text colour (greyed when disabled; Record in red, white when
// on). Qt's own fallbacks have no record or loop symbol.
QIcon transportIcon(TransportGlyph glyph);

// Always the drawn one.
QIcon drawnTransportIcon(TransportGlyph glyph);

} // namespace cadenza
