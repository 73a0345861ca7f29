// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/CoverInput.h"

#include <QImage>

#include <vector>

namespace cadenza {

// Draws a track's cover with QPainter from its CoverInput: the palette from the mood
// (the hue) and the key (the hue turned by the key's place on the circle of fifths; minor
// keys darker), the forms from the energy curve, the rhythm fold and the tempo, the layout
// and its details from the seed and the variant. The same input gives the same picture.
// Drawing the title needs a QGuiApplication (fonts); the CLI makes an offscreen one.
QImage renderCover(const CoverInput& input, int size = 1024);

// renderCover as PNG bytes, to embed in a file's tags.
std::vector<unsigned char> coverPng(const CoverInput& input, int size = 1024);

} // namespace cadenza
