// SPDX-License-Identifier: GPL-3.0-or-later
// The player's mixer and transport, with stems whose levels make every output predictable.

#include "audio/MixerState.h"
#include "playback/AudioInput.h"
#include "playback/AudioOutput.h"
#include "playback/Player.h"
#include "playback/Recorder.h"

#include <QtTest>

#include <thread>

#include <cmath>

using namespace cadenza;

namespace {

Stem constant(const std::string& name, float left, float right, double seconds = 2) {
    Stem s{name, StereoBuffer(44100, static_cast<std::size_t>(seconds * 44100))};
    std::fill(s.audio.left.begin(), s.audio.left.end(), left);
    std::fill(s.audio.right.begin(), s.audio.right.end(), right);
    return s;
}

std::vector<float> play(Player& player, std::size_t frames) {
    std::vector<float> out(2 * frames);
    player.render(out.data(), frames);
    return out;
}

} // namespace

class PlayerTest : public QObject {
    Q_OBJECT

  private slots:
    void mixesTheStems() {
        Player player;
        player.load({constant("drums", 0.25f, 0.25f), constant("bass", 0.5f, 0.5f)});
        QCOMPARE(player.stemCount(), std::size_t{2});
        QCOMPARE(player.stemNames(), (std::vector<std::string>{"drums", "bass"}));
        QVERIFY(play(player, 64)[0] == 0.0f); // not playing yet: silence
        player.play();
        const auto out = play(player, 64);
        QCOMPARE(out[0], 0.75f);
        QCOMPARE(out[1], 0.75f);
        QVERIFY(std::abs(player.position() - 64.0 / 44100) < 1e-9);
    }

    void mutingRampsWithoutAClick() {
        Player player;
        player.load({constant("drums", 0.25f, 0.25f), constant("bass", 0.5f, 0.5f)});
        player.play();
        play(player, 512);
        player.setMute(1, true);
        const auto out = play(player, 1024);
        float steepest = 0;
        for (std::size_t i = 2; i < out.size(); i += 2)
            steepest = std::max(steepest, std::abs(out[i] - out[i - 2]));
        QVERIFY2(steepest <= 0.5f / Player::kRampFrames + 1e-6f, qPrintable(QString::number(steepest)));
        QVERIFY(std::abs(out[out.size() - 2] - 0.25f) < 1e-6f); // after the ramp: drums alone
    }

    // The master gain scales the whole mix (comparing versions at one loudness); a new
    // track starts at unity.
    void masterGainScalesTheMix() {
        Player player;
        player.load({constant("drums", 0.25f, 0.25f), constant("bass", 0.5f, 0.5f)});
        player.setMasterGain(0.5f);
        player.play();
        QCOMPARE(play(player, 64)[0], 0.375f);
        player.load({constant("drums", 0.25f, 0.25f)});
        QCOMPARE(player.masterGain(), 1.0f);
    }

    void soloAndPan() {
        Player player;
        player.load({constant("drums", 0.25f, 0.25f), constant("bass", 0.5f, 0.5f)});
        player.play();
        player.setSolo(0, true);
        player.setPan(0, -1); // hard left
        play(player, 2048);
        const auto out = play(player, 16);
        QVERIFY(std::abs(out[0] - 0.25f) < 1e-6f);
        QVERIFY(std::abs(out[1]) < 1e-6f);
    }

    void seekLoopAndEnd() {
        Player player;
        player.load({constant("drums", 0.1f, 0.1f, 1.0)});
        player.seek(0.5);
        QVERIFY(std::abs(player.position() - 0.5) < 1e-4);
        player.setLoop(0.5, 0.6);
        player.play();
        play(player, 44100); // a second of playing loops within the tenth
        QVERIFY(player.position() >= 0.5 && player.position() < 0.6);
        player.setLoop(0, 0);
        play(player, 44100);
        QVERIFY(!player.playing()); // it stopped at the end
        QVERIFY(std::abs(player.position() - 1.0) < 1e-4);
    }

    // The meters read what is heard: a strip's peak after its gain, nothing from a muted
    // strip, the mix per channel, and the mix's momentary loudness (EBU Tech 3341's case: a
    // 1 kHz sine at -23 dBFS in both channels reads -23 LUFS).
    void metersFollowTheMix() {
        Player player;
        player.load({constant("drums", 0.25f, 0.25f), constant("bass", 0.5f, 0.5f)});
        QCOMPARE(player.takePeak(0), 0.0f); // not playing: nothing metered
        player.play();
        player.setVolume(1, 0.5f);
        player.setPan(0, -1);
        play(player, 4096);
        QVERIFY(std::abs(player.takePeak(0) - 0.25f) < 1e-6f);
        QVERIFY(std::abs(player.takePeak(1) - 0.5f) < 0.01f); // the ramp starts at unity
        QCOMPARE(player.takePeak(1), 0.0f);                   // taken: reset until the next block
        player.takeMasterPeak();
        play(player, 512);
        QVERIFY(std::abs(player.takePeak(1) - 0.25f) < 1e-6f); // at its volume now
        const auto master = player.takeMasterPeak();
        QVERIFY(std::abs(master.left - 0.5f) < 1e-6f);
        QVERIFY(std::abs(master.right - 0.25f) < 1e-6f); // the drums are hard left
        player.setMute(0, true);
        play(player, 1024);
        player.takePeak(0);
        play(player, 512);
        QCOMPARE(player.takePeak(0), 0.0f);

        Stem sine{"tone", StereoBuffer(48000, 48000)};
        const float amplitude = std::pow(10.0f, -23.0f / 20.0f);
        for (std::size_t i = 0; i < sine.audio.frames(); ++i)
            sine.audio.left[i] = sine.audio.right[i] =
                amplitude * static_cast<float>(std::sin(2 * M_PI * 1000.0 * static_cast<double>(i) / 48000));
        player.load({sine});
        QCOMPARE(player.momentaryLoudness(), -70.0);
        player.play();
        for (int block = 0; block < 60; ++block)
            play(player, 512);
        QVERIFY2(std::abs(player.momentaryLoudness() + 23.0) < 0.1,
                 qPrintable(QString::number(player.momentaryLoudness())));
    }

    // A track's mixer round-trips through its JSON, leaves out strips at their defaults, and
    // refuses text that is not a mixer's.
    void mixerStateRoundTrips() {
        MixerState state;
        state.strips["bass"] = {.volumeDb = -9.5, .pan = 0.3, .mute = true, .solo = false};
        state.strips["drums"] = {};
        const auto back = MixerState::fromJson(state.toJson());
        QVERIFY(back);
        QCOMPARE(back->strips.size(), std::size_t{1});
        QVERIFY(back->strips.at("bass") == state.strips.at("bass"));
        QCOMPARE(MixerState::settingKey(42), std::string("mixer.42"));
        QVERIFY(!MixerState::fromJson("[1, 2]"));
        QVERIFY(!MixerState::fromJson(R"({"bass": {"volume_db": "loud"}})"));
        QVERIFY(!MixerState::fromJson("not json"));
    }

    // A generated input records in real time into the recorder: what arrives is the
    // source's samples in order; a ring that is not drained drops and counts the excess.
    void recordingKeepsWhatTheInputHears() {
        Recorder recorder(44100, 1.0);
        std::size_t made = 0;
        const auto source = [&made](float* out, std::size_t frames) {
            for (std::size_t i = 0; i < frames; ++i, ++made)
                out[2 * i] = out[2 * i + 1] =
                    0.5f * static_cast<float>(std::sin(2 * M_PI * 440 * static_cast<double>(made) / 44100));
        };
        {
            const auto input = openGeneratedInput(
                [&](const float* frames, std::size_t n) { recorder.capture(frames, n); }, 44100, source);
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < 400) {
                QTest::qWait(30);
                recorder.drain();
            }
        }
        recorder.drain();
        QVERIFY2(recorder.seconds() > 0.3 && recorder.seconds() < 0.6, qPrintable(QString::number(recorder.seconds())));
        QCOMPARE(recorder.dropped(), std::size_t{0});
        const auto& audio = recorder.recording();
        for (std::size_t i = 0; i < audio.frames(); i += 37)
            QVERIFY(std::abs(audio.left[i] - 0.5f * static_cast<float>(std::sin(
                                                        2 * M_PI * 440 * static_cast<double>(i) / 44100))) < 1e-5f);
        QVERIFY(std::abs(recorder.takePeak() - 0.5f) < 0.01f);

        Recorder small(1000, 0.1); // room for 100 frames
        std::vector<float> block(2 * 80, 0.25f);
        small.capture(block.data(), 80);
        small.capture(block.data(), 80); // 60 of these do not fit
        QCOMPARE(small.dropped(), std::size_t{60});
        small.drain();
        QCOMPARE(small.recording().frames(), std::size_t{100});
        small.capture(block.data(), 80); // drained: room again
        small.drain();
        QCOMPARE(small.recording().frames(), std::size_t{180});
    }

    // The null output pulls audio on its own thread: playing advances the position, pausing
    // holds it. (How close to real time it runs is a figure of bench/playback-bench.)
    void theNullOutputPlays() {
        Player player;
        player.load({constant("drums", 0.1f, 0.1f, 5.0)});
        const auto output = openNullOutput([&](float* out, std::size_t frames) { player.render(out, frames); }, 44100);
        QTest::qWait(50);
        QCOMPARE(player.position(), 0.0); // not playing: nothing moves
        player.play();
        QTRY_VERIFY(player.position() > 0.05);
        player.pause();
        const double held = player.position();
        QTest::qWait(50);
        QCOMPARE(player.position(), held);
    }

    // toggle() is one read-modify-write: an even number of toggles from two threads at
    // once leaves the player as it was (ThreadSanitizer runs this suite too).
    void toggleIsAtomic() {
        Player player;
        const auto flip = [&] {
            for (int i = 0; i < 20000; ++i)
                player.toggle();
        };
        {
            std::jthread a(flip);
            std::jthread b(flip);
        }
        QVERIFY(!player.playing());
    }
};

QTEST_GUILESS_MAIN(PlayerTest)
#include "test_player.moc"
