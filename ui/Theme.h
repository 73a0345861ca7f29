// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cadenza {

// "system" keeps the desktop's own style and palette (dark when the desktop is dark);
// "light" and "dark" use Qt's Fusion style with a light or a dark palette. Every widget of
// the studio, the custom-painted ones included, draws from the palette.
void applyTheme(const QString& choice);

} // namespace cadenza
