// SPDX-License-Identifier: GPL-3.0-or-later
// core/ml: the safetensors reader and writer (round trips, a file laid out by hand, and
// damaged headers refused with the tensor named), the model registry, and the mood
// classifier on a small randomly initialised model that the test makes and saves.

#include "ml/Device.h"
#include "ml/HTDemucsSeparator.h"
#include "ml/ModelRegistry.h"
#include "ml/ModuleWeights.h"
#include "ml/MoodClassifier.h"
#include "ml/MoodNet.h"
#include "ml/OpenUnmix.h"
#include "ml/SafeTensors.h"

#include "audio/AudioFile.h"
#include "base/ResourcePaths.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <torch/utils.h>

#include <cstdint>
#include <fstream>
#include <random>

using namespace cadenza;

namespace {

std::filesystem::path pathIn(const QTemporaryDir& dir, const std::string& name) {
    return std::filesystem::path(dir.path().toStdString()) / name;
}

// A safetensors file from a header and raw bytes, written as the format says.
void writeRaw(const std::filesystem::path& path, const std::string& header, const std::string& data) {
    std::ofstream out(path, std::ios::binary);
    const std::uint64_t size = header.size();
    out.write(reinterpret_cast<const char*>(&size), sizeof size);
    out << header << data;
}

template <typename Call> QString errorOf(Call call) {
    try {
        call();
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

void writeManifest(const std::filesystem::path& folder, const nlohmann::json& manifest) {
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "manifest.json") << manifest.dump();
}

AudioAnalysis someAnalysis() {
    AudioAnalysis a;
    a.duration = 30;
    a.tempo = 128;
    a.key = {9, Mode::Minor};
    a.keyConfidence = 0.2;
    a.modeStrength = -0.3;
    a.chroma = {0.1, 0.02, 0.08, 0.09, 0.1, 0.05, 0.03, 0.11, 0.04, 0.2, 0.08, 0.1};
    a.centroidHz = 1800;
    a.rolloffHz = 4200;
    a.flatness = 0.02;
    a.dissonance = 0.3;
    a.dynamics = 8;
    a.loudnessRange = 5;
    a.energyCurve.assign(300, 0.1f);
    for (std::size_t c = 0; c < a.mfccMean.size(); ++c) {
        a.mfccMean[c] = -100.0 / static_cast<double>(c + 1);
        a.mfccDeviation[c] = 10.0 / static_cast<double>(c + 1);
    }
    return a;
}

} // namespace

class MlTest : public QObject {
    Q_OBJECT

  private slots:
    void safetensorsRoundTrip() {
        QTemporaryDir dir;
        const auto path = pathIn(dir, "weights.safetensors");
        const std::map<std::string, torch::Tensor> tensors{
            {"a.weight", torch::randn({3, 4})},
            {"b.half", torch::randn({5}).to(torch::kFloat16)},
            {"c.bf16", torch::randn({2, 2}).to(torch::kBFloat16)},
            {"d.index", torch::arange(7, torch::kInt64)},
            {"e.scalar", torch::tensor(3.5f).reshape({})},
        };
        writeSafeTensors(path, tensors, {{"format", "pt"}});
        QVERIFY(!std::filesystem::exists(path.string() + ".part"));
        const auto read = readSafeTensors(path);
        QCOMPARE(read.tensors.size(), tensors.size());
        QCOMPARE(QString::fromStdString(read.metadata.at("format")), QString("pt"));
        for (const auto& [name, tensor] : tensors) {
            QCOMPARE(read.tensors.at(name).scalar_type(), tensor.scalar_type());
            QVERIFY2(torch::equal(read.tensors.at(name), tensor), name.c_str());
        }
        // The tensors are views of the mapped file: one outlives the rest, and writing into
        // it leaves the file as it was (copy-on-write).
        torch::Tensor kept = readSafeTensors(path).tensors.at("a.weight");
        QVERIFY(torch::equal(kept, tensors.at("a.weight")));
        kept.fill_(7);
        QVERIFY(torch::equal(readSafeTensors(path).tensors.at("a.weight"), tensors.at("a.weight")));
    }

    void readsAFileLaidOutByHand() {
        // Two F32 values and one I64, as the safetensors specification lays them out.
        QTemporaryDir dir;
        const auto path = pathIn(dir, "hand.safetensors");
        const float values[] = {1.5f, -2.0f};
        const std::int64_t index = 42;
        std::string data(reinterpret_cast<const char*>(values), sizeof values);
        data.append(reinterpret_cast<const char*>(&index), sizeof index);
        writeRaw(path,
                 R"({"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                 R"("n":{"dtype":"I64","shape":[],"data_offsets":[8,16]},"__metadata__":{"by":"hand"}})",
                 data);
        const auto read = readSafeTensors(path);
        QCOMPARE(read.tensors.at("x")[1].item<float>(), -2.0f);
        QCOMPARE(read.tensors.at("n").item<std::int64_t>(), std::int64_t{42});
        QCOMPARE(QString::fromStdString(read.metadata.at("by")), QString("hand"));
    }

    void damagedFilesAreRefusedNamingTheTensor() {
        QTemporaryDir dir;
        const auto path = pathIn(dir, "bad.safetensors");
        const std::string eight(8, '\0');
        writeRaw(path, R"({"w":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})", eight);
        QVERIFY(errorOf([&] { readSafeTensors(path); }).contains("tensor 'w' lies outside the file"));
        writeRaw(path, R"({"w":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", eight);
        QVERIFY(errorOf([&] { readSafeTensors(path); }).contains("tensor 'w' holds 8 bytes, but its shape needs 12"));
        writeRaw(path, R"({"w":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})", eight);
        QVERIFY(errorOf([&] { readSafeTensors(path); }).contains("impossible shape"));
        writeRaw(path, R"({"w":{"dtype":"Q4","shape":[2],"data_offsets":[0,8]}})", eight);
        QVERIFY(errorOf([&] { readSafeTensors(path); }).contains("unsupported dtype Q4"));
        writeRaw(path, "not json at all", eight);
        QVERIFY(errorOf([&] { readSafeTensors(path); }).contains("not JSON"));
        // A header length far beyond the file, and a file too short to hold one.
        std::ofstream(path, std::ios::binary | std::ios::trunc) << std::string("\xff\xff\xff\xff\xff\x00\x00\x00", 8);
        QVERIFY(errorOf([&] { readSafeTensors(path); }).contains("header length"));
        std::ofstream(path, std::ios::binary | std::ios::trunc) << "abc";
        QVERIFY(errorOf([&] { readSafeTensors(path); }).contains("too short"));
    }

    void registryFindsModelFolders() {
        QTemporaryDir shipped, user;
        const std::filesystem::path a = shipped.path().toStdString(), b = user.path().toStdString();
        const std::map<std::string, torch::Tensor> weights = {{"w", torch::zeros({64})}};
        writeManifest(a / "mood", {{"name", "mood"}, {"kind", "mood"}, {"files", {"model.safetensors"}}});
        writeSafeTensors(a / "mood" / "model.safetensors", weights);
        writeManifest(a / "half", {{"kind", "separator"}, {"files", {"weights.safetensors"}}});
        std::filesystem::create_directories(b / "musicgen-small");
        std::ofstream(b / "musicgen-small" / "config.json") << R"({"model_type": "musicgen"})";
        writeSafeTensors(b / "musicgen-small" / "model.safetensors", weights);
        // A download cut short: found from its header, naming the file.
        std::filesystem::create_directories(b / "musicgen-cut");
        std::ofstream(b / "musicgen-cut" / "config.json") << R"({"model_type": "musicgen"})";
        writeSafeTensors(b / "musicgen-cut" / "model.safetensors", weights);
        std::filesystem::resize_file(b / "musicgen-cut" / "model.safetensors",
                                     std::filesystem::file_size(b / "musicgen-cut" / "model.safetensors") - 8);
        std::filesystem::create_directories(b / "holiday photos");
        std::filesystem::create_directories(b / ".musicgen-large.adding"); // being added: not listed
        std::ofstream(b / ".musicgen-large.adding" / "config.json") << R"({"model_type": "musicgen"})";
        const auto models = listModels({a, b});
        QCOMPARE(models.size(), std::size_t{4});
        const auto cut =
            std::find_if(models.begin(), models.end(), [](const auto& m) { return m.name == "musicgen-cut"; });
        QVERIFY(cut != models.end() && !cut->complete);
        QVERIFY2(cut->problem.find("model.safetensors is truncated") != std::string::npos, cut->problem.c_str());
        const auto half = std::find_if(models.begin(), models.end(), [](const auto& m) { return m.name == "half"; });
        QVERIFY(half != models.end() && !half->complete);
        QCOMPARE(QString::fromStdString(half->problem), QString("missing weights.safetensors"));
        QCOMPARE(QString::fromStdString(findModel({a, b}, "musicgen")->name), QString("musicgen-small"));
        QVERIFY(findModel({a, b}, "mood").has_value());
        QVERIFY(!findModel({a, b}, "separator").has_value());
        // The user's folder overrides a shipped model of the same name.
        writeManifest(b / "mood", {{"name", "mood"}, {"kind", "mood"}, {"files", {"other.safetensors"}}});
        QVERIFY(!findModel({a, b}, "mood").has_value());
    }

    void moodClassifierLoadsAndClassifies() {
        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        torch::manual_seed(1);
        const std::vector<std::string> labels{"happy", "sad", "calm", "angry"};
        MoodNet net(kMoodFeatureCount, 4, 16);
        writeSafeTensors(folder / "model.safetensors", moduleWeights(*net));
        writeManifest(folder, {{"name", "mood"},
                               {"kind", "mood"},
                               {"feature_set", kMoodFeatureSet},
                               {"features", kMoodFeatureCount},
                               {"hidden", 16},
                               {"labels", labels},
                               {"files", {"model.safetensors"}}});
        const auto classifier = MoodClassifier::load(folder);
        QCOMPARE(classifier.labels(), labels);
        QVERIFY(QString::fromStdString(classifier.device()).startsWith("CPU"));
        const auto mood = classifier.classify(someAnalysis());
        QCOMPARE(mood.scores.size(), std::size_t{4});
        double sum = 0;
        for (const auto& [label, score] : mood.scores)
            sum += score;
        QVERIFY(std::abs(sum - 1) < 1e-5);
        QVERIFY(std::is_sorted(mood.scores.begin(), mood.scores.end(),
                               [](const auto& x, const auto& y) { return x.second > y.second; }));
        QVERIFY(std::abs(mood.valence) <= 1 && std::abs(mood.arousal) <= 1);
        // The same numbers as the network itself gives on the same features.
        net->eval();
        const torch::NoGradGuard noGrad;
        const auto direct = net->forward(torch::tensor(moodFeatures(someAnalysis())).reshape({1, kMoodFeatureCount}));
        QVERIFY(std::abs(direct.affect[0][0].item<double>() - mood.valence) < 1e-5);
        const auto best = direct.logits.argmax(1).item<std::int64_t>();
        QCOMPARE(mood.scores.front().first, labels[static_cast<std::size_t>(best)]);
        // Through the registry, as the studio and the CLI load it.
        std::string problem;
        QVERIFY(loadInstalledMoodClassifier({folder.parent_path()}, false, &problem) != nullptr);
        QVERIFY(loadInstalledMoodClassifier({folder / "nowhere"}, false, &problem) == nullptr);
        QCOMPARE(QString::fromStdString(problem), QString("no mood model is installed"));
    }

    void mismatchedWeightsAreRefusedNamingTheTensor() {
        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        MoodNet net(kMoodFeatureCount, 4, 16);
        writeSafeTensors(folder / "model.safetensors", moduleWeights(*net));
        nlohmann::json manifest{{"kind", "mood"},
                                {"feature_set", kMoodFeatureSet},
                                {"hidden", 32},
                                {"labels", {"a", "b", "c", "d"}},
                                {"files", {"model.safetensors"}}};
        writeManifest(folder, manifest);
        const auto shape = errorOf([&] { MoodClassifier::load(folder); });
        QVERIFY2(shape.contains("tensor 'affectHead.weight' has shape [2, 8] where the configuration needs [2, 16]"),
                 qPrintable(shape));
        manifest["feature_set"] = "future-v9";
        writeManifest(folder, manifest);
        QVERIFY(errorOf([&] { MoodClassifier::load(folder); }).contains("feature set 'future-v9'"));
        auto weights = moduleWeights(*net);
        weights.erase("moodHead.bias");
        writeSafeTensors(folder / "model.safetensors", weights);
        manifest["feature_set"] = kMoodFeatureSet;
        manifest["hidden"] = 16;
        writeManifest(folder, manifest);
        QVERIFY(errorOf([&] { MoodClassifier::load(folder); }).contains("lacks the tensor 'moodHead.bias'"));
    }

    void openUnmixLoadsChunksAndSumsToTheMix() {
        // A small, randomly initialised Open-Unmix per target, saved under the published
        // parameter names, as a user would place converted weights.
        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        torch::manual_seed(3);
        const OpenUnmixConfig config{.maxBin = 300, .hidden = 16, .layers = 1};
        OpenUnmixSet made{OpenUnmix(config), OpenUnmix(config), OpenUnmix(config), OpenUnmix(config)};
        const char* targets[] = {"vocals", "drums", "bass", "other"};
        for (std::size_t t = 0; t < 4; ++t) {
            made[t]->eval();
            writeSafeTensors(folder / (std::string(targets[t]) + ".safetensors"), moduleWeights(*made[t]));
        }
        writeManifest(
            folder, {{"kind", "open-unmix"},
                     {"max_bin", 300},
                     {"hidden", 16},
                     {"layers", 1},
                     {"files", {"vocals.safetensors", "drums.safetensors", "bass.safetensors", "other.safetensors"}}});
        QVERIFY(moduleWeights(*made[0]).contains("lstm.weight_ih_l0_reverse")); // PyTorch's names
        QVERIFY(moduleWeights(*made[0]).contains("bn1.running_var"));
        auto loaded = loadOpenUnmix(folder);
        {
            const torch::NoGradGuard noGrad;
            const auto input = torch::rand({20, 2, 2049});
            QVERIFY(torch::allclose(loaded[2]->forward(input), made[2]->forward(input)));
        }
        // A 5 s mixture of a tone and noise.
        StereoBuffer mix(44100, 5 * 44100);
        std::mt19937 noise(1);
        std::uniform_real_distribution<float> uniform(-0.2f, 0.2f);
        for (std::size_t i = 0; i < mix.frames(); ++i) {
            mix.left[i] = 0.3f * static_cast<float>(std::sin(0.06 * static_cast<double>(i))) + uniform(noise);
            mix.right[i] = 0.5f * mix.left[i] + uniform(noise);
        }
        // Ratio masks: the stems sum back to the mix exactly.
        const auto chunks = [](int chunkFrames, int contextFrames) {
            OpenUnmixRun run;
            run.filter = SpectralFilter::RatioMask;
            run.chunkFrames = chunkFrames;
            run.contextFrames = contextFrames;
            return run;
        };
        const auto whole = separateWithOpenUnmix(mix, loaded, chunks(100000, 0));
        const auto chunked = separateWithOpenUnmix(mix, loaded, chunks(40, 8));
        for (const auto* result : {&whole, &chunked}) {
            float worst = 0;
            for (std::size_t i = 0; i < mix.frames(); ++i) {
                float left = 0, right = 0;
                for (const auto& stem : result->stems) {
                    left += stem.left[i];
                    right += stem.right[i];
                }
                worst = std::max({worst, std::abs(left - mix.left[i]), std::abs(right - mix.right[i])});
            }
            QVERIFY2(worst < 1e-4f, qPrintable(QString::number(worst)));
        }
        // Chunks whose context covers everything give exactly the whole-sequence result.
        const auto covered = separateWithOpenUnmix(mix, loaded, chunks(64, 1000));
        for (std::size_t t = 0; t < 4; ++t)
            QCOMPARE(covered.stems[t].left, whole.stems[t].left);
        // Installed in a data folder's models/, the CLI separates with it (through the
        // libtorch module), and says so.
        QTemporaryDir data;
        const std::filesystem::path installed = std::filesystem::path(data.path().toStdString()) / "models" / "umx";
        std::filesystem::create_directories(installed.parent_path());
        std::filesystem::copy(folder, installed);
        const auto wav = std::filesystem::path(data.path().toStdString()) / "mix.wav";
        writeWav(wav, mix, SampleFormat::Pcm24);
        QProcess cli;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CADENZA_DATA_DIR", data.path());
        cli.setProcessEnvironment(environment);
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(CADENZA_CLI, {"separate", QString::fromStdString(wav.string()), "--out", data.filePath("stems")});
        QVERIFY(cli.waitForFinished(120000));
        const QString said = QString::fromUtf8(cli.readAll());
        QVERIFY2(cli.exitCode() == 0 && said.contains("(open-unmix)"), qPrintable(said));
        for (const char* stem : {"vocals.wav", "drums.wav", "bass.wav", "other.wav"})
            QVERIFY(QFile::exists(QDir(data.filePath("stems")).filePath(stem)));

        // With little context the chunks differ from the whole only slightly, not wildly.
        double error = 0, signal = 0;
        for (std::size_t i = 0; i < mix.frames(); ++i) {
            error += std::pow(chunked.stems[0].left[i] - whole.stems[0].left[i], 2);
            signal += std::pow(whole.stems[0].left[i], 2);
        }
        QVERIFY(error < signal);
    }

    // Installed in a data folder's models/ in the published format (a .th file), the CLI
    // separates with HTDemucs, by name or as the best separator installed, through the
    // libtorch module; its stems are what the model computes in this process.
    void htdemucsSeparatesThroughTheCli() {
        QTemporaryDir data;
        const std::filesystem::path root = data.path().toStdString();
        const auto folder = root / "models" / "htdemucs-tiny";
        std::filesystem::create_directories(folder);
        const std::filesystem::path fixture = std::filesystem::path(CADENZA_TEST_DATA) / "htdemucs";
        std::filesystem::copy_file(fixture / "model.th", folder / "955717e8-8726e21a.th");
        const auto input = readSafeTensors(fixture / "reference.safetensors").tensors.at("input.mix");
        StereoBuffer mix(44100, 3 * 44100);
        std::copy_n(input[0].data_ptr<float>(), mix.frames(), mix.left.begin());
        std::copy_n(input[1].data_ptr<float>(), mix.frames(), mix.right.begin());
        writeWav(root / "mix.wav", mix, SampleFormat::Float32);
        auto bag = loadHTDemucs(folder, torch::kCPU);
        const auto expected = separateWithHTDemucs(readAudioFile(root / "mix.wav"), bag);

        const auto separate = [&](const QStringList& extra) {
            QProcess cli;
            auto environment = QProcessEnvironment::systemEnvironment();
            environment.insert("CADENZA_DATA_DIR", data.path());
            cli.setProcessEnvironment(environment);
            cli.setProcessChannelMode(QProcess::MergedChannels);
            cli.start(CADENZA_CLI, QStringList{"separate", QString::fromStdString((root / "mix.wav").string()), "--out",
                                               data.filePath("stems")} +
                                       extra);
            cli.waitForFinished(120000);
            return std::make_pair(cli.exitCode(), QString::fromUtf8(cli.readAll()));
        };
        for (const auto& extra : {QStringList{"--model", "htdemucs-tiny"}, QStringList{}}) {
            const auto [status, said] = separate(extra);
            QVERIFY2(status == 0 && said.contains("(htdemucs)"), qPrintable(said));
            for (std::size_t s = 0; s < 4; ++s) {
                const auto stem = readAudioFile(root / "stems" / (std::string(SeparatedStems::kNames[s]) + ".wav"));
                QCOMPARE(stem.frames(), mix.frames());
                float worst = 0;
                for (std::size_t i = 0; i < stem.frames(); ++i)
                    if (std::abs(expected.stems[s].left[i]) < 0.99f) // the WAV holds what does not clip
                        worst = std::max(worst, std::abs(stem.left[i] - expected.stems[s].left[i]));
                QVERIFY2(worst < 1e-4f, qPrintable(QString::number(worst)));
            }
        }
        const auto [status, said] = separate({"--model", "no-such-model"});
        QCOMPARE(status, 2);
        QVERIFY2(said.contains("no separation model named 'no-such-model'"), qPrintable(said));
    }

    // Memory is checked before a model loads: more than there is, refused with both sizes.
    // A GPU's memory is read from the CUDA runtime; without one (as here) there is nothing
    // to read, and the CPU has no GPU memory.
    void roomForWeightsIsCheckedFirst() {
        QVERIFY(!deviceMemory(torch::kCPU).has_value());
        if (!cudaAvailable())
            QVERIFY(!deviceMemory(c10::Device(c10::DeviceType::CUDA, 0)).has_value());
        requireRoomFor(1 << 20, torch::kCPU, "small");
        const auto message = errorOf([] { requireRoomFor(std::int64_t{1} << 50, torch::kCPU, "huge"); });
        QVERIFY2(message.contains("huge needs about 1125899.9 GB of memory") && message.contains("is available"),
                 qPrintable(message));
    }

    void theShippedModelLoads() {
        const auto entry = findModel({resourceDirectory() / "models"}, "mood");
        QVERIFY2(entry.has_value(), "models/mood should ship with Cadenza");
        const auto manifest = nlohmann::json::parse(entry->manifest);
        QVERIFY(manifest.contains("held_out_accuracy"));
        QVERIFY(manifest["training"].contains("command"));
        const auto classifier = MoodClassifier::load(entry->folder);
        QVERIFY(classifier.labels().size() >= 8);
        QVERIFY(!classifier.classify(someAnalysis()).scores.empty());
    }
};

QTEST_GUILESS_MAIN(MlTest)
#include "test_ml.moc"
