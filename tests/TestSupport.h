// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Progress.h"
#include "music/Catalog.h"
#include "music/StyleSpec.h"

#include <functional>
#include <string>

namespace cadenza::test {

// The catalog the binaries use (build/share/cadenza), loaded once per test program.
const Catalog& catalog();

// A spec for `prompt` with a fixed seed and the given duration.
StyleSpec spec(const std::string& prompt, double duration, std::uint64_t seed = 1, StyleOverrides overrides = {});

// What happened when a long operation was cancelled partway through.
struct CancelOutcome {
    bool threwCancelled = false; // it stopped with OperationCancelled
    bool finished = false;       // it ran to the end: the cancel came too late to tell
    double progressBefore = 0;   // the last progress it reported before the cancel
    double secondsToStop = 0;    // from the cancel to its return
};

// Runs `work` and cancels its token from another thread `afterSeconds` into it, as the
// studio's Cancel button would, measuring how long the work takes to notice.
CancelOutcome cancelPartway(const std::function<void(const ProgressCallback&, const CancelToken&)>& work,
                            double afterSeconds);

// How soon a cancelled operation must stop: 0.5 s, the studio's promise; sanitizer builds,
// which run the same code several times slower, get 2 s.
double cancelDeadlineSeconds();

// What was wrong with a cancel partway through: it finished first (the work was too short
// to tell), it did not throw OperationCancelled, or it stopped after the deadline. Empty
// when it stopped in time.
std::string cancelProblem(const CancelOutcome& outcome);

} // namespace cadenza::test
