// SPDX-License-Identifier: GPL-3.0-or-later
// waveform-bench: paint time of the waveform view for a 10-minute track at three zoom
// levels (the whole track, 30 s and 1 s across), with and without the spectrogram layer,
// drawn offscreen into an image 200 times each; then the arrangement's timeline (ruler, section
// blocks, six lanes of waveform and notes) of the same song at the same zoom levels. Prints
// the median and the worst time per paint. Run with QT_QPA_PLATFORM=offscreen.

#include "audio/PeakPyramid.h"
#include "ui/ArrangementCanvas.h"
#include "ui/WaveformView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

// The median and the worst of 200 paints of `widget` into `image`.
template <typename Widget> std::pair<double, double> paintTimes(Widget& widget, QImage& image) {
    std::vector<double> times;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer timer;
        timer.start();
        QPainter painter(&image);
        widget.render(&painter);
        painter.end();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.back()};
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    cadenza::StereoBuffer audio(44100, 600 * 44100);
    unsigned state = 1;
    for (std::size_t i = 0; i < audio.frames(); ++i) {
        state = state * 1664525u + 1013904223u;
        const auto v = static_cast<float>((state >> 8) / 16777216.0 - 0.5) *
                       static_cast<float>(0.3 + 0.6 * std::fabs(std::sin(static_cast<double>(i) / 44100)));
        audio.left[i] = audio.right[i] = v;
    }
    QElapsedTimer build;
    build.start();
    auto peaks = std::make_shared<const cadenza::PeakPyramid>(audio);
    std::printf("peak pyramid of 10 min: built in %lld ms\n", static_cast<long long>(build.elapsed()));

    build.restart();
    auto spectrogram = std::make_shared<const cadenza::Spectrogram>(cadenza::computeSpectrogram(audio));
    std::printf("spectrogram of 10 min: computed in %lld ms\n", static_cast<long long>(build.elapsed()));

    cadenza::WaveformView view;
    view.resize(1600, 300);
    view.setTrack(peaks, {{"intro", 0, 30}, {"verse", 30, 120}, {"chorus", 120, 200}, {"outro", 200, 600}},
                  spectrogram);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    for (const bool layered : {false, true})
        for (const double span : {600.0, 30.0, 1.0}) {
            view.setSpectrogramVisible(layered);
            view.setView(300 - span / 2, span);
            const auto [median, worst] = paintTimes(view, image);
            std::printf("%6.0f s across 1600 px%s: median %.2f ms, worst %.2f ms per paint\n", span,
                        layered ? ", spectrogram on" : "", median, worst);
        }

    // The arrangement: six lanes, each with the waveform and a note every eighth at 120 BPM
    // (2,400 notes a lane), bars and beats on the ruler, four sections.
    std::vector<cadenza::LaneContent> lanes;
    for (int lane = 0; lane < 6; ++lane) {
        cadenza::LaneContent content{peaks, {}};
        for (int n = 0; n < 2400; ++n)
            content.notes.push_back({n * 0.25, n * 0.25 + 0.2, 48 + (n * 7 + lane * 5) % 24, 0.7f});
        lanes.push_back(std::move(content));
    }
    cadenza::ArrangementCanvas canvas;
    canvas.resize(1600, 600);
    canvas.setSong(std::move(lanes), {{"intro", 0, 30}, {"verse", 30, 120}, {"chorus", 120, 200}, {"outro", 200, 600}},
                   cadenza::BarGrid(120, cadenza::Meter{}), 600);
    QImage lanesImage(canvas.size(), QImage::Format_ARGB32_Premultiplied);
    for (const double span : {600.0, 30.0, 1.0}) {
        canvas.setView(300 - span / 2, span);
        const auto [median, worst] = paintTimes(canvas, lanesImage);
        std::printf("arrangement, 6 lanes, %4.0f s across 1600x600: median %.2f ms, worst %.2f ms per paint\n", span,
                    median, worst);
    }
    return 0;
}
