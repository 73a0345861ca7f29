// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "base/Progress.h"

namespace cadenza {

struct TimePitch {
    static constexpr double kSlowest = 0.5, kFastest = 2.0; // tempo factor
    static constexpr double kLowest = -12, kHighest = 12;   // semitones
    double tempo = 1;     // playback speed without a change of pitch: 2 is twice as fast
    double semitones = 0; // transposition without a change of duration

    // Throws UserError naming the field and its range.
    void validate() const;
    bool identity() const { return tempo == 1 && semitones == 0; }
};

// Changes tempo and pitch independently with the Rubber Band Library, offline, with its R3
// ("finer") engine: the whole input is studied first, then processed, so the output is
// exactly input / tempo long (to the sample). Progress stage "stretch"; throws
// OperationCancelled within a block (about 0.1 s of audio) of a cancel.
StereoBuffer changeTempoAndPitch(const StereoBuffer& audio, const TimePitch& change,
                                 const ProgressCallback& progress = {}, const CancelToken& cancel = {});

} // namespace cadenza
