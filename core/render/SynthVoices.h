// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <memory>
#include <string>

class dsp;
class MapUI;

namespace cadenza {

// One voice of a synthesizer compiled from render/faust/synths.dsp: its Faust DSP and its
// controls. Two outputs (left, right), no inputs. Not copyable; one thread at a time.
class SynthVoice {
  public:
    // A voice of `synth` (supersaw, analog, pluck, acid, bass808, sub) or of a drum
    // (kick, snare, clap, hat, openhat, cymbal, tom, rim) at `sampleRate`, with `settings`
    // (palette.json's params) applied. std::invalid_argument for an unknown name or setting.
    SynthVoice(const std::string& synth, int sampleRate, const std::map<std::string, double>& settings = {});
    ~SynthVoice();
    SynthVoice(const SynthVoice&) = delete;
    SynthVoice& operator=(const SynthVoice&) = delete;

    void setFrequency(double hz) { *frequency_ = static_cast<float>(hz); }
    void setGate(bool on) { *gate_ = on ? 1.0f : 0.0f; }
    void setVelocity(double velocity) { *velocity_ = static_cast<float>(velocity); }
    bool gate() const { return *gate_ > 0; }

    // Adds `frames` frames of the voice to left and right (after multiplying by the gains);
    // returns the loudest sample it made, before the gains (to tell when it has died away).
    float addTo(float* left, float* right, int frames, float leftGain, float rightGain);

  private:
    std::unique_ptr<::dsp> dsp_;
    std::unique_ptr<MapUI> controls_;
    float* frequency_ = nullptr;
    float* gate_ = nullptr;
    float* velocity_ = nullptr;
    float unused_ = 0; // stands in for a control the voice does not have
    float scratchLeft_[256];
    float scratchRight_[256];
};

// Whether `synth` names a voice SynthVoice can make.
bool isSynthVoice(const std::string& synth);

} // namespace cadenza
