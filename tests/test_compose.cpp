// SPDX-License-Identifier: GPL-3.0-or-later
// Composition: form fitted to the duration, idiomatic parts, a returning hook, determinism,
// and a MIDI file that says what the score says.

#include "MidiReader.h"
#include "TestSupport.h"

#include "compose/Compose.h"
#include "compose/Harmony.h"
#include "compose/MidiFile.h"

#include "base/ResourcePaths.h"
#include "music/BarGrid.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>

using namespace cadenza;

namespace {

const Part& part(const Score& score, const std::string& role) {
    for (const auto& p : score.parts)
        if (p.role == role)
            return p;
    throw std::runtime_error("no part " + role);
}

std::vector<int> pitches(const Part& p) {
    std::vector<int> out;
    for (const auto& n : p.notes)
        out.push_back(n.pitch);
    return out;
}

// A copy of the catalog in a temporary folder, with one file changed by `edit`; loading it
// must fail with a message that names `file` and `field`.
void expectCatalogRefused(const std::string& file, const std::function<void(nlohmann::json&)>& edit,
                          const std::string& field) {
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    std::filesystem::copy(resourceDirectory() / "catalog", root / "catalog", std::filesystem::copy_options::recursive);
    nlohmann::json j;
    std::ifstream(root / "catalog" / file) >> j;
    edit(j);
    std::ofstream(root / "catalog" / file) << j.dump(2);
    try {
        Catalog::load(root);
        QFAIL(("the catalog loaded with a mistake in " + file + " at " + field).c_str());
    } catch (const std::runtime_error& e) {
        const std::string message = e.what();
        QVERIFY2(message.find(file) != std::string::npos && message.find(field) != std::string::npos, e.what());
    }
}

} // namespace

class ComposeTest : public QObject {
    Q_OBJECT

  private slots:
    // The ruler's bars and beats: 120 quarters a minute in 4/4 is half a second a beat;
    // 6/8 at the same tempo counts two dotted-quarter beats a bar; a pickup before the
    // first downbeat counts in bar 0, and a grid without a tempo has no bars.
    void barsAndBeats() {
        const BarGrid fourFour(120, *Meter::parse("4/4"), 0.25);
        QCOMPARE(fourFour.beatSeconds(), 0.5);
        QCOMPARE(fourFour.barStart(3), 4.25);
        QCOMPARE(fourFour.label(4.25), std::string("3.1"));
        QCOMPARE(fourFour.label(5.8), std::string("3.4"));
        QCOMPARE(fourFour.label(0.0), std::string("0.4"));
        QCOMPARE(fourFour.at(1.0).beatFraction, 0.5);
        QCOMPARE(fourFour.nearestBeat(1.6), 1.75);
        const BarGrid sixEight(120, *Meter::parse("6/8"));
        QCOMPARE(sixEight.beatSeconds(), 0.75);
        QCOMPARE(sixEight.label(1.5), std::string("2.1"));
        QVERIFY(!BarGrid().valid());
        QCOMPARE(BarGrid().nearestBeat(1.3), 1.3);
    }

    void formFitsTheDurationInWholeBars_data() {
        QTest::addColumn<QString>("genre");
        QTest::addColumn<double>("duration");
        for (const auto& g : test::catalog().genres)
            for (const double d : {5.0, 30.0, 180.0, 600.0})
                QTest::newRow((g.id + " " + std::to_string(static_cast<int>(d))).c_str())
                    << QString::fromStdString(g.id) << d;
    }
    void formFitsTheDurationInWholeBars() {
        QFETCH(QString, genre);
        QFETCH(double, duration);
        const auto s = test::spec("music", duration, 3, {.genre = genre.toStdString()});
        const Score score = compose(s, test::catalog());
        int bar = 0;
        for (const auto& section : score.sections) {
            QCOMPARE(section.startBar, bar);
            QVERIFY(section.bars >= 1);
            bar += section.bars;
        }
        QCOMPARE(bar, score.bars);
        const double music = score.secondsAt(score.musicTicks());
        QVERIFY2(music <= duration - 0.99 || score.bars == 1, "no room left for the last chord to ring");
        QVERIFY2(music >= duration - 3.0 - 60.0 * score.meter.quartersPerBar() / score.tempo,
                 "the music ends too early");
        if (score.bars >= 16) {
            QVERIFY(score.sections.size() >= 4);
            const bool hasHook = std::any_of(score.sections.begin(), score.sections.end(),
                                             [](const auto& x) { return x.kind == "chorus" || x.kind == "drop"; });
            QVERIFY(hasHook);
        }
    }

    void chordSymbolsAndVoiceLeading() {
        const Key a{9, Mode::Minor};
        const Chord six = parseChordSymbol("bVImaj7", a);
        QCOMPARE(six.root, 5); // F
        QCOMPARE(six.intervals, (std::vector<int>{0, 4, 7, 11}));
        QCOMPARE(parseChordSymbol("ii7b5", a).intervals, (std::vector<int>{0, 3, 6, 10}));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, parseChordSymbol("Xmaj7", a));
        const auto first = voiceLead(parseChordSymbol("i", a), {}, 52, 72);
        const auto next = voiceLead(parseChordSymbol("iv", a), first, 52, 72);
        int movement = 0;
        for (std::size_t i = 0; i < first.size(); ++i)
            movement += std::abs(next[i] - first[i]);
        QVERIFY2(movement <= 4, "Am to Dm should move by at most a few semitones");
    }

    void sameSeedSameScoreDifferentSeedDifferentSong() {
        const auto a = compose(test::spec("pop song", 40, 11), test::catalog());
        const auto b = compose(test::spec("pop song", 40, 11), test::catalog());
        const auto c = compose(test::spec("pop song", 40, 12), test::catalog());
        QCOMPARE(pitches(part(a, "lead")), pitches(part(b, "lead")));
        QVERIFY(pitches(part(a, "lead")) != pitches(part(c, "lead")));
        std::vector<std::string> chordsA, chordsC;
        for (const auto& span : a.chords)
            chordsA.push_back(span.chord.symbol);
        for (const auto& span : c.chords)
            chordsC.push_back(span.chord.symbol);
        QVERIFY2(chordsA != chordsC || a.key != c.key, "a different seed should change the progression");
    }

    void chorusHookComesBack() {
        const auto score = compose(test::spec("pop song", 90, 5, {.genre = "pop"}), test::catalog());
        std::vector<std::vector<int>> hooks;
        for (const auto& section : score.sections) {
            if (section.kind != "chorus")
                continue;
            const Tick from = section.startBar * score.ticksPerBar();
            const Tick to = from + 4 * score.ticksPerBar();
            std::vector<int> notes;
            for (const auto& n : part(score, "lead").notes)
                if (n.tick >= from && n.tick < to)
                    notes.push_back(n.pitch);
            hooks.push_back(notes);
        }
        QVERIFY(hooks.size() >= 2);
        QVERIFY(!hooks[0].empty());
        QCOMPARE(hooks[1], hooks[0]);
    }

    void melodyPutsChordTonesOnStrongBeats() {
        const auto score = compose(test::spec("happy pop", 60, 9, {.genre = "pop"}), test::catalog());
        int strong = 0, fitting = 0;
        for (const auto& n : part(score, "lead").notes) {
            if (n.tick % (score.ticksPerBar() / 2) != 0)
                continue;
            ++strong;
            const auto pcs = score.chordAt(n.tick).pitchClasses();
            fitting += std::count(pcs.begin(), pcs.end(), wrapPitchClass(n.pitch)) > 0;
        }
        QVERIFY(strong > 8);
        QVERIFY2(fitting >= strong * 9 / 10, qPrintable(QString("%1 of %2").arg(fitting).arg(strong)));
        const auto [lo, hi] = std::minmax_element(part(score, "lead").notes.begin(), part(score, "lead").notes.end(),
                                                  [](const auto& x, const auto& y) { return x.pitch < y.pitch; });
        QVERIFY2(hi->pitch - lo->pitch <= 21, "the melody should stay in a singable range");
    }

    void bassIdioms() {
        // Jazz walks in quarter notes; trap glides; disco plays octaves.
        const auto jazz = compose(test::spec("jazz", 30, 2, {.genre = "jazz"}), test::catalog());
        const auto& walk = part(jazz, "bass").notes;
        const long quarters =
            std::count_if(walk.begin(), walk.end(), [](const auto& n) { return n.length > 400 && n.length <= 480; });
        QVERIFY(quarters > static_cast<long>(walk.size()) * 3 / 4);
        const auto trap = compose(test::spec("trap", 30, 2, {.genre = "trap"}), test::catalog());
        QVERIFY(!part(trap, "bass").bends.empty());
        const auto disco = compose(test::spec("disco", 30, 2, {.genre = "funk"}), test::catalog());
        const auto& octaves = part(disco, "bass").notes;
        int leaps = 0;
        for (std::size_t i = 1; i < octaves.size(); ++i)
            leaps += std::abs(octaves[i].pitch - octaves[i - 1].pitch) == 12;
        QVERIFY(leaps > static_cast<int>(octaves.size()) / 3);
    }

    void sectionsChangeSound() {
        // Rock's guitar plays clean in the intro and verses and overdriven in the rest, as
        // two parts of one stem; words that name the guitar's sound keep it throughout.
        const auto rock = compose(test::spec("rock", 60, 3, {.genre = "rock"}), test::catalog());
        std::map<std::string, const Part*> guitars;
        for (const auto& p : rock.parts)
            if (p.role == "harmony")
                guitars[p.sound] = &p;
        QCOMPARE(guitars.size(), std::size_t{2});
        QVERIFY(guitars.contains("clean-guitar") && guitars.contains("overdrive-guitar"));
        QCOMPARE(guitars["clean-guitar"]->group, guitars["overdrive-guitar"]->group);
        QVERIFY(guitars["clean-guitar"]->channel != guitars["overdrive-guitar"]->channel);
        for (const auto& [sound, guitar] : guitars) {
            QVERIFY(!guitar->notes.empty());
            for (const auto& note : guitar->notes) {
                const auto& kind = rock.sectionAt(note.tick).kind;
                QCOMPARE(sound == "clean-guitar", kind == "verse" || kind == "intro");
            }
        }
        const auto named =
            compose(test::spec("rock with a distorted guitar", 60, 3, {.genre = "rock"}), test::catalog());
        QCOMPARE(
            std::count_if(named.parts.begin(), named.parts.end(), [](const Part& p) { return p.role == "harmony"; }),
            1L);
    }

    void rearrangingKeepsTheComposition() {
        // A folk song played as house: the same form, chords and melody; house drums, bass
        // and instruments at house's tempo.
        const auto folkSpec = test::spec("folk", 40, 11, {.genre = "folk", .mood = "happy"});
        const auto folk = compose(folkSpec, test::catalog());
        const auto houseSpec =
            test::spec("house", 40, 11, {.genre = "house", .mood = "happy", .key = folkSpec.key.name()});
        const auto house = rearrange(folk, houseSpec, test::catalog());
        QCOMPARE(house.tempo, houseSpec.tempo);
        QCOMPARE(house.bars, folk.bars);
        QCOMPARE(house.sections.size(), folk.sections.size());
        QCOMPARE(house.chords.size(), folk.chords.size());
        for (std::size_t i = 0; i < folk.chords.size(); ++i)
            QCOMPARE(house.chords[i].chord.symbol, folk.chords[i].chord.symbol);
        const auto& folkLead = part(folk, "lead").notes;
        const auto& houseLead = part(house, "lead").notes;
        QCOMPARE(houseLead.size(), folkLead.size());
        for (std::size_t i = 0; i < folkLead.size(); ++i) {
            QCOMPARE(houseLead[i].tick, folkLead[i].tick);
            QCOMPARE(houseLead[i].pitch, folkLead[i].pitch);
        }
        QCOMPARE(part(house, "lead").sound, test::catalog().findGenre("house")->roles.at("lead").sound);
        const auto& houseDrums = part(house, "drums").notes;
        const auto& folkDrums = part(folk, "drums").notes;
        const bool sameDrums =
            houseDrums.size() == folkDrums.size() &&
            std::equal(houseDrums.begin(), houseDrums.end(), folkDrums.begin(),
                       [](const auto& a, const auto& b) { return a.tick == b.tick && a.pitch == b.pitch; });
        QVERIFY(!sameDrums);
        QVERIFY(std::abs(house.durationSeconds - folk.durationSeconds * folk.tempo / house.tempo) < 1e-9);
    }

    void moodShapesThePerformance() {
        // The same genre and seed, asked calm and angry: calm rings longer and wetter with
        // fewer melody notes; angry is detached, dry and busier.
        const auto calm = compose(test::spec("house", 40, 9, {.genre = "house", .mood = "calm"}), test::catalog());
        const auto angry = compose(test::spec("house", 40, 9, {.genre = "house", .mood = "angry"}), test::catalog());
        const auto meanLength = [](const Part& p) {
            double sum = 0;
            for (const auto& n : p.notes)
                sum += static_cast<double>(n.length);
            return sum / static_cast<double>(p.notes.size());
        };
        QVERIFY(meanLength(part(calm, "harmony")) > 1.5 * meanLength(part(angry, "harmony")));
        QVERIFY(part(calm, "lead").reverb > 2 * part(angry, "lead").reverb);
        const double calmRate = static_cast<double>(part(calm, "lead").notes.size()) / calm.durationSeconds;
        const double angryRate = static_cast<double>(part(angry, "lead").notes.size()) / angry.durationSeconds;
        QVERIFY2(angryRate > calmRate, qPrintable(QString("%1 vs %2 notes/s").arg(angryRate).arg(calmRate)));
    }

    void arrangementBuildsIntoChoruses() {
        const auto score = compose(test::spec("pop", 90, 4, {.genre = "pop"}), test::catalog());
        const auto notesIn = [&](const ScoreSection& s) {
            const Tick from = s.startBar * score.ticksPerBar();
            const Tick to = (s.startBar + s.bars) * score.ticksPerBar();
            double count = 0;
            for (const auto& p : score.parts)
                for (const auto& n : p.notes)
                    count += n.tick >= from && n.tick < to;
            return count / s.bars;
        };
        double intro = 0, chorus = 0;
        for (const auto& s : score.sections) {
            if (s.kind == "intro")
                intro = notesIn(s);
            if (s.kind == "chorus")
                chorus = std::max(chorus, notesIn(s));
        }
        QVERIFY2(chorus > intro * 1.3, "choruses should be denser than the intro");
    }

    void midiFileDescribesTheScore() {
        const auto score = compose(test::spec("jazz in 3/4", 20, 8), test::catalog());
        const auto midi = test::readMidi(midiFileBytes(score));
        QCOMPARE(midi.division, 480);
        QCOMPARE(midi.tracks.size(), score.parts.size() + 1); // a conductor track, then one per part
        QCOMPARE(midi.microsPerQuarter, 60'000'000 / score.tempo);
        QCOMPARE(midi.meter, score.meter.name());
        for (std::size_t i = 0; i < score.parts.size(); ++i) {
            const auto& part = score.parts[i];
            const auto& track = midi.tracks[i + 1];
            QCOMPARE(track.channel, part.channel);
            QCOMPARE(track.program, part.program);
            QCOMPARE(track.notes.size(), part.notes.size());
            for (std::size_t n = 0; n < part.notes.size(); ++n) {
                QCOMPARE(track.notes[n].tick, part.notes[n].tick);
                QCOMPARE(track.notes[n].pitch, part.notes[n].pitch);
            }
        }
    }

    // A typo in the catalog fails when it loads, naming the file and the field, not when
    // someone happens to pick that genre.
    void catalogRefusesItsTypos() {
        expectCatalogRefused(
            "genres/house.json", [](auto& j) { j["roles"]["bass"]["style"] = "ofbeat"; }, "roles.bass.style");
        expectCatalogRefused(
            "genres/house.json", [](auto& j) { j["groove"]["kcik"] = "X..."; }, "groove.kcik");
        expectCatalogRefused(
            "genres/house.json", [](auto& j) { j["remix_preset"] = "clubb"; }, "remix_preset");
        expectCatalogRefused(
            "genres/house.json", [](auto& j) { j["form"][0] = "intr:8"; }, "form");
        expectCatalogRefused(
            "genres/house.json", [](auto& j) { j["roles"]["leed"] = j["roles"]["lead"]; }, "roles.leed");
        expectCatalogRefused(
            "genres/house.json", [](auto& j) { j["roles"]["lead"]["sound"] = "theremin"; }, "roles.lead.sound");
        expectCatalogRefused(
            "genres/house.json", [](auto& j) { j["roles"]["bass"]["sound"] = "grand-piano"; }, "roles.bass.sound");
        expectCatalogRefused(
            "palette.json", [](auto& j) { j["sounds"]["grand-piano"]["font"] = "steinway"; },
            "sounds.grand-piano.font");
        expectCatalogRefused(
            "palette.json", [](auto& j) { j["sounds"]["acid-bass"]["params"]["cutof"] = 400; },
            "sounds.acid-bass.params.cutof");
        expectCatalogRefused(
            "palette.json", [](auto& j) { j["sounds"]["pluck"]["synth"] = "theremin"; }, "sounds.pluck.synth");
        expectCatalogRefused(
            "mix.json", [](auto& j) { j["roles"]["pad"]["reverb"] = "cathedral"; }, "reverb");
        expectCatalogRefused(
            "genres/house.json", [](auto& j) { j["mix"]["sidechain"]["roles"] = {"pads"}; }, "mix.sidechain.roles");
        expectCatalogRefused(
            "genres/house.json", [](auto& j) { j["defualt_mood"] = "calm"; }, "defualt_mood");
        expectCatalogRefused(
            "genres/house.json", [](auto& j) { j["default_mood"] = "glum"; }, "default_mood");
        expectCatalogRefused(
            "genres/house.json", [](auto& j) { j["fills"] = "rok"; }, "fills");
        expectCatalogRefused(
            "cues.json", [](auto& j) { j["instruments"]["piano"]["role"] = "keys"; }, "instruments.piano.role");
        expectCatalogRefused(
            "rhythm.json", [](auto& j) { j["fills"]["rock"][0]["snare"] = "x.y."; }, "fills.rock.snare");
        expectCatalogRefused(
            "drums.json", [](auto& j) { j["drums"].erase("clap"); }, "groove.clap");
        expectCatalogRefused(
            "effects.json", [](auto& j) { j["presets"]["hall"]["settings"]["reverb_mixx"] = 0.3; },
            "presets.hall.settings.reverb_mixx");
        expectCatalogRefused(
            "effects.json", [](auto& j) { j["presets"]["hall"]["settings"]["reverb_mix"] = 3; },
            "presets.hall.settings");
        expectCatalogRefused(
            "sections.json", [](auto& j) { j["sections"]["verse"]["melody"] = "tune"; }, "sections.verse.melody");
        expectCatalogRefused(
            "defaults.json", [](auto& j) { j["fallback_genre"] = "polka"; }, "fallback_genre");
        expectCatalogRefused(
            "moods.json", [](auto& j) { j["moods"][0]["genres"].push_back("polka"); }, "genres");
    }

    // Every style the catalog accepts for a role is one its part writer plays: a bass,
    // chord or lead part in that style has notes.
    void everyAcceptedStyleIsPlayed() {
        Catalog catalog = test::catalog();
        GenreStyle& genre = *std::find_if(catalog.genres.begin(), catalog.genres.end(),
                                          [](const GenreStyle& g) { return g.id == "pop"; });
        for (const std::string role : {"bass", "harmony", "pad", "arp", "lead", "drums"})
            for (const auto& style : catalog.stylesFor(role)) {
                RoleStyle played = genre.roles.count(role) ? genre.roles.at(role) : genre.roles.at("harmony");
                played.style = style;
                played.minEnergy = 0;
                genre.roles[role] = played;
                const Score score = compose(test::spec("pop", 20, 2, {.genre = "pop"}), catalog);
                QVERIFY2(!part(score, role).notes.empty(), (role + " in the style " + style).c_str());
            }
    }
};

QTEST_GUILESS_MAIN(ComposeTest)
#include "test_compose.moc"
