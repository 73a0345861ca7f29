// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The C entry points of the libtorch module (cadenza-ml.so), which the programs load with
// dlopen on first use (core/engine/MlPlugin) so that starting them does not pay for
// loading libtorch. Both sides are built by this project with the same compiler, so C++
// types may cross.

#include <vector>

namespace cadenza {
struct AudioAnalysis;
struct StereoBuffer;
struct SeparatedStems;
struct MusicgenRequest;
struct MusicgenResult;
struct Posteriorgrams;
class CancelToken;
} // namespace cadenza

extern "C" {
// Sets analysis->mood with the installed mood model (shipped, or under userModels). Returns
// false, with *problem pointing at a message that stays valid, when there is none.
bool cadenza_ml_classify_mood(cadenza::AudioAnalysis* analysis, const char* userModels, bool allowCuda,
                              const char** problem);
// Separates with the model in `modelFolder` of `kind` ("htdemucs", kept loaded for the next
// call, or "open-unmix"). `progress`, when not null, is a cadenza::ProgressCallback. Returns
// false, with *problem pointing at a message valid until the next call on this thread, when
// it cannot; throws OperationCancelled on cancel.
bool cadenza_ml_separate(const cadenza::StereoBuffer* mix, cadenza::SeparatedStems* out, const char* modelFolder,
                         const char* kind, bool allowCuda, const cadenza::CancelToken* cancel, const void* progress,
                         const char** problem);
// Generates with the MusicGen checkpoint in request->modelFolder (kept loaded for the next
// request of the same folder). Returns false, with *problem pointing at a message valid
// until the next call on this thread, when it cannot; throws OperationCancelled on cancel.
bool cadenza_ml_musicgen_generate(const cadenza::MusicgenRequest* request, cadenza::MusicgenResult* out,
                                  const char** problem);
// Runs Basic Pitch (the model folder's model.json, kept loaded) over mono audio at 22,050 Hz.
// `progress`, when not null, is a cadenza::ProgressCallback. Returns false, with *problem
// pointing at a message valid until the next call on this thread, when it cannot; throws
// OperationCancelled on cancel.
bool cadenza_ml_transcribe(const std::vector<float>* audio, cadenza::Posteriorgrams* out, const char* modelFolder,
                           bool allowCuda, const cadenza::CancelToken* cancel, const void* progress,
                           const char** problem);
// Whether the linked libtorch can use a CUDA GPU here.
bool cadenza_ml_cuda_available();
}
