// SPDX-License-Identifier: GPL-3.0-or-later
#include "music/EffectChain.h"

#include "base/UserError.h"

#include <cmath>
#include <cstdio>
#include <string_view>

namespace cadenza {
namespace {

void check(std::string_view field, double value, double low, double high, bool zeroIsOff = false) {
    if ((zeroIsOff && value == 0) || (value >= low && value <= high))
        return;
    char text[160];
    std::snprintf(text, sizeof text, "%.*s must be %s%g to %g, not %g", static_cast<int>(field.size()), field.data(),
                  zeroIsOff ? "0 (off) or " : "", low, high, value);
    throw UserError(std::string(field), text);
}

} // namespace

void EffectChain::validate() const {
    check("highpass", highpassHz, 20, 20000, true);
    check("lowpass", lowpassHz, 20, 20000, true);
    check("low shelf", lowShelfDb, -24, 24);
    check("high shelf", highShelfDb, -24, 24);
    check("distortion", distortion, 0, 1);
    check("bits", bits, 2, 16, true);
    if (bits != std::floor(bits))
        throw UserError("bits", "bits must be a whole number");
    check("sample hold", sampleHoldHz, 500, 44100, true);
    check("compressor threshold", compressorThresholdDb, -60, 0);
    check("compressor ratio", compressorRatio, 1, 20);
    check("compressor makeup", compressorMakeupDb, 0, 24);
    check("chorus mix", chorusMix, 0, 1);
    check("chorus rate", chorusRateHz, 0.05, 10);
    check("delay mix", delayMix, 0, 1);
    check("delay time", delaySeconds, 0.01, 2);
    check("delay feedback", delayFeedback, 0, 0.9);
    check("reverb mix", reverbMix, 0, 1);
    check("reverb time", reverbSeconds, 0.1, 10);
}

const std::pair<const char*, double EffectChain::*> EffectChain::kSettings[17] = {
    {"highpass_hz", &EffectChain::highpassHz},
    {"lowpass_hz", &EffectChain::lowpassHz},
    {"low_shelf_db", &EffectChain::lowShelfDb},
    {"high_shelf_db", &EffectChain::highShelfDb},
    {"distortion", &EffectChain::distortion},
    {"bits", &EffectChain::bits},
    {"sample_hold_hz", &EffectChain::sampleHoldHz},
    {"compressor_threshold_db", &EffectChain::compressorThresholdDb},
    {"compressor_ratio", &EffectChain::compressorRatio},
    {"compressor_makeup_db", &EffectChain::compressorMakeupDb},
    {"chorus_mix", &EffectChain::chorusMix},
    {"chorus_rate_hz", &EffectChain::chorusRateHz},
    {"delay_mix", &EffectChain::delayMix},
    {"delay_seconds", &EffectChain::delaySeconds},
    {"delay_feedback", &EffectChain::delayFeedback},
    {"reverb_mix", &EffectChain::reverbMix},
    {"reverb_seconds", &EffectChain::reverbSeconds},
};

bool EffectChain::set(const std::string& name, double value) {
    for (const auto& [settingName, member] : kSettings)
        if (name == settingName) {
            this->*member = value;
            return true;
        }
    return false;
}

} // namespace cadenza
