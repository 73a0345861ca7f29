// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback/AudioInput.h"

#include "playback/PortAudioSession.h"

#include <algorithm>
#include <stdexcept>

namespace cadenza {
namespace {

constexpr unsigned long kBlockFrames = 512;

class PortAudioInput final : public AudioInput {
  public:
    PortAudioInput(CaptureCallback callback, int sampleRate, const std::optional<std::string>& device)
        : callback_(std::move(callback)), stereo_(2 * kBlockFrames) {
        PaDeviceIndex index = Pa_GetDefaultInputDevice();
        if (device)
            for (PaDeviceIndex i = 0; i < Pa_GetDeviceCount(); ++i)
                if (const auto* info = Pa_GetDeviceInfo(i);
                    info && info->maxInputChannels >= 1 && *device == info->name)
                    index = i;
        if (index == paNoDevice)
            throw std::runtime_error("no audio input device is available");
        const PaDeviceInfo* info = Pa_GetDeviceInfo(index);
        name_ = info ? info->name : "audio input";
        channels_ = info && info->maxInputChannels >= 2 ? 2 : 1;
        PaStreamParameters input{};
        input.device = index;
        input.channelCount = channels_;
        input.sampleFormat = paFloat32;
        input.suggestedLatency = info ? info->defaultLowInputLatency : 0.05;
        if (const PaError error = Pa_OpenStream(&stream_, &input, nullptr, sampleRate, kBlockFrames, paClipOff,
                                                &PortAudioInput::onAudio, this);
            error != paNoError)
            throw std::runtime_error("cannot open " + name_ + ": " + Pa_GetErrorText(error));
        if (const PaError error = Pa_StartStream(stream_); error != paNoError) {
            Pa_CloseStream(stream_);
            throw std::runtime_error("cannot start " + name_ + ": " + Pa_GetErrorText(error));
        }
    }
    ~PortAudioInput() override {
        Pa_StopStream(stream_);
        Pa_CloseStream(stream_);
    }
    std::string name() const override { return name_; }

  private:
    static int onAudio(const void* input, void*, unsigned long frames, const PaStreamCallbackTimeInfo*,
                       PaStreamCallbackFlags, void* self) {
        auto& me = *static_cast<PortAudioInput*>(self);
        const auto* samples = static_cast<const float*>(input);
        if (me.channels_ == 2 || !samples) {
            if (samples)
                me.callback_(samples, frames);
            return paContinue;
        }
        // A mono device: its channel on both sides, in blocks of the buffer made for it.
        for (unsigned long done = 0; done < frames;) {
            const auto n = std::min<unsigned long>(kBlockFrames, frames - done);
            for (unsigned long i = 0; i < n; ++i)
                me.stereo_[2 * i] = me.stereo_[2 * i + 1] = samples[done + i];
            me.callback_(me.stereo_.data(), n);
            done += n;
        }
        return paContinue;
    }

    PortAudioSession session_;
    CaptureCallback callback_;
    std::vector<float> stereo_;
    int channels_ = 2;
    PaStream* stream_ = nullptr;
    std::string name_;
};

class GeneratedInput final : public AudioInput {
  public:
    GeneratedInput(CaptureCallback callback, int sampleRate, AudioCallback source)
        : clock_(openNullOutput(
              [callback = std::move(callback), source = std::move(source)](float* buffer, std::size_t frames) {
                  source(buffer, frames);
                  callback(buffer, frames);
              },
              sampleRate)) {}
    std::string name() const override { return "generated input"; }

  private:
    std::unique_ptr<AudioOutput> clock_; // the null output's real-time thread drives the capture
};

} // namespace

std::vector<std::string> audioInputDevices() {
    std::vector<std::string> names;
    try {
        const PortAudioSession session;
        for (PaDeviceIndex i = 0; i < Pa_GetDeviceCount(); ++i)
            if (const auto* info = Pa_GetDeviceInfo(i); info && info->maxInputChannels >= 1)
                names.emplace_back(info->name);
    } catch (const std::exception&) { // no PortAudio at all: no devices
    }
    return names;
}

std::unique_ptr<AudioInput> openPortAudioInput(CaptureCallback callback, int sampleRate,
                                               const std::optional<std::string>& device) {
    return std::make_unique<PortAudioInput>(std::move(callback), sampleRate, device);
}

std::unique_ptr<AudioInput> openGeneratedInput(CaptureCallback callback, int sampleRate, AudioCallback source) {
    return std::make_unique<GeneratedInput>(std::move(callback), sampleRate, std::move(source));
}

} // namespace cadenza
