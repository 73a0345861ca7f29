// SPDX-License-Identifier: GPL-3.0-or-later
// The peak pyramid against brute force, and the waveform widget driven with QTest: click
// to seek, Shift-drag to loop, wheel to zoom and scroll, a click in the overview to move.

#include "audio/PeakPyramid.h"
#include "ui/WaveformView.h"

#include <QtTest>

#include <cmath>

using namespace cadenza;

namespace {

StereoBuffer testSignal(double seconds) {
    StereoBuffer audio(44100, static_cast<std::size_t>(seconds * 44100));
    for (std::size_t i = 0; i < audio.frames(); ++i) {
        const double t = static_cast<double>(i) / 44100;
        const auto v = static_cast<float>(std::sin(2 * M_PI * 220 * t) * (0.2 + 0.7 * std::fmod(t, 1.0)));
        audio.left[i] = v;
        audio.right[i] = 0.5f * v;
    }
    return audio;
}

} // namespace

class WaveformTest : public QObject {
    Q_OBJECT

  private slots:
    void pyramidMatchesBruteForce() {
        const auto audio = testSignal(7.3);
        const PeakPyramid pyramid(audio);
        const auto first = static_cast<std::int64_t>(1.1 * 44100);
        const auto last = static_cast<std::int64_t>(6.2 * 44100);
        for (const int pixels : {37, 400, 5000}) {
            const auto peaks = pyramid.peaks(first, last, pixels);
            QCOMPARE(static_cast<int>(peaks.size()), pixels);
            const double perPixel = static_cast<double>(last - first) / pixels;
            for (int x = 0; x < pixels; x += 7) {
                const auto range = [&](double from, double to) {
                    const auto a = static_cast<std::size_t>(std::max(0.0, from));
                    const auto b = std::min(audio.frames(), static_cast<std::size_t>(std::max(from + 1, to)));
                    Peak p{1, -1};
                    for (std::size_t i = a; i < b; ++i) {
                        const float mono = 0.5f * (audio.left[i] + audio.right[i]);
                        p = {std::min(p.low, mono), std::max(p.high, mono)};
                    }
                    return p;
                };
                const double from = static_cast<double>(first) + x * perPixel;
                const Peak exact = range(from, from + perPixel);
                const double spill = std::max(perPixel / 8, static_cast<double>(PeakPyramid::kBaseBin));
                const Peak widened = range(from - spill, from + perPixel + spill);
                const auto& p = peaks[static_cast<std::size_t>(x)];
                QVERIFY2(p.low <= exact.low && p.high >= exact.high, qPrintable(QString("pixel %1 misses").arg(x)));
                QVERIFY2(p.low >= widened.low && p.high <= widened.high, qPrintable(QString("pixel %1 spills").arg(x)));
            }
        }
    }

    void clickSeeksAndShiftDragLoops() {
        WaveformView view;
        view.resize(1000, 220);
        view.setTrack(std::make_shared<const PeakPyramid>(testSignal(10)), {{"intro", 0, 4}, {"verse", 4, 10}});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy seeks(&view, &WaveformView::seekRequested);
        const int y = view.detailRect().center().y();
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(250, y));
        QCOMPARE(seeks.count(), 1);
        QVERIFY(std::abs(seeks.first().first().toDouble() - 2.5) < 0.02);
        QVERIFY(std::abs(view.position() - 2.5) < 0.02);

        QSignalSpy loops(&view, &WaveformView::loopChanged);
        QTest::mousePress(&view, Qt::LeftButton, Qt::ShiftModifier, QPoint(400, y));
        QTest::mouseMove(&view, QPoint(600, y));
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::ShiftModifier, QPoint(600, y));
        QCOMPARE(loops.count(), 1);
        QVERIFY(std::abs(view.loopStart() - 4.0) < 0.02);
        QVERIFY(std::abs(view.loopEnd() - 6.0) < 0.02);
        QCOMPARE(seeks.count(), 1); // a loop selection does not move the playhead
    }

    void wheelZoomsAroundThePointerAndScrolls() {
        WaveformView view;
        view.resize(1000, 220);
        view.setTrack(std::make_shared<const PeakPyramid>(testSignal(10)), {});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPoint at(750, view.detailRect().center().y());
        const double before = view.timeAt(at.x());
        QWheelEvent zoomIn(at, view.mapToGlobal(at), {}, QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                           Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &zoomIn);
        QVERIFY(view.viewLength() < 10 * 0.7);
        QVERIFY(std::abs(view.timeAt(at.x()) - before) < 0.02); // the time under the pointer stays put
        const double start = view.viewStart();
        QWheelEvent scroll(at, view.mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton, Qt::ShiftModifier,
                           Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &scroll);
        QVERIFY(view.viewStart() > start);
        // A click in the overview centres the view there.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(100, view.overviewRect().center().y()));
        QVERIFY(std::abs(view.viewStart() + view.viewLength() / 2 - 1.0) < 0.05 || view.viewStart() == 0.0);
    }

    void spectrogramFindsTheTone() {
        StereoBuffer tone(44100, 44100);
        for (std::size_t i = 0; i < tone.frames(); ++i)
            tone.left[i] = tone.right[i] =
                0.5f * static_cast<float>(std::sin(2 * M_PI * 1000 * static_cast<double>(i) / 44100));
        const Spectrogram s = computeSpectrogram(tone);
        QCOMPARE(s.frames, 44);
        const int middle = s.frames / 2;
        int loudest = 0;
        for (int b = 1; b < s.bands; ++b)
            if (s.at(middle, b) > s.at(middle, loudest))
                loudest = b;
        QCOMPARE(loudest, s.bandOf(1000));
        QVERIFY2(std::abs(s.at(middle, loudest) + 6.0f) < 1.5f,
                 qPrintable(QString::number(s.at(middle, loudest)))); // 0.5 = -6 dB
        QVERIFY(s.at(middle, s.bandOf(100)) < -60);
        QVERIFY(s.at(middle, s.bandOf(8000)) < -60);
    }

    void spectrogramLayerDraws() {
        WaveformView view;
        view.resize(800, 240);
        const auto signal = testSignal(4);
        view.setTrack(std::make_shared<const PeakPyramid>(signal), {},
                      std::make_shared<const Spectrogram>(computeSpectrogram(signal)));
        QVERIFY(view.hasSpectrogram());
        const QImage plain = view.grab().toImage();
        view.setSpectrogramVisible(true);
        const QImage layered = view.grab().toImage();
        QVERIFY(plain != layered);
        const QDir folder(QDir(CADENZA_TEST_OUTPUT).filePath("screenshots"));
        QDir().mkpath(folder.path());
        QVERIFY(layered.save(folder.filePath("waveform-spectrogram.png")));
    }

    // The frequency axis says where a tone is: a 1 kHz tone's brightest row of the drawn
    // spectrogram lies at the 1k mark; the marks rise with frequency.
    void theFrequencyAxisMarksTheTone() {
        // Quiet, so that the waveform's outline stays in the middle rows.
        StereoBuffer tone(44100, 44100 * 2);
        for (std::size_t i = 0; i < tone.frames(); ++i)
            tone.left[i] = tone.right[i] =
                0.02f * static_cast<float>(std::sin(2 * M_PI * 1000 * static_cast<double>(i) / 44100));
        WaveformView view;
        view.resize(600, 300);
        view.setTrack(std::make_shared<const PeakPyramid>(tone), {},
                      std::make_shared<const Spectrogram>(computeSpectrogram(tone)));
        view.setSpectrogramVisible(true);
        const auto ticks = view.frequencyTicks();
        QVERIFY(ticks.size() >= 4);
        for (std::size_t i = 1; i < ticks.size(); ++i)
            QVERIFY(ticks[i].first > ticks[i - 1].first && ticks[i].second < ticks[i - 1].second);
        const auto kilohertz = std::find_if(ticks.begin(), ticks.end(), [](const auto& t) { return t.first == 1000; });
        QVERIFY(kilohertz != ticks.end());
        // Brightest row at a column away from the axis labels and the waveform's outline.
        const QImage shot = view.grab().toImage();
        const QRect detail = view.detailRect();
        const int x = detail.center().x() + 97;
        int brightest = detail.top();
        for (int y = detail.top(); y <= detail.bottom(); ++y)
            if (shot.pixelColor(x, y).lightness() > shot.pixelColor(x, brightest).lightness() &&
                std::abs(y - detail.center().y()) > 8) // the waveform's outline, in the middle
                brightest = y;
        QVERIFY2(std::abs(brightest - kilohertz->second) <= 6,
                 qPrintable(QString("brightest row %1, the 1k mark at %2").arg(brightest).arg(kilohertz->second)));
    }

    void emptyViewExplainsItself() {
        WaveformView view;
        view.resize(600, 200);
        QVERIFY(!view.hasTrack());
        QVERIFY(!view.grab().isNull());
    }
};

QTEST_MAIN(WaveformTest)
#include "test_waveform.moc"
