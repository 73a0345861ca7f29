// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace cadenza {

// The transport's symbols, the ones every recorder and DAW shares.
enum class TransportGlyph { ReturnToStart, Play, Pause, Stop, Loop, Record };

// A transport icon drawn as vector shapes at whatever size and scale it is asked for, in the
// palette's text colour (greyed when disabled; Record in red, white when on). The studio draws its own so
// that the transport reads the same on every desktop, with or without an icon theme: Qt's
// built-in fallbacks have no record or loop symbol.
QIcon transportIcon(TransportGlyph glyph);

} // namespace cadenza
