// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Analysis.h"
#include "base/Progress.h"
#include "music/Score.h"
#include "music/StyleSpec.h"
#include "render/Mastering.h"
#include "render/MixLevels.h"
#include "render/StemRenderer.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cadenza {

// A generated song held in memory: what was asked, what was written, and the audio.
struct Song {
    StyleSpec spec;
    Score score;             // empty for engines that make audio without a score
    std::vector<Stem> stems; // gain-staged: their sum is the pre-master mix
    MixLevels levels;        // the gains the stems were made with (song.json's "levels")
    MasterResult master;
    std::map<std::string, double> stageSeconds; // wall time per stage, for benchmarks
    // Engines without a score describe their audio by measuring it (tempo, key, sections),
    // and say how they made it (engine settings, device, memory) for song.json.
    std::optional<AudioAnalysis> measured;
    std::string engineReport; // a JSON object, or empty
};

// Called with the finished score and the gain-staged stems while the master runs, on a
// thread of its own; generate() waits for it before returning, so everything it was given
// stays valid throughout. SongWriter::writeParts fits here.
using PartsReady = std::function<void(const Score&, const std::vector<Stem>&)>;

struct EngineCapabilities {
    bool midi = false;         // writes song.mid (a score)
    bool needsWeights = false; // usable only once its model is installed
    bool usesGpu = false;      // runs on a CUDA GPU when there is one
    double nativeSeconds = 0;  // made at once up to this length, longer by continuation (0: any)
};

// Whether an engine can run here; when not, `problem` says why and how to install it.
struct EngineStatus {
    bool installed = true;
    std::string problem;
};

// What turns a resolved style into a mastered song with stems: the symbolic composer and
// the neural engines alike. generate() reports progress by stage, throws
// OperationCancelled on cancel and is deterministic by spec.seed on one machine.
class Engine {
  public:
    virtual ~Engine() = default;
    virtual std::string name() const = 0; // as on the command line: "symbolic", "musicgen"
    virtual std::string title() const = 0;
    virtual std::string version() const = 0;
    virtual EngineCapabilities capabilities() const = 0;
    virtual EngineStatus status() const = 0; // cheap: looks for files, loads nothing
    // The models it can run, by folder name (none for an engine without weights). Cheap.
    virtual std::vector<std::string> models() const { return {}; }
    virtual Song generate(const StyleSpec& spec, const ProgressCallback& progress, const CancelToken& cancel,
                          const PartsReady& whileMastering = {}) const = 0;
};

// Refuses (UserError "model", naming the installed ones) a model name that is not among
// engine.models(); an empty name is the engine's first model, and passes.
void requireModel(const Engine& engine, const std::string& name);

// What an edit keeps of its parent's master (SymbolicEngine::perform): the stage gain;
// its parent's audio, put back into the stems where the edit changed nothing (`restore`);
// and, when `parentMaster` is given, the parent's master outside the frames [from, until)
// where the mix changed (remasterSpan, with the parent's `gains`).
struct MasterKept {
    std::optional<double> stageDb;
    std::function<void(std::vector<Stem>&)> restore;
    const StereoBuffer* parentMaster = nullptr;
    MasterGains gains;
    std::size_t from = 0;
    std::size_t until = 0;
};

// Stage gain, the master bus and the parts callback, shared by every engine once its stems
// exist: stems are gain-staged and handed to `whileMastering` beside the master, and
// song.master and song.levels' stage and master gains are set; an edit keeps what `kept`
// holds of its parent's. Reports "master".
void masterSong(Song& song, double fadeOutSeconds, const ProgressCallback& progress, const CancelToken& cancel,
                const PartsReady& whileMastering, const MasterKept& kept = {});

} // namespace cadenza
