// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "base/Progress.h"

namespace cadenza {

struct LoudnessReport {
    double integratedLufs = -70;  // EBU R 128 integrated loudness
    double truePeakDbtp = -100;   // 4x oversampled true peak, the louder channel
    double samplePeakDbfs = -100; // largest sample magnitude
    double loudnessRange = 0;     // LU
};

// Throws OperationCancelled within a block (about 0.4 s of audio) of a cancel.
// Loudness and range come from libebur128; the true peak (audio/TruePeak.h: libebur128's
// measure, vectorised) is measured on a thread of its own at the same time.
LoudnessReport measureLoudness(const StereoBuffer& audio, const CancelToken& cancel = {});

double dbToGain(double db);
double gainToDb(double gain);

} // namespace cadenza
