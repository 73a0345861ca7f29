// SPDX-License-Identifier: GPL-3.0-or-later
#include "playback/AudioOutput.h"

#include "playback/PortAudioSession.h"

#include <chrono>
#include <stdexcept>
#include <thread>

namespace cadenza {
namespace {

constexpr unsigned long kBlockFrames = 512;

class PortAudioOutput final : public AudioOutput {
  public:
    PortAudioOutput(AudioCallback callback, int sampleRate, const std::optional<std::string>& device)
        : callback_(std::move(callback)) {
        PaDeviceIndex index = Pa_GetDefaultOutputDevice();
        if (device)
            for (PaDeviceIndex i = 0; i < Pa_GetDeviceCount(); ++i)
                if (const auto* info = Pa_GetDeviceInfo(i);
                    info && info->maxOutputChannels >= 2 && *device == info->name)
                    index = i;
        if (index == paNoDevice)
            throw std::runtime_error("no audio output device is available");
        const PaDeviceInfo* info = Pa_GetDeviceInfo(index);
        name_ = info ? info->name : "audio output";
        PaStreamParameters output{};
        output.device = index;
        output.channelCount = 2;
        output.sampleFormat = paFloat32;
        output.suggestedLatency = info ? info->defaultLowOutputLatency : 0.05;
        if (const PaError error = Pa_OpenStream(&stream_, nullptr, &output, sampleRate, kBlockFrames, paClipOff,
                                                &PortAudioOutput::onAudio, this);
            error != paNoError)
            throw std::runtime_error("cannot open " + name_ + ": " + Pa_GetErrorText(error));
        if (const PaError error = Pa_StartStream(stream_); error != paNoError) {
            Pa_CloseStream(stream_);
            throw std::runtime_error("cannot start " + name_ + ": " + Pa_GetErrorText(error));
        }
    }
    ~PortAudioOutput() override {
        Pa_StopStream(stream_);
        Pa_CloseStream(stream_);
    }
    std::string name() const override { return name_; }

  private:
    static int onAudio(const void*, void* output, unsigned long frames, const PaStreamCallbackTimeInfo*,
                       PaStreamCallbackFlags, void* self) {
        static_cast<PortAudioOutput*>(self)->callback_(static_cast<float*>(output), frames);
        return paContinue;
    }

    PortAudioSession session_;
    AudioCallback callback_;
    PaStream* stream_ = nullptr;
    std::string name_;
};

class NullOutput final : public AudioOutput {
  public:
    NullOutput(AudioCallback callback, int sampleRate)
        : thread_([callback = std::move(callback), sampleRate](const std::stop_token& stop) {
              std::vector<float> buffer(2 * kBlockFrames);
              const auto block = std::chrono::duration<double>(static_cast<double>(kBlockFrames) / sampleRate);
              auto next = std::chrono::steady_clock::now();
              while (!stop.stop_requested()) {
                  callback(buffer.data(), kBlockFrames);
                  next += std::chrono::duration_cast<std::chrono::steady_clock::duration>(block);
                  std::this_thread::sleep_until(next);
              }
          }) {}
    std::string name() const override { return "no output (silent)"; }

  private:
    std::jthread thread_;
};

} // namespace

std::vector<std::string> audioOutputDevices() {
    std::vector<std::string> names;
    try {
        const PortAudioSession session;
        for (PaDeviceIndex i = 0; i < Pa_GetDeviceCount(); ++i)
            if (const auto* info = Pa_GetDeviceInfo(i); info && info->maxOutputChannels >= 2)
                names.emplace_back(info->name);
    } catch (const std::exception&) { // no PortAudio at all: no devices
    }
    return names;
}

std::unique_ptr<AudioOutput> openPortAudioOutput(AudioCallback callback, int sampleRate,
                                                 const std::optional<std::string>& device) {
    return std::make_unique<PortAudioOutput>(std::move(callback), sampleRate, device);
}

std::unique_ptr<AudioOutput> openNullOutput(AudioCallback callback, int sampleRate) {
    return std::make_unique<NullOutput>(std::move(callback), sampleRate);
}

} // namespace cadenza
