// SPDX-License-Identifier: GPL-3.0-or-later
// Transcription as a musician uses it: a piano phrase rendered by the engine comes back as
// its notes; the scores follow mir_eval's definitions (checked against mir_eval's own
// figures); the CLI's MIDI file holds the notes its --json prints; a track's stems are
// transcribed as jobs and kept in the history; silence, a two-hour file and a file that is
// not audio are refused with status 2.

#include "MidiReader.h"
#include "TestSupport.h"

#include "audio/AudioFile.h"
#include "compose/ScoreJson.h"
#include "engines/SymbolicEngine.h"
#include "engines/Transcriber.h"
#include "project/ProjectDatabase.h"
#include "render/Mastering.h"
#include "render/StemRenderer.h"
#include "runners/RearrangeJob.h"
#include "runners/TranscribeJob.h"
#include "transcribe/NoteAccuracy.h"

#include <nlohmann/json.hpp>
#include <sndfile.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <set>

using namespace cadenza;

namespace {

constexpr int kRate = 44100;

// A phrase of `sound` at 100 BPM: a melody with a few two-note chords, repeated notes and
// leaps, in the piano's middle register. Pitch, start and length in quarter notes.
Score phrase(const std::string& sound) {
    Score score;
    score.tempo = 100;
    const std::vector<std::array<double, 3>> notes = {
        {60, 0, 1},      {64, 1, 0.5}, {67, 1.5, 0.5}, {72, 2, 1},     {71, 3, 0.5},   {67, 3.5, 0.5},
        {69, 4, 1.5},    {65, 4, 1.5}, {65, 5.5, 0.5}, {64, 6, 0.5},   {62, 6.5, 0.5}, {60, 7, 1},
        {55, 8, 1},      {59, 8, 1},   {62, 9, 0.5},   {62, 9.5, 0.5}, {67, 10, 2},    {64, 12, 0.5},
        {76, 12.5, 0.5}, {74, 13, 1},  {72, 14, 2},    {48, 14, 2}};
    score.bars = 5;
    score.durationSeconds = 11;
    score.sections.push_back({"verse", 0, score.bars, 2});
    Part part;
    part.role = part.group = "lead";
    part.sound = sound;
    part.volume = 110;
    for (const auto& [pitch, start, length] : notes)
        part.notes.push_back({static_cast<Tick>(start * Score::kTicksPerQuarter),
                              static_cast<Tick>(length * Score::kTicksPerQuarter), static_cast<int>(pitch), 90});
    score.parts.push_back(part);
    return score;
}

StereoBuffer render(const Score& score) {
    return renderStems(score, test::catalog().palette, {kRate, 1}, {}, CancelToken()).front().audio;
}

std::vector<TranscribedNote> notesFrom(const nlohmann::json& list) {
    std::vector<TranscribedNote> notes;
    for (const auto& n : list)
        notes.push_back({n.at(0).get<double>(), n.at(1).get<double>(), n.at(2).get<int>(), 0, {}});
    return notes;
}

// A FLAC file of silence `seconds` long: tiny on disk, however long it claims to be.
void writeLongSilence(const std::filesystem::path& file, double seconds) {
    SF_INFO info{};
    info.samplerate = 8000;
    info.channels = 1;
    info.format = SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
    SNDFILE* out = sf_open(file.c_str(), SFM_WRITE, &info);
    QVERIFY(out);
    std::vector<short> block(8000 * 60, 0);
    for (int minute = 0; minute < static_cast<int>(seconds / 60); ++minute)
        sf_write_short(out, block.data(), static_cast<sf_count_t>(block.size()));
    sf_close(out);
}

// A tune of 4 bars at 96 BPM: pitch, start and length in quarter notes.
const std::vector<std::array<double, 3>> kTune = {
    {62, 0, 1}, {65, 1, 1}, {69, 2, 1.5}, {67, 3.5, 0.5}, {65, 4, 1},  {64, 5, 0.5}, {62, 5.5, 0.5}, {64, 6, 2},
    {69, 8, 1}, {72, 9, 1}, {70, 10, 1},  {69, 11, 1},    {67, 12, 1}, {65, 13, 1},  {64, 14, 0.5},  {62, 14.5, 1.5}};
constexpr double kTuneTempo = 96;

// The tune as a sine, or as a sawtooth through two formant resonances (an "ah"-like voice:
// espeak-ng sings nothing), with a short attack and release on each note.
StereoBuffer synthesiseTune(bool voiced) {
    const double beat = 60.0 / kTuneTempo;
    StereoBuffer out(kRate, static_cast<std::size_t>((16 * beat + 1) * kRate));
    for (const auto& [pitch, start, length] : kTune) {
        const double hz = 440 * std::pow(2.0, (pitch - 69) / 12);
        const auto first = static_cast<std::size_t>(start * beat * kRate);
        const auto count = static_cast<std::size_t>(length * beat * kRate * 0.92);
        double phase = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const double t = static_cast<double>(i) / kRate;
            const double envelope = std::min({1.0, t / 0.02, (static_cast<double>(count - i) / kRate) / 0.05});
            phase += hz / kRate;
            phase -= std::floor(phase);
            const double value = voiced ? 2 * phase - 1 : std::sin(2 * M_PI * phase);
            out.left[first + i] += static_cast<float>(0.3 * envelope * value);
        }
    }
    if (voiced) { // formants at 700 and 1200 Hz (two resonant band-passes in series), and 2 kHz
        std::vector<float> shaped(out.left.size());
        for (const double centre : {700.0, 1200.0}) {
            const double w = 2 * M_PI * centre / kRate, q = 4, alpha = std::sin(w) / (2 * q);
            const double b0 = alpha, b2 = -alpha, a0 = 1 + alpha, a1 = -2 * std::cos(w), a2 = 1 - alpha;
            double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
            for (std::size_t i = 0; i < out.left.size(); ++i) {
                const double x = out.left[i];
                const double y = (b0 * x + b2 * x2 - a1 * y1 - a2 * y2) / a0;
                x2 = x1, x1 = x, y2 = y1, y1 = y;
                shaped[i] += static_cast<float>(y);
            }
        }
        for (std::size_t i = 0; i < shaped.size(); ++i)
            out.left[i] = 2.0f * shaped[i] + 0.1f * out.left[i];
    }
    out.right = out.left;
    return out;
}

struct Cli {
    int status;
    QByteArray out;
    QString err;
};

Cli runCli(const QStringList& args, const QString& dataDir) {
    QProcess p;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert("CADENZA_DATA_DIR", dataDir);
    p.setProcessEnvironment(environment);
    p.start(CADENZA_CLI, args);
    p.waitForFinished(180000);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TranscribeTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::filesystem::path root() const { return dir_.path().toStdString(); }

  private slots:
    // Random notes and their perturbed copies, scored by mir_eval 0.7 (tests/data/transcribe):
    // the same precision, recall and F1, onset-only and with offsets.
    void scoresFollowMirEval() {
        std::ifstream in(std::filesystem::path(CADENZA_TEST_DATA) / "transcribe" / "mir_eval_cases.json");
        const auto cases = nlohmann::json::parse(in).at("cases");
        QVERIFY(cases.size() >= 4);
        for (const auto& c : cases) {
            const auto reference = notesFrom(c.at("reference"));
            const auto estimated = notesFrom(c.at("estimated"));
            for (const bool withOffsets : {false, true}) {
                const auto scores = noteScores(reference, estimated, withOffsets);
                const auto& want = c.at(withOffsets ? "offset" : "onset");
                QCOMPARE(scores.precision, want.at("precision").get<double>());
                QCOMPARE(scores.recall, want.at("recall").get<double>());
                QCOMPARE(scores.f1, want.at("f1").get<double>());
            }
        }
    }

    // The largest pairing, not the first found: the estimate at 1.04 s could take the
    // note at 1.00 s, but then the one at 1.08 s would go unmatched.
    void matchingIsMaximal() {
        const std::vector<TranscribedNote> reference = {{1.00, 1.5, 60, 0, {}}, {1.08, 1.5, 60, 0, {}}};
        const std::vector<TranscribedNote> estimated = {{1.04, 1.5, 60, 0, {}}, {0.98, 1.5, 60, 0, {}}};
        QCOMPARE(noteScores(reference, estimated, false).matched, 2);
        QCOMPARE(noteScores(reference, {{1.06, 1.5, 60, 0, {}}}, false).matched, 1);
        QCOMPARE(noteScores(reference, {{1.00, 1.5, 61, 0, {}}}, false).matched, 0); // another pitch
        QCOMPARE(noteScores(reference, {{0.94, 1.5, 60, 0, {}}}, false).matched, 0); // 60 ms early
    }

    // The engine's grand piano, transcribed: onset F1 at least 0.8 against the score.
    void aPianoPhraseComesBackAsItsNotes() {
        const Score score = phrase("grand-piano");
        const auto truth = partNotes(score, score.parts.front());
        TranscribeRequest request;
        request.tempo = score.tempo;
        const Transcription transcription = transcribeAudio(render(score), request);
        const auto onsets = noteScores(truth, transcription.notes, false);
        const auto offsets = noteScores(truth, transcription.notes, true);
        qInfo("piano phrase: %d notes, %d found, onset F1 %.3f (P %.3f, R %.3f), with offsets %.3f", onsets.reference,
              onsets.estimated, onsets.f1, onsets.precision, onsets.recall, offsets.f1);
        QVERIFY2(onsets.f1 >= 0.8, qPrintable(QString::number(onsets.f1)));
        // In time order, each within the piano's range.
        for (std::size_t i = 1; i < transcription.notes.size(); ++i)
            QVERIFY(transcription.notes[i - 1].start <= transcription.notes[i].start);
    }

    // The chords found in the notes of a composed song agree with its score's chords on
    // most bars (root and third), and the key of the notes is the song's.
    void chordsAndKeyFollowTheScore() {
        const SymbolicEngine engine(test::catalog(), RenderSettings{});
        const StyleSpec spec = test::spec("warm acoustic folk song", 30, 5, {.genre = "folk"});
        const Song song = engine.generate(spec, {}, CancelToken());
        const Score& score = song.score;
        std::vector<Stem> pitched = song.stems;
        std::erase_if(pitched, [](const Stem& stem) { return stem.group == "drums"; });
        const StereoBuffer mix = mixStems(pitched);
        TranscribeRequest request;
        request.tempo = score.tempo;
        for (Tick tick = 0; tick < score.musicTicks(); tick += Score::kTicksPerQuarter)
            request.beats.push_back(score.secondsAt(tick));
        const Transcription transcription = transcribeAudio(mix, request);
        QVERIFY(!transcription.chords.empty());
        const int agree = barsWithTheScoresChord(score, transcription.chords);
        QStringList heard;
        for (const auto& c : transcription.chords)
            heard << QString::fromStdString(c.chord.name(true));
        const double share = static_cast<double>(agree) / score.bars;
        qInfo("chords: %d of %d bars agree (heard: %s); key %s, of the notes %s", agree, score.bars,
              qPrintable(heard.join(' ')), score.key.name().c_str(),
              transcription.notesKey ? transcription.notesKey->name().c_str() : "none");
        QVERIFY2(share > 0.5, qPrintable(QString::number(share)));
        QVERIFY(transcription.notesKey.has_value());
        QCOMPARE(QString::fromStdString(transcription.notesKey->name()), QString::fromStdString(score.key.name()));
    }

    // The MIDI file the CLI writes holds the notes its --json prints: the same pitches,
    // starts (to the tick at the file's tempo), lengths and velocities.
    void theCliMidiFileHoldsItsJsonNotes() {
        const auto wav = root() / "phrase.wav";
        writeWav(wav, render(phrase("grand-piano")), SampleFormat::Pcm24);
        const auto mid = root() / "phrase.mid";
        const auto r = runCli({"transcribe", QString::fromStdString(wav.string()), "--out",
                               QString::fromStdString(mid.string()), "--json"},
                              dir_.path());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto json = nlohmann::json::parse(r.out.toStdString());
        const auto notes = json.at("notes");
        QVERIFY(notes.size() >= 15);
        std::ifstream in(mid, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto midi = test::readMidi(bytes);
        QCOMPARE(midi.tracks.size(), std::size_t{2}); // the conductor track, then the notes
        const double secondsPerTick = midi.microsPerQuarter / 1e6 / midi.division;
        QCOMPARE(qRound(60e6 / midi.microsPerQuarter), qRound(json.at("tempo").get<double>()));
        const auto& track = midi.tracks.back();
        QCOMPARE(track.program, 4); // Electric Piano 1, as the reference writes
        QCOMPARE(track.notes.size(), notes.size());
        for (std::size_t i = 0; i < notes.size(); ++i) {
            QCOMPARE(track.notes[i].pitch, notes[i].at("pitch").get<int>());
            QCOMPARE(track.notes[i].velocity, notes[i].at("velocity").get<int>());
            const double start = notes[i].at("start").get<double>();
            const double end = notes[i].at("end").get<double>();
            const auto seconds = [&](Tick tick) { return static_cast<double>(tick) * secondsPerTick; };
            QVERIFY(std::abs(seconds(track.notes[i].tick) - start) <= secondsPerTick);
            QVERIFY(std::abs(seconds(track.notes[i].tick + track.notes[i].length) - end) <= 2 * secondsPerTick);
        }
    }

    // Hum to song: the tune, played on a flute, as a sine and as a formant-filtered
    // sawtooth, becomes the chorus of a generated song, sung by its lead. Reported: how many
    // of the tune's notes come back in the first chorus at the same pitch relative to the
    // first note, and the same onset relative to it (within a sixteenth and 30 ms).
    void aMelodyBecomesTheChorus() {
        Score flute;
        flute.tempo = static_cast<int>(kTuneTempo);
        flute.bars = 5;
        flute.durationSeconds = 16 * 60 / kTuneTempo + 1;
        flute.sections.push_back({"verse", 0, 5, 2});
        Part part;
        part.role = part.group = "lead";
        part.sound = "flute";
        for (const auto& [pitch, start, length] : kTune)
            part.notes.push_back({static_cast<Tick>(start * Score::kTicksPerQuarter),
                                  static_cast<Tick>(length * Score::kTicksPerQuarter * 0.92), static_cast<int>(pitch),
                                  90});
        flute.parts.push_back(part);
        const std::vector<std::pair<const char*, StereoBuffer>> takes = {
            {"flute", render(flute)}, {"sine", synthesiseTune(false)}, {"voice", synthesiseTune(true)}};
        for (const auto& [name, audio] : takes) {
            const auto file = root() / (std::string(name) + "-tune.wav");
            writeWav(file, audio, SampleFormat::Pcm24);
            const auto out = root() / (std::string(name) + "-song");
            const auto r = runCli({"generate", "uplifting pop song", "--melody", QString::fromStdString(file.string()),
                                   "--duration", "90", "--seed", "3", "--out", QString::fromStdString(out.string())},
                                  dir_.path());
            QVERIFY2(r.status == 0, qPrintable(r.err));
            std::ifstream songFile(out / "song.json");
            const auto song = nlohmann::json::parse(songFile);
            QCOMPARE(QString::fromStdString(song.at("melody").at("source").get<std::string>()),
                     QString::fromStdString(file.filename().string()));
            std::ifstream scoreFile(out / "score.json");
            const Score score = scoreFromJson(
                std::string((std::istreambuf_iterator<char>(scoreFile)), std::istreambuf_iterator<char>()));
            const auto chorus = std::find_if(score.sections.begin(), score.sections.end(),
                                             [](const ScoreSection& s) { return s.kind == "chorus"; });
            QVERIFY(chorus != score.sections.end());
            const Tick from = chorus->startBar * score.ticksPerBar();
            std::vector<NoteEvent> sung; // by every lead part (the chorus may have a sound of its own)
            for (const auto& played : score.parts)
                for (const auto& note : played.notes)
                    if (played.role == "lead" && note.tick >= from && note.tick < from + 4 * score.ticksPerBar())
                        sung.push_back(note);
            std::sort(sung.begin(), sung.end(), [](const NoteEvent& a, const NoteEvent& b) { return a.tick < b.tick; });
            QVERIFY(!sung.empty());
            const double tuneBeat = 60 / kTuneTempo;
            const double tolerance = score.secondsAt(Score::kTicksPerStep) + 0.03;
            int found = 0;
            for (const auto& [pitch, start, length] : kTune) {
                const double at = start * tuneBeat;
                const int interval = static_cast<int>(pitch) - static_cast<int>(kTune.front()[0]);
                found += std::any_of(sung.begin(), sung.end(),
                                     [&](const NoteEvent& n) {
                                         return n.pitch - sung.front().pitch == interval &&
                                                std::abs(score.secondsAt(n.tick - sung.front().tick) - at) <= tolerance;
                                     })
                             ? 1
                             : 0;
            }
            qInfo("%s: %d of %zu notes of the tune in the chorus (song at %d BPM in %s)", name, found, kTune.size(),
                  score.tempo, score.key.name().c_str());
            QVERIFY2(found >= 14, name);
            // The chorus is harmonised to it: the note on each downbeat is a tone of its bar's chord.
            int fitting = 0, downbeats = 0;
            for (const auto& note : sung)
                if ((note.tick - from) % score.ticksPerBar() == 0) {
                    ++downbeats;
                    const auto tones = score.chordAt(note.tick).pitchClasses();
                    fitting += std::count(tones.begin(), tones.end(), wrapPitchClass(note.pitch)) > 0 ? 1 : 0;
                }
            QVERIFY2(downbeats >= 3 && fitting == downbeats,
                     qPrintable(QString("%1 of %2").arg(fitting).arg(downbeats)));
            // The song takes the tune's tempo and key (the prompt names neither).
            QVERIFY(std::abs(score.tempo - kTuneTempo) <= 2);
            QCOMPARE(QString::fromStdString(score.key.name()), QString("D minor"));
        }
    }

    // A cover: an engine song, imported as a recording (once with its lead as a vocals stem,
    // once as a bare mix), re-arranged as jazz. The cover is a composed track (stems, MIDI,
    // score) at the recording's tempo and key, and its lead follows the original melody:
    // the pitch series' correlation was 0.83 from the vocals stem, 0.30 from the bare mix
    // (whose vocals the spectral separator estimates, modestly: docs/analysis.md).
    void aRecordingIsCoveredInAnotherGenre() {
        const SymbolicEngine engine(test::catalog(), RenderSettings{});
        const StyleSpec spec = test::spec("catchy pop song", 40, 9, {.genre = "pop"});
        const Song song = engine.generate(spec, {}, CancelToken());
        StereoBuffer leadStem;
        for (const auto& stem : song.stems)
            if (stem.group == "lead")
                leadStem = stem.audio;
        QVERIFY(leadStem.frames() > 0);
        // The melody, a pitch every sixteenth (0 where it rests), from a score's lead parts.
        const auto melodyOf = [](const Score& score, double seconds) {
            std::vector<int> pitches(static_cast<std::size_t>(seconds / score.secondsAt(Score::kTicksPerStep)), 0);
            for (const auto& part : score.parts)
                if (part.role == "lead")
                    for (const auto& note : part.notes)
                        for (Tick t = note.tick; t < note.tick + note.length; t += Score::kTicksPerStep) {
                            const auto step = static_cast<std::size_t>(t / Score::kTicksPerStep);
                            if (step < pitches.size())
                                pitches[step] = note.pitch;
                        }
            return pitches;
        };
        const QTemporaryDir data;
        ProjectDatabase db(data.path().toStdString());
        const auto staged = std::filesystem::path(data.path().toStdString()) / "staged";
        for (const bool withVocals : {true, false}) {
            std::filesystem::remove_all(staged);
            std::filesystem::create_directories(staged / "stems");
            writeWav(staged / "song.wav", song.master.audio, SampleFormat::Pcm24);
            if (withVocals)
                writeWav(staged / "stems" / "vocals.wav", leadStem, SampleFormat::Pcm24);
            TrackRecord record;
            record.title = withVocals ? "recording with vocals" : "bare recording";
            record.source = TrackSource::Imported;
            record.duration = song.master.audio.seconds();
            const auto parent = db.addTrack(
                record, staged, withVocals ? std::vector<std::string>{"vocals"} : std::vector<std::string>{});
            JobQueue queue(db, {{JobKind::Rearrange, rearrangeJobRunner(test::catalog(), engine)}}, 1);
            const auto job = queue.submit(JobKind::Rearrange, "cover", rearrangeParameters(parent, "jazz"));
            QVERIFY(queue.waitUntilIdle(std::chrono::seconds(180)));
            const auto done = db.job(job);
            QVERIFY2(done->status == JobStatus::Finished, done->error.c_str());
            const auto cover = *done->resultTrack;
            const auto folder = db.trackFolder(cover);
            for (const char* file : {"song.wav", "song.mid", "score.json", "song.json"})
                QVERIFY2(std::filesystem::exists(folder / file), file);
            QVERIFY(db.stems(cover).size() >= 3);
            std::ifstream scoreFile(folder / "score.json");
            const Score covered = scoreFromJson(
                std::string((std::istreambuf_iterator<char>(scoreFile)), std::istreambuf_iterator<char>()));
            QVERIFY(std::abs(covered.tempo - song.score.tempo) <= 2);
            QCOMPARE(QString::fromStdString(covered.key.name()), QString::fromStdString(song.score.key.name()));
            QCOMPARE(QString::fromStdString(db.track(cover)->genre), QString("jazz"));

            // The lead's contour: the correlation of the two pitch series where both sing,
            // the original shifted by the first beat the analysis found (the cover starts there).
            const auto original = melodyOf(song.score, song.score.durationSeconds);
            const auto sung = melodyOf(covered, covered.durationSeconds);
            const auto analysis = nlohmann::json::parse(db.analysis(parent).value_or("{}"));
            double best = -1;
            for (int offset = -8; offset <= 8; ++offset) {
                std::vector<std::pair<double, double>> pairs;
                for (std::size_t i = 0; i < sung.size(); ++i) {
                    const auto j = static_cast<std::ptrdiff_t>(i) + offset;
                    if (j >= 0 && j < static_cast<std::ptrdiff_t>(original.size()) && sung[i] > 0 &&
                        original[static_cast<std::size_t>(j)] > 0)
                        pairs.emplace_back(sung[i], original[static_cast<std::size_t>(j)]);
                }
                if (pairs.size() < 16)
                    continue;
                double ma = 0, mb = 0;
                for (const auto& [a, b] : pairs)
                    ma += a, mb += b;
                ma /= static_cast<double>(pairs.size());
                mb /= static_cast<double>(pairs.size());
                double num = 0, da = 0, dbb = 0;
                for (const auto& [a, b] : pairs) {
                    num += (a - ma) * (b - mb);
                    da += (a - ma) * (a - ma);
                    dbb += (b - mb) * (b - mb);
                }
                if (da > 0 && dbb > 0)
                    best = std::max(best, num / std::sqrt(da * dbb));
            }
            qInfo("cover from %s: %s at %d BPM in %s, lead contour correlation %.2f", record.title.c_str(),
                  db.track(cover)->genre.c_str(), covered.tempo, covered.key.name().c_str(), best);
            QVERIFY2(best >= (withVocals ? 0.75 : 0.2), qPrintable(QString::number(best)));
        }
    }

    // A generated track's pitched stems, transcribed at once: one MIDI track (and channel)
    // per stem, each with the notes its own transcription holds.
    void everyStemBecomesAMidiTrack() {
        const auto song = root() / "stems-song";
        auto r = runCli({"generate", "gentle folk song", "--duration", "12", "--seed", "2", "--out",
                         QString::fromStdString(song.string())},
                        dir_.path());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = runCli({"list", "--json"}, dir_.path());
        const auto id = nlohmann::json::parse(r.out.toStdString()).back().at("id").get<std::int64_t>();
        const auto mid = root() / "stems.mid";
        r = runCli(
            {"transcribe", QString::number(id), "--all-stems", "--json", "--out", QString::fromStdString(mid.string())},
            dir_.path());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const auto stems = nlohmann::json::parse(r.out.toStdString()).at("stems");
        QVERIFY(stems.size() >= 2);
        std::ifstream in(mid, std::ios::binary);
        const auto midi =
            test::readMidi(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
        QCOMPARE(midi.tracks.size(), stems.size() + 1);
        std::set<int> channels;
        for (std::size_t i = 0; i < stems.size(); ++i) {
            QVERIFY(stems[i].at("stem").get<std::string>() != "drums");
            QCOMPARE(midi.tracks[i + 1].notes.size(), stems[i].at("notes").size());
            channels.insert(midi.tracks[i + 1].channel);
        }
        QCOMPARE(channels.size(), stems.size());
        QVERIFY(!channels.contains(9));
    }

    void refusesWhatIsNotMusic() {
        const auto silent = root() / "silent.wav";
        writeWav(silent, StereoBuffer(kRate, kRate * 3), SampleFormat::Pcm24);
        auto r = runCli({"transcribe", QString::fromStdString(silent.string())}, dir_.path());
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains("silent"), qPrintable(r.err));

        const auto longFile = root() / "two-hours.flac";
        writeLongSilence(longFile, 2 * 3600);
        r = runCli({"transcribe", QString::fromStdString(longFile.string())}, dir_.path());
        QCOMPARE(r.status, 2);

        const auto text = root() / "notes.wav";
        std::ofstream(text) << "these are not samples\n";
        r = runCli({"transcribe", QString::fromStdString(text.string())}, dir_.path());
        QCOMPARE(r.status, 2);

        r = runCli({"transcribe", QString::fromStdString(silent.string()), "--onset-threshold", "1.5"}, dir_.path());
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains("onset threshold"), qPrintable(r.err));
    }

    // A track's mix and one of its stems, each transcribed by a job and kept with the track;
    // a stem it does not have is refused.
    void aTrackAndItsStemAreTranscribedAndKept() {
        const QTemporaryDir data;
        ProjectDatabase db(data.path().toStdString());
        const auto staged = std::filesystem::path(data.path().toStdString()) / "staged";
        std::filesystem::create_directories(staged / "stems");
        const StereoBuffer piano = render(phrase("grand-piano"));
        writeWav(staged / "song.wav", piano, SampleFormat::Pcm24);
        writeWav(staged / "stems" / "lead.wav", piano, SampleFormat::Pcm24);
        TrackRecord record;
        record.title = "phrase";
        record.source = TrackSource::Imported;
        record.duration = piano.seconds();
        const auto track = db.addTrack(record, staged, {"lead"});

        JobQueue queue(db, {{JobKind::Transcribe, transcribeJobRunner()}}, 1);
        const auto lead = queue.submit(JobKind::Transcribe, "lead", transcribeParameters(track, "lead", {}));
        const auto mix = queue.submit(JobKind::Transcribe, "mix", transcribeParameters(track, "", {}));
        const auto missing = queue.submit(JobKind::Transcribe, "vocals", transcribeParameters(track, "vocals", {}));
        QVERIFY(queue.waitUntilIdle(std::chrono::seconds(120)));
        QCOMPARE(db.job(lead)->status, JobStatus::Finished);
        QCOMPARE(db.job(mix)->status, JobStatus::Finished);
        QCOMPARE(db.job(missing)->status, JobStatus::Failed);
        QVERIFY(QString::fromStdString(db.job(missing)->error).contains("no stem named 'vocals'"));

        QCOMPARE(db.transcribedStems(track), (std::vector<std::string>{"", "lead"}));
        const auto kept = transcriptionFromJson(db.transcription(track, "lead").value());
        QCOMPARE(QString::fromStdString(kept.stem), QString("lead"));
        QVERIFY(kept.notes.size() >= 15);
        QVERIFY(db.analysis(track).has_value()); // made for the MIDI file's tempo and key
        for (const char* stem : {"", "lead"}) {
            std::ifstream midi(transcriptionMidiFile(db.trackFolder(track), stem), std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(midi)), std::istreambuf_iterator<char>());
            QCOMPARE(test::readMidi(bytes).tracks.back().notes.size(),
                     transcriptionFromJson(db.transcription(track, stem).value()).notes.size());
        }
        QVERIFY(std::abs(kept.tempo - 100) < 3);
        db.deleteTrack(track);
        QVERIFY(db.transcribedStems(track).empty());
    }

    // Cancelled partway through a long recording, it stops within the deadline.
    void cancelStopsItPartway() {
        const Score score = phrase("grand-piano");
        const StereoBuffer one = render(score);
        StereoBuffer long_(kRate, one.frames() * 12);
        for (std::size_t i = 0; i < long_.frames(); ++i) {
            long_.left[i] = one.left[i % one.frames()];
            long_.right[i] = one.right[i % one.frames()];
        }
        const auto outcome = test::cancelPartway(
            [&](const ProgressCallback& progress, const CancelToken& cancel) {
                transcribeAudio(long_, TranscribeRequest{}, progress, cancel);
            },
            0.4);
        QVERIFY2(test::cancelProblem(outcome).empty(), test::cancelProblem(outcome).c_str());
    }
};

QTEST_GUILESS_MAIN(TranscribeTest)
#include "test_transcribe.moc"
