// SPDX-License-Identifier: GPL-3.0-or-later
// musicgen-bench [SECONDS] [MODEL_FOLDER]
//
// How fast MusicGen runs here, per decoding step and as a real-time factor, for a model of
// the published musicgen-small size (T5-base text encoder, a 24-layer 1024-wide decoder
// over 4 codebooks, the 32 kHz EnCodec decoder). Without MODEL_FOLDER it writes such a
// checkpoint with random weights to a temporary folder first: the speed of the arithmetic
// does not depend on the values. Its tokenizer is trained by Debian's spm_train.
//
// It generates twice: batch 2 (classifier-free guidance, the default) and batch 1 (guidance
// off). The baseline, in the same run: decoding without the key/value cache, where every step
// runs the decoder over the whole sequence so far. The bench times that for the last step
// of the song and prints the ratio.

#include "base/ProcessInfo.h"
#include "ml/Device.h"
#include "ml/ModuleWeights.h"
#include "ml/MusicgenModel.h"
#include "ml/SafeTensors.h"

#include <torch/utils.h>

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>

namespace {

using namespace cadenza;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The published facebook/musicgen-small configuration (transformers' config.json).
const char* kSmallConfig = R"({
  "model_type": "musicgen",
  "text_encoder": {"model_type": "t5", "vocab_size": 32128, "d_model": 768, "d_kv": 64, "d_ff": 3072,
                   "num_layers": 12, "num_heads": 12, "relative_attention_num_buckets": 32,
                   "relative_attention_max_distance": 128, "feed_forward_proj": "relu"},
  "decoder": {"model_type": "musicgen_decoder", "vocab_size": 2048, "hidden_size": 1024,
              "num_hidden_layers": 24, "num_attention_heads": 16, "ffn_dim": 4096,
              "max_position_embeddings": 2048, "num_codebooks": 4, "audio_channels": 1,
              "pad_token_id": 2048, "activation_function": "gelu"},
  "audio_encoder": {"model_type": "encodec", "sampling_rate": 32000, "audio_channels": 1, "hidden_size": 128,
                    "num_filters": 64, "num_residual_layers": 1, "upsampling_ratios": [8, 5, 4, 4],
                    "codebook_size": 2048, "num_lstm_layers": 2, "target_bandwidths": [2.2],
                    "norm_type": "weight_norm", "use_causal_conv": false}
})";

std::filesystem::path writeRandomSmall() {
    const auto folder = std::filesystem::temp_directory_path() / "cadenza-musicgen-bench";
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "config.json") << kSmallConfig;
    const auto start = Clock::now();
    {
        const MusicgenNet net(parseMusicgenConfig(kSmallConfig)); // libtorch's default initialisation
        writeSafeTensors(folder / "model.safetensors", moduleWeights(*net));
    }
    {
        std::ofstream corpus(folder / "corpus.txt");
        for (int i = 0; i < 50; ++i)
            corpus << "an energetic house track with a driving bass line at 124 bpm\n"
                   << "calm piano music for a rainy night, slow and warm, in A minor\n";
    }
    const std::string train =
        "spm_train --input=" + (folder / "corpus.txt").string() + " --model_prefix=" + (folder / "spiece").string() +
        " --vocab_size=60 --hard_vocab_limit=false --pad_id=0 --eos_id=1 --unk_id=2 --bos_id=-1 --minloglevel=2"
        " > /dev/null 2>&1";
    if (std::system(train.c_str()) != 0)
        throw std::runtime_error("spm_train failed (Debian's sentencepiece package has it)");
    std::printf("wrote a random musicgen-small checkpoint in %.1f s: %s\n", secondsSince(start), folder.c_str());
    return folder;
}

} // namespace

int main(int argc, char** argv) {
    // As the programs run models (engine/MlPlugin): one OpenBLAS thread, libtorch
    // parallelising each operation itself. OpenBLAS reads it when it loads, before main()
    // here, so the bench runs itself again with it set.
    if (!std::getenv("OPENBLAS_NUM_THREADS")) {
        ::setenv("OPENBLAS_NUM_THREADS", "1", 1);
        ::execv("/proc/self/exe", argv);
    }
    try {
        const double seconds = argc > 1 ? std::atof(argv[1]) : 5.0;
        const bool own = argc <= 2;
        const std::filesystem::path folder = own ? writeRandomSmall() : std::filesystem::path(argv[2]);

        resetPeakResident();
        const auto before = residentBytes();
        auto start = Clock::now();
        MusicgenModel model(folder, true);
        const double load = secondsSince(start);
        const double weights = static_cast<double>(model.weightBytes()) / (1024.0 * 1024.0);
        const double loadPeak = static_cast<double>(peakResidentBytes() - before) / (1024.0 * 1024.0);
        std::printf("loaded in %.1f s on %s: %.0f MB of weights; the load's peak resident memory %.0f MB (%.2fx the "
                    "weights)\n",
                    load, describeDevice(model.device()).c_str(), weights, loadPeak, loadPeak / weights);

        MusicgenRequest request;
        request.text = "an energetic house track with a driving bass line";
        request.seconds = seconds;
        request.seed = 1;
        std::map<std::string, Clock::time_point> began;
        request.onStage = [&](const std::string& stage) { began[stage] = Clock::now(); };
        // Batch 2: with classifier-free guidance (the default), a conditional and an
        // unconditional row; batch 1: guidance off.
        double cachedStep = 0;
        std::int64_t steps = 0;
        for (const double guidance : {3.0, 1.0}) {
            request.sampling.guidanceScale = guidance;
            start = Clock::now();
            const auto result = model.generate(request);
            const double whole = secondsSince(start);
            const double text = std::chrono::duration<double>(began["decode"] - began["text"]).count();
            const double decode = std::chrono::duration<double>(began["codec"] - began["decode"]).count();
            const double codec = std::chrono::duration<double>(Clock::now() - began["codec"]).count();
            steps = result.steps;
            const double perStep = decode / static_cast<double>(steps);
            if (guidance > 1)
                cachedStep = perStep;
            std::printf("batch %d, %.1f s of audio: text %.3f s; %lld decoding steps in %.1f s (%.1f ms a step, "
                        "%.2f steps/s, %.3fx real time); codec %.2f s (%.1fx real time); whole %.1f s (%.3fx real "
                        "time); peak memory %.0f MB\n",
                        guidance > 1 ? 2 : 1, seconds, text, static_cast<long long>(steps), decode, 1000.0 * perStep,
                        1.0 / perStep, seconds / decode, codec, seconds / codec, whole, seconds / whole,
                        static_cast<double>(result.peakResidentBytes) / (1024.0 * 1024.0));
        }

        // The baseline: the last step without a cache is the decoder over the whole sequence.
        const torch::NoGradGuard noGrad;
        const auto states = model.encodeText(request.text);
        const auto both = torch::cat({states, torch::zeros_like(states)});
        const auto codes = torch::randint(0, 2048, {2, 4, steps}, torch::kLong).to(model.device());
        start = Clock::now();
        model.net()->decoder->forward(codes, both);
        const double uncachedStep = secondsSince(start);
        std::printf("batch 2, last step without the cache: %.0f ms (%lld positions), %.1fx the cached step's average\n",
                    1000.0 * uncachedStep, static_cast<long long>(steps), uncachedStep / cachedStep);
        if (own)
            std::filesystem::remove_all(folder);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "musicgen-bench: %s\n", e.what());
        return 1;
    }
}
