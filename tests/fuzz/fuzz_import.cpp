// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target over the path a dropped file takes: the header check, decoding and
// resampling (libsndfile, libsamplerate), then the whole analysis. A refusal (UserError)
// is a correct outcome; a crash, a sanitizer report, a hang or runaway memory is a finding.
//
//   build-fuzz/bin/fuzz-seeds corpus
//   build-fuzz/bin/fuzz-import -max_total_time=120 -rss_limit_mb=2048 -timeout=30 corpus
//
// Keep every input it finds in tests/fuzz/regressions/: test_fuzz_regressions runs them
// through cadenza-cli analyze in every build.

#include "analysis/Analysis.h"
#include "audio/AudioImport.h"
#include "base/UserError.h"

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

// The decoder reads files, so each input is written to one in memory-backed /dev/shm.
const std::filesystem::path& inputFile() {
    static const std::filesystem::path file =
        std::filesystem::path(std::filesystem::exists("/dev/shm") ? "/dev/shm" : "/tmp") /
        ("cadenza-fuzz-" + std::to_string(::getpid()));
    return file;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    {
        std::ofstream out(inputFile(), std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    try {
        // A minute at most, as the mutation test's files: the analysis of longer audio
        // costs time without reaching new code.
        cadenza::ImportLimits limits;
        limits.maxSeconds = 60;
        cadenza::probeAudio(inputFile(), limits);
        const auto audio = cadenza::importAudio(inputFile(), 44100, limits);
        const auto analysis = cadenza::analyzeAudio(audio);
        static_cast<void>(cadenza::analysisToJson(analysis));
    } catch (const cadenza::UserError&) {
        // refused: what a hostile file should get
    }
    return 0;
}
