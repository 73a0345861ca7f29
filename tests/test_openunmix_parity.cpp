// SPDX-License-Identifier: GPL-3.0-or-later
// Open-Unmix against the reference implementation's own outputs: four small random target
// networks made and saved by open-unmix-pytorch's own code as its releases are (state dicts
// by torch.save, one in the legacy format), and what its Separator computed with them
// (tests/data/open-unmix, make_fixture.py): the spectrogram the networks see, including the
// first and last frames (torch.stft's centred, reflected framing), a network's estimate, and
// the separated audio with the Wiener filter's EM step and without it.

#include "ml/ModelRegistry.h"
#include "ml/OpenUnmix.h"
#include "ml/SafeTensors.h"

#include <QtTest>

using namespace cadenza;

namespace {

const std::filesystem::path kData = std::filesystem::path(CADENZA_TEST_DATA) / "open-unmix";

double maxDifference(const torch::Tensor& a, const torch::Tensor& b) {
    return (a - b).abs().max().item<double>();
}

// As the reference ran: the whole sequence at once, Wiener windows of 40 frames.
OpenUnmixRun referenceRun(int iterations) {
    OpenUnmixRun run;
    run.wienerIterations = iterations;
    run.wienerWindow = 40;
    run.chunkFrames = 100000;
    run.contextFrames = 0;
    return run;
}

} // namespace

class OpenUnmixParityTest : public QObject {
    Q_OBJECT

    std::map<std::string, torch::Tensor> reference_;

  private slots:
    void initTestCase() {
        torch::set_num_threads(2);
        reference_ = readSafeTensors(kData / "reference.safetensors").tensors;
    }

    // The published files as they are: zip and legacy torch.save formats, sizes from shapes.
    void thePublishedWeightsLoad() {
        QVERIFY(isLegacyTorchFile(kData / "drums-4e5f6a7b.pth"));
        QVERIFY(!isLegacyTorchFile(kData / "vocals-0a1b2c3d.pth"));
        const auto entry = inspectModel(kData);
        QVERIFY(entry && entry->complete);
        QCOMPARE(entry->kind, std::string("open-unmix"));
        auto models = loadOpenUnmix(kData);
        QCOMPARE(models[0]->config.hidden, 16);
        QCOMPARE(models[0]->config.maxBin, 300);
        QCOMPARE(models[0]->config.layers, 2);
        // The network on the reference's own spectrogram.
        const torch::NoGradGuard noGrad;
        const auto magnitude = reference_.at("magnitude").permute({2, 0, 1}); // [frames, channels, bins]
        const auto estimate = models[0]->forward(magnitude).permute({1, 2, 0});
        const auto& expected = reference_.at("estimate.vocals");
        // Magnitudes of an unnormalised STFT reach hundreds: the error relative to the peak.
        const double relative = maxDifference(estimate, expected) / expected.abs().max().item<double>();
        qInfo("vocals network: max error %.3g of its peak", relative);
        QVERIFY2(relative < 1e-5, qPrintable(QString::number(relative)));
    }

    // Clicks at the very first and last samples: the frames at the edges are centred on them
    // with the signal reflected, as torch.stft frames them, so the first and last half second
    // agree with the reference too.
    void theEdgesAreFramedAsTheReferenceFramesThem() {
        auto models = loadOpenUnmix(kData);
        const auto mix = reference_.at("input.mix");
        const auto out = openUnmixSeparate(mix, models, referenceRun(0));
        const auto expected = reference_.at("separated.niter0");
        const auto edge = 22050;
        const auto first = maxDifference(out.narrow(-1, 0, edge), expected.narrow(-1, 0, edge));
        const auto last =
            maxDifference(out.narrow(-1, mix.size(-1) - edge, edge), expected.narrow(-1, mix.size(-1) - edge, edge));
        qInfo("without EM: first half second %.3g, last %.3g, all %.3g", first, last, maxDifference(out, expected));
        QVERIFY(first < 1e-4 && last < 1e-4);
        QVERIFY(maxDifference(out, expected) < 1e-4);
    }

    void theWienerFilterMatchesTheReference() {
        auto models = loadOpenUnmix(kData);
        const auto out = openUnmixSeparate(reference_.at("input.mix"), models, referenceRun(1));
        const auto error = maxDifference(out, reference_.at("separated.niter1"));
        qInfo("Wiener, one EM step: max error %.3g (peak %.3g)", error,
              reference_.at("separated.niter1").abs().max().item<double>());
        QVERIFY2(error < 1e-4, qPrintable(QString::number(error)));
    }
};

QTEST_GUILESS_MAIN(OpenUnmixParityTest)
#include "test_openunmix_parity.moc"
