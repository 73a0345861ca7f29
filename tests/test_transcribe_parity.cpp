// SPDX-License-Identifier: GPL-3.0-or-later
// Basic Pitch against the reference implementation's own test case (tests/data/basic-pitch,
// with its README): the network's posteriorgrams on vocadito_10 must match the reference's
// within 1e-4 (from the 44.1 kHz original; onset 3e-4 from the given 22,050 Hz file: see
// below), and the note creation must find the reference's 28 notes, at the same
// pitches, within a frame at either end, with the same pitch bends. The loader must refuse
// a damaged model.json or shard, naming the problem.

#include "audio/AudioFile.h"
#include "audio/Resample.h"
#include "ml/BasicPitch.h"
#include "ml/SafeTensors.h"
#include "ml/TfjsWeights.h"
#include "transcribe/NoteCreation.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <fstream>
#include <string_view>

using namespace cadenza;

namespace {

const std::filesystem::path kData = std::filesystem::path(CADENZA_TEST_DATA) / "basic-pitch";
const std::filesystem::path kModel = std::filesystem::path(CADENZA_MODELS) / "basic-pitch";

std::vector<float> monoAudio(const std::filesystem::path& file) {
    return readAudioFile(file).left;
}

torch::Tensor asTensor(const std::vector<float>& values, int frames) {
    return torch::from_blob(const_cast<float*>(values.data()),
                            {frames, static_cast<std::int64_t>(values.size()) / frames}, torch::kFloat32)
        .clone();
}

void copyFolder(const std::filesystem::path& from, const std::filesystem::path& to) {
    std::filesystem::create_directories(to);
    for (const auto& entry : std::filesystem::directory_iterator(from))
        std::filesystem::copy_file(entry.path(), to / entry.path().filename());
}

} // namespace

class TranscribeParityTest : public QObject {
    Q_OBJECT

    std::unique_ptr<BasicPitch> model_;
    Posteriorgrams ours_;
    SafeTensorsFile reference_;

  private slots:
    void initTestCase() {
        model_ = std::make_unique<BasicPitch>(kModel);
        ours_ = model_->run(monoAudio(kData / "vocadito_10.22050.wav"));
        reference_ = readSafeTensors(kData / "vocadito_10.model_output.safetensors");
    }

    // From the given 22,050 Hz file, contour and note agree within 1e-4 and onset within
    // 3e-4 (2.8e-4 measured). That file is not quite the reference's own input: ffmpeg's
    // soxr made it, librosa's made the reference's (each to about 20 bits), and the onset
    // stack, which sees the CQT with no sigmoid between, is the most sensitive (one ulp of
    // noise on the samples moves it by 3.8e-5). The whole network in double precision gives
    // the same differences, so they are not this implementation's rounding; from the
    // 44.1 kHz original, through Cadenza's own resampling, all three agree within 1e-4.
    void posteriorgramsMatchTheReference() {
        QCOMPARE(ours_.frames, 787);
        for (const auto& [name, values] :
             {std::pair{"contour", &ours_.contour}, std::pair{"note", &ours_.note}, std::pair{"onset", &ours_.onset}}) {
            const auto& expected = reference_.tensors.at(name);
            const auto got = asTensor(*values, ours_.frames);
            QCOMPARE(got.sizes(), expected.sizes());
            const double difference = (got - expected).abs().max().item<double>();
            qInfo("%s: largest difference %.3g", name, difference);
            QVERIFY2(difference < (std::string_view(name) == "onset" ? 3e-4 : 1e-4), name);
        }
    }

    // The reference's posteriorgrams were made from the 44.1 kHz original, resampled by its
    // loader (librosa's soxr_hq). Cadenza's mono resampling (libsoxr's HQ) takes the same
    // path: every posteriorgram within 1e-4, and the same 28 notes within a frame.
    void fromTheOriginalThroughOurResampler() {
        const auto original = monoAt(readAudioFile(kData / "vocadito_10.wav"), Posteriorgrams::kSampleRate);
        const auto given = monoAudio(kData / "vocadito_10.22050.wav");
        double audioDifference = 0;
        for (std::size_t i = 0; i < std::min(given.size(), original.size()); ++i)
            audioDifference = std::max(audioDifference, static_cast<double>(std::abs(given[i] - original[i])));
        qInfo("audio: %zu samples against %zu, largest difference %.3g", original.size(), given.size(),
              audioDifference);
        const auto ours = model_->run(original);
        for (const auto& [name, values] :
             {std::pair{"contour", &ours.contour}, std::pair{"note", &ours.note}, std::pair{"onset", &ours.onset}}) {
            const auto& expected = reference_.tensors.at(name);
            const auto got = asTensor(*values, ours.frames);
            QCOMPARE(got.sizes(), expected.sizes());
            const double difference = (got - expected).abs().max().item<double>();
            qInfo("%s from the 44.1 kHz file: largest difference %.3g", name, difference);
            QVERIFY2(difference < 1e-4, name);
        }
        const auto notes = notesFromPosteriorgrams(ours);
        std::ifstream in(kData / "vocadito_10.note_events.json");
        const auto expected = nlohmann::json::parse(in);
        QCOMPARE(notes.size(), expected.size());
        for (std::size_t i = 0; i < notes.size(); ++i) {
            QCOMPARE(notes[i].pitch, expected[i].at("pitch_midi").get<int>());
            QVERIFY(std::abs(notes[i].start - expected[i].at("start_s").get<double>()) <= 256.0 / 22050 + 1e-9);
            QVERIFY(std::abs(notes[i].end - expected[i].at("end_s").get<double>()) <= 256.0 / 22050 + 1e-9);
        }
    }

    void notesMatchTheReference() {
        std::ifstream in(kData / "vocadito_10.note_events.json");
        const auto expected = nlohmann::json::parse(in);
        // On the reference's own posteriorgrams the decoder must give exactly its notes; on
        // ours, the same within a frame.
        Posteriorgrams theirs;
        theirs.frames = 787;
        for (const auto& [name, into] : {std::pair{"contour", &theirs.contour}, std::pair{"note", &theirs.note},
                                         std::pair{"onset", &theirs.onset}}) {
            const auto& tensor = reference_.tensors.at(name);
            into->assign(tensor.data_ptr<float>(), tensor.data_ptr<float>() + tensor.numel());
        }
        constexpr double frame = 256.0 / 22050.0;
        for (const auto* posteriorgrams : {&theirs, &ours_}) {
            const auto notes = notesFromPosteriorgrams(*posteriorgrams);
            QCOMPARE(notes.size(), expected.size());
            const double tolerance = posteriorgrams == &theirs ? 1e-9 : frame + 1e-9;
            for (std::size_t i = 0; i < notes.size(); ++i) {
                const auto& want = expected[i];
                QCOMPARE(notes[i].pitch, want.at("pitch_midi").get<int>());
                QVERIFY2(std::abs(notes[i].start - want.at("start_s").get<double>()) <= tolerance,
                         qPrintable(QString("note %1 starts at %2, the reference at %3")
                                        .arg(i)
                                        .arg(notes[i].start)
                                        .arg(want.at("start_s").get<double>())));
                QVERIFY(std::abs(notes[i].end - want.at("end_s").get<double>()) <= tolerance);
                QVERIFY(std::abs(notes[i].amplitude - want.at("amplitude").get<double>()) < 1e-3);
                if (posteriorgrams == &theirs)
                    QCOMPARE(notes[i].bends, want.at("pitch_bends").get<std::vector<int>>());
            }
        }
    }

    void aDamagedModelIsRefusedByName() {
        const QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        // Why a model folder does not load; empty when it does.
        const auto refusal = [](const std::filesystem::path& model) -> QString {
            try {
                BasicPitch loaded(model);
                return {};
            } catch (const std::runtime_error& e) {
                return e.what();
            }
        };

        copyFolder(kModel, folder / "short");
        std::filesystem::resize_file(folder / "short" / "group1-shard1of1.bin", 1000);
        QVERIFY2(refusal(folder / "short").contains("runs past the end of its shards"),
                 qPrintable(refusal(folder / "short")));

        copyFolder(kModel, folder / "json");
        std::ofstream(folder / "json" / "model.json") << "{\"format\": \"graph-model\", \"weightsManifest\": [";
        QVERIFY2(refusal(folder / "json").contains("not valid JSON"), qPrintable(refusal(folder / "json")));

        // A weight of the wrong shape is named, with both shapes.
        copyFolder(kModel, folder / "shape");
        std::ifstream in(kModel / "model.json");
        auto json = nlohmann::json::parse(in);
        for (auto& weight : json["weightsManifest"][0]["weights"])
            if (weight["name"] == "StatefulPartitionedCall/model_1/conv2d_3/BiasAdd/ReadVariableOp")
                weight["shape"] = {1, 1};
        std::ofstream(folder / "shape" / "model.json") << json.dump();
        QVERIFY2(refusal(folder / "shape").contains("conv2d_3/BiasAdd/ReadVariableOp' has the shape [1, 1]"),
                 qPrintable(refusal(folder / "shape")));
        QVERIFY(refusal(kModel).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TranscribeParityTest)
#include "test_transcribe_parity.moc"
