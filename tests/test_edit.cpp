// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a composed song: a section written anew, added or removed, a part's sound, the
// tempo and the key, each as a new version in the project history, with undo and redo.
// Everything is real: the composer, the renderer, the analysis, the job queue, the database.

#include "TestSupport.h"

#include "analysis/Analysis.h"
#include "audio/AudioFile.h"
#include "audio/IntegratedLoudness.h"
#include "base/UserError.h"
#include "compose/Compose.h"
#include "compose/ScoreEdits.h"
#include "compose/ScoreJson.h"
#include "engines/Engines.h"
#include "engines/SymbolicEngine.h"
#include "jobs/JobQueue.h"
#include "project/SongVersions.h"
#include "render/StemSplice.h"
#include "runners/EditJob.h"
#include "runners/GenerateJob.h"
#include "runners/RearrangeJob.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>

using namespace cadenza;
using namespace std::chrono_literals;

namespace {

const StyleSpec& songSpec() {
    static const StyleSpec spec = test::spec("anthemic pop song with a big chorus", 60, 11, {.genre = "pop"});
    return spec;
}

const Score& song() {
    static const Score score = compose(songSpec(), test::catalog());
    return score;
}

// Every note of the score that starts in [begin, end), part by part.
std::vector<std::vector<NoteEvent>> notesIn(const Score& score, Tick begin, Tick end) {
    std::vector<std::vector<NoteEvent>> out;
    for (const auto& part : score.parts) {
        auto& notes = out.emplace_back();
        for (const auto& n : part.notes)
            if (n.tick >= begin && n.tick < end)
                notes.push_back(n);
    }
    return out;
}

bool sameNotes(const std::vector<NoteEvent>& a, const std::vector<NoteEvent>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const NoteEvent& x, const NoteEvent& y) {
        return x.tick == y.tick && x.length == y.length && x.pitch == y.pitch && x.velocity == y.velocity;
    });
}

const Part& partOf(const Score& score, const std::string& role) {
    for (const auto& p : score.parts)
        if (p.role == role)
            return p;
    throw std::runtime_error("no " + role);
}

int firstSection(const Score& score, const std::string& kind, int from = 0) {
    for (int i = from; i < static_cast<int>(score.sections.size()); ++i)
        if (score.sections[static_cast<std::size_t>(i)].kind == kind)
            return i;
    throw std::runtime_error("no " + kind);
}

// The largest step between neighbouring samples of the left channel in [from, to).
float largestStep(const StereoBuffer& audio, std::size_t from, std::size_t to) {
    float step = 0;
    for (std::size_t i = std::max<std::size_t>(from, 1); i < std::min(to, audio.frames()); ++i)
        step = std::max(step, std::abs(audio.left[i] - audio.left[i - 1]));
    return step;
}

template <typename Edit> void expectRefused(Edit&& edit, const std::string& field) {
    try {
        edit();
        QFAIL(("accepted a bad " + field).c_str());
    } catch (const UserError& e) {
        QCOMPARE(e.field(), field);
    }
}

} // namespace

class EditTest : public QObject {
    Q_OBJECT

  private slots:
    void scoreJsonKeepsEveryNote() {
        const Score back = scoreFromJson(scoreToJson(song()));
        QCOMPARE(scoreToJson(back), scoreToJson(song()));
        QCOMPARE(back.parts.size(), song().parts.size());
        for (std::size_t i = 0; i < back.parts.size(); ++i)
            QVERIFY(sameNotes(back.parts[i].notes, song().parts[i].notes));
        QCOMPARE(back.sections.size(), song().sections.size());
        QCOMPARE(back.chords.size(), song().chords.size());
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, scoreFromJson("{\"format\": 1}"));
    }

    void regenerateChangesOneSectionOnly() {
        const int chorus = firstSection(song(), "chorus");
        const auto [begin, end] = sectionTicks(song(), chorus);
        const std::set<EditPart> melody = {EditPart::Melody};
        const Score a = regenerateSection(song(), songSpec(), chorus, melody, 101, test::catalog());
        const Score b = regenerateSection(song(), songSpec(), chorus, melody, 202, test::catalog());
        // Outside the section, every note is the original's.
        const Tick last = song().musicTicks() + 100000;
        for (const Score* edited : {&a, &b}) {
            QCOMPARE(edited->parts.size(), song().parts.size());
            const auto before = notesIn(*edited, 0, begin), after = notesIn(*edited, end, last);
            const auto wasBefore = notesIn(song(), 0, begin), wasAfter = notesIn(song(), end, last);
            for (std::size_t p = 0; p < before.size(); ++p) {
                QVERIFY(sameNotes(before[p], wasBefore[p]));
                QVERIFY(sameNotes(after[p], wasAfter[p]));
            }
        }
        // Inside, the melody is new, and another seed writes another; the other parts stay.
        const auto leadIndex = static_cast<std::size_t>(&partOf(song(), "lead") - song().parts.data());
        const auto inside = [&](const Score& s) { return notesIn(s, begin, end)[leadIndex]; };
        QVERIFY(!inside(a).empty());
        QVERIFY(!sameNotes(inside(a), inside(song())));
        QVERIFY(!sameNotes(inside(a), inside(b)));
        for (std::size_t p = 0; p < song().parts.size(); ++p)
            if (p != leadIndex)
                QVERIFY(sameNotes(notesIn(a, begin, end)[p], notesIn(song(), begin, end)[p]));
        for (const auto& n : partOf(a, "lead").notes)
            if (n.tick >= begin && n.tick < end)
                QVERIFY(n.tick + n.length <= end);
        // The same edit with the same seed is the same score.
        QCOMPARE(scoreToJson(regenerateSection(song(), songSpec(), chorus, melody, 101, test::catalog())),
                 scoreToJson(a));
        // Chords too: the progression inside changes, the one outside does not.
        const Score c =
            regenerateSection(song(), songSpec(), chorus, {EditPart::Chords, EditPart::Bass}, 303, test::catalog());
        for (const auto& span : song().chords)
            if (span.tick < begin || span.tick >= end)
                QVERIFY(std::any_of(c.chords.begin(), c.chords.end(), [&](const ChordSpan& s) {
                    return s.tick == span.tick && s.chord.symbol == span.chord.symbol;
                }));
    }

    void extendAddsASectionAndTheHookReturns() {
        const int bars = song().bars;
        const Score longer = extendSong(song(), songSpec(), "chorus", std::nullopt, 5, test::catalog());
        QCOMPARE(longer.sections.size(), song().sections.size() + 1);
        QCOMPARE(longer.sections.back().kind, std::string("chorus"));
        const int added = longer.sections.back().bars;
        QCOMPARE(longer.bars, bars + added);
        QVERIFY(std::abs(longer.durationSeconds - song().durationSeconds -
                         longer.secondsAt(added * song().ticksPerBar())) < 1e-9);
        // The hook: the added chorus's melody is the first chorus's.
        const auto [first, firstEnd] = sectionTicks(song(), firstSection(song(), "chorus"));
        const auto [added0, addedEnd] = sectionTicks(longer, static_cast<int>(longer.sections.size()) - 1);
        std::vector<int> hook, again;
        for (const auto& n : partOf(song(), "lead").notes)
            if (n.tick >= first && n.tick < firstEnd)
                hook.push_back(n.pitch);
        for (const auto& n : partOf(longer, "lead").notes)
            if (n.tick >= added0 && n.tick < addedEnd)
                again.push_back(n.pitch);
        QVERIFY(!hook.empty());
        QCOMPARE(again, hook);
        // A bridge after section 1: what follows moves later by its length, untouched.
        const Score bridged = extendSong(song(), songSpec(), "bridge", 1, 5, test::catalog());
        QCOMPARE(bridged.sections[2].kind, std::string("bridge"));
        const auto shift = bridged.sections[2].bars * song().ticksPerBar();
        const auto [from, to] = sectionTicks(song(), 2);
        const auto moved = notesIn(bridged, from + shift, song().musicTicks() + shift + 100000);
        const auto original = notesIn(song(), from, song().musicTicks() + 100000);
        for (std::size_t p = 0; p < moved.size(); ++p) {
            QCOMPARE(moved[p].size(), original[p].size());
            for (std::size_t i = 0; i < moved[p].size(); ++i)
                QCOMPARE(moved[p][i].tick, original[p][i].tick + shift);
        }
        QVERIFY(!notesIn(bridged, from,
                         from + shift)[static_cast<std::size_t>(&partOf(song(), "bass") - song().parts.data())]
                     .empty());
        expectRefused([&] { extendSong(song(), songSpec(), "interlude", std::nullopt, 1, test::catalog()); }, "extend");
    }

    void removeJoinsWithoutAClick() {
        const int verse = firstSection(song(), "verse");
        const auto [begin, end] = sectionTicks(song(), verse);
        const Score shorter = removeSection(song(), verse);
        QCOMPARE(shorter.sections.size(), song().sections.size() - 1);
        QVERIFY(std::abs(song().durationSeconds - shorter.durationSeconds - song().secondsAt(end - begin)) < 1e-9);
        for (const auto& part : shorter.parts)
            for (const auto& n : part.notes)
                QVERIFY(n.tick >= begin || n.tick + n.length <= begin); // nothing rings into the cut
        const SymbolicEngine engine(test::catalog(), RenderSettings{});
        const Song rendered = engine.perform(songSpec(), shorter, {}, CancelToken());
        const auto join = static_cast<std::size_t>(std::llround(shorter.secondsAt(begin) * 44100));
        const float atJoin = largestStep(rendered.master.audio, join - 2205, join + 2205);
        const float elsewhere = largestStep(rendered.master.audio, 0, rendered.master.audio.frames());
        QVERIFY2(atJoin <= elsewhere, qPrintable(QString("%1 at the join, %2 in the song").arg(atJoin).arg(elsewhere)));
        expectRefused([&] { removeSection(song(), 99); }, "section");
    }

    void soundSwapChangesOneStem() {
        const SymbolicEngine engine(test::catalog(), RenderSettings{});
        const StyleSpec spec = test::spec("pop", 20, 4, {.genre = "pop"});
        const Score score = compose(spec, test::catalog());
        const Score swapped = swapSound(score, "lead", "grand-piano", test::catalog());
        QCOMPARE(partOf(swapped, "lead").sound, std::string("grand-piano"));
        QCOMPARE(partOf(swapped, "lead").program, test::catalog().palette.sound("grand-piano").gmProgram);
        const Song before = engine.perform(spec, score, {}, CancelToken());
        // Rendered as an edit does: the parent's levels, but for the part with a new sound.
        MixLevels keep = before.levels;
        keep.stemDb.erase("lead");
        const Song after = engine.perform(spec, swapped, {}, CancelToken(), {}, {.levels = keep});
        QCOMPARE(after.stems.size(), before.stems.size());
        for (std::size_t i = 0; i < before.stems.size(); ++i) {
            const bool same = before.stems[i].audio.left == after.stems[i].audio.left &&
                              before.stems[i].audio.right == after.stems[i].audio.right;
            QVERIFY2(same == (before.stems[i].group != "lead"), before.stems[i].group.c_str());
        }
        // The new sound is brought to the part's level: the lead stem's loudness stays.
        const auto lead = [](const Song& song) {
            for (const auto& stem : song.stems)
                if (stem.group == "lead")
                    return measureIntegratedLoudness(stem.audio);
            return 0.0;
        };
        QVERIFY2(std::abs(lead(after) - lead(before)) < 1.0,
                 qPrintable(QString("%1 against %2 LUFS").arg(lead(after)).arg(lead(before))));
        expectRefused([&] { swapSound(score, "lead", "tr808-kit", test::catalog()); }, "sound");
        expectRefused([&] { swapSound(score, "lead", "no-such-sound", test::catalog()); }, "sound");
    }

    void regeneratedAudioChangesOnlyInTheSection_data() {
        QTest::addColumn<QString>("genre");
        QTest::newRow("pop: a piano lead from MuseScore General") << "pop";
        QTest::newRow("jazz: FluidR3's tenor sax") << "jazz";
    }
    void regeneratedAudioChangesOnlyInTheSection() {
        QFETCH(QString, genre);
        const SymbolicEngine engine(test::catalog(), RenderSettings{});
        const StyleSpec spec = test::spec(genre.toStdString(), 30, 6, {.genre = genre.toStdString()});
        const Score score = compose(spec, test::catalog());
        const int verse = firstSection(score, "verse");
        const Score edited = regenerateSection(score, spec, verse, {EditPart::Melody}, 77, test::catalog());
        const Song before = engine.perform(spec, score, {}, CancelToken());
        const auto [begin, end] = sectionTicks(score, verse);
        // Rendered as an edit does: the parent's levels, and its lead outside the section
        // and the three seconds of tails after it.
        EditBase parent{.levels = before.levels, .from = begin, .until = end, .master = before.master.audio};
        for (const auto& stem : before.stems)
            (stem.group == "lead" ? parent.spliced : parent.unchanged).push_back(stem);
        const Song after = engine.perform(spec, edited, {}, CancelToken(), {}, parent);
        const auto frameAt = [&](Tick tick) {
            return static_cast<std::size_t>(std::llround(score.secondsAt(tick) * 44100));
        };
        // The largest difference before the section, in it, and after its tails, leaving
        // `margin` seconds at each edge for the crossfades (and the master's look-ahead and
        // release).
        struct Differences {
            float beforeSection = 0, inSection = 0, afterTails = 0;
        };
        const auto compare = [&](const StereoBuffer& a, const StereoBuffer& b, double margin) {
            Differences d;
            const auto edge = static_cast<std::size_t>(margin * 44100);
            for (std::size_t f = 0; f < a.frames(); ++f) {
                const float diff = std::max(std::abs(a.left[f] - b.left[f]), std::abs(a.right[f] - b.right[f]));
                if (f + edge < frameAt(begin))
                    d.beforeSection = std::max(d.beforeSection, diff);
                else if (f >= frameAt(begin) && f < frameAt(end))
                    d.inSection = std::max(d.inSection, diff);
                else if (f > frameAt(end) + 3 * 44100 + edge)
                    d.afterTails = std::max(d.afterTails, diff);
            }
            return d;
        };
        for (std::size_t i = 0; i < before.stems.size(); ++i) {
            const std::string group = before.stems[i].group;
            const Differences d = compare(before.stems[i].audio, after.stems[i].audio, 0.05);
            QVERIFY2(d.beforeSection == 0, group.c_str());
            QVERIFY2((d.inSection > 0) == (group == "lead"), group.c_str());
            QVERIFY2(d.afterTails == 0, qPrintable(QString("%1: %2").arg(group.c_str()).arg(d.afterTails)));
        }
        // Inside the section, the lead rendered over the span alone is the lead the whole
        // edited score renders (but for the echoes of notes long before), and its joins
        // into the parent's do not click.
        EditBase levelsOnly{.levels = before.levels};
        const Song whole = engine.perform(spec, edited, {}, CancelToken(), {}, levelsOnly);
        const auto lead = [](const Song& song) -> const StereoBuffer& {
            return std::ranges::find(song.stems, std::string("lead"), &Stem::group)->audio;
        };
        float peak = 0, apart = 0;
        for (std::size_t f = frameAt(begin); f < frameAt(end); ++f) {
            peak = std::max(peak, std::abs(lead(whole).left[f]));
            apart = std::max(apart, std::abs(lead(whole).left[f] - lead(after).left[f]));
        }
        QVERIFY2(apart < 1e-3f * peak, qPrintable(QString("%1 apart, peak %2").arg(apart).arg(peak)));
        const std::size_t tailsEnd = frameAt(end) + 3 * 44100;
        const float elsewhere = largestStep(lead(after), 0, lead(after).frames());
        for (const std::size_t join : {frameAt(begin), tailsEnd})
            QVERIFY(largestStep(lead(after), join - 2205, join + 2205) <= elsewhere);
        // The master too: the parent's, sample for sample, outside the section.
        const Differences master = compare(before.master.audio, after.master.audio, 1.35);
        QCOMPARE(master.beforeSection, 0.0f);
        QVERIFY(master.inSection > 0);
        QCOMPARE(master.afterTails, 0.0f);
        QVERIFY2(std::abs(after.master.loudness.integratedLufs + 14) <= 0.3,
                 qPrintable(QString::number(after.master.loudness.integratedLufs)));
        QVERIFY(after.master.loudness.truePeakDbtp <= -1.0);
    }

    void aSpanRendersFromBeforeTheNotesHeldIntoIt() {
        Score score;
        score.tempo = 97; // a tick is not a whole number of frames
        score.bars = 24;
        const Tick bar = score.ticksPerBar();
        score.durationSeconds = score.secondsAt(24 * bar) + 2;
        Part pad{.role = "pad", .group = "pad"};
        pad.notes = {{.tick = 2 * bar + 5, .length = 10 * bar, .pitch = 60}, {.tick = 9 * bar, .length = bar}};
        pad.bends = {{.tick = bar, .value = 300}};
        Part bass{.role = "bass", .group = "bass"};
        bass.notes = {{.tick = 0, .length = 24 * bar, .pitch = 36}}; // not rendered: it does not count
        score.parts = {pad, bass};
        const auto frameAt = [&](Tick tick) { return score.secondsAt(tick) * 44100; };

        const SpliceSpan span = spliceSpan(score, {"pad"}, 8 * bar, 12 * bar, 44100);
        QVERIFY(span.renderFromTick > 0 && span.renderFromTick <= 2 * bar + 5);
        // On a whole, even frame (the reverbs run at half rate), where a note of the song
        // and of the excerpt fall alike.
        QCOMPARE(frameAt(span.renderFromTick), static_cast<double>(span.renderFrom));
        QCOMPARE(span.renderFrom % 2, std::size_t{0});
        QCOMPARE(span.from, static_cast<std::size_t>(std::llround(frameAt(8 * bar))));
        QCOMPARE(span.until, static_cast<std::size_t>(std::llround(frameAt(12 * bar))) + 3 * 44100);
        QCOMPARE(span.renderUntil, span.until + span.fade);

        const Score excerpt = scoreExcerpt(score, span, 44100);
        QCOMPARE(excerpt.durationSeconds * 44100, static_cast<double>(span.renderUntil - span.renderFrom));
        QCOMPARE(excerpt.origin, span.renderFromTick);
        QCOMPARE(excerpt.parts.size(), std::size_t{2});
        QCOMPARE(excerpt.parts[0].notes.size(), std::size_t{2});
        QCOMPARE(excerpt.parts[0].notes[0].tick, 2 * bar + 5 - span.renderFromTick);
        QCOMPARE(excerpt.parts[0].bends.size(), std::size_t{1}); // the bend in force
        QCOMPARE(excerpt.parts[0].bends[0].value, 300);
        QVERIFY(excerpt.parts[1].notes.empty());

        // Nothing held: from a few seconds before the section.
        score.parts[0].notes.erase(score.parts[0].notes.begin());
        const SpliceSpan plain = spliceSpan(score, {"pad"}, 8 * bar, 12 * bar, 44100);
        QVERIFY(plain.renderFrom + 3 * 44100 <= plain.from && plain.renderFrom + 4 * 44100 > plain.from);
    }

    void tempoAndKeyAreWhatTheAnalysisHears() {
        const SymbolicEngine engine(test::catalog(), RenderSettings{});
        const StyleSpec spec = test::spec("pop", 30, 8, {.genre = "pop", .tempo = 110, .key = "C major"});
        const Score score = compose(spec, test::catalog());
        const Score faster = changeTempo(score, 128);
        QCOMPARE(faster.tempo, 128);
        const Score minor = changeKey(score, *Key::parse("E minor"));
        for (const auto* edited : {&faster, &minor}) {
            StyleSpec s = spec;
            s.tempo = edited->tempo;
            s.key = edited->key;
            s.duration = edited->durationSeconds;
            const AudioAnalysis heard = analyzeAudio(engine.perform(s, *edited, {}, CancelToken()).master.audio);
            QVERIFY2(std::abs(heard.tempo - edited->tempo) < 0.02 * edited->tempo,
                     qPrintable(QString::number(heard.tempo)));
            QVERIFY2(heard.key == edited->key, heard.key.name().c_str());
        }
        expectRefused([&] { changeTempo(score, 20); }, "tempo");
        expectRefused([&] { changeKey(score, score.key); }, "key");
    }

    void versionsUndoRedoAndReproducibility() {
        QTemporaryDir dir;
        ProjectDatabase db(dir.path().toStdString());
        const Engines engines(test::catalog(), RenderSettings{}, dir.filePath("models").toStdString(), false);
        JobQueue queue(db, {{JobKind::Generate, generateJobRunner(test::catalog(), engines)},
                            {JobKind::Edit, editJobRunner(test::catalog(), engines.symbolic())},
                            {JobKind::Rearrange, rearrangeJobRunner(test::catalog(), engines.symbolic())}});
        const auto run = [&](JobKind kind, const std::string& parameters) {
            const auto id = queue.submit(kind, "test", parameters);
            if (!queue.waitUntilIdle(120s))
                throw std::runtime_error("the job did not end");
            const auto job = db.job(id);
            if (job->status != JobStatus::Finished)
                throw std::runtime_error(job->error);
            return *job->resultTrack;
        };
        GenerateRequest request{"folk song", {.genre = "folk", .duration = 12.0, .seed = 3}};
        resolveGenerateRequest(request, test::catalog());
        const auto first = run(JobKind::Generate, generateParameters(request));
        QVERIFY(std::filesystem::exists(db.trackFolder(first) / "score.json"));
        const StereoBuffer firstAudio = readAudioFile(db.trackFolder(first) / "song.wav");
        const EditRequest regenerate{
            .track = first, .kind = EditKind::Regenerate, .section = 1, .parts = {EditPart::Melody}, .seed = 9};
        const auto second = run(JobKind::Edit, editParameters(regenerate));
        const auto again = run(JobKind::Edit, editParameters(regenerate));
        EditRequest swap{.track = second, .kind = EditKind::Sound, .role = "lead", .sound = "grand-piano"};
        const auto third = run(JobKind::Edit, editParameters(swap));
        for (const auto& group : db.stems(second)) // a swap renders only the stem it changes
            QCOMPARE(readAudioFile(db.trackFolder(third) / "stems" / (group + ".wav")).left ==
                         readAudioFile(db.trackFolder(second) / "stems" / (group + ".wav")).left,
                     group != "lead");
        const auto jazz = run(JobKind::Rearrange, rearrangeParameters(third, "jazz"));

        // Lineage: each version names its parent and the edit.
        const auto parents = db.parents(second);
        QCOMPARE(parents.size(), std::size_t{1});
        QCOMPARE(parents[0].track, first);
        QCOMPARE(parents[0].operation, std::string("edit"));
        QCOMPARE(parseEditParameters(parents[0].parameters).seed, std::uint64_t{9});
        QCOMPARE(db.track(third)->title, db.track(first)->title + " (lead as grand-piano)");
        // The same edit with the same seed: the same song, to the sample.
        QCOMPARE(readAudioFile(db.trackFolder(again) / "song.wav").left,
                 readAudioFile(db.trackFolder(second) / "song.wav").left);
        // In the files too: the stems of the parts it left are the parent's to the sample,
        // the lead's is the parent's outside the section and its tails (and the crossfades
        // at their edges), and so is the master (but for its look-ahead and release).
        std::ifstream scoreFile(db.trackFolder(first) / "score.json");
        const Score firstScore = scoreFromJson(std::string(std::istreambuf_iterator<char>(scoreFile), {}));
        const auto [begin, end] = sectionTicks(firstScore, 1);
        const auto differences = [&](const std::filesystem::path& file, double margin) {
            const auto a = readAudioFile(db.trackFolder(first) / file);
            const auto b = readAudioFile(db.trackFolder(second) / file);
            std::size_t differing = 0, outside = 0;
            for (std::size_t f = 0; f < a.frames(); ++f)
                if (a.left[f] != b.left[f] || a.right[f] != b.right[f]) {
                    ++differing;
                    const double t = static_cast<double>(f) / 44100;
                    outside += t < firstScore.secondsAt(begin) - margin || t > firstScore.secondsAt(end) + 3 + margin;
                }
            return std::pair(differing, outside);
        };
        for (const auto& group : db.stems(first)) {
            const auto [differing, outside] = differences(std::filesystem::path("stems") / (group + ".wav"), 0.05);
            QVERIFY2(outside == 0, group.c_str());
            QVERIFY2((differing > 0) == (group == "lead"), group.c_str());
        }
        const auto [differing, outside] = differences("song.wav", 1.35);
        QVERIFY(differing > 0);
        QCOMPARE(outside, std::size_t{0});
        // The first version is untouched.
        QCOMPARE(readAudioFile(db.trackFolder(first) / "song.wav").left, firstAudio.left);
        const auto versions = songVersions(db, third);
        QCOMPARE(versions.size(), std::size_t{5});
        QCOMPARE(versions.front().track, first);
        QCOMPARE(versions.back().track, again); // the newest child of the first, after second's line
        // Undo walks back to the parent; redo forward to the newest child.
        QCOMPARE(previousVersion(db, jazz), std::optional(third));
        QCOMPARE(previousVersion(db, third), std::optional(second));
        QCOMPARE(previousVersion(db, first), std::nullopt);
        QCOMPARE(nextVersion(db, second), std::optional(third));
        QCOMPARE(nextVersion(db, first), std::optional(again));
        QCOMPARE(nextVersion(db, jazz), std::nullopt);
        // The jazz version has a score too, so it can be edited further.
        QVERIFY(std::filesystem::exists(db.trackFolder(jazz) / "score.json"));
        const auto fourth = run(JobKind::Edit, editParameters({.track = jazz, .kind = EditKind::Tempo, .tempo = 100}));
        QCOMPARE(db.track(fourth)->tempo, 100.0);
        // A bad edit fails as the user's mistake and adds no track.
        const auto tracks = db.tracks().size();
        const auto bad = queue.submit(JobKind::Edit, "bad",
                                      editParameters({.track = first, .kind = EditKind::Remove, .section = 42}));
        QVERIFY(queue.waitUntilIdle(60s));
        QCOMPARE(db.job(bad)->status, JobStatus::Failed);
        QCOMPARE(db.tracks().size(), tracks);
    }
};

QTEST_GUILESS_MAIN(EditTest)
#include "test_edit.moc"
