// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/Engine.h"
#include "ml/MusicgenRequest.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cadenza {

struct ModelEntry;

// MusicGen (core/ml, run in the libtorch module): the prompt as text conditioning, audio
// out. Its weights are a Hugging Face MusicGen folder in the models folder
// (docs/models.md). The audio is resampled to 44.1 kHz, high-passed at 20 Hz, split into stems by the best
// separator installed (engines/Separation.h) so that the stems sum to the mix, and
// mastered like every song. It has no score: song.json carries the tempo, key and sections
// measured from the audio, and no MIDI.
class MusicgenEngine final : public Engine {
  public:
    static constexpr const char* kName = "musicgen";
    static constexpr const char* kMelodyKind = "musicgen_melody"; // checkpoints that follow a melody too
    static constexpr const char* kVersion = "1.0.0";

    MusicgenEngine(std::filesystem::path userModels, bool allowCuda, MusicgenSampling sampling = {});

    std::string name() const override { return kName; }
    std::string title() const override { return "MusicGen"; }
    std::string version() const override { return kVersion; }
    EngineCapabilities capabilities() const override;
    EngineStatus status() const override;

    // Progress stages: "load", "text", "decode" (by decoding step), "codec", "stems",
    // "master". Throws UserError when no model is installed, std::runtime_error when it
    // fails to load or run.
    Song generate(const StyleSpec& spec, const ProgressCallback& progress, const CancelToken& cancel,
                  const PartsReady& whileMastering = {}) const override;

    // The installed checkpoints' folder names (musicgen-small, musicgen-stereo-medium...),
    // in the order the models folder lists them; the first is used when none is named.
    std::vector<std::string> models() const override;
    // How the named model (the first when empty) samples unless told otherwise: its
    // generation_config.json over the engine's defaults. The defaults when it is not installed.
    MusicgenSampling defaultSampling(const std::string& model) const;

  private:
    std::vector<ModelEntry> installedModels() const;
    // The one named (the first when `name` is empty; with `melody`, the first MusicGen-melody
    // one); nothing when none is installed, UserError("model") naming the installed ones for
    // a name that is not, UserError("melody") when a melody is to be followed and the model
    // cannot.
    std::optional<ModelEntry> installedModel(const std::string& name, bool melody = false) const;

    std::filesystem::path userModels_;
    bool allowCuda_;
    MusicgenSampling sampling_;
};

// The sampling a checkpoint publishes in its generation_config.json (guidance_scale, top_k,
// top_p, temperature; do_sample false is greedy) over `sampling`; `sampling` when the file is
// absent or unreadable.
MusicgenSampling publishedSampling(const std::filesystem::path& folder, MusicgenSampling sampling);
// `sampling` with what the person set in `options`.
MusicgenSampling withOptions(MusicgenSampling sampling, const NeuralOptions& options);

// The text MusicGen is conditioned on: the prompt, with the values the user set by option
// (genre, mood, tempo, key, meter) appended in words, since the network only reads text.
std::string musicgenText(const StyleSpec& spec);

} // namespace cadenza
