// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Analysis.h"
#include "audio/AudioBuffer.h"
#include "base/Progress.h"
#include "music/Score.h"

#include <filesystem>
#include <optional>

namespace cadenza {

// The score a recording implies, for a cover in another genre: what rearrange() keeps of
// a composed song (form, chords, melody), taken from the recording by ear.
//  - Tempo from the analysis, 4/4, the first beat found as the first downbeat.
//  - The key of the notes (keyFromNotes: right on more songs than the chroma key).
//  - The form from the analysis' sections: the repeated, most energetic label is the
//    chorus, a short unrepeated first section the intro, an unrepeated last one the outro,
//    an unrepeated one in between a bridge, the rest verses.
//  - A chord per bar: the chord (chordsFromNotes over the mix's transcription) that sounds
//    longest in it.
//  - The melody as the lead: the vocals stem's strongest line when there is one, the mix's
//    highest salient line otherwise (melodyLine), quantised to sixteenths.
// Throws UserError (field "genre") when the recording has no steady beat or no notes.
Score scoreOfRecording(const StereoBuffer& mix, const std::optional<StereoBuffer>& vocals,
                       const AudioAnalysis& analysis, const std::filesystem::path& userModels, bool allowCuda,
                       const ProgressCallback& progress, const CancelToken& cancel);

} // namespace cadenza
