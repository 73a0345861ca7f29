// SPDX-License-Identifier: GPL-3.0-or-later
// MusicGen against the reference implementation's own outputs: a tiny random checkpoint
// saved by Hugging Face transformers 4.35.2, and what transformers computed with it
// (tests/data/musicgen, with its README). Tokens, T5 and projected states, greedy codes
// with classifier-free guidance, the codec's audio and a prompted continuation must agree,
// and the same weights split into shards must load and give the same codes.

#include "ml/MusicgenModel.h"
#include "ml/SafeTensors.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <fstream>
#include <random>

using namespace cadenza;

namespace {

const std::filesystem::path kData = std::filesystem::path(CADENZA_TEST_DATA) / "musicgen";

nlohmann::json readJson(const std::filesystem::path& file) {
    std::ifstream in(file);
    return nlohmann::json::parse(in);
}

double maxDifference(const torch::Tensor& a, const torch::Tensor& b) {
    return (a.to(torch::kFloat) - b.to(torch::kFloat)).abs().max().item<double>();
}

// Greedy generation as the reference made it: guidance 3.0, the argmax at every step.
MusicgenSampling greedy() {
    MusicgenSampling sampling;
    sampling.guidanceScale = 3.0;
    sampling.temperature = 0;
    return sampling;
}

torch::Tensor greedyCodes(MusicgenModel& model, const std::string& text, std::int64_t frames,
                          const torch::Tensor& prompt = {}) {
    std::mt19937_64 random(1);
    return model.generateCodes(model.encodeText(text), frames, prompt, greedy(), random, {}, CancelToken());
}

} // namespace

class MusicgenParityTest : public QObject {
    Q_OBJECT

    std::unique_ptr<MusicgenModel> model_;
    std::map<std::string, torch::Tensor> reference_;
    std::vector<std::string> prompts_;

  private slots:
    void initTestCase() {
        model_ = std::make_unique<MusicgenModel>(kData / "musicgen-tiny", false);
        reference_ = readSafeTensors(kData / "reference" / "reference.safetensors").tensors;
        prompts_ = readJson(kData / "reference" / "prompts.json").get<std::vector<std::string>>();
        QCOMPARE(prompts_.size(), std::size_t{6});
    }

    // The slow T5Tokenizer's ids, end id included, for every prompt: unicode, repeated
    // spaces, a single letter and the empty string among them.
    void tokensAreTransformers() {
        const auto tokens = readJson(kData / "reference" / "tokens.json");
        for (const auto& prompt : prompts_) {
            const auto expected = tokens.at(prompt).at("hf_slow").get<std::vector<std::int64_t>>();
            QCOMPARE(model_->tokenizer().encode(prompt), expected);
        }
    }

    void textStatesAndProjectionWithin1e5() {
        const torch::NoGradGuard noGrad;
        for (std::size_t i = 0; i < prompts_.size(); ++i) {
            const auto ids = model_->tokenizer().encode(prompts_[i]);
            const auto tokens = torch::tensor(ids, torch::kLong).unsqueeze(0);
            const auto states = model_->net()->textEncoder->forward(tokens, torch::ones_like(tokens))[0];
            const auto& t5 = reference_.at("t5_" + std::to_string(i));
            QCOMPARE(states.sizes(), t5.sizes());
            QVERIFY2(maxDifference(states, t5) < 1e-5,
                     qPrintable(QString("prompt %1: %2").arg(i).arg(maxDifference(states, t5))));
            const auto projected = model_->net()->encToDecProj->forward(states);
            const auto& proj = reference_.at("proj_" + std::to_string(i));
            QVERIFY2(maxDifference(projected, proj) < 1e-5,
                     qPrintable(QString("prompt %1: %2").arg(i).arg(maxDifference(projected, proj))));
            QVERIFY(maxDifference(model_->encodeText(prompts_[i])[0], proj) < 1e-5);
        }
    }

    void greedyCodesAndAudioAreTransformers() {
        const auto& expected = reference_.at("greedy_codes");
        const auto codes = greedyCodes(*model_, prompts_[0], expected.size(2));
        QCOMPARE(codes.sizes(), expected.sizes());
        const auto equal = codes.eq(expected).sum().item<std::int64_t>();
        QVERIFY2(equal == expected.numel(),
                 qPrintable(QString("%1 of %2 codes equal").arg(equal).arg(expected.numel())));
        const auto audio = model_->decodeAudio(codes);
        const auto& reference = reference_.at("greedy_audio");
        QCOMPARE(audio.sizes(), reference.sizes());
        QVERIFY2(maxDifference(audio, reference) < 1e-5, qPrintable(QString::number(maxDifference(audio, reference))));
    }

    void codecAudioWithin1e5() {
        const auto audio = model_->decodeAudio(reference_.at("rand_codes"));
        const auto& reference = reference_.at("rand_audio").reshape({1, -1});
        QCOMPARE(audio.sizes(), reference.sizes());
        QVERIFY2(maxDifference(audio, reference) < 1e-5, qPrintable(QString::number(maxDifference(audio, reference))));
    }

    void promptedContinuationIsTransformers() {
        const auto& expected = reference_.at("prompted_codes");
        const auto prompt = reference_.at("rand_codes").narrow(2, 0, 50);
        const auto codes = greedyCodes(*model_, prompts_[0], expected.size(2), prompt);
        const auto equal = codes.eq(expected).sum().item<std::int64_t>();
        QVERIFY2(equal == expected.numel(),
                 qPrintable(QString("%1 of %2 codes equal").arg(equal).arg(expected.numel())));
    }

    // A checkpoint saved in shards (model.safetensors.index.json and its files), as the
    // larger published ones are, loads every tensor and generates the same codes.
    void shardedCheckpointLoadsAndAgrees() {
        const auto whole = readMusicgenWeights(kData / "musicgen-tiny");
        const auto sharded = readMusicgenWeights(kData / "musicgen-tiny-sharded");
        QCOMPARE(sharded.size(), whole.size());
        for (const auto& [name, tensor] : whole)
            QVERIFY2(sharded.contains(name) && sharded.at(name).equal(tensor), name.c_str());
        MusicgenModel model(kData / "musicgen-tiny-sharded", false);
        const auto& expected = reference_.at("greedy_codes");
        QVERIFY(greedyCodes(model, prompts_[0], expected.size(2)).equal(expected));
    }
};

QTEST_GUILESS_MAIN(MusicgenParityTest)
#include "test_musicgen_parity.moc"
