#pragma once

#include "compose/Score.h"
#include "compose/StyleSpec.h"
#include "jobs/Progress.h"
#include "render/Mastering.h"
#include "render/SynthRenderer.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace cadenza {

struct Catalog;

// A generated song held in memory: what was asked, what was written, and the audio.
struct Song {
    StyleSpec spec;
    Score score;
    std::vector<Stem> stems; // gain-staged: their sum is the pre-master mix
    MasterResult master;
    std::map<std::string, double> stageSeconds; // wall time per stage, for benchmarks
};

// Called with the finished score and the gain-staged stems while the master runs, on a
// thread of its own; generate() waits for it before returning, so everything it was given
// stays valid throughout. SongWriter::writeParts fits here.
using PartsReady = std::function<void(const Score&, const std::vector<Stem>&)>;

// The default engine: composes symbolically and renders with FluidSynth and a GM
// SoundFont, so it needs no model download.
class SymbolicEngine {
  public:
    static constexpr const char* kName = "symbolic";
    static constexpr const char* kVersion = "1.0.0";

    SymbolicEngine(const Catalog& catalog, RenderSettings settings);

    // compose -> render stems -> stage gain -> mix -> master. Progress stages: "compose",
    // "render", "master", reported from the calling thread. Throws OperationCancelled when
    // `cancel` is set.
    Song generate(const StyleSpec& spec, const ProgressCallback& progress, const CancelToken& cancel,
                  const PartsReady& whileMastering = {}) const;
    // render -> stage gain -> mix -> master, for a score already written (a re-arrangement).
    Song perform(const StyleSpec& spec, Score score, const ProgressCallback& progress, const CancelToken& cancel,
                 const PartsReady& whileMastering = {}) const;

    const RenderSettings& renderSettings() const { return settings_; }

  private:
    const Catalog& catalog_;
    RenderSettings settings_;
};

} // namespace cadenza
