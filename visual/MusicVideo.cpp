// SPDX-License-Identifier: GPL-3.0-or-later
#include "visual/MusicVideo.h"

#include "audio/AudioFile.h"
#include "audio/OutputTransaction.h"
#include "base/ChildProcess.h"
#include "dsp/SpectrumBars.h"
#include "export/CoverInput.h"
#include "visual/CoverArt.h"

#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace cadenza {
namespace {

// A frame in YUV 4:2:0 (BT.709, limited range), as ffmpeg's rawvideo yuv420p reads it.
class YuvFrame {
  public:
    YuvFrame(int width, int height)
        : width_(width), height_(height), data_(static_cast<std::size_t>(width) * height * 3 / 2) {}

    const unsigned char* data() const { return data_.data(); }
    std::size_t size() const { return data_.size(); }

    // Converts `area` (even coordinates and size) of an RGB32 image of the frame's size.
    void convert(const QImage& image, const QRect& area) {
        unsigned char* const lumaPlane = data_.data();
        unsigned char* const cbPlane = lumaPlane + static_cast<std::ptrdiff_t>(width_) * height_;
        unsigned char* const crPlane = cbPlane + static_cast<std::ptrdiff_t>(width_ / 2) * (height_ / 2);
        for (int y = area.top(); y <= area.bottom(); y += 2) {
            const auto* row0 = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            const auto* row1 = reinterpret_cast<const QRgb*>(image.constScanLine(y + 1));
            unsigned char* luma0 = lumaPlane + static_cast<std::ptrdiff_t>(y) * width_;
            unsigned char* luma1 = luma0 + width_;
            const std::ptrdiff_t chromaRow = static_cast<std::ptrdiff_t>(y / 2) * (width_ / 2);
            for (int x = area.left(); x <= area.right(); x += 2) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (const QRgb pixel : {row0[x], row0[x + 1], row1[x], row1[x + 1]}) {
                    r += qRed(pixel);
                    g += qGreen(pixel);
                    b += qBlue(pixel);
                }
                luma0[x] = luma(row0[x]);
                luma0[x + 1] = luma(row0[x + 1]);
                luma1[x] = luma(row1[x]);
                luma1[x + 1] = luma(row1[x + 1]);
                // Chroma of the 2×2 block's mean (the sums are 4× the mean; >> 2 more).
                cbPlane[chromaRow + x / 2] = static_cast<unsigned char>(128 + ((-26 * r - 87 * g + 112 * b) >> 10));
                crPlane[chromaRow + x / 2] = static_cast<unsigned char>(128 + ((112 * r - 102 * g - 10 * b) >> 10));
            }
        }
    }

  private:
    static unsigned char luma(QRgb p) {
        return static_cast<unsigned char>(16 + ((47 * qRed(p) + 157 * qGreen(p) + 16 * qBlue(p)) >> 8));
    }

    int width_;
    int height_;
    std::vector<unsigned char> data_;
};

QString clock(double seconds) {
    const int s = static_cast<int>(seconds);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// Where things go on the frame, in pixels, scaled from a 1920×1080 design.
struct Layout {
    explicit Layout(int width, int height) : scale(height / 1080.0) {
        const auto px = [this](double v) { return static_cast<int>(std::lround(v * scale)) & ~1; };
        cover = QRect(px(140), px(180), px(720), px(720));
        text = QRect(px(960), px(190), width - px(1100), px(260));
        bars = QRect(px(960), px(470), width - px(1100), px(330));
        timeline = QRect(px(960), px(830), width - px(1100), px(70));
    }
    QRect moving() const { return bars.united(timeline); }

    double scale;
    QRect cover;
    QRect text;
    QRect bars;
    QRect timeline;
};

QFont font(double pixels, QFont::Weight weight) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(static_cast<int>(pixels));
    f.setWeight(weight);
    return f;
}

// What does not move: the cover, blurred and darkened, filling the frame; the cover itself;
// the title and the credits.
QImage drawStill(const TrackFiles& track, const QImage& cover, const Layout& layout, int width, int height) {
    QImage frame(width, height, QImage::Format_RGB32);
    QPainter p(&frame);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    // A blur by way of a tiny copy scaled back up.
    const QImage tiny = cover.scaled(24, 24, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    p.drawImage(QRect(0, -(width - height) / 2, width, width),
                tiny.scaled(width / 4, width / 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    p.fillRect(frame.rect(), QColor(0, 0, 0, 150));
    p.fillRect(layout.cover.translated(static_cast<int>(12 * layout.scale), static_cast<int>(12 * layout.scale)),
               QColor(0, 0, 0, 110));
    p.drawImage(layout.cover, cover);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(QColor(245, 245, 245));
    p.setFont(font(64 * layout.scale, QFont::Bold));
    const QRect titleBox = layout.text.adjusted(0, 0, 0, static_cast<int>(-70 * layout.scale));
    p.drawText(
        titleBox, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
        p.fontMetrics().elidedText(QString::fromStdString(track.record.title), Qt::ElideRight, titleBox.width() * 2));
    QStringList credits;
    for (const auto& part : {track.record.genre, track.record.mood, track.record.key})
        if (!part.empty())
            credits << QString::fromStdString(part);
    if (track.record.tempo > 0)
        credits << QStringLiteral("%1 BPM").arg(std::lround(track.record.tempo));
    p.setPen(QColor(255, 255, 255, 190));
    p.setFont(font(30 * layout.scale, QFont::Normal));
    p.drawText(layout.text.adjusted(0, layout.text.height() - static_cast<int>(56 * layout.scale), 0, 0),
               Qt::AlignLeft | Qt::AlignBottom, credits.join(QStringLiteral("  ·  ")));
    return frame;
}

// What moves: the bars, the progress line and the time, drawn over the still's pixels.
void drawMoving(QImage& frame, const QImage& still, const Layout& layout, const std::vector<float>& levels,
                const QColor& colour, double seconds, double duration) {
    QPainter p(&frame);
    const QRect area = layout.moving();
    p.drawImage(area.topLeft(), still, area);
    p.setRenderHint(QPainter::Antialiasing);
    const auto count = static_cast<double>(levels.size());
    const double slot = layout.bars.width() / count;
    QLinearGradient gradient(layout.bars.bottomLeft(), layout.bars.topLeft());
    gradient.setColorAt(0, colour);
    gradient.setColorAt(1, colour.lighter(160));
    p.setPen(Qt::NoPen);
    p.setBrush(gradient);
    for (std::size_t b = 0; b < levels.size(); ++b) {
        const double height = std::max(2.0, static_cast<double>(levels[b]) * layout.bars.height());
        p.drawRoundedRect(QRectF(layout.bars.left() + static_cast<double>(b) * slot + slot * 0.15,
                                 layout.bars.bottom() - height, slot * 0.7, height),
                          slot * 0.2, slot * 0.2);
    }
    const QRect line(layout.timeline.left(), layout.timeline.top() + static_cast<int>(10 * layout.scale),
                     layout.timeline.width(), static_cast<int>(6 * layout.scale));
    p.fillRect(line, QColor(255, 255, 255, 60));
    p.fillRect(QRect(line.left(), line.top(), static_cast<int>(line.width() * std::min(1.0, seconds / duration)),
                     line.height()),
               colour.lighter(140));
    p.setPen(QColor(255, 255, 255, 200));
    p.setFont(font(26 * layout.scale, QFont::Normal));
    p.drawText(layout.timeline, Qt::AlignLeft | Qt::AlignBottom, clock(seconds));
    p.drawText(layout.timeline, Qt::AlignRight | Qt::AlignBottom, clock(duration));
}

// The cover's most saturated colour, which the bars take.
QColor barColour(const QImage& cover) {
    const QImage small = cover.scaled(32, 32);
    QColor best(200, 200, 220);
    float bestScore = -1;
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x) {
            const QColor c = small.pixelColor(x, y);
            const float score = c.hsvSaturationF() * c.valueF();
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
    best.setHsvF(best.hsvHueF(), std::min(0.8f, best.hsvSaturationF()), std::max(0.85f, best.valueF()));
    return best;
}

std::vector<std::string> ffmpegArguments(const VideoSettings& settings, const std::filesystem::path& audio,
                                         const std::filesystem::path& out) {
    const std::string size = std::to_string(settings.width) + "x" + std::to_string(settings.height);
    return {settings.ffmpeg, "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
            // the frames
            "-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", size, "-r", std::to_string(settings.fps), "-i", "pipe:0",
            // the sound
            "-i", audio.string(), "-map", "0:v:0", "-map", "1:a:0", "-c:v", "libx264", "-preset", "ultrafast", "-tune",
            "stillimage", "-crf", "20", "-pix_fmt", "yuv420p", "-colorspace", "bt709", "-color_primaries", "bt709",
            "-color_trc", "bt709", "-color_range", "tv", "-c:a", "aac", "-b:a", "192k", "-shortest", "-movflags",
            "+faststart", "-f", "mp4", out.string()};
}

// ffmpeg, with a message that says where to get it when it is missing.
ChildProcess startFfmpeg(const std::vector<std::string>& arguments, const std::filesystem::path& messages) {
    try {
        return ChildProcess(arguments, messages);
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(std::string(e.what()) +
                                 ": the music video needs the ffmpeg program (Debian's ffmpeg package)");
    }
}

} // namespace

void renderMusicVideo(const TrackFiles& track, const std::filesystem::path& out, const ProgressCallback& progress,
                      const CancelToken& cancel, const VideoSettings& settings) {
    if (settings.width % 2 != 0 || settings.height % 2 != 0 || settings.width < 320 || settings.height < 180)
        throw std::invalid_argument("the video's width and height must be even, at least 320×180");
    if (progress)
        progress("cover", 0);
    const StereoBuffer audio = readAudioFile(track.folder / "song.wav");
    const QImage cover = renderCover(coverInput(track.record, audio, track.analysis), 720 * settings.height / 1080)
                             .convertToFormat(QImage::Format_RGB32);
    const Layout layout(settings.width, settings.height);
    const QImage still = drawStill(track, cover, layout, settings.width, settings.height);
    const QColor colour = barColour(cover);

    if (out.has_parent_path())
        std::filesystem::create_directories(out.parent_path());
    OutputTransaction files;
    const auto staged = files.stage(out);
    YuvFrame yuv(settings.width, settings.height);
    yuv.convert(still, still.rect());
    QImage frame = still;
    SpectrumBars bars(48, audio.sampleRate);
    const double duration = audio.seconds();
    const auto frames = static_cast<long>(std::ceil(duration * settings.fps));
    {
        ChildProcess ffmpeg =
            startFfmpeg(ffmpegArguments(settings, track.folder / "song.wav", staged), staged.string() + ".log");
        for (long f = 0; f < frames; ++f) {
            cancel.throwIfCancelled();
            const double seconds = static_cast<double>(f) / settings.fps;
            drawMoving(frame, still, layout, bars.at(audio, seconds), colour, seconds, duration);
            yuv.convert(frame, layout.moving());
            ffmpeg.write(yuv.data(), yuv.size());
            if (progress && f % settings.fps == 0)
                progress("video", static_cast<double>(f) / static_cast<double>(frames));
        }
        if (progress)
            progress("video", 1);
        ffmpeg.finish();
    }
    files.commit();
}

} // namespace cadenza
