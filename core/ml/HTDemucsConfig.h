// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace cadenza {

// Hybrid Transformer Demucs (Rouard, Massa and Défossez 2023, demucs v4) as its constructor
// arguments describe it: the `kwargs` a published checkpoint stores, or the fixture's
// config.json. Names follow demucs.htdemucs.HTDemucs's arguments.
struct HTDemucsConfig {
    std::vector<std::string> sources{"drums", "bass", "other", "vocals"};
    int audioChannels = 2;
    int samplerate = 44100;
    std::int64_t trainingLength = 343980; // int(segment * samplerate): the published 39/5 s
    int channels = 48;
    int growth = 2;
    int nfft = 4096;
    int depth = 4;
    int kernelSize = 8;
    int stride = 4;
    int context = 1;    // the decoders' rewrite convolution reaches this far either side
    int contextEnc = 0; // the encoders'
    int normStarts = 4; // layers from this index on have group norms
    int normGroups = 4;
    int dconvMode = 1; // 1: residual branches in the encoders, 2: the decoders, 3: both
    int dconvDepth = 2;
    double dconvComp = 8;
    bool rewrite = true;
    double freqEmb = 0.2; // weight of the frequency embedding after the first layer; 0: none
    double embScale = 10;
    int bottomChannels = 0; // the transformer's width when not 0
    int tLayers = 5;
    double tHiddenScale = 4.0;
    int tHeads = 8;
    bool tNormIn = true;
    bool tNormOut = true;
    bool tLayerScale = true;
    bool tGelu = true;
    bool tCrossFirst = false;
    double tMaxPeriod = 10000.0;
    double tWeightPosEmbed = 1.0;

    int hopLength() const { return nfft / 4; }
    // Channels at the bottom of the encoders, before the transformer's own width.
    int deepestChannels() const;
    int transformerChannels() const { return bottomChannels ? bottomChannels : deepestChannels(); }
};

// Reads the constructor arguments (the kwargs dict as JSON; "segment" as a number, a
// "num/den" string or [num, den]). Throws std::runtime_error naming an option this port does
// not implement (anything the published htdemucs, htdemucs_ft and htdemucs_6s do not use:
// Wiener filtering instead of complex-as-channels, split frequency bands, sparse attention,
// other positional embeddings, a depth that merges the branches).
HTDemucsConfig htdemucsConfig(const nlohmann::json& kwargs);

} // namespace cadenza
