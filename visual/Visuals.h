// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runners/Visuals.h"

namespace cadenza {

// The covers (renderCover, as PNG) and the music videos (renderMusicVideo) that this
// library draws, as the export and video jobs take them.
Visuals painterVisuals();

} // namespace cadenza
