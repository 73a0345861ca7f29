// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "base/ResourcePaths.h"
#include "prompt/Interpret.h"

#include <atomic>
#include <chrono>
#include <thread>

namespace cadenza::test {

const Catalog& catalog() {
    static const Catalog loaded = Catalog::load(resourceDirectory());
    return loaded;
}

StyleSpec spec(const std::string& prompt, double duration, std::uint64_t seed, StyleOverrides overrides) {
    overrides.duration = duration;
    overrides.seed = seed;
    return interpret(prompt, overrides, catalog());
}

CancelOutcome cancelPartway(const std::function<void(const ProgressCallback&, const CancelToken&)>& work,
                            double afterSeconds) {
    using Clock = std::chrono::steady_clock;
    CancelToken cancel;
    std::atomic<double> lastProgress{0};
    std::atomic<bool> done{false};
    std::atomic<Clock::rep> cancelledAt{0};
    CancelOutcome outcome;
    std::jthread canceller([&] {
        const auto until = Clock::now() + std::chrono::duration<double>(afterSeconds);
        while (!done && Clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        if (done)
            return;
        outcome.progressBefore = lastProgress.load();
        cancelledAt = Clock::now().time_since_epoch().count();
        cancel.cancel();
    });
    try {
        work([&](std::string_view, double fraction) { lastProgress = fraction; }, cancel);
        outcome.finished = true;
    } catch (const OperationCancelled&) {
        outcome.threwCancelled = true;
    }
    const auto returned = Clock::now();
    done = true;
    canceller.join();
    if (outcome.threwCancelled)
        outcome.secondsToStop =
            std::chrono::duration<double>(returned - Clock::time_point(Clock::duration(cancelledAt.load()))).count();
    return outcome;
}

double cancelDeadlineSeconds() {
#ifdef CADENZA_SANITIZED
    return 2.0;
#else
    return 0.5;
#endif
}

std::string cancelProblem(const CancelOutcome& outcome) {
    if (outcome.finished)
        return "it finished before the cancel: give it longer work";
    if (!outcome.threwCancelled)
        return "it did not stop with OperationCancelled";
    if (outcome.secondsToStop >= cancelDeadlineSeconds())
        return "it stopped " + std::to_string(outcome.secondsToStop) + " s after the cancel";
    return {};
}

} // namespace cadenza::test
