// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <utility>

namespace cadenza {

// The settings of the effects chain (remix/faust/effects.dsp, applied by remix/Effects.h),
// each at its neutral value by default: a default chain changes nothing. The catalog's
// effects.json names presets of them.
struct EffectChain {
    double highpassHz = 0;              // 0 (off) or 20..20000
    double lowpassHz = 0;               // 0 (off) or 20..20000
    double lowShelfDb = 0;              // -24..24, below 250 Hz
    double highShelfDb = 0;             // -24..24, above 4 kHz
    double distortion = 0;              // 0..1 drive
    double bits = 0;                    // 0 (off) or 2..16: bit crushing (whole bits)
    double sampleHoldHz = 0;            // 0 (off) or 500..44100: sample-rate reduction
    double compressorThresholdDb = -18; // -60..0
    double compressorRatio = 1;         // 1 (off) .. 20
    double compressorMakeupDb = 0;      // 0..24
    double chorusMix = 0;               // 0..1
    double chorusRateHz = 1.5;          // 0.05..10
    double delayMix = 0;                // 0..1
    double delaySeconds = 0.35;         // 0.01..2
    double delayFeedback = 0.35;        // 0..0.9
    double reverbMix = 0;               // 0..1
    double reverbSeconds = 2;           // 0.1..10, RT60

    // Throws UserError naming the first setting out of its range, and the range.
    void validate() const;
    // Sets one setting by its name, as effects.json and the Faust program call it
    // ("lowpass_hz", "reverb_mix"...); false for a name that is not a setting.
    bool set(const std::string& name, double value);
    // Calls `visit(name, value)` for every setting, by the same names.
    template <typename Visit> void forEachSetting(Visit visit) const {
        for (const auto& [name, member] : kSettings)
            visit(name, this->*member);
    }

  private:
    static const std::pair<const char*, double EffectChain::*> kSettings[17];
};

} // namespace cadenza
