// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Progress.h"
#include "music/StyleSpec.h"

#include <filesystem>

namespace cadenza {

// The longest melody recording a song grows from.
constexpr double kMaxMelodySeconds = 90;

// Hum to song: a recording of a melody (hummed, whistled, sung or played; up to 90 s)
// becomes the hook of the song `spec` describes. It is transcribed with Basic Pitch, its
// strongest line taken (melodyLine) and quantised to sixteenths at the recording's tempo
// (or the spec's, when the prompt or an option chose one; that tempo is then the song's).
// The song is in the key of the melody's notes, unless one was chosen: then the melody is
// moved into it, by the smaller interval. Throws UserError (field "melody") for a file that
// is not usable audio, too long, silent or without a melody; OperationCancelled on cancel.
Hook hookFromRecording(const std::filesystem::path& file, StyleSpec& spec, const std::filesystem::path& userModels,
                       bool allowCuda, const ProgressCallback& progress, const CancelToken& cancel);

} // namespace cadenza
