// SPDX-License-Identifier: GPL-3.0-or-later
// waveform-bench: paint time of the waveform view for a 10-minute track at three zoom
// levels (the whole track, 30 s and 1 s across), with and without the spectrogram layer,
// drawn offscreen into an image 200 times each. Prints the median and the worst time per paint. Run with
// QT_QPA_PLATFORM=offscreen.

#include "audio/PeakPyramid.h"
#include "ui/WaveformView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

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
            std::vector<double> times;
            for (int i = 0; i < 200; ++i) {
                QElapsedTimer timer;
                timer.start();
                QPainter painter(&image);
                view.render(&painter);
                painter.end();
                times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            }
            std::sort(times.begin(), times.end());
            std::printf("%6.0f s across 1600 px%s: median %.2f ms, worst %.2f ms per paint\n", span,
                        layered ? ", spectrogram on" : "", times[times.size() / 2], times.back());
        }
    return 0;
}
