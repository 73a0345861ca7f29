// SPDX-License-Identifier: GPL-3.0-or-later
#include "ml/HTDemucsSeparator.h"

#include "ml/Device.h"
#include "ml/ModelRegistry.h"
#include "ml/ModuleWeights.h"
#include "ml/SafeTensors.h"
#include "ml/TorchCheckpoint.h"

#include <nlohmann/json.hpp>

#include <torch/nn/functional/padding.h>
#include <torch/utils.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace cadenza {

namespace F = torch::nn::functional;

namespace {

// A stretch of a longer signal (demucs' TensorChunk): its windows reach into the real
// samples around it.
struct Stretch {
    const torch::Tensor& signal; // [channels, total]
    std::int64_t offset = 0, length = 0;
};

// `target` samples centred on the stretch: real samples where the signal has them, zeros
// beyond its ends (TensorChunk.padded).
torch::Tensor window(const Stretch& s, std::int64_t target) {
    const auto total = s.signal.size(-1);
    const auto start = s.offset - (target - s.length) / 2, end = start + target;
    const auto from = std::max<std::int64_t>(0, start), to = std::min(total, end);
    return F::pad(s.signal.narrow(-1, from, to - from), F::PadFuncOptions({from - start, end - to}));
}

// Counts segments done across every pass, for progress.
struct Progress {
    const HTDemucsRun& run;
    std::int64_t done = 0, total = 1;
    void step() {
        ++done;
        if (run.progress)
            run.progress("separate", static_cast<double>(done) / static_cast<double>(total));
    }
};

std::int64_t segmentsOf(std::int64_t length, std::int64_t stride) {
    return (length + stride - 1) / stride;
}

// The split pass of apply_model over one stretch -> [sources, channels, length].
torch::Tensor applySplit(HTDemucs& model, const Stretch& s, const HTDemucsRun& run, Progress& progress) {
    const auto& c = model->config;
    const auto segment = c.trainingLength;
    const auto stride = static_cast<std::int64_t>((1 - run.overlap) * static_cast<double>(segment));
    const auto device = model->encoder->parameters().front().device();
    // Triangular cross-fade weights, peak 1.
    const auto rising = torch::arange(1, segment / 2 + 1, torch::kFloat);
    const auto falling = torch::arange(segment - segment / 2, 0, -1, torch::kFloat);
    auto weight = torch::cat({rising, falling});
    weight = weight / weight.max();
    const auto sources = static_cast<std::int64_t>(c.sources.size());
    auto out = torch::zeros({sources, s.signal.size(0), s.length});
    auto sumWeight = torch::zeros({s.length});
    for (std::int64_t offset = 0; offset < s.length; offset += stride) {
        run.cancel.throwIfCancelled();
        const auto chunkLength = std::min(segment, s.length - offset);
        const auto input = window({s.signal, s.offset + offset, chunkLength}, segment);
        auto estimate = model->forward(input.unsqueeze(0).to(device), run.cancel)[0].to(torch::kCPU);
        const auto trim = segment - chunkLength; // centre_trim back to the chunk
        estimate = estimate.narrow(-1, trim / 2, chunkLength);
        const auto w = weight.narrow(0, 0, chunkLength);
        out.narrow(-1, offset, chunkLength).add_(w * estimate);
        sumWeight.narrow(0, offset, chunkLength).add_(w);
        progress.step();
    }
    return out / sumWeight;
}

// One model over the whole mix: once, or once per shift (an offset into the mix padded by
// half a second either side), the passes averaged.
torch::Tensor applyOne(HTDemucs& model, const torch::Tensor& mix, const std::vector<std::int64_t>& shifts,
                       const HTDemucsRun& run, Progress& progress) {
    const auto length = mix.size(-1);
    if (shifts.empty())
        return applySplit(model, {mix, 0, length}, run, progress);
    const std::int64_t maxShift = model->config.samplerate / 2;
    const auto padded = window({mix, 0, length}, length + 2 * maxShift);
    torch::Tensor sum;
    for (const auto offset : shifts) {
        const auto shifted = applySplit(model, {padded, offset, length + maxShift - offset}, run, progress);
        const auto aligned = shifted.narrow(-1, maxShift - offset, length);
        sum = sum.defined() ? sum + aligned : aligned;
    }
    return sum / static_cast<double>(shifts.size());
}

// The numbers of a YAML flow list ("[1., 0., 0.]"), or its quoted strings, nested one level.
std::vector<std::string> flowItems(const std::string& text) {
    std::vector<std::string> items;
    std::string item;
    for (const char ch : text) {
        if (ch == '[' || ch == ']' || ch == ',' || ch == '\'' || ch == '"' ||
            std::isspace(static_cast<unsigned char>(ch))) {
            if (!item.empty())
                items.push_back(item);
            item.clear();
            if (ch == ']')
                items.emplace_back("]");
        } else {
            item += ch;
        }
    }
    return items;
}

// A bag's description (demucs/remote/*.yaml): "models: ['id', ...]" and optionally
// "weights: [[...], ...]".
struct BagFile {
    std::vector<std::string> models;
    std::vector<std::vector<double>> weights;
};

BagFile readBagFile(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    const auto all = text.str();
    const auto section = [&](const std::string& key) {
        const auto at = all.find(key + ":");
        if (at == std::string::npos)
            return std::string();
        const auto from = at + key.size() + 1;
        auto end = all.find('\n', from);
        // A flow list may run over several lines: up to the bracket that closes it.
        if (const auto open = all.find('[', from); open != std::string::npos && open < end) {
            int depth = 0;
            for (end = open; end < all.size(); ++end) {
                depth += all[end] == '[' ? 1 : all[end] == ']' ? -1 : 0;
                if (depth == 0)
                    break;
            }
        }
        return all.substr(from, end - from + 1);
    };
    BagFile bag;
    for (const auto& item : flowItems(section("models")))
        if (item != "]")
            bag.models.push_back(item);
    std::vector<double> row;
    for (const auto& item : flowItems(section("weights"))) {
        if (item == "]") {
            if (!row.empty())
                bag.weights.push_back(row);
            row.clear();
        } else {
            row.push_back(std::stod(item));
        }
    }
    if (bag.models.empty())
        throw std::runtime_error(path.string() + " names no models");
    return bag;
}

HTDemucs loadSafeTensorsModel(const std::filesystem::path& folder) {
    std::ifstream in(folder / "config.json");
    if (!in)
        throw std::runtime_error((folder / "config.json").string() + " is missing");
    const auto config = nlohmann::json::parse(in, nullptr, false);
    if (config.is_discarded() || !config.contains("kwargs"))
        throw std::runtime_error((folder / "config.json").string() + " holds no HTDemucs kwargs");
    const auto path = folder / "model.safetensors";
    return buildHTDemucs(config["kwargs"], readSafeTensors(path).tensors, path.string());
}

HTDemucs loadCheckpointModel(const std::filesystem::path& path) {
    auto checkpoint = readTorchCheckpoint(path);
    if (checkpoint.klass != "demucs.htdemucs.HTDemucs")
        throw std::runtime_error(path.string() + " holds a " + checkpoint.klass + ", not an HTDemucs");
    return buildHTDemucs(checkpoint.kwargs, std::move(checkpoint.state), path.string());
}

} // namespace

HTDemucs buildHTDemucs(const nlohmann::json& kwargs, std::map<std::string, torch::Tensor> state,
                       const std::string& source) {
    HTDemucsConfig config;
    try {
        config = htdemucsConfig(kwargs);
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(source + ": the HTDemucs configuration cannot be read (" + e.what() + ")");
    }
    HTDemucs model(config);
    assignModuleWeights(*model, std::move(state), source);
    model->eval();
    return model;
}

HTDemucs buildHTDemucsRandom(const nlohmann::json& kwargs) {
    HTDemucs model(htdemucsConfig(kwargs));
    model->eval();
    return model;
}

HTDemucsBag loadHTDemucs(const std::filesystem::path& folder, c10::Device device) {
    HTDemucsBag bag;
    if (std::filesystem::exists(folder / "model.safetensors")) {
        bag.models.push_back(loadSafeTensorsModel(folder));
    } else {
        const auto checkpoints = torchCheckpointFiles(folder);
        std::vector<std::filesystem::path> bagFiles;
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            if (entry.path().extension() == ".yaml")
                bagFiles.push_back(entry.path());
        if (checkpoints.empty())
            throw std::runtime_error(folder.string() + " holds neither model.safetensors nor a .th checkpoint");
        if (bagFiles.size() == 1) {
            // The bag names each model by the start of its file's name ("f7e0c4bc" for
            // f7e0c4bc-ba3fe64a.th).
            const auto described = readBagFile(bagFiles.front());
            for (const auto& id : described.models) {
                const auto found = std::find_if(checkpoints.begin(), checkpoints.end(), [&](const auto& path) {
                    return path.filename().string().rfind(id, 0) == 0;
                });
                if (found == checkpoints.end())
                    throw std::runtime_error(bagFiles.front().string() + " names the model " + id +
                                             ", whose .th file is not in " + folder.string());
                bag.models.push_back(loadCheckpointModel(*found));
            }
            bag.weights = described.weights;
        } else {
            for (const auto& path : checkpoints)
                bag.models.push_back(loadCheckpointModel(path));
        }
    }
    const auto& first = bag.config();
    for (const auto& model : bag.models)
        if (model->config.sources != first.sources || model->config.samplerate != first.samplerate ||
            model->config.audioChannels != first.audioChannels)
            throw std::runtime_error(folder.string() + ": the models of the bag separate different sources");
    if (bag.weights.empty())
        bag.weights.assign(bag.models.size(), std::vector<double>(first.sources.size(), 1.0));
    if (bag.weights.size() != bag.models.size() ||
        std::any_of(bag.weights.begin(), bag.weights.end(),
                    [&](const auto& row) { return row.size() != first.sources.size(); }))
        throw std::runtime_error(folder.string() + ": the bag's weights do not match its models and sources");
    if (device.is_cuda()) {
        std::int64_t bytes = 0;
        for (const auto& model : bag.models)
            for (const auto& parameter : model->parameters())
                bytes += parameter.numel() * static_cast<std::int64_t>(parameter.element_size());
        requireRoomFor(bytes, device, folder.filename().string());
    }
    for (auto& model : bag.models)
        model->to(device);
    return bag;
}

torch::Tensor applyHTDemucs(HTDemucsBag& bag, const torch::Tensor& mix, const HTDemucsRun& run) {
    const torch::NoGradGuard noGrad;
    const auto& config = bag.config();
    const auto stride = static_cast<std::int64_t>((1 - run.overlap) * static_cast<double>(config.trainingLength));
    if (stride <= 0 || run.overlap < 0)
        throw std::invalid_argument("HTDemucs: the overlap must lie in [0, 1)");
    const auto length = mix.size(-1);
    // The models that count (one whose weight is zero for every source adds nothing), and
    // each one's shifts, drawn first so that progress counts every segment in advance.
    std::mt19937 random(run.shiftSeed);
    const std::int64_t maxShift = config.samplerate / 2;
    Progress progress{run};
    progress.total = 0;
    std::vector<std::vector<std::int64_t>> shifts(bag.models.size());
    std::vector<bool> counts(bag.models.size());
    for (std::size_t m = 0; m < bag.models.size(); ++m) {
        counts[m] = std::any_of(bag.weights[m].begin(), bag.weights[m].end(), [](double w) { return w != 0; });
        if (!counts[m])
            continue;
        for (int i = 0; i < run.shifts; ++i)
            shifts[m].push_back(std::uniform_int_distribution<std::int64_t>(0, maxShift)(random));
        progress.total += shifts[m].empty() ? segmentsOf(length, stride) : 0;
        for (const auto offset : shifts[m])
            progress.total += segmentsOf(length + maxShift - offset, stride);
    }
    const auto sources = static_cast<std::int64_t>(config.sources.size());
    auto estimates = torch::zeros({sources, mix.size(0), length});
    std::vector<double> totals(static_cast<std::size_t>(sources), 0.0);
    for (std::size_t m = 0; m < bag.models.size(); ++m) {
        if (!counts[m])
            continue;
        const auto& weights = bag.weights[m];
        const auto out = applyOne(bag.models[m], mix, shifts[m], run, progress);
        for (std::int64_t s = 0; s < sources; ++s) {
            const auto w = weights[static_cast<std::size_t>(s)];
            estimates[s].add_(out[s] * w);
            totals[static_cast<std::size_t>(s)] += w;
        }
    }
    for (std::int64_t s = 0; s < sources; ++s)
        estimates[s].div_(totals[static_cast<std::size_t>(s)]);
    return estimates;
}

SeparatedStems separateWithHTDemucs(const StereoBuffer& mix, HTDemucsBag& bag, const HTDemucsRun& run) {
    const auto& config = bag.config();
    if (mix.sampleRate != config.samplerate)
        throw std::runtime_error("HTDemucs separates audio at " + std::to_string(config.samplerate) + " Hz");
    const auto frames = static_cast<std::int64_t>(mix.frames());
    auto audio = torch::empty({2, frames});
    std::copy(mix.left.begin(), mix.left.end(), audio[0].data_ptr<float>());
    std::copy(mix.right.begin(), mix.right.end(), audio[1].data_ptr<float>());
    if (config.audioChannels == 1)
        audio = audio.mean(0, true);
    const auto mono = audio.mean(0);
    const auto mean = mono.mean(), deviation = mono.std() + 1e-8;
    auto separated = applyHTDemucs(bag, (audio - mean) / deviation, run) * deviation + mean;
    if (config.audioChannels == 1)
        separated = separated.expand({-1, 2, -1});
    separated = separated.contiguous();

    SeparatedStems out;
    for (auto& stem : out.stems) {
        stem.sampleRate = mix.sampleRate;
        stem.left.assign(static_cast<std::size_t>(frames), 0.0F);
        stem.right.assign(static_cast<std::size_t>(frames), 0.0F);
    }
    const auto indexOf = [](const std::string& name) {
        return static_cast<std::size_t>(std::find(SeparatedStems::kNames.begin(), SeparatedStems::kNames.end(), name) -
                                        SeparatedStems::kNames.begin());
    };
    for (std::size_t s = 0; s < config.sources.size(); ++s) {
        const auto named = indexOf(config.sources[s]);
        auto& stem = out.stems[named < SeparatedStems::kNames.size() ? named : indexOf("other")];
        const auto source = separated[static_cast<std::int64_t>(s)];
        const float* left = source[0].data_ptr<float>();
        const float* right = source[1].data_ptr<float>();
        for (std::size_t i = 0; i < stem.left.size(); ++i) {
            stem.left[i] += left[i];
            stem.right[i] += right[i];
        }
    }
    return out;
}

} // namespace cadenza
