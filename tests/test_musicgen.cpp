// SPDX-License-Identifier: GPL-3.0-or-later
// MusicGen on libtorch (core/ml), with no real weights on this machine: each test writes a
// tiny checkpoint in the Hugging Face layout (config.json, model.safetensors under the
// tensor names transformers publishes, listed here by hand, and a SentencePiece model the
// test trains) and loads it through the same path a user's download takes. The token
// arithmetic (delay pattern, guidance, top-k) is checked against hand-computed cases.

#include "ml/CodeSampling.h"
#include "ml/EncodecDecoder.h"
#include "ml/MelodyChroma.h"
#include "ml/ModelRegistry.h"
#include "ml/MusicgenModel.h"
#include "ml/SafeTensors.h"

#include "audio/AudioFile.h"
#include "base/Progress.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <torch/utils.h>

#include <fstream>
#include <map>

using namespace cadenza;

namespace {

using Shape = std::vector<std::int64_t>;

// A tiny MusicGen: real rates (32 kHz, 50 code frames a second, 4 codebooks per channel),
// widths of a few units. MusicGen-melody's (transformers' MusicgenMelodyConfig) adds the
// chroma's size and length, and its decoder has no cross-attention.
nlohmann::json tinyMusicgenConfig(int audioChannels) {
    return {{"model_type", "musicgen"},
            {"text_encoder",
             {{"model_type", "t5"},
              {"vocab_size", 64},
              {"d_model", 16},
              {"d_kv", 4},
              {"d_ff", 32},
              {"num_layers", 2},
              {"num_heads", 2},
              {"relative_attention_num_buckets", 8},
              {"relative_attention_max_distance", 16},
              {"feed_forward_proj", "relu"}}},
            {"decoder",
             {{"model_type", "musicgen_decoder"},
              {"vocab_size", 32},
              {"hidden_size", 24},
              {"num_hidden_layers", 2},
              {"num_attention_heads", 2},
              {"ffn_dim", 48},
              {"max_position_embeddings", 2048},
              {"num_codebooks", 4 * audioChannels},
              {"audio_channels", audioChannels},
              {"pad_token_id", 32},
              {"activation_function", "gelu"}}},
            {"audio_encoder",
             {{"model_type", "encodec"},
              {"sampling_rate", 32000},
              {"audio_channels", 1},
              {"hidden_size", 8},
              {"num_filters", 2},
              {"num_residual_layers", 1},
              {"upsampling_ratios", {8, 5, 4, 4}},
              {"codebook_size", 32},
              {"num_lstm_layers", 1},
              {"target_bandwidths", {2.2}},
              {"norm_type", "weight_norm"},
              {"use_causal_conv", false}}}};
}

nlohmann::json tinyConfig(int audioChannels = 1, bool melody = false) {
    auto config = tinyMusicgenConfig(audioChannels);
    if (melody) {
        config["model_type"] = "musicgen_melody";
        config["num_chroma"] = 12;
        config["chroma_length"] = 235;
        config["decoder"]["model_type"] = "musicgen_melody_decoder";
    }
    return config;
}

// Every tensor of such a checkpoint, named and shaped as transformers' MusicgenForConditional
// Generation.save_pretrained writes them: T5's tied embedding under "shared" only, the codec's
// convolutions weight-normalised (weight_g, weight_v), the quantizer's training buffers,
// and some of the codec's encoder half, which generation does not use. MusicGen-melody's
// (MusicgenMelodyForConditionalGeneration) have no encoder_attn in the decoder's layers and
// add audio_enc_to_dec_proj, the chroma's projection.
std::map<std::string, Shape> publishedTensors(int audioChannels = 1, bool melody = false) {
    std::map<std::string, Shape> t;
    const std::string enc = "text_encoder.encoder.block.";
    t["text_encoder.shared.weight"] = {64, 16};
    for (int i = 0; i < 2; ++i) {
        const auto block = enc + std::to_string(i) + ".";
        for (const char* p : {"q", "k", "v"})
            t[block + "layer.0.SelfAttention." + p + ".weight"] = {8, 16};
        t[block + "layer.0.SelfAttention.o.weight"] = {16, 8};
        t[block + "layer.0.layer_norm.weight"] = {16};
        t[block + "layer.1.DenseReluDense.wi.weight"] = {32, 16};
        t[block + "layer.1.DenseReluDense.wo.weight"] = {16, 32};
        t[block + "layer.1.layer_norm.weight"] = {16};
    }
    t[enc + "0.layer.0.SelfAttention.relative_attention_bias.weight"] = {8, 2};
    t["text_encoder.encoder.final_layer_norm.weight"] = {16};
    t["enc_to_dec_proj.weight"] = {24, 16};
    t["enc_to_dec_proj.bias"] = {24};

    const int codebooks = 4 * audioChannels;
    const std::string dec = "decoder.model.decoder.";
    for (int k = 0; k < codebooks; ++k) {
        t[dec + "embed_tokens." + std::to_string(k) + ".weight"] = {33, 24};
        t["decoder.lm_heads." + std::to_string(k) + ".weight"] = {32, 24};
    }
    for (int i = 0; i < 2; ++i) {
        const auto layer = dec + "layers." + std::to_string(i) + ".";
        for (const char* p : {"k_proj", "v_proj", "q_proj", "out_proj"}) {
            t[layer + "self_attn." + p + ".weight"] = {24, 24};
            if (!melody)
                t[layer + "encoder_attn." + p + ".weight"] = {24, 24};
        }
        for (const char* norm : {"self_attn_layer_norm", "encoder_attn_layer_norm", "final_layer_norm"}) {
            if (melody && std::string(norm) == "encoder_attn_layer_norm")
                continue;
            t[layer + norm + ".weight"] = {24};
            t[layer + norm + ".bias"] = {24};
        }
        t[layer + "fc1.weight"] = {48, 24};
        t[layer + "fc2.weight"] = {24, 48};
    }
    t[dec + "layer_norm.weight"] = {24};
    t[dec + "layer_norm.bias"] = {24};
    if (melody) {
        t["audio_enc_to_dec_proj.weight"] = {24, 12};
        t["audio_enc_to_dec_proj.bias"] = {24};
    }

    // SEANet decoder: conv(8 -> 32), LSTM(32), then per ratio ELU, transposed conv (halving
    // the width), residual block; ELU, conv(2 -> 1).
    const std::string codec = "audio_encoder.decoder.layers.";
    const auto conv = [&](const std::string& name, std::int64_t out, std::int64_t in, std::int64_t kernel) {
        t[name + ".conv.weight_g"] = {out, 1, 1};
        t[name + ".conv.weight_v"] = {out, in, kernel};
        t[name + ".conv.bias"] = {out};
    };
    conv(codec + "0", 32, 8, 7);
    for (const char* kind : {"ih", "hh"}) {
        t[codec + "1.lstm.weight_" + kind + "_l0"] = {128, 32};
        t[codec + "1.lstm.bias_" + kind + "_l0"] = {128};
    }
    std::int64_t width = 32;
    int index = 2;
    for (const int ratio : {8, 5, 4, 4}) {
        const auto up = codec + std::to_string(index + 1);
        t[up + ".conv.weight_g"] = {width, 1, 1}; // weight_norm's dim 0 is the input of a transposed conv
        t[up + ".conv.weight_v"] = {width, width / 2, 2 * ratio};
        t[up + ".conv.bias"] = {width / 2};
        const auto residual = codec + std::to_string(index + 2) + ".block.";
        conv(residual + "1", width / 4, width / 2, 3);
        conv(residual + "3", width / 2, width / 4, 1);
        width /= 2;
        index += 3;
    }
    conv(codec + "15", 1, 2, 7);
    for (int q = 0; q < 4; ++q) {
        const auto book = "audio_encoder.quantizer.layers." + std::to_string(q) + ".codebook.";
        t[book + "inited"] = {1};
        t[book + "cluster_size"] = {32};
        t[book + "embed"] = {32, 8};
        t[book + "embed_avg"] = {32, 8};
    }
    conv("audio_encoder.encoder.layers.0", 2, 1, 7);
    return t;
}

std::map<std::string, torch::Tensor> randomTensors(const std::map<std::string, Shape>& shapes, std::uint64_t seed) {
    torch::manual_seed(seed);
    std::map<std::string, torch::Tensor> out;
    for (const auto& [name, shape] : shapes)
        out[name] = torch::randn(shape) * 0.3;
    return out;
}

// Runs a program to completion; returns its standard output, or throws with what it said.
QString run(const QString& program, const QStringList& arguments, const QByteArray& input = {}) {
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        throw std::runtime_error((program + " failed: " + process.readAllStandardError()).toStdString());
    return QString::fromUtf8(process.readAllStandardOutput());
}

// A SentencePiece model trained on a few sentences by Debian's spm_train (libsentencepiece's
// trainer cannot share a process with libtorch's protobuf), with T5's special ids: pad 0,
// end 1, unknown 2, no start piece.
void trainTokenizer(const std::filesystem::path& folder) {
    const auto corpus = folder / "corpus.txt";
    {
        std::ofstream out(corpus);
        for (int i = 0; i < 20; ++i)
            out << "an energetic house track with a driving bass line\n"
                << "calm piano music for a rainy night, slow and warm\n"
                << "epic cinematic orchestral trailer with drums and brass\n"
                << "lo-fi hip hop beat to study to, 80 bpm, in A minor\n";
    }
    run("spm_train", {QString::fromStdString("--input=" + corpus.string()),
                      QString::fromStdString("--model_prefix=" + (folder / "spiece").string()), "--vocab_size=48",
                      "--model_type=unigram", "--pad_id=0", "--eos_id=1", "--unk_id=2", "--bos_id=-1",
                      "--minloglevel=2", "--character_coverage=1.0"});
    std::filesystem::remove(corpus);
    std::filesystem::remove(folder / "spiece.vocab");
}

// Writes a whole checkpoint folder; `change` may edit the tensors first.
void writeCheckpoint(const std::filesystem::path& folder, int audioChannels = 1,
                     const std::function<void(std::map<std::string, torch::Tensor>&)>& change = {},
                     bool melody = false) {
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "config.json") << tinyConfig(audioChannels, melody).dump(2);
    auto tensors = randomTensors(publishedTensors(audioChannels, melody), 42);
    if (change)
        change(tensors);
    writeSafeTensors(folder / "model.safetensors", tensors, {{"format", "pt"}});
    trainTokenizer(folder);
}

// Runs cadenza-cli with `data` as its data folder: its exit status and all it said.
std::pair<int, QString> runCli(const QTemporaryDir& data, const QStringList& arguments) {
    QProcess cli;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert("CADENZA_DATA_DIR", data.path());
    cli.setProcessEnvironment(environment);
    cli.start(CADENZA_CLI, arguments);
    cli.waitForFinished(300000);
    return {cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError())};
}

std::filesystem::path pathIn(const QTemporaryDir& dir, const std::string& name) {
    return std::filesystem::path(dir.path().toStdString()) / name;
}

template <typename Call> QString errorOf(Call call) {
    try {
        call();
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestMusicgen : public QObject {
    Q_OBJECT

  private:
    QTemporaryDir dir_;
    std::filesystem::path mono_;
    std::unique_ptr<MusicgenModel> model_;

  private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        mono_ = pathIn(dir_, "musicgen-tiny");
        writeCheckpoint(mono_);
        model_ = std::make_unique<MusicgenModel>(mono_, false);
    }

    void configurationIsReadAndChecked() {
        const auto config = readMusicgenConfig(mono_ / "config.json");
        QCOMPARE(config.decoder.numCodebooks, 4);
        QCOMPARE(config.audio.hopLength(), 640);
        QCOMPARE(config.audio.frameRate(), 50.0);
        QCOMPARE(config.audio.numQuantizers(), 4);
        QVERIFY(config.hasEncToDecProj());
        // A published musicgen-small configuration's values are the defaults.
        const MusicgenConfig defaults = parseMusicgenConfig(
            R"({"text_encoder": {}, "decoder": {}, "audio_encoder": {"target_bandwidths": [2.2]}})");
        QCOMPARE(defaults.decoder.hiddenSize, 1024);
        QCOMPARE(defaults.text.dModel, 768);
        QCOMPARE(defaults.audio.numQuantizers(), 4);

        auto wrong = tinyConfig();
        wrong["decoder"]["num_codebooks"] = 3;
        QVERIFY(errorOf([&] { parseMusicgenConfig(wrong.dump()); }).contains("decoder.num_codebooks"));
        wrong = tinyConfig();
        wrong["audio_encoder"]["use_causal_conv"] = true;
        QVERIFY(errorOf([&] { parseMusicgenConfig(wrong.dump()); }).contains("use_causal_conv"));
        QVERIFY(errorOf([] { parseMusicgenConfig(R"({"decoder": {}})"); }).contains("text_encoder"));
    }

    void registryFindsTheHuggingFaceFolder() {
        const auto found = findModel({dir_.path().toStdString()}, "musicgen");
        QVERIFY(found);
        QCOMPARE(found->folder, mono_);
        QVERIFY(model_->weightBytes() > 0);
    }

    void mismatchedOrMissingTensorsAreNamed() {
        QTemporaryDir other;
        const auto folder = pathIn(other, "broken");
        const std::string wrongShape = "decoder.model.decoder.layers.1.fc1.weight";
        writeCheckpoint(folder, 1, [&](auto& tensors) { tensors[wrongShape] = torch::zeros({47, 24}); });
        const QString shapeError = errorOf([&] { MusicgenModel(folder, false); });
        QVERIFY2(shapeError.contains(QString::fromStdString(wrongShape)) && shapeError.contains("[48, 24]"),
                 qPrintable(shapeError));

        const std::string missing = "decoder.lm_heads.2.weight";
        writeCheckpoint(folder, 1, [&](auto& tensors) { tensors.erase(missing); });
        const QString missingError = errorOf([&] { MusicgenModel(folder, false); });
        QVERIFY2(missingError.contains(QString::fromStdString(missing)), qPrintable(missingError));

        std::filesystem::remove(folder / "spiece.model");
        QVERIFY(errorOf([&] { MusicgenModel(folder, false); }).contains("spiece.model"));
    }

    void weightNormIsFolded() {
        std::map<std::string, torch::Tensor> weights;
        weights["a.conv.weight_g"] = torch::tensor({2.0f, 3.0f}).view({2, 1, 1});
        weights["a.conv.weight_v"] = torch::tensor({3.0f, 4.0f, 0.0f, 1.0f}).view({2, 1, 2});
        weights["b.parametrizations.weight.original0"] = torch::tensor({5.0f}).view({1, 1, 1});
        weights["b.parametrizations.weight.original1"] = torch::tensor({0.0f, 2.0f}).view({1, 1, 2});
        foldWeightNorm(weights);
        QCOMPARE(weights.size(), std::size_t{2});
        // Each output channel's vector scaled to length g: [3, 4] / 5 * 2 and [0, 1] * 3.
        QVERIFY(torch::allclose(weights.at("a.conv.weight"), torch::tensor({1.2f, 1.6f, 0.0f, 3.0f}).view({2, 1, 2})));
        QVERIFY(torch::allclose(weights.at("b.weight"), torch::tensor({0.0f, 5.0f}).view({1, 1, 2})));
        // And the loaded model's first codec convolution holds the folded weight.
        const auto raw = readSafeTensors(mono_ / "model.safetensors").tensors;
        const auto g = raw.at("audio_encoder.decoder.layers.0.conv.weight_g");
        const auto v = raw.at("audio_encoder.decoder.layers.0.conv.weight_v");
        const auto expected = v * (g / v.pow(2).sum({1, 2}, true).sqrt());
        const auto& loaded = model_->net()->audioEncoder->layers->ptr<EncodecConv1dImpl>(0)->conv->weight;
        QVERIFY(torch::allclose(loaded, expected, 1e-5, 1e-6));
    }

    void tokenizerMatchesSentencePiece() {
        const std::string text = "calm piano for a rainy night";
        const auto ids = model_->tokenizer().encode(text);
        // The same ids as Debian's spm_encode gives, then T5's end id.
        const auto reference =
            run("spm_encode",
                {QString::fromStdString("--model=" + (mono_ / "spiece.model").string()), "--output_format=id"},
                QByteArray::fromStdString(text + "\n"))
                .trimmed()
                .split(' ');
        QCOMPARE(ids.size(), static_cast<std::size_t>(reference.size()) + 1);
        for (qsizetype i = 0; i < reference.size(); ++i)
            QCOMPARE(ids[static_cast<std::size_t>(i)], reference[i].toLongLong());
        QCOMPARE(ids.back(), std::int64_t{1});
        // Text the corpus never had still tokenizes (unknown pieces), emoji included.
        const auto odd = model_->tokenizer().encode("Ünïcödé 🎹 ; DROP TABLE tracks; --");
        QCOMPARE(odd.back(), std::int64_t{1});
        QCOMPARE(model_->tokenizer().encode(std::string(5000, 'a'), 16).size(), std::size_t{16});
    }

    void shapesThroughTheNetworks() {
        const torch::NoGradGuard noGrad;
        const auto ids = model_->tokenizer().encode("epic cinematic drums");
        const auto text = model_->encodeText("epic cinematic drums");
        QCOMPARE(text.sizes(), (c10::IntArrayRef{1, static_cast<std::int64_t>(ids.size()), 24}));
        const auto codes = torch::randint(0, 33, {2, 4, 5}, torch::kLong);
        const auto logits = model_->net()->decoder->forward(codes, torch::cat({text, text}));
        QCOMPARE(logits.sizes(), (c10::IntArrayRef{2, 4, 5, 32}));
        QVERIFY(torch::isfinite(logits).all().item<bool>());
    }

    void delayPatternRoundTrip() {
        const auto codes = torch::arange(4 * 7, torch::kLong).view({1, 4, 7});
        const auto delayed = applyDelayPattern(codes, 99, 1);
        QCOMPARE(delayed.sizes(), (c10::IntArrayRef{1, 4, 7 + 3 + 1}));
        // Position 0 is the start token; codebook k's frame 0 is at k + 1; the rest is pad.
        QCOMPARE(delayed[0][0][0].item<std::int64_t>(), std::int64_t{99});
        QCOMPARE(delayed[0][0][1].item<std::int64_t>(), codes[0][0][0].item<std::int64_t>());
        QCOMPARE(delayed[0][2][2].item<std::int64_t>(), std::int64_t{99});
        QCOMPARE(delayed[0][2][3].item<std::int64_t>(), codes[0][2][0].item<std::int64_t>());
        QCOMPARE(delayed[0][0][8].item<std::int64_t>(), std::int64_t{99});
        QCOMPARE(delayed[0][3][10].item<std::int64_t>(), codes[0][3][6].item<std::int64_t>());
        QVERIFY(torch::equal(revertDelayPattern(delayed, 1), codes));

        // Stereo: the codebooks interleave left and right, and a pair shares its delay.
        const auto stereo = torch::arange(8 * 5, torch::kLong).view({1, 8, 5});
        const auto stereoDelayed = applyDelayPattern(stereo, 99, 2);
        QCOMPARE(stereoDelayed.size(2), std::int64_t{5 + 3 + 1});
        QCOMPARE(stereoDelayed[0][3][2].item<std::int64_t>(), stereo[0][3][0].item<std::int64_t>());
        QCOMPARE(stereoDelayed[0][2][2].item<std::int64_t>(), stereo[0][2][0].item<std::int64_t>());
        QVERIFY(torch::equal(revertDelayPattern(stereoDelayed, 2), stereo));
    }

    void cachedDecodingGivesTheSameLogits() {
        const torch::NoGradGuard noGrad;
        auto& decoder = model_->net()->decoder;
        const auto text = model_->encodeText("house track");
        const auto codes = torch::randint(0, 33, {1, 4, 6}, torch::kLong);
        const auto whole = decoder->forward(codes, text);
        DecoderCache cache;
        auto prefix = decoder->forward(codes.narrow(2, 0, 2), text, &cache);
        QVERIFY(torch::allclose(prefix, whole.narrow(2, 0, 2), 1e-5, 1e-5));
        for (std::int64_t t = 2; t < 6; ++t) {
            const auto step = decoder->forward(codes.narrow(2, t, 1), text, &cache);
            QVERIFY2(torch::allclose(step, whole.narrow(2, t, 1), 1e-5, 1e-5), qPrintable(QString::number(t)));
        }
        QCOMPARE(cache.length, std::int64_t{6});
    }

    void guidanceArithmetic() {
        // Rows: conditional then unconditional. uncond + 3 (cond - uncond).
        const auto logits = torch::tensor({1.0f, 2.0f, 3.0f, 0.0f, 1.0f, 1.0f}).view({2, 3});
        const auto guided = classifierFreeGuidance(logits, 3.0);
        QVERIFY(torch::allclose(guided, torch::tensor({3.0f, 4.0f, 7.0f}).view({1, 3})));
        QVERIFY(torch::allclose(classifierFreeGuidance(logits, 1.0), logits.narrow(0, 0, 1)));
    }

    void topKAndTopPSampling() {
        std::mt19937_64 random(3);
        const auto logits = torch::tensor({0.0f, 2.0f, 1.0f, -1.0f, 1.5f}).view({1, 5});
        // k = 1 and a zero temperature are greedy.
        for (int i = 0; i < 20; ++i)
            QCOMPARE(sampleTokens(logits, {.topK = 1, .temperature = 1.0}, random)[0].item<std::int64_t>(),
                     std::int64_t{1});
        QCOMPARE(sampleTokens(logits, {.topK = 250, .temperature = 0.0}, random)[0].item<std::int64_t>(),
                 std::int64_t{1});
        // k = 2 keeps tokens 1 and 4, drawn by softmax([2, 1.5] / T): at T = 0.5, e^1 : 1.
        std::map<std::int64_t, int> counts;
        const int draws = 4000;
        for (int i = 0; i < draws; ++i)
            ++counts[sampleTokens(logits, {.topK = 2, .temperature = 0.5}, random)[0].item<std::int64_t>()];
        QCOMPARE(counts.size(), std::size_t{2});
        const double expected = std::exp(1.0) / (std::exp(1.0) + 1.0);
        QVERIFY2(std::abs(counts[1] / static_cast<double>(draws) - expected) < 0.03,
                 qPrintable(QString::number(counts[1])));
        // Top-p as transformers' TopPLogitsWarper: probabilities 0.5, 0.3, 0.2; a token stays
        // while the ones more likely than it hold less than p.
        const auto nucleus = torch::log(torch::tensor({0.5, 0.3, 0.2})).view({1, 3});
        counts.clear();
        for (int i = 0; i < draws; ++i)
            ++counts[sampleTokens(nucleus, {.topK = 0, .topP = 0.6, .temperature = 1.0}, random)[0]
                         .item<std::int64_t>()];
        QCOMPARE(counts.count(2), std::size_t{0});
        QVERIFY2(std::abs(counts[0] / static_cast<double>(draws) - 0.5 / 0.8) < 0.03,
                 qPrintable(QString::number(counts[0])));
        for (int i = 0; i < 50; ++i) // the first alone holds 0.45
            QCOMPARE(
                sampleTokens(nucleus, {.topK = 0, .topP = 0.45, .temperature = 1.0}, random)[0].item<std::int64_t>(),
                std::int64_t{0});
        // Rows are independent: one draw per row.
        QCOMPARE(sampleTokens(torch::zeros({3, 5}), {.topK = 250, .temperature = 1.0}, random).size(0),
                 std::int64_t{3});
    }

    void generationIsDeterministicBySeed() {
        const auto text = model_->encodeText("lo-fi hip hop beat");
        const MusicgenSampling sampling;
        const auto codesFor = [&](std::uint64_t seed) {
            std::mt19937_64 random(seed);
            return model_->generateCodes(text, 30, {}, sampling, random, {}, {});
        };
        const auto first = codesFor(7);
        QCOMPARE(first.sizes(), (c10::IntArrayRef{1, 4, 30}));
        QVERIFY((first >= 0).all().item<bool>() && (first < 32).all().item<bool>());
        QVERIFY(torch::equal(first, codesFor(7)));
        QVERIFY(!torch::equal(first, codesFor(8)));
    }

    void promptIsContinued() {
        const auto text = model_->encodeText("jazz trio");
        std::mt19937_64 random(1);
        const auto prompt = torch::randint(0, 32, {1, 4, 6}, torch::kLong);
        int steps = 0;
        const auto codes = model_->generateCodes(text, 16, prompt, {}, random, [&] { ++steps; }, {});
        QVERIFY(torch::equal(codes.narrow(2, 0, 6), prompt));
        // One step per new frame plus the delay of the last codebook.
        QCOMPARE(steps, 16 - 6 + 3);
        QCOMPARE(static_cast<std::int64_t>(steps), model_->stepsFor(16, 6));
    }

    void longSongsAreGeneratedInWindows() {
        const auto text = model_->encodeText("ambient pad");
        MusicgenSampling sampling;
        sampling.windowSeconds = 0.4;  // 20 frames
        sampling.overlapSeconds = 0.1; // 5 frames re-fed
        std::mt19937_64 random(5);
        std::int64_t lastStep = 0, total = 0;
        const auto codes = model_->generateLong(text, 50, sampling, random,
                                                [&](std::int64_t step, std::int64_t steps) {
                                                    QCOMPARE(step, lastStep + 1);
                                                    lastStep = step;
                                                    total = steps;
                                                },
                                                {});
        QCOMPARE(codes.size(2), std::int64_t{50});
        // Windows of 20, then 5 + 15, 5 + 15: 23 + 18 + 18 steps.
        QCOMPARE(total, std::int64_t{59});
        QCOMPARE(lastStep, total);
    }

    void codecDecodesToTheExpectedLength() {
        const auto codes = torch::randint(0, 32, {1, 4, 25}, torch::kLong);
        const auto audio = model_->decodeAudio(codes);
        QCOMPARE(audio.sizes(), (c10::IntArrayRef{1, 25 * 640}));
        QVERIFY(torch::isfinite(audio).all().item<bool>());
        QVERIFY(audio.abs().max().item<float>() > 0);
        // At once, it is the codec itself; in chunks with context, close to it.
        const auto whole = model_->net()->audioEncoder->decode(codes)[0][0];
        QVERIFY(torch::allclose(audio[0], whole, 1e-4, 1e-5));
        const auto chunked = model_->decodeAudio(codes, 8, 4)[0];
        QCOMPARE(chunked.size(0), whole.size(0));
        const double error = (chunked - whole).pow(2).sum().item<double>() / whole.pow(2).sum().item<double>();
        QVERIFY2(error < 0.05, qPrintable(QString::number(error)));
    }

    void wholeRequestAndCancel() {
        MusicgenRequest request;
        request.text = "an energetic house track";
        request.seconds = 0.5;
        request.seed = 11;
        std::vector<std::string> stages;
        std::int64_t steps = 0;
        request.onStage = [&](const std::string& stage) { stages.push_back(stage); };
        request.onStep = [&](std::int64_t, std::int64_t total) { steps = total; };
        const auto result = model_->generate(request);
        QCOMPARE(result.audio.sampleRate, 32000);
        QCOMPARE(result.audio.frames(), std::size_t{16000});
        QCOMPARE(result.audio.left, result.audio.right); // mono model
        QCOMPARE(result.steps, std::int64_t{25 + 3});
        QCOMPARE(steps, result.steps);
        QCOMPARE(stages, (std::vector<std::string>{"text", "decode", "codec"}));
        QVERIFY(result.weightBytes > 0 && result.peakResidentBytes > 0);
        QCOMPARE(QString::fromStdString(result.device).left(3), QString("CPU"));

        CancelToken cancel;
        request.cancel = &cancel;
        request.onStep = [&](std::int64_t step, std::int64_t) {
            if (step == 3)
                cancel.cancel();
        };
        QVERIFY_THROWS_EXCEPTION(OperationCancelled, model_->generate(request));
    }

    // The CLI, through the libtorch module, exactly as a user's installed model would run:
    // the engine is listed as installed, generates, and the song goes through mastering and
    // the project history with its stems and without MIDI.
    void commandLineEngine() {
        QTemporaryDir data;
        const auto run = [&](const QStringList& arguments) { return runCli(data, arguments); };
        // Not installed: status 2, saying where the weights go, and nothing recorded.
        const auto [missingCode, missingSaid] =
            run({"generate", "warm pads", "--engine", "musicgen", "--duration", "5", "--out", data.filePath("none")});
        QCOMPARE(missingCode, 2);
        QVERIFY2(missingSaid.contains("not installed") && missingSaid.contains("docs/models.md"),
                 qPrintable(missingSaid));
        QVERIFY(!QFile::exists(data.filePath("none/song.wav")));
        QVERIFY(run({"engines", "--json"}).second.contains("\"installed\": false"));

        std::filesystem::create_directories(pathIn(data, "models"));
        std::filesystem::copy(mono_, pathIn(data, "models/musicgen-tiny"), std::filesystem::copy_options::recursive);
        const auto listed = nlohmann::json::parse(run({"engines", "--json"}).second.toStdString());
        QCOMPARE(listed[1]["name"].get<std::string>(), std::string("musicgen"));
        QVERIFY(listed[1]["installed"].get<bool>());

        const auto [code, said] = run({"generate", "an energetic house track", "--engine", "musicgen", "--duration",
                                       "5", "--seed", "3", "--tempo", "124", "--out", data.filePath("song")});
        QVERIFY2(code == 0, qPrintable(said));
        const auto folder = pathIn(data, "song");
        const auto audio = readAudioFile(folder / "song.wav");
        QCOMPARE(audio.sampleRate, 44100);
        QVERIFY(std::abs(audio.seconds() - 5.0) < 0.01);
        QVERIFY(!std::filesystem::exists(folder / "song.mid"));
        std::ifstream in(folder / "song.json");
        const auto song = nlohmann::json::parse(in);
        QCOMPARE(song["engine"].get<std::string>(), std::string("musicgen"));
        QCOMPARE(song["midi"].get<bool>(), false);
        QVERIFY(song["files"]["midi"].is_null());
        QVERIFY(song.contains("measured") && song["measured"]["tempo"].get<double>() > 0);
        const auto& report = song["engine_report"];
        QCOMPARE(report["text"].get<std::string>(), std::string("an energetic house track, 124 bpm"));
        QCOMPARE(report["guidance_scale"].get<double>(), 3.0);
        QCOMPARE(report["top_k"].get<int>(), 250);
        QCOMPARE(report["decoding_steps"].get<int>(), 250 + 3);
        QVERIFY(report["weights_mb"].get<double>() > 0);
        QVERIFY(std::abs(song["loudness"]["integrated_lufs"].get<double>() + 14.0) <= 1.0);
        QVERIFY(song["loudness"]["true_peak_dbtp"].get<double>() <= -1.0 + 1e-9);
        // Stems, from separation, the same length as the song.
        for (const auto& stem : song["files"]["stems"]) {
            const auto part = readAudioFile(folder / stem.get<std::string>());
            QCOMPARE(part.frames(), audio.frames());
        }
        QVERIFY(run({"list", "--json"}).second.contains("\"engine\": \"musicgen\""));

        // A second checkpoint beside it, publishing its own sampling: --model picks it by
        // folder name, and what is set by option overrides what it publishes.
        std::filesystem::copy(mono_, pathIn(data, "models/musicgen-tiny-b"), std::filesystem::copy_options::recursive);
        std::ofstream(pathIn(data, "models/musicgen-tiny-b/generation_config.json"))
            << R"({"do_sample": true, "guidance_scale": 2.5, "top_k": 50})";
        const auto models = nlohmann::json::parse(run({"engines", "--json"}).second.toStdString())[1]["models"];
        QCOMPARE(models, nlohmann::json::parse(R"(["musicgen-tiny", "musicgen-tiny-b"])"));
        const auto [pickedCode, pickedSaid] =
            run({"generate", "warm pads", "--engine", "musicgen", "--model", "musicgen-tiny-b", "--top-p", "0.9",
                 "--duration", "5", "--seed", "1", "--out", data.filePath("picked")});
        QVERIFY2(pickedCode == 0, qPrintable(pickedSaid));
        std::ifstream pickedJson(pathIn(data, "picked/song.json"));
        const auto picked = nlohmann::json::parse(pickedJson)["engine_report"];
        QCOMPARE(picked["model"].get<std::string>(), std::string("musicgen-tiny-b"));
        QCOMPARE(picked["guidance_scale"].get<double>(), 2.5);
        QCOMPARE(picked["top_k"].get<int>(), 50);
        QCOMPARE(picked["top_p"].get<double>(), 0.9);
        QCOMPARE(picked["temperature"].get<double>(), 1.0);

        // Refused before anything is queued: a model that is not there, sampling options
        // for the symbolic composer, values out of range.
        const int songs = static_cast<int>(nlohmann::json::parse(run({"list", "--json"}).second.toStdString()).size());
        const auto [unknownCode, unknownSaid] = run({"generate", "warm pads", "--engine", "musicgen", "--model",
                                                     "musicgen-large", "--out", data.filePath("x")});
        QCOMPARE(unknownCode, 2);
        QVERIFY2(unknownSaid.contains("installed: musicgen-tiny, musicgen-tiny-b"), qPrintable(unknownSaid));
        QCOMPARE(run({"generate", "warm pads", "--guidance", "4", "--out", data.filePath("x")}).first, 2);
        QCOMPARE(
            run({"generate", "warm pads", "--engine", "musicgen", "--top-p", "0", "--out", data.filePath("x")}).first,
            2);
        QCOMPARE(
            run({"generate", "warm pads", "--engine", "musicgen", "--temperature", "9", "--out", data.filePath("x")})
                .first,
            2);
        QCOMPARE(static_cast<int>(nlohmann::json::parse(run({"list", "--json"}).second.toStdString()).size()), songs);
    }

    // A checkpoint larger than the memory there is is refused before anything is allocated,
    // saying how much it needs (a sparse file stands in for a terabyte of weights).
    void tooLargeIsSaidBeforeLoading() {
        QTemporaryDir other;
        const auto folder = pathIn(other, "musicgen-huge");
        std::filesystem::copy(mono_, folder, std::filesystem::copy_options::recursive);
        std::filesystem::resize_file(folder / "model.safetensors", std::uintmax_t{1} << 40);
        try {
            MusicgenModel huge(folder, false);
            QFAIL("a terabyte of weights was loaded");
        } catch (const std::runtime_error& e) {
            QVERIFY2(QString(e.what()).contains("musicgen-huge needs about 1099.5 GB of memory") &&
                         QString(e.what()).contains("is available"),
                     e.what());
        }
    }

    // MusicGen-melody in its published layout loads; one lacking the chroma's projection is
    // refused naming it; a plain MusicGen asked to follow a melody says which ones can.
    void melodyCheckpointLoads() {
        const auto folder = pathIn(dir_, "musicgen-melody-tiny");
        writeCheckpoint(folder, 1, {}, true);
        const MusicgenModel melody(folder, false);
        QVERIFY(melody.config().melody);
        QVERIFY(!melody.config().decoder.crossAttention);
        QCOMPARE(melody.config().chromaLength, 235);
        QCOMPARE(inspectModel(folder)->kind, std::string("musicgen_melody"));
        const auto cut = pathIn(dir_, "musicgen-melody-cut");
        writeCheckpoint(
            cut, 1, [](auto& tensors) { tensors.erase("audio_enc_to_dec_proj.weight"); }, true);
        QVERIFY(errorOf([&] { MusicgenModel(cut, false); }).contains("audio_enc_to_dec_proj.weight"));
        MusicgenRequest request;
        request.text = "jazz";
        request.seconds = 0.5;
        request.melody.assign(32000, 0.1F);
        QVERIFY(errorOf([&] { model_->generate(request); }).contains("MusicGen-melody"));
    }

    // The chroma as computed by hand: librosa's filter bank (transformers' chroma_filter_bank)
    // at chosen bins and pitch classes from its formulas, and each frame's strongest pitch
    // class for tones of known pitch.
    void melodyChromaAsComputedByHand() {
        const ChromaSettings settings;
        const auto filters = chromaFilterBank(settings);
        QCOMPARE(filters.sizes(), (c10::IntArrayRef{12, 8193}));
        // A bin's place in chroma bins from A0/16, the Gaussian bump around each pitch class
        // (A-based, folded into [-6, 6)), the column made unit length, the octave weighting.
        const auto byHand = [](int bin, int pitchClass) {
            const auto place = [](int k) { return 12 * std::log2(k * 32000.0 / 16384.0 / (440.0 / 16)); };
            const double f = place(bin), width = std::max(place(bin + 1) - f, 1.0);
            std::array<double, 12> bump{};
            double norm = 0;
            for (int c = 0; c < 12; ++c) {
                const double d = std::fmod(f - c + 6 + 120, 12.0) - 6;
                bump[static_cast<std::size_t>(c)] = std::exp(-0.5 * std::pow(2 * d / width, 2));
                norm += std::pow(bump[static_cast<std::size_t>(c)], 2);
            }
            const double weight = std::exp(-0.5 * std::pow((f / 12 - 5) / 2, 2));
            return bump[static_cast<std::size_t>((pitchClass + 3) % 12)] / std::sqrt(norm) * weight; // C-based
        };
        for (const int bin : {134, 225, 1000, 4000})
            for (const int pitchClass : {0, 4, 7, 9})
                QVERIFY2(std::abs(filters[pitchClass][bin].item<double>() - byHand(bin, pitchClass)) < 1e-6,
                         qPrintable(QString("bin %1, class %2").arg(bin).arg(pitchClass)));
        const auto strongest = [&](const std::vector<float>& audio) {
            return melodyChroma(audio, settings)[0].argmax(1);
        };
        const auto tone = [](double hz) {
            std::vector<float> samples(64000);
            for (std::size_t i = 0; i < samples.size(); ++i)
                samples[i] = 0.5F * static_cast<float>(std::sin(2 * M_PI * hz * static_cast<double>(i) / 32000.0));
            return samples;
        };
        for (const auto& [hz, pitchClass] : {std::pair{261.63, 0}, {329.63, 4}, {392.0, 7}, {440.0, 9}, {493.88, 11}}) {
            const auto chroma = melodyChroma(tone(hz), settings);
            QCOMPARE(chroma.sizes(), (c10::IntArrayRef{1, 1 + 64000 / 4096, 12})); // centred frames
            QVERIFY(torch::equal(chroma.sum(2), torch::ones({1, 16})));            // one-hot
            QVERIFY2(torch::all(strongest(tone(hz)) == pitchClass).item<bool>(), qPrintable(QString::number(hz)));
        }
        QVERIFY(torch::all(strongest(std::vector<float>(32000, 0.0F)) == 0).item<bool>()); // silence: class 0
        // Longer than 30 s: cut, as the extractor's chunk length does.
        QCOMPARE(melodyChroma(std::vector<float>(40 * 32000, 0.1F), settings).size(1), 1 + 30 * 32000 / 4096);
    }

    // The conditioning is a prefix of the sequence: decoding with the cache gives what the
    // whole sequence gives; greedy codes follow the melody (another gives others, the same
    // the same); a whole request with a melody runs to audio.
    void melodyGenerationFollowsTheChroma() {
        MusicgenModel melody(pathIn(dir_, "musicgen-melody-tiny"), false);
        {
            const torch::NoGradGuard noGrad;
            torch::manual_seed(5);
            const auto prefix = torch::randn({1, 7, 24});
            const auto codes = torch::randint(0, 32, {1, 4, 6}, torch::kLong);
            const auto whole = melody.net()->decoder->forward(codes, prefix);
            DecoderCache cache;
            const auto first = melody.net()->decoder->forward(codes.narrow(2, 0, 4), prefix, &cache);
            const auto rest = melody.net()->decoder->forward(codes.narrow(2, 4, 2), prefix, &cache);
            QCOMPARE(whole.sizes(), (c10::IntArrayRef{1, 4, 6, 32}));
            QVERIFY(torch::allclose(torch::cat({first, rest}, 2), whole, 1e-5, 1e-5));
            QCOMPARE(cache.length, 7 + 6);
        }
        const auto text = melody.encodeText("lo-fi hip hop beat");
        MusicgenSampling greedy;
        greedy.temperature = 0;
        const auto codesFor = [&](double hz) {
            std::vector<float> samples(64000);
            for (std::size_t i = 0; i < samples.size(); ++i)
                samples[i] = 0.5F * static_cast<float>(std::sin(2 * M_PI * hz * static_cast<double>(i) / 32000.0));
            std::mt19937_64 random(1);
            return melody.generateCodes(text, 20, {}, greedy, random, {}, {}, melodyChroma(samples));
        };
        QVERIFY(torch::equal(codesFor(261.63), codesFor(261.63)));
        QVERIFY(!torch::equal(codesFor(261.63), codesFor(392.0)));

        MusicgenRequest request;
        request.text = "warm pads";
        request.seconds = 0.5;
        request.melody.assign(32000, 0.0F);
        for (std::size_t i = 0; i < request.melody.size(); ++i)
            request.melody[i] =
                0.4F * static_cast<float>(std::sin(2 * M_PI * 330.0 * static_cast<double>(i) / 32000.0));
        const auto result = melody.generate(request);
        QCOMPARE(result.audio.frames(), std::size_t{16000});
    }

    // `generate --engine musicgen --melody FILE` follows the recording with a MusicGen-melody
    // checkpoint, and says which checkpoints can when only a plain one is installed.
    void melodyThroughTheCommandLine() {
        QTemporaryDir data;
        const auto run = [&](const QStringList& arguments) { return runCli(data, arguments); };
        StereoBuffer hum(44100, 2 * 44100);
        for (std::size_t i = 0; i < hum.frames(); ++i)
            hum.left[i] = hum.right[i] =
                0.3F *
                static_cast<float>(std::sin(2 * M_PI * (i < 44100 ? 262.0 : 330.0) * static_cast<double>(i) / 44100));
        const auto wav = pathIn(data, "hum.wav");
        writeWav(wav, hum, SampleFormat::Pcm16);
        const QStringList generate{"generate",   "warm pads",
                                   "--engine",   "musicgen",
                                   "--duration", "5",
                                   "--melody",   QString::fromStdString(wav.string()),
                                   "--out",      data.filePath("song")};
        std::filesystem::create_directories(pathIn(data, "models"));
        std::filesystem::copy(mono_, pathIn(data, "models/musicgen-tiny"), std::filesystem::copy_options::recursive);
        const auto [refused, why] = run(generate);
        QVERIFY2(refused != 0 && why.contains("MusicGen-melody"), qPrintable(why));

        std::filesystem::copy(pathIn(dir_, "musicgen-melody-tiny"), pathIn(data, "models/musicgen-melody-tiny"),
                              std::filesystem::copy_options::recursive);
        const auto [code, said] = run(generate);
        QVERIFY2(code == 0, qPrintable(said));
        std::ifstream in(pathIn(data, "song/song.json"));
        const auto report = nlohmann::json::parse(in)["engine_report"];
        QCOMPARE(report["model"].get<std::string>(), std::string("musicgen-melody-tiny"));
        QCOMPARE(report["melody"].get<std::string>(), std::string("hum.wav"));
        QVERIFY(std::abs(readAudioFile(pathIn(data, "song/song.wav")).seconds() - 5.0) < 0.01);
    }

    void stereoCheckpoint() {
        QTemporaryDir other;
        const auto folder = pathIn(other, "musicgen-stereo");
        writeCheckpoint(folder, 2);
        MusicgenModel stereo(folder, false);
        MusicgenRequest request;
        request.text = "wide ambient pads";
        request.seconds = 0.3;
        const auto result = stereo.generate(request);
        QCOMPARE(result.audio.frames(), std::size_t{9600});
        QVERIFY(result.audio.left != result.audio.right); // left and right have their own codes
    }
};

QTEST_GUILESS_MAIN(TestMusicgen)
#include "test_musicgen.moc"
