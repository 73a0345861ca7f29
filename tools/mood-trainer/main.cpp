// SPDX-License-Identifier: GPL-3.0-or-later
// mood-trainer: trains Cadenza's mood classifier on songs the engine makes, and writes
// models/mood/ (model.safetensors and manifest.json).
//
//   mood-trainer [--songs-per-mood N] [--seconds S] [--epochs E] [--seed X] --out DIR
//
// No labelled mood dataset can be downloaded here, so the labels are the moods the
// composer was asked for. So that the model cannot learn a shortcut, every song's genre is
// drawn at random, independently of its mood (a "sad" song is as likely to be techno as a
// ballad), and seeds vary the rest. Every fifth song of each mood is held out; the manifest
// records the held-out accuracy and confusion matrix, and the exact command.

#include "analysis/Analysis.h"
#include "base/Random.h"
#include "base/ResourcePaths.h"
#include "engines/SymbolicEngine.h"
#include "ml/ModuleWeights.h"
#include "ml/MoodClassifier.h"
#include "ml/MoodNet.h"
#include "ml/SafeTensors.h"
#include "music/Catalog.h"
#include "prompt/Interpret.h"

#include <nlohmann/json.hpp>

#include <torch/nn/functional/loss.h>
#include <torch/optim/adam.h>
#include <torch/utils.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace {

using namespace cadenza;

struct Example {
    std::vector<float> features;
    int label = 0;
    float valence = 0, arousal = 0;
    std::string genre;
};

struct Options {
    int songsPerMood = 40;
    double seconds = 20;
    int epochs = 600;
    int hidden = 64;
    double weightDecay = 1e-3;
    std::uint64_t seed = 20261121;
    std::string out;
    std::string command;
};

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 0; i < argc; ++i)
        o.command += (i ? " " : "") + std::string(i == 0 ? "mood-trainer" : argv[i]);
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i], value = argv[i + 1];
        if (flag == "--songs-per-mood")
            o.songsPerMood = std::stoi(value);
        else if (flag == "--seconds")
            o.seconds = std::stod(value);
        else if (flag == "--epochs")
            o.epochs = std::stoi(value);
        else if (flag == "--hidden")
            o.hidden = std::stoi(value);
        else if (flag == "--weight-decay")
            o.weightDecay = std::stod(value);
        else if (flag == "--seed")
            o.seed = std::stoull(value);
        else if (flag == "--out")
            o.out = value;
        else
            throw std::runtime_error("unknown option " + flag);
    }
    if (o.out.empty())
        throw std::runtime_error("usage: mood-trainer [--songs-per-mood N] [--seconds S] [--epochs E] [--hidden H] "
                                 "[--weight-decay W] [--seed X] --out DIR");
    return o;
}

torch::Tensor featureMatrix(const std::vector<Example>& examples) {
    std::vector<float> flat;
    for (const auto& e : examples)
        flat.insert(flat.end(), e.features.begin(), e.features.end());
    return torch::tensor(flat).reshape({static_cast<std::int64_t>(examples.size()), kMoodFeatureCount});
}

} // namespace

int main(int argc, char** argv) try {
    const Options options = parse(argc, argv);
    const Catalog catalog = Catalog::load(resourceDirectory());
    const SymbolicEngine engine(catalog, RenderSettings{});
    Random random(options.seed);

    // 1. The labelled set: songs made by the engine, analysed as any recording would be.
    //    The features are kept in DIR/features.jsonl, so training again reuses them.
    std::vector<Example> train, heldOut;
    const auto started = std::chrono::steady_clock::now();
    const auto cache = std::filesystem::path(options.out) / "features.jsonl";
    std::filesystem::create_directories(options.out);
    if (std::ifstream cached(cache); cached) {
        for (std::string line; std::getline(cached, line);) {
            const auto j = nlohmann::json::parse(line);
            Example e{j["features"].get<std::vector<float>>(), j["label"], j["valence"], j["arousal"], j["genre"]};
            (j["held_out"].get<bool>() ? heldOut : train).push_back(std::move(e));
        }
        std::fprintf(stderr, "%zu songs' features from %s\n", train.size() + heldOut.size(), cache.c_str());
    }
    std::ofstream record;
    if (train.empty())
        record.open(cache);
    for (std::size_t m = 0; m < catalog.moods.size() && record.is_open(); ++m) {
        const auto& mood = catalog.moods[m];
        for (int i = 0; i < options.songsPerMood; ++i) {
            const auto& genre = random.pick(catalog.genres);
            const StyleSpec spec = interpret(
                "music", {.genre = genre.id, .mood = mood.id, .duration = options.seconds, .seed = random.next() >> 11},
                catalog);
            const Song song = engine.generate(spec, {}, CancelToken());
            Example example{moodFeatures(analyzeAudio(song.master.audio)), static_cast<int>(m),
                            static_cast<float>(mood.valence), static_cast<float>(mood.arousal), genre.id};
            record << nlohmann::json{{"features", example.features}, {"label", example.label},
                                     {"valence", example.valence},   {"arousal", example.arousal},
                                     {"genre", example.genre},       {"held_out", i % 5 == 4}}
                          .dump()
                   << "\n";
            (i % 5 == 4 ? heldOut : train).push_back(std::move(example));
        }
        std::fprintf(stderr, "%-10s %d songs (%.0f s so far)\n", mood.id.c_str(), options.songsPerMood,
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    }

    // 2. Training: full batches, Adam, cross-entropy on the label plus the squared error of
    //    valence and arousal against the mood's place in the catalog.
    torch::manual_seed(options.seed);
    std::vector<std::string> labels;
    for (const auto& mood : catalog.moods)
        labels.push_back(mood.id);
    MoodNet net(kMoodFeatureCount, static_cast<int>(labels.size()), options.hidden);
    const auto x = featureMatrix(train);
    {
        const torch::NoGradGuard noGrad;
        net->mean.copy_(x.mean(0));
        net->deviation.copy_(x.std(0).clamp_min(1e-4));
    }
    std::vector<std::int64_t> trainLabels;
    std::vector<float> trainAffect;
    for (const auto& e : train) {
        trainLabels.push_back(e.label);
        trainAffect.insert(trainAffect.end(), {e.valence, e.arousal});
    }
    const auto y = torch::tensor(trainLabels);
    const auto affect = torch::tensor(trainAffect).reshape({static_cast<std::int64_t>(train.size()), 2});
    torch::optim::Adam optimiser(net->parameters(), torch::optim::AdamOptions(3e-3).weight_decay(options.weightDecay));
    net->train();
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        optimiser.zero_grad();
        const auto out = net->forward(x);
        const auto loss = torch::nn::functional::cross_entropy(out.logits, y) + torch::mse_loss(out.affect, affect);
        loss.backward();
        optimiser.step();
        if (epoch % 100 == 0 || epoch + 1 == options.epochs)
            std::fprintf(stderr, "epoch %4d loss %.4f\n", epoch, loss.item<double>());
    }

    // 3. Held-out evaluation.
    net->eval();
    const torch::NoGradGuard noGrad;
    const auto out = net->forward(featureMatrix(heldOut));
    const auto predicted = out.logits.argmax(1);
    std::vector<std::vector<int>> confusion(labels.size(), std::vector<int>(labels.size(), 0));
    int correct = 0;
    double affectError = 0;
    for (std::size_t i = 0; i < heldOut.size(); ++i) {
        const auto guess = predicted[static_cast<std::int64_t>(i)].item<std::int64_t>();
        ++confusion[static_cast<std::size_t>(heldOut[i].label)][static_cast<std::size_t>(guess)];
        correct += guess == heldOut[i].label;
        affectError += std::abs(out.affect[static_cast<std::int64_t>(i)][0].item<double>() - heldOut[i].valence) +
                       std::abs(out.affect[static_cast<std::int64_t>(i)][1].item<double>() - heldOut[i].arousal);
    }
    const double accuracy = static_cast<double>(correct) / static_cast<double>(heldOut.size());
    std::printf("held-out accuracy %.3f (%d of %zu; chance %.3f), valence/arousal mean absolute error %.3f\n", accuracy,
                correct, heldOut.size(), 1.0 / static_cast<double>(labels.size()),
                affectError / (2.0 * static_cast<double>(heldOut.size())));
    std::printf("%-10s", "truth\\said");
    for (const auto& l : labels)
        std::printf(" %5.5s", l.c_str());
    std::printf("\n");
    for (std::size_t t = 0; t < labels.size(); ++t) {
        std::printf("%-10s", labels[t].c_str());
        for (const int n : confusion[t])
            std::printf(" %5d", n);
        std::printf("\n");
    }

    // 4. The model folder.
    writeSafeTensors(std::filesystem::path(options.out) / "model.safetensors", moduleWeights(*net),
                     {{"feature_set", kMoodFeatureSet}});
    const nlohmann::json manifest{
        {"name", "mood"},
        {"kind", "mood"},
        {"version", "1"},
        {"feature_set", kMoodFeatureSet},
        {"features", kMoodFeatureCount},
        {"hidden", options.hidden},
        {"labels", labels},
        {"files", {"model.safetensors"}},
        {"training",
         {{"command", options.command},
          {"data", "songs rendered by Cadenza's symbolic engine, labelled by the mood it was asked for; genre drawn "
                   "at random for each song, independently of the mood; synthetic music only"},
          {"songs", train.size() + heldOut.size()},
          {"seconds_per_song", options.seconds},
          {"train", train.size()},
          {"held_out", heldOut.size()},
          {"epochs", options.epochs},
          {"weight_decay", options.weightDecay},
          {"seed", options.seed}}},
        {"held_out_accuracy", accuracy},
        {"held_out_affect_mae", affectError / (2.0 * static_cast<double>(heldOut.size()))},
        {"confusion_matrix", confusion},
    };
    std::ofstream(std::filesystem::path(options.out) / "manifest.json") << manifest.dump(2) << "\n";
    return 0;
} catch (const std::exception& e) {
    std::fprintf(stderr, "mood-trainer: %s\n", e.what());
    return 1;
}
