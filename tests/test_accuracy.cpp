// Cadenza's analysis (core/analysis) measured against the truth: one song per genre of the
// catalog, whose tempo, key and section boundaries song.json records. aubio's beat tracker
// runs beside it as an independent reference, and checks that the engine's music really
// has the tempo it claims.

#include "TestSupport.h"

#include "analysis/Analysis.h"
#include "engine/SymbolicEngine.h"

#include <aubio/aubio.h>

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace cadenza;

namespace {

// Median inter-beat interval from aubio's beat tracker, as BPM.
double aubioTempo(const StereoBuffer& audio) {
    constexpr uint_t hop = 128, window = 1024;
    const auto rate = static_cast<uint_t>(audio.sampleRate);
    std::unique_ptr<aubio_tempo_t, decltype(&del_aubio_tempo)> tempo(new_aubio_tempo("default", window, hop, rate),
                                                                     del_aubio_tempo);
    std::unique_ptr<fvec_t, decltype(&del_fvec)> in(new_fvec(hop), del_fvec);
    std::unique_ptr<fvec_t, decltype(&del_fvec)> out(new_fvec(1), del_fvec);
    std::vector<double> beats;
    for (std::size_t start = 0; start + hop <= audio.frames(); start += hop) {
        for (uint_t i = 0; i < hop; ++i)
            in->data[i] = 0.5f * (audio.left[start + i] + audio.right[start + i]);
        aubio_tempo_do(tempo.get(), in.get(), out.get());
        // The beat falls in this hop; time it from our own frame count (aubio's
        // get_last_s runs 2.4% slow here, the same factor for every tempo).
        if (out->data[0] != 0)
            beats.push_back(static_cast<double>(start) / audio.sampleRate);
    }
    std::vector<double> intervals;
    for (std::size_t i = 1; i < beats.size(); ++i)
        intervals.push_back(beats[i] - beats[i - 1]);
    if (intervals.size() < 4)
        return 0;
    // The tracker can switch metrical level mid-song (beats every 0.34 s, then every
    // 0.67 s), so the median interval may fall between levels: take the most common
    // interval (within 3%) as the unit instead. Single beats are placed only to aubio's hop
    // and jump when it corrects its phase, so number each beat by its distance from the
    // first in units and fit a line, refined by leaving out the beats far from it.
    double unit = intervals.front();
    std::size_t bestCount = 0;
    for (const double candidate : intervals) {
        const auto count = static_cast<std::size_t>(std::count_if(
            intervals.begin(), intervals.end(), [&](double x) { return std::abs(x / candidate - 1) <= 0.03; }));
        if (count > bestCount) {
            bestCount = count;
            unit = candidate;
        }
    }
    // The unit is the mean of that cluster, not its (hop-quantised) seed value.
    double clusterSum = 0;
    for (const double x : intervals)
        if (std::abs(x / unit - 1) <= 0.03)
            clusterSum += x;
    unit = clusterSum / static_cast<double>(bestCount);
    // Least squares over the beats numbered in `period`s from the first, leaving out those
    // further than 15% of a period from `previous` (the tracker's guesses before it locks).
    struct Line {
        double start = 0, period = 0;
        double used = 0; // beats the line was fitted to
    };
    const auto fit = [&](double period, const Line* previous) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0, n = 0;
        for (const double t : beats) {
            const double k = std::round((t - beats.front()) / period);
            if (previous && std::abs(t - (previous->start + previous->period * k)) > 0.15 * previous->period)
                continue;
            sx += k;
            sy += t;
            sxx += k * k;
            sxy += k * t;
            ++n;
        }
        if (n < 4)
            return Line{};
        const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return Line{(sy - slope * sx) / n, slope, n};
    };
    Line line = fit(unit, nullptr);
    for (int refinement = 0; refinement < 3; ++refinement) {
        // Stop if leaving beats out would leave fewer than half of them: the line, not
        // the beats, is then what is off.
        const Line refined = fit(line.period, &line);
        if (refined.used * 2 < static_cast<double>(beats.size()))
            break;
        line = refined;
    }
    return 60.0 / line.period;
}

} // namespace

class AccuracyTest : public QObject {
    Q_OBJECT

  private slots:
    void analysisFindsTempoKeyAndSections() {
        const SymbolicEngine engine(test::catalog(), RenderSettings{defaultSoundFont()});
        enum Level { Exact, Octave, ThreeTwo, Wrong };
        const auto level = [](double measured, double truth) {
            const double ratio = measured / truth;
            const auto near = [&](double r) { return std::abs(ratio / r - 1) <= 0.02; };
            return near(1) ? Exact : near(2) || near(0.5) ? Octave : near(1.5) || near(2.0 / 3.0) ? ThreeTwo : Wrong;
        };
        static constexpr std::array<const char*, 4> levelNames = {"exact", "octave error", "3:2 level", "WRONG"};
        std::array<int, 4> ours{}, aubio{};
        int keys = 0, genres = 0, boundaries = 0, found = 0, detected = 0;
        std::uint64_t seed = 1000;
        for (const auto& genre : test::catalog().genres) {
            const StyleSpec spec = test::spec(genre.name, 45, ++seed, {.genre = genre.id});
            const Song song = engine.generate(spec, {}, CancelToken());
            const AudioAnalysis analysis = analyzeAudio(song.master.audio);
            const Level mine = level(analysis.tempo, spec.tempo);
            const double reference = aubioTempo(song.master.audio);
            const Level theirs = level(reference, spec.tempo);
            ++ours[mine];
            ++aubio[theirs];
            const bool keyOk = analysis.key == spec.key;
            keys += keyOk;
            ++genres;
            // Section boundaries (inner ones) found within two seconds.
            int hits = 0;
            const auto& truths = song.score.sections;
            for (std::size_t i = 1; i < truths.size(); ++i) {
                const double truth = song.score.secondsAt(truths[i].startBar * song.score.ticksPerBar());
                ++boundaries;
                hits += std::any_of(analysis.sections.begin() + 1, analysis.sections.end(),
                                    [&](const DetectedSection& s) { return std::abs(s.start - truth) <= 2.0; });
            }
            found += hits;
            detected += static_cast<int>(analysis.sections.size()) - 1;
            qInfo("%-22s tempo %3d: ours %6.1f %-12s aubio %6.1f %-12s key %-9s ours %-9s %s  sections %d/%zu found "
                  "(%zu detected)",
                  genre.id.c_str(), spec.tempo, analysis.tempo, levelNames[mine], reference, levelNames[theirs],
                  spec.key.name().c_str(), analysis.key.name().c_str(), keyOk ? "ok" : "MISS", hits,
                  truths.size() - 1, analysis.sections.size() - 1);
        }
        qInfo("ours: tempo within 2%% %d of %d, octave errors %d, 3:2 %d, wrong %d; key exact %d of %d", ours[Exact],
              genres, ours[Octave], ours[ThreeTwo], ours[Wrong], keys, genres);
        qInfo("aubio: tempo within 2%% %d of %d, octave errors %d, 3:2 %d, wrong %d", aubio[Exact], genres,
              aubio[Octave], aubio[ThreeTwo], aubio[Wrong]);
        qInfo("section boundaries within 2 s: %d of %d (%d detected)", found, boundaries, detected);
        // Tempo octaves are a convention (lo-fi at 70 with the snare on 2 and 4 sounds like
        // 140 in half time): octave errors are counted apart. The goal is 90% at the
        // exact level; docs/analysis.md records where the tracker stands.
        QVERIFY2((ours[Exact] + ours[Octave]) * 10 >= genres * 9,
                 "the tempo should be within 2% (up to an octave) for at least 90% of the genres");
        QVERIFY2(ours[Exact] * 4 >= genres * 3, "the tempo should be exact for at least 75% of the genres");
        QVERIFY2(keys * 10 >= genres * 8, "the key should be exact for at least 80% of the genres");
        // The reference agrees that the music has the tempo song.json claims (up to an octave).
        QCOMPARE(aubio[Exact] + aubio[Octave], genres);
    }
};

QTEST_GUILESS_MAIN(AccuracyTest)
#include "test_accuracy.moc"
