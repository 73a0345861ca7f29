#pragma once

#include "audio/AudioBuffer.h"
#include "jobs/Progress.h"

namespace cadenza {

struct LoudnessReport {
    double integratedLufs = -70;  // EBU R 128 integrated loudness
    double truePeakDbtp = -100;   // 4x oversampled true peak, the louder channel
    double samplePeakDbfs = -100; // largest sample magnitude
    double loudnessRange = 0;     // LU
};

// Both throw OperationCancelled within a block (about 0.4 s of audio) of a cancel.
// Measures everything with libebur128; the two channels' true peaks (4x oversampled, the
// costly part) are measured on their own threads.
LoudnessReport measureLoudness(const StereoBuffer& audio, const CancelToken& cancel = {});

// Integrated loudness only: about a quarter of the cost of measureLoudness.
double measureIntegratedLoudness(const StereoBuffer& audio, const CancelToken& cancel = {});

double dbToGain(double db);
double gainToDb(double gain);

} // namespace cadenza
