#pragma once

#include "audio/AudioBuffer.h"

namespace cadenza {

struct LoudnessReport {
    double integratedLufs = -70;  // EBU R 128 integrated loudness
    double truePeakDbtp = -100;   // 4x oversampled true peak, the louder channel
    double samplePeakDbfs = -100; // largest sample magnitude
    double loudnessRange = 0;     // LU
};

// Measures with libebur128.
LoudnessReport measureLoudness(const StereoBuffer& audio);

double dbToGain(double db);
double gainToDb(double gain);

} // namespace cadenza
