// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audio/Stem.h"
#include "base/Progress.h"
#include "music/Catalog.h"
#include "music/Score.h"

#include <map>
#include <optional>
#include <vector>

namespace cadenza {

// Mixes the dry stems of a score the way its genre wants (GenreStyle::mix, from mix.json
// and the genre file). Each stem is first brought to the catalog's stem level, less what
// its part's volume takes off (40·log10(CC7 / 127) dB), so that the genre's volumes set
// the balance whatever the loudness of the sounds playing. Then it runs through its role's
// channel strip (high- and low-pass, shelves, a peak, a compressor where asked), with its
// reverb send (the role's space, at the part's CC91 level, run at half the sample rate) and
// its delay send (in beats at the score's tempo) added in, so that a stem carries its own
// room and still adds up with the others to the mix; then the roles of the sidechain duck
// under every kick of the score. A stem whose group is not a role of the genre is left as
// it is.
class StemMixer {
  public:
    StemMixer(const Score& score, const GenreStyle& genre, const Catalog& catalog, int sampleRate);

    // Mixes one stem in place. Stems may be mixed on several threads at once. Throws
    // OperationCancelled within a block of a cancel.
    // `levelDb` is the gain that brings the stem to its part's level, when known (an edit
    // keeps its parent's); otherwise it is measured. Returns it.
    double mix(Stem& stem, const CancelToken& cancel, std::optional<double> levelDb = std::nullopt) const;

  private:
    const GenreStyle& genre_;
    const Catalog& catalog_;
    int tempo_;
    std::map<std::string, int> volumes_;     // group -> the part's CC7
    std::map<std::string, int> reverbSends_; // group -> the part's CC91
    std::vector<float> duck_;                // the sidechain's gain, frame by frame
};

// The sidechain's gain, frame by frame, for kicks at `kicks` (seconds): down by depthDb
// over 3 ms, back over releaseMs (exponentially, 90% of the way by then).
std::vector<float> sidechainGain(const std::vector<double>& kicks, std::size_t frames, int sampleRate,
                                 const Sidechain& sidechain);

} // namespace cadenza
