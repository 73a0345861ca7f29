// SPDX-License-Identifier: GPL-3.0-or-later
// Prompt understanding: the evaluation prompts, exact parsing of stated values, free text,
// hostile text, options overriding the prompt, and clear refusals.

#include "TestSupport.h"

#include "base/UserError.h"
#include "prompt/Interpret.h"
#include "prompt/PromptText.h"
#include "prompt/SongTitle.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <filesystem>
#include <fstream>

using namespace cadenza;

class PromptTest : public QObject {
    Q_OBJECT

  private slots:
    void catalogHasTheRequiredGenresAndMoods() {
        const auto& c = test::catalog();
        QVERIFY(c.genres.size() >= 20);
        QVERIFY(c.moods.size() >= 12);
        for (const char* g :
             {"lofi",      "boom bap", "house",     "deep house", "techno",  "trance", "drum and bass", "trap",
              "synthwave", "pop",      "rock",      "metal",      "funk",    "jazz",   "bossa nova",    "reggae",
              "country",   "folk",     "classical", "cinematic",  "ambient", "ballad"})
            QVERIFY2(c.findGenre(g), g);
        for (const char* m : {"happy", "sad", "calm", "energetic", "dark", "epic", "romantic", "tense", "dreamy",
                              "nostalgic", "angry", "relaxed"})
            QVERIFY2(c.findMood(m), m);
        QVERIFY2(c.expansions.size() > 100, "the WordNet expansion was not built");
    }

    void evaluationPrompts() {
        // The shared evaluation set when it is beside the checkout, else the copy in tests/data.
        const std::filesystem::path shared = CADENZA_SHARED_EVAL;
        std::ifstream in(
            std::filesystem::exists(shared) ? shared : std::filesystem::path(CADENZA_TEST_DATA) / "eval-prompts.jsonl");
        QVERIFY(in.good());
        std::string line;
        int checked = 0;
        while (std::getline(in, line)) {
            if (line.empty())
                continue;
            const auto row = nlohmann::json::parse(line);
            const auto prompt = row.at("prompt").get<std::string>();
            const auto& expect = row.at("expect");
            const StyleSpec s = interpret(prompt, StyleOverrides{.seed = 42}, test::catalog());
            const QByteArray where = QByteArray::fromStdString(prompt);
            if (expect.contains("genre"))
                QVERIFY2(s.genre == expect.at("genre").get<std::string>(),
                         where + " -> genre " + QByteArray::fromStdString(s.genre));
            if (expect.contains("mood"))
                QVERIFY2(s.mood == expect.at("mood").get<std::string>(),
                         where + " -> mood " + QByteArray::fromStdString(s.mood));
            if (expect.contains("tempo")) {
                QVERIFY2(s.tempo >= expect.at("tempo").at(0).get<int>() &&
                             s.tempo <= expect.at("tempo").at(1).get<int>(),
                         where + " -> tempo " + QByteArray::number(s.tempo));
            }
            if (expect.contains("key"))
                QVERIFY2(s.key.name() == expect.at("key").get<std::string>(),
                         where + " -> key " + QByteArray::fromStdString(s.key.name()));
            if (expect.contains("meter"))
                QCOMPARE(s.meter.name(), expect.at("meter").get<std::string>());
            if (expect.contains("duration"))
                QCOMPARE(s.duration, expect.at("duration").get<double>());
            ++checked;
        }
        QVERIFY(checked >= 20);
    }

    void explicitValues_data() {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<int>("tempo");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("meter");
        QTest::addColumn<double>("duration");
        QTest::newRow("bpm") << "house at 124 bpm" << 124 << ""
                             << "" << 0.0;
        QTest::newRow("at") << "techno at 160" << 160 << ""
                            << "" << 0.0;
        QTest::newRow("glued") << "90BPM boom bap" << 90 << ""
                               << "" << 0.0;
        QTest::newRow("minor") << "a song in A minor" << 0 << "A minor"
                               << "" << 0.0;
        QTest::newRow("sharp") << "F# major pop" << 0 << "F# major"
                               << "" << 0.0;
        QTest::newRow("flat") << "dark Bb minor trap" << 0 << "Bb minor"
                              << "" << 0.0;
        QTest::newRow("bare in G") << "folk in G" << 0 << "G major"
                                   << "" << 0.0;
        QTest::newRow("in a car") << "music in a car" << 0 << ""
                                  << "" << 0.0;
        QTest::newRow("6/8") << "jig in 6/8" << 0 << ""
                             << "6/8" << 0.0;
        QTest::newRow("3/4") << "piano piece, 3/4" << 0 << ""
                             << "3/4" << 0.0;
        QTest::newRow("seconds") << "30 seconds of ambient" << 0 << ""
                                 << "" << 30.0;
        QTest::newRow("minutes") << "2 minutes of jazz" << 0 << ""
                                 << "" << 120.0;
        QTest::newRow("clock") << "lofi, 1:30 long" << 0 << ""
                               << "" << 90.0;
        QTest::newRow("80s is a decade") << "80s synthwave" << 0 << ""
                                         << "" << 0.0;
    }
    void explicitValues() {
        QFETCH(QString, prompt);
        QFETCH(int, tempo);
        QFETCH(QString, key);
        QFETCH(QString, meter);
        QFETCH(double, duration);
        const auto v = parseExplicitValues(prompt.toStdString());
        QCOMPARE(v.tempo.value_or(0), tempo);
        QCOMPARE(QString::fromStdString(v.key ? v.key->name() : ""), key);
        QCOMPARE(QString::fromStdString(v.meter ? v.meter->name() : ""), meter);
        QCOMPARE(v.duration.value_or(0.0), duration);
    }

    void songTitlesAreNames_data() {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("title");
        QTest::newRow("cue after for") << "dreamy chillwave for a summer sunset drive"
                                       << QString::fromUtf8("Sunset Drive – Dreamy Synthwave");
        QTest::newRow("stated values left out")
            << "trap beat with heavy 808s, 140 bpm, F minor" << QString::fromUtf8("Heavy 808s – Nostalgic Trap");
        QTest::newRow("length left out") << "country song with acoustic guitar and fiddle, 30 seconds"
                                         << QString::fromUtf8("Acoustic Guitar – Happy Country");
        QTest::newRow("genre words left out")
            << "chill lo-fi hip hop beat for studying, 80 bpm" << QString::fromUtf8("Studying – Calm Lo-Fi Hip Hop");
        QTest::newRow("no cue") << "romantic bossa nova in D major" << QString("Romantic Bossa Nova");
        QTest::newRow("only a genre") << "drum and bass" << QString("Energetic Drum and Bass");
    }

    void songTitlesAreNames() {
        QFETCH(QString, prompt);
        QFETCH(QString, title);
        const auto spec = interpret(prompt.toStdString(), {.seed = 1}, test::catalog());
        QCOMPARE(QString::fromStdString(songTitle(prompt.toStdString(), spec.genre, spec.mood, test::catalog())),
                 title);
    }

    void waltzImpliesThreeFour() {
        QCOMPARE(interpret("a gentle waltz", {.seed = 1}, test::catalog()).meter.name(), std::string("3/4"));
    }

    void freeTextMapsSensibly() {
        const auto sleep = interpret("something to fall asleep to", {.seed = 1}, test::catalog());
        QCOMPARE(sleep.mood, std::string("calm"));
        const auto tokyo = interpret("music for a rainy night in Tokyo", {.seed = 1}, test::catalog());
        QCOMPARE(tokyo.genre, std::string("lofi"));
        // Found only through WordNet: "tranquil" is a cue, "placid" is its relative.
        const auto placid = interpret("placid morning", {.seed = 1}, test::catalog());
        QCOMPARE(placid.mood, std::string("calm"));
        QCOMPARE(placid.sources.at("mood"), FieldSource::Lexicon);
        QVERIFY(!placid.moodScores.empty());
    }

    void hostileTextNeverCrashes() {
        for (const char* prompt : {"🎹🔥🎶 💃", "'; DROP TABLE tracks; --", "¿música tranquila para dormir?", "!!!???...",
                                   "音楽 夜 雨", "a\nb\tc", "9999999999999999999999 bpm"}) {
            try {
                const auto s = interpret(prompt, {.seed = 1}, test::catalog());
                QVERIFY(test::catalog().findGenre(s.genre));
            } catch (const UserError& e) {
                QVERIFY(!e.field().empty());
            }
        }
    }

    void optionsOverrideThePrompt() {
        StyleOverrides o{.genre = "jazz",
                         .mood = "dark",
                         .tempo = 100,
                         .key = "D minor",
                         .meter = "3/4",
                         .duration = 20.0,
                         .seed = 5};
        const auto s = interpret("happy house at 124 bpm in C major, 4/4, 2 minutes", o, test::catalog());
        QCOMPARE(s.genre, std::string("jazz"));
        QCOMPARE(s.mood, std::string("dark"));
        QCOMPARE(s.tempo, 100);
        QCOMPARE(s.key.name(), std::string("D minor"));
        QCOMPARE(s.meter.name(), std::string("3/4"));
        QCOMPARE(s.duration, 20.0);
        QCOMPARE(s.sources.at("tempo"), FieldSource::Option);
    }

    void refusalsNameTheFieldAndLimit_data() {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<double>("duration");
        QTest::addColumn<int>("tempo");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty") << "" << 0.0 << 0 << "prompt";
        QTest::newRow("spaces") << "   \t " << 0.0 << 0 << "prompt";
        QTest::newRow("short") << "house" << 2.0 << 0 << "duration";
        QTest::newRow("long") << "house" << 601.0 << 0 << "duration";
        QTest::newRow("slow") << "house" << 0.0 << 10 << "tempo";
        QTest::newRow("stated tempo") << "house at 900 bpm" << 0.0 << 0 << "tempo";
    }
    void refusalsNameTheFieldAndLimit() {
        QFETCH(QString, prompt);
        QFETCH(double, duration);
        QFETCH(int, tempo);
        QFETCH(QString, field);
        StyleOverrides o;
        if (duration > 0)
            o.duration = duration;
        if (tempo > 0)
            o.tempo = tempo;
        try {
            interpret(prompt.toStdString(), o, test::catalog());
            QFAIL("accepted bad input");
        } catch (const UserError& e) {
            QCOMPARE(QString::fromStdString(e.field()), field);
        }
    }

    void seedIsRecordedWhenNotGiven() {
        const auto a = interpret("pop", {}, test::catalog());
        const auto b = interpret("pop", {}, test::catalog());
        QVERIFY(a.seed != b.seed);
        QCOMPARE(a.sources.at("seed"), FieldSource::Default);
    }
};

QTEST_GUILESS_MAIN(PromptTest)
#include "test_prompt.moc"
