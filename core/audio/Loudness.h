// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/AudioBuffer.h"
#include "base/Progress.h"

#include <memory>

namespace cadenza {

struct LoudnessReport {
    double integratedLufs = -70;  // EBU R 128 integrated loudness
    double truePeakDbtp = -100;   // 4x oversampled true peak, the louder channel
    double samplePeakDbfs = -100; // largest sample magnitude
    double loudnessRange = 0;     // LU
};

// Throws OperationCancelled within about a second of audio of a cancel. Loudness and
// range come from audio/IntegratedLoudness, the true peak from audio/TruePeak (both what
// libebur128 measures, computed faster); one channel's peaks are measured on a thread of
// their own at the same time.
LoudnessReport measureLoudness(const StereoBuffer& audio, const CancelToken& cancel = {});

// The momentary loudness (EBU R 128: K-weighted, the last 400 ms) of a stereo stream fed
// in blocks, as a meter shows it while the stream plays. add() and lufs() never allocate
// or block, so the audio callback may call them.
class MomentaryLoudness {
  public:
    explicit MomentaryLoudness(int sampleRate);
    ~MomentaryLoudness();
    MomentaryLoudness(const MomentaryLoudness&) = delete;
    MomentaryLoudness& operator=(const MomentaryLoudness&) = delete;

    void add(const float* interleaved, std::size_t frames) noexcept;
    // LUFS; -70 (the meters' floor) in silence.
    double lufs() const noexcept;

  private:
    struct State; // libebur128's, which its header declares without a name to forward
    std::unique_ptr<State> state_;
};

double dbToGain(double db);
double gainToDb(double gain);

} // namespace cadenza
