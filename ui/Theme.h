// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

namespace cadenza {

// The studio's two designed themes, "light" and "dark": Qt's Fusion style with a palette of
// their own. "system" follows the desktop: dark when its palette is dark, else light. Every
// widget of the studio, the custom-painted ones included, draws from the palette.
void applyTheme(const QString& choice);
// Whether a desktop's palette is a dark one (its text lighter than its windows).
bool prefersDark(const QPalette& system);

} // namespace cadenza
