// SPDX-License-Identifier: GPL-3.0-or-later
// Hybrid Transformer Demucs against the reference implementation's own outputs: a small
// random HTDemucs made with demucs 4.1.0a2, saved as safetensors with its constructor
// arguments and as a .th in the published format (float16 weights, a pickled dict), and
// what demucs computed with it (tests/data/htdemucs, with its README): one segment through
// forward(), a shorter input, and a whole 6 s mix through apply_model.

#include "ml/HTDemucsSeparator.h"
#include "ml/SafeTensors.h"
#include "ml/TorchCheckpoint.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <fstream>

using namespace cadenza;

namespace {

const std::filesystem::path kData = std::filesystem::path(CADENZA_TEST_DATA) / "htdemucs";

const std::filesystem::path kTorchSave = std::filesystem::path(CADENZA_TEST_DATA) / "torch-save";

double maxDifference(const torch::Tensor& a, const torch::Tensor& b) {
    return (a - b).abs().max().item<double>();
}

// A model folder holding only the published-format checkpoint.
std::filesystem::path checkpointFolder(const QTemporaryDir& dir) {
    const std::filesystem::path folder = std::filesystem::path(dir.path().toStdString()) / "htdemucs-th";
    std::filesystem::create_directories(folder);
    std::filesystem::copy_file(kData / "model.th", folder / "955717e8-8726e21a.th");
    return folder;
}

QString messageOf(const std::function<void()>& work) {
    try {
        work();
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class HTDemucsParityTest : public QObject {
    Q_OBJECT

    std::map<std::string, torch::Tensor> reference_;

  private slots:
    void initTestCase() {
        torch::set_num_threads(2);
        reference_ = readSafeTensors(kData / "reference.safetensors").tensors;
    }

    void forwardMatchesTheReference() {
        auto bag = loadHTDemucs(kData, torch::kCPU);
        QCOMPARE(bag.models.size(), std::size_t{1});
        const auto& config = bag.config();
        QCOMPARE(config.trainingLength, std::int64_t{97020});
        const torch::NoGradGuard noGrad;
        const auto mix = reference_.at("input.mix").unsqueeze(0);
        const auto out = bag.models[0]->forward(mix.narrow(-1, 0, 97020));
        const auto expected = reference_.at("forward_out");
        QCOMPARE(out.sizes(), expected.sizes());
        const double error = maxDifference(out, expected);
        qInfo("forward: max error %.3g (peak %.3g)", error, expected.abs().max().item<double>());
        QVERIFY2(error < 1e-4, qPrintable(QString::number(error)));
    }

    // Shorter than a segment: zero-padded to the segment, run, and trimmed.
    void aShortInputMatchesTheReference() {
        auto bag = loadHTDemucs(kData, torch::kCPU);
        const torch::NoGradGuard noGrad;
        const auto out = bag.models[0]->forward(reference_.at("input.mix").unsqueeze(0).narrow(-1, 0, 44100));
        const auto expected = reference_.at("forward_short_out");
        QCOMPARE(out.sizes(), expected.sizes());
        QVERIFY2(maxDifference(out, expected) < 1e-4, qPrintable(QString::number(maxDifference(out, expected))));
    }

    // apply_model over 6 s: four segments with overlap 0.25, the last one centred in a window
    // that reaches back into the mix, cross-faded with triangular weights.
    void applyModelMatchesTheReference() {
        auto bag = loadHTDemucs(kData, torch::kCPU);
        std::vector<double> reported;
        HTDemucsRun run;
        run.progress = [&](std::string_view stage, double fraction) {
            QCOMPARE(stage, std::string_view("separate"));
            reported.push_back(fraction);
        };
        const auto out = applyHTDemucs(bag, reference_.at("input.mix"), run);
        const auto expected = reference_.at("separated");
        QCOMPARE(out.sizes(), expected.sizes());
        const double error = maxDifference(out, expected);
        qInfo("apply_model: max error %.3g", error);
        QVERIFY2(error < 1e-4, qPrintable(QString::number(error)));
        QCOMPARE(reported, (std::vector<double>{0.25, 0.5, 0.75, 1.0}));
    }

    // The published format: a torch.save zip whose pickle holds klass, args, kwargs (the
    // segment a Fraction) and a float16 state. Same values, so the same output.
    void thePublishedCheckpointMatchesTheReference() {
        const QTemporaryDir dir;
        auto bag = loadHTDemucs(checkpointFolder(dir), torch::kCPU);
        QCOMPARE(bag.config().trainingLength, std::int64_t{97020});
        QCOMPARE(bag.config().sources, (std::vector<std::string>{"drums", "bass", "other", "vocals"}));
        const torch::NoGradGuard noGrad;
        const auto out = bag.models[0]->forward(reference_.at("input.mix").unsqueeze(0).narrow(-1, 0, 97020));
        QVERIFY2(maxDifference(out, reference_.at("forward_out")) < 1e-4,
                 qPrintable(QString::number(maxDifference(out, reference_.at("forward_out")))));
    }

    // A bag (htdemucs_ft): models in the order its yaml names them, each source the
    // weighted mean of the models' estimates. Here the same model twice, one-hot weights.
    void aBagIsAveragedPerSource() {
        const QTemporaryDir dir;
        const auto folder = checkpointFolder(dir);
        std::filesystem::copy_file(kData / "model.th", folder / "04573f0d-f3cf25b2.th");
        std::ofstream(folder / "htdemucs_ft.yaml") << "models: ['955717e8', '04573f0d']\n"
                                                      "weights: [\n  [1., 0., 1., 0.],\n  [0., 1., 1., 1.],\n]\n";
        auto bag = loadHTDemucs(folder, torch::kCPU);
        QCOMPARE(bag.models.size(), std::size_t{2});
        QCOMPARE(bag.weights, (std::vector<std::vector<double>>{{1, 0, 1, 0}, {0, 1, 1, 1}}));
        const auto mix = reference_.at("input.mix").narrow(-1, 0, 60000);
        auto single = loadHTDemucs(kData, torch::kCPU);
        const auto expected = applyHTDemucs(single, mix);
        QVERIFY(maxDifference(applyHTDemucs(bag, mix), expected) < 1e-5);

        std::ofstream(folder / "htdemucs_ft.yaml") << "models: ['955717e8', 'ffffffff']\n";
        QVERIFY(messageOf([&] { loadHTDemucs(folder, torch::kCPU); }).contains("ffffffff"));
    }

    // Shifted passes (random offsets of up to half a second, undone and averaged): the same
    // seed gives the same result, progress counts every segment of every pass and ends at 1.
    void shiftsAreAveragedAndCounted() {
        auto bag = loadHTDemucs(kData, torch::kCPU);
        const auto mix = reference_.at("input.mix").narrow(-1, 0, 120000);
        HTDemucsRun run;
        run.shifts = 2;
        run.shiftSeed = 7;
        std::vector<double> reported;
        run.progress = [&](std::string_view, double fraction) { reported.push_back(fraction); };
        const auto once = applyHTDemucs(bag, mix, run);
        QCOMPARE(once.sizes(), (c10::IntArrayRef{4, 2, 120000}));
        QCOMPARE(reported.back(), 1.0);
        QVERIFY(std::is_sorted(reported.begin(), reported.end()));
        QVERIFY(torch::equal(applyHTDemucs(bag, mix, run), once));
        run.shifts = 0;
        QVERIFY(!torch::allclose(applyHTDemucs(bag, mix, run), once)); // the passes did shift
    }

    void cancelStopsBetweenSegments() {
        auto bag = loadHTDemucs(kData, torch::kCPU);
        HTDemucsRun run;
        int segments = 0;
        run.progress = [&](std::string_view, double) {
            if (++segments == 1)
                run.cancel.cancel();
        };
        QVERIFY_THROWS_EXCEPTION(OperationCancelled, applyHTDemucs(bag, reference_.at("input.mix"), run));
        QCOMPARE(segments, 1);
        // Within a segment too (a published model takes seconds for one): after every layer.
        CancelToken cancelled;
        cancelled.cancel();
        QVERIFY_THROWS_EXCEPTION(
            OperationCancelled,
            bag.models[0]->forward(reference_.at("input.mix").narrow(-1, 0, 1000).unsqueeze(0), cancelled));
    }

    // A state dict as torch.save writes it: dtypes, a transposed view, shared storage.
    void aStateDictSavedByTorchReads() {
        const auto state = readTorchStateDict(kTorchSave / "state_dict.pt");
        std::ifstream in(kTorchSave / "state_dict.json");
        const auto expected = nlohmann::json::parse(in);
        QCOMPARE(state.size(), expected.size());
        for (const auto& [name, want] : expected.items()) {
            const auto& tensor = state.at(name);
            QCOMPARE(tensor.sizes().vec(), want["shape"].get<std::vector<std::int64_t>>());
            const auto values = torch::tensor(want["values"].get<std::vector<double>>(), torch::kDouble);
            QVERIFY2(maxDifference(tensor.to(torch::kDouble).flatten(), values) == 0, name.c_str());
        }
        QCOMPARE(state.at("fc1.bias").scalar_type(), torch::kHalf);
        QCOMPARE(state.at("steps").scalar_type(), torch::kLong);
    }

    // A pickle that calls anything outside what torch.save writes is refused, naming it;
    // nothing it names is run.
    void aHostileCheckpointIsRefused() {
        const auto message = messageOf([] { readTorchCheckpoint(kTorchSave / "hostile.th"); });
        QVERIFY2(message.contains("calls posix.system"), qPrintable(message));
    }

    void aDamagedArchiveIsRefused() {
        const QTemporaryDir dir;
        const auto folder = checkpointFolder(dir);
        const auto file = folder / "955717e8-8726e21a.th";
        std::filesystem::resize_file(file, std::filesystem::file_size(file) / 2);
        const auto message = messageOf([&] { loadHTDemucs(folder, torch::kCPU); });
        QVERIFY2(message.contains("is not a readable PyTorch archive"), qPrintable(message));
        std::ofstream(file) << "not a zip";
        QVERIFY(messageOf([&] { loadHTDemucs(folder, torch::kCPU); }).contains("is not a readable PyTorch archive"));
    }

    // The published htdemucs configuration builds a network of exactly the published size
    // (41,984,456 parameters: 80.1 MiB as float16, the size of 955717e8-8726e21a.th).
    void thePublishedConfigurationHasThePublishedSize() {
        auto kwargs = nlohmann::json::parse(std::ifstream(kData / "config.json"))["kwargs"];
        kwargs.update({{"channels", 48},
                       {"bottom_channels", 512},
                       {"t_layers", 5},
                       {"t_heads", 8},
                       {"dconv_comp", 8},
                       {"segment", "39/5"}});
        const auto model = buildHTDemucsRandom(kwargs);
        std::int64_t parameters = 0;
        for (const auto& p : model->parameters())
            parameters += p.numel();
        QCOMPARE(parameters, std::int64_t{41984456});
        QCOMPARE(model->config.trainingLength, std::int64_t{343980});
    }

    // A configuration this port does not implement is refused by name, not run wrongly.
    void anUnsupportedOptionIsNamed() {
        auto kwargs = nlohmann::json::parse(std::ifstream(kData / "config.json"))["kwargs"];
        kwargs["t_sparse_self_attn"] = true;
        QVERIFY(messageOf([&] { htdemucsConfig(kwargs); }).contains("t_sparse_self_attn"));
        kwargs["t_sparse_self_attn"] = false;
        kwargs["segment"] = "39/5";
        QCOMPARE(htdemucsConfig(kwargs).trainingLength, std::int64_t{343980});
        kwargs["segment"] = {39, 5};
        QCOMPARE(htdemucsConfig(kwargs).trainingLength, std::int64_t{343980});
    }
};

QTEST_GUILESS_MAIN(HTDemucsParityTest)
#include "test_htdemucs_parity.moc"
