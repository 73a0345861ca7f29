// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <portaudio.h>

#include <stdexcept>
#include <string>

namespace cadenza {

// Pa_Initialize and Pa_Terminate nest, so each user of PortAudio holds one initialisation.
class PortAudioSession {
  public:
    PortAudioSession() {
        if (const PaError error = Pa_Initialize(); error != paNoError)
            throw std::runtime_error(std::string("PortAudio cannot start: ") + Pa_GetErrorText(error));
    }
    ~PortAudioSession() { Pa_Terminate(); }
    PortAudioSession(const PortAudioSession&) = delete;
    PortAudioSession& operator=(const PortAudioSession&) = delete;
};

} // namespace cadenza
