// The music has the tempo and key that song.json claims, as measured independently: tempo
// by aubio's onset-based beat tracker, key from a chroma profile (KeyEstimator). One song
// per genre of the catalog.

#include "TestSupport.h"

#include "analysis/KeyEstimator.h"
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
    constexpr uint_t hop = 512, window = 1024;
    const auto rate = static_cast<uint_t>(audio.sampleRate);
    std::unique_ptr<aubio_tempo_t, decltype(&del_aubio_tempo)> tempo(new_aubio_tempo("default", window, hop, rate), del_aubio_tempo);
    std::unique_ptr<fvec_t, decltype(&del_fvec)> in(new_fvec(hop), del_fvec);
    std::unique_ptr<fvec_t, decltype(&del_fvec)> out(new_fvec(1), del_fvec);
    std::vector<double> beats;
    for (std::size_t start = 0; start + hop <= audio.frames(); start += hop) {
        for (uint_t i = 0; i < hop; ++i)
            in->data[i] = 0.5f * (audio.left[start + i] + audio.right[start + i]);
        aubio_tempo_do(tempo.get(), in.get(), out.get());
        if (out->data[0] != 0)
            beats.push_back(aubio_tempo_get_last_s(tempo.get()));
    }
    std::vector<double> intervals;
    for (std::size_t i = 1; i < beats.size(); ++i)
        intervals.push_back(beats[i] - beats[i - 1]);
    if (intervals.empty())
        return 0;
    std::nth_element(intervals.begin(), intervals.begin() + static_cast<long>(intervals.size() / 2), intervals.end());
    return 60.0 / intervals[intervals.size() / 2];
}

} // namespace

class AccuracyTest : public QObject {
    Q_OBJECT

private slots:
    void tempoAndKeyMatchWhatSongJsonSays() {
        const SymbolicEngine engine(test::catalog(), RenderSettings{defaultSoundFont()});
        int exact = 0, octave = 0, keys = 0, genres = 0;
        for (const auto& genre : test::catalog().genres) {
            const StyleSpec spec = test::spec(genre.name, 30, 1234, {.genre = genre.id});
            const Song song = engine.generate(spec, {}, CancelToken());
            const double measured = aubioTempo(song.master.audio);
            const double ratio = measured / spec.tempo;
            const bool isExact = std::abs(ratio - 1) <= 0.02;
            bool isOctave = false;
            for (const double r : {0.5, 2.0, 1.5, 2.0 / 3.0})
                isOctave |= std::abs(ratio / r - 1) <= 0.02;
            const auto key = estimateKey(song.master.audio);
            const bool keyOk = key.key == spec.key;
            exact += isExact;
            octave += !isExact && isOctave;
            keys += keyOk;
            ++genres;
            qInfo("%-22s tempo %3d measured %6.1f %-12s key %-9s estimated %-9s %s", genre.id.c_str(), spec.tempo, measured,
                  isExact ? "exact" : isOctave ? "octave error" : "WRONG", spec.key.name().c_str(),
                  key.key.name().c_str(), keyOk ? "ok" : "MISS");
        }
        qInfo("tempo within 2%%: %d of %d, octave errors: %d; key exact: %d of %d", exact, genres, octave, keys, genres);
        QVERIFY2(exact + octave == genres, "every tempo should match, up to an octave error");
        QVERIFY2(exact * 10 >= genres * 7, "most tempi should match without an octave error");
        QVERIFY2(keys * 10 >= genres * 8, "the key should be exact for at least 80% of the genres");
    }
};

QTEST_GUILESS_MAIN(AccuracyTest)
#include "test_accuracy.moc"
