// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/Engine.h"
#include "render/StemRenderer.h"

namespace cadenza {

struct Catalog;

// What an edit keeps of its parent when it is performed: the levels its mix was made with
// (those it names are used as they are; the others are measured); the stems it did not
// change, which are not rendered again; where it rewrote ticks [from, until) of some parts
// (a section), their stems, of which it renders only that span again (spliceSpan); and
// the parent's master, which stands where the mix did not change when its master gains
// are kept in `levels`. Stems as the parent's files hold them: gain-staged.
struct EditBase {
    MixLevels levels;
    std::vector<Stem> unchanged; // used as they are
    std::vector<Stem> spliced;   // rendered again over the span, the parent's audio kept outside it
    Tick from = 0;
    Tick until = 0;
    StereoBuffer master; // the parent's song.wav; empty when it is not kept
};

// The default engine: composes symbolically, plays each part with its sound of the palette
// (SoundFonts, sampled kits, Cadenza's synthesizers) and mixes it as the genre wants, so it
// needs no model download.
class SymbolicEngine final : public Engine {
  public:
    static constexpr const char* kName = "symbolic";
    static constexpr const char* kVersion = "1.0.0";

    explicit SymbolicEngine(const Catalog& catalog, RenderSettings settings = {});

    std::string name() const override { return kName; }
    std::string title() const override { return "Symbolic composer"; }
    std::string version() const override { return kVersion; }
    EngineCapabilities capabilities() const override;
    EngineStatus status() const override;

    // compose -> render stems -> stage gain -> mix -> master. Progress stages: "compose",
    // "render", "master", reported from the calling thread. Throws OperationCancelled when
    // `cancel` is set.
    Song generate(const StyleSpec& spec, const ProgressCallback& progress, const CancelToken& cancel,
                  const PartsReady& whileMastering = {}) const override;
    // render -> stage gain -> mix -> master, for a score already written (a re-arrangement,
    // an edit). What `parent` holds (an edit's parent's levels and stems) is kept.
    Song perform(const StyleSpec& spec, Score score, const ProgressCallback& progress, const CancelToken& cancel,
                 const PartsReady& whileMastering = {}, const EditBase& parent = {}) const;

    const RenderSettings& renderSettings() const { return settings_; }

  private:
    const Catalog& catalog_;
    RenderSettings settings_;
};

} // namespace cadenza
