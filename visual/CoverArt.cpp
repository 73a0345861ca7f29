// SPDX-License-Identifier: GPL-3.0-or-later
#include "visual/CoverArt.h"

#include <QBuffer>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <random>
#include <string_view>

namespace cadenza {
namespace {

// A mood's colour: its hue in degrees, and how saturated and light it is.
struct MoodColour {
    std::string_view mood;
    int hue;
    double saturation;
    double lightness;
};

constexpr std::array<MoodColour, 12> kMoodColours = {{
    {"happy", 45, 0.85, 0.58},
    {"sad", 215, 0.45, 0.38},
    {"calm", 185, 0.40, 0.50},
    {"energetic", 12, 0.90, 0.52},
    {"dark", 265, 0.45, 0.22},
    {"epic", 28, 0.75, 0.42},
    {"romantic", 338, 0.60, 0.55},
    {"tense", 355, 0.55, 0.32},
    {"dreamy", 285, 0.45, 0.62},
    {"nostalgic", 32, 0.40, 0.50},
    {"angry", 2, 0.85, 0.40},
    {"relaxed", 145, 0.40, 0.52},
}};

// Uniform numbers from the seed, the same on every machine.
class Dice {
  public:
    explicit Dice(std::uint64_t seed) : engine_(seed) {}
    double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
    double between(double low, double high) { return low + (high - low) * uniform(); }
    int below(int n) { return static_cast<int>(uniform() * n); }

  private:
    std::mt19937_64 engine_;
};

struct Palette {
    QColor deep;   // the background's darkest
    QColor ground; // the background's lightest
    QColor form;   // the main shapes
    QColor accent; // the rhythm marks, the sun
    QColor ink;    // the title
};

// FNV-1a: a hash of the words that is the same on every machine and every run.
std::uint64_t stableHash(const std::string& text) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const unsigned char c : text)
        h = (h ^ c) * 0x100000001b3ULL;
    return h;
}

Palette palette(const CoverInput& in, Dice& dice) {
    int hue = dice.below(360);
    double saturation = 0.5;
    double lightness = 0.45;
    for (const auto& m : kMoodColours)
        if (m.mood == in.mood) {
            hue = m.hue;
            saturation = m.saturation;
            lightness = m.lightness;
        }
    if (in.tonic >= 0) {
        const int fifths = (in.tonic * 7) % 12; // C=0, G=1, D=2, ...
        hue += (fifths - 6) * 4;
        lightness += in.minor ? -0.06 : 0.05;
    }
    hue += static_cast<int>(dice.between(-8, 8));
    const auto wrap = [](int h) { return ((h % 360) + 360) % 360; };
    const auto hsl = [](int h, double s, double l) {
        return QColor::fromHslF(static_cast<float>(h) / 360.0f, static_cast<float>(std::clamp(s, 0.0, 1.0)),
                                static_cast<float>(std::clamp(l, 0.0, 1.0)));
    };
    // The accent sits across the wheel from the form, further for brighter music.
    const int accentTurn = 150 + static_cast<int>(60 * in.brightness);
    Palette p;
    p.deep = hsl(wrap(hue + 20), saturation * 0.8, lightness * 0.30);
    p.ground = hsl(wrap(hue - 10), saturation * 0.9, lightness * 0.85);
    p.form = hsl(wrap(hue), saturation, std::min(0.85, lightness + 0.25));
    p.accent = hsl(wrap(hue + accentTurn), std::min(0.75, saturation), 0.62 + 0.15 * in.brightness);
    p.ink = hsl(wrap(hue), 0.15, 0.94);
    return p;
}

double energyAt(const CoverInput& in, double position) {
    if (in.energy.empty())
        return 0.5;
    const double x = std::clamp(position, 0.0, 1.0) * static_cast<double>(in.energy.size() - 1);
    const auto i = static_cast<std::size_t>(x);
    const auto j = std::min(i + 1, in.energy.size() - 1);
    return in.energy[i] + (in.energy[j] - in.energy[i]) * (x - static_cast<double>(i));
}

double rhythmAt(const CoverInput& in, double position) {
    const auto steps = static_cast<double>(CoverInput::kRhythmSteps);
    const double x = std::fmod(position, 1.0) * steps;
    const auto i = static_cast<std::size_t>(x) % CoverInput::kRhythmSteps;
    const auto j = (i + 1) % CoverInput::kRhythmSteps;
    const double t = x - std::floor(x);
    return in.rhythm[i] * (1 - t) + in.rhythm[j] * t;
}

void drawBackground(QPainter& p, const CoverInput& in, const Palette& colours, Dice& dice, double size) {
    const double angle = dice.between(0, 2 * std::numbers::pi);
    const QPointF centre(size / 2, size / 2);
    const QPointF along(std::cos(angle) * size / 2, std::sin(angle) * size / 2);
    QLinearGradient gradient(centre - along, centre + along);
    gradient.setColorAt(0, colours.deep);
    gradient.setColorAt(1, colours.ground.darker(130 + static_cast<int>(80 * (1 - in.brightness))));
    p.fillRect(QRectF(0, 0, size, size), gradient);
}

// A sun (major keys) or a moon (minor), where the song is loudest.
void drawOrb(QPainter& p, const CoverInput& in, const Palette& colours, Dice& dice, double size) {
    const auto loudest = std::max_element(in.energy.begin(), in.energy.end());
    const double at = in.energy.empty() ? 0.5
                                        : static_cast<double>(loudest - in.energy.begin()) /
                                              static_cast<double>(std::max<std::size_t>(1, in.energy.size() - 1));
    const QPointF centre(size * (0.2 + 0.6 * at), size * dice.between(0.18, 0.42));
    const double radius = size * (0.08 + 0.10 * in.dynamics);
    QRadialGradient glow(centre, radius * 3);
    QColor halo = colours.accent;
    halo.setAlphaF(0.35f);
    glow.setColorAt(0, halo);
    glow.setColorAt(1, Qt::transparent);
    p.setPen(Qt::NoPen);
    p.setBrush(glow);
    p.drawEllipse(centre, radius * 3, radius * 3);
    p.setBrush(colours.accent);
    p.drawEllipse(centre, radius, radius);
    if (in.minor) { // the shadow that makes it a crescent
        p.setBrush(colours.deep);
        p.drawEllipse(centre + QPointF(radius * 0.45, -radius * 0.2), radius * 0.92, radius * 0.92);
    }
}

// Rings around the centre whose radius follows the energy through the song, one per
// stretch of the song; the rhythm fold ripples each ring at the bar's sixteenths.
void drawOrbits(QPainter& p, const CoverInput& in, const Palette& colours, Dice& dice, double size) {
    const QPointF centre(size * dice.between(0.42, 0.58), size * dice.between(0.45, 0.6));
    const int rings = 3 + static_cast<int>(in.tempo / 40);
    const double turn = dice.between(0, 2 * std::numbers::pi);
    for (int r = rings - 1; r >= 0; --r) {
        const double base = size * (0.06 + 0.24 * r / rings);
        QPainterPath ring;
        constexpr int kPoints = 360;
        for (int k = 0; k <= kPoints; ++k) {
            const double position = static_cast<double>(k) / kPoints;
            const double theta = turn + 2 * std::numbers::pi * position;
            const double songAt = std::fmod(position + static_cast<double>(r) / rings, 1.0);
            const double radius = base * (1 + 0.3 * energyAt(in, songAt) + 0.1 * rhythmAt(in, position * 4));
            const QPointF point = centre + QPointF(std::cos(theta) * radius, std::sin(theta) * radius);
            if (k == 0)
                ring.moveTo(point);
            else
                ring.lineTo(point);
        }
        QColor fill = colours.form;
        fill.setAlphaF(static_cast<float>(0.10 + 0.5 * (1 - static_cast<double>(r) / rings)));
        p.setBrush(fill);
        p.setPen(QPen(colours.form.lighter(120), size / 400));
        p.drawPath(ring);
    }
}

// Ridge lines stacked down the picture, each a stretch of the energy curve with the
// groove's accents as peaks; nearer ridges hide farther ones.
void drawRidges(QPainter& p, const CoverInput& in, const Palette& colours, Dice& dice, double size) {
    const int ridges = 14 + static_cast<int>(in.tempo / 8);
    const double top = size * dice.between(0.3, 0.45);
    const double gap = (size * 0.92 - top) / ridges;
    const double shift = dice.uniform();
    for (int r = 0; r < ridges; ++r) {
        const double y = top + gap * r;
        QPainterPath ridge;
        ridge.moveTo(0, size);
        constexpr int kPoints = 160;
        for (int k = 0; k <= kPoints; ++k) {
            const double x = static_cast<double>(k) / kPoints;
            const double middle = 1 - std::abs(2 * x - 1); // the peaks rise in the middle
            const double songAt = std::fmod(x * 0.5 + static_cast<double>(r) / ridges + shift, 1.0);
            const double height =
                gap * (0.6 + 6 * middle * middle * (0.6 * energyAt(in, songAt) + 0.6 * rhythmAt(in, x * 2 + r * 0.13)));
            ridge.lineTo(x * size, y - height);
        }
        ridge.lineTo(size, size);
        ridge.closeSubpath();
        p.setBrush(colours.deep);
        QColor line = colours.form;
        line.setAlphaF(static_cast<float>(0.45 + 0.55 * r / ridges));
        p.setPen(QPen(line, size / 330));
        p.drawPath(ridge);
    }
}

// A step sequencer seen from above: sixteen columns, one per sixteenth of the bar, whose
// cells light by the groove's strength, with rows for the song's stretches by energy.
void drawSteps(QPainter& p, const CoverInput& in, const Palette& colours, Dice& dice, double size) {
    p.save();
    p.translate(size / 2, size / 2);
    p.rotate(dice.between(-18, 18));
    const int columns = static_cast<int>(CoverInput::kRhythmSteps);
    const int rows = 8 + static_cast<int>(in.dynamics * 8);
    const double cell = size * 0.9 / columns;
    p.setPen(Qt::NoPen);
    for (int row = 0; row < rows; ++row) {
        const double energy = energyAt(in, (row + 0.5) / rows);
        for (int c = 0; c < columns; ++c) {
            const double strength = in.rhythm[static_cast<std::size_t>(c)] * (0.35 + 0.65 * energy);
            const double radius = cell * 0.45 * std::sqrt(std::max(0.04, strength));
            QColor colour = strength > 0.55 ? colours.accent : colours.form;
            colour.setAlphaF(static_cast<float>(0.25 + 0.75 * strength));
            p.setBrush(colour);
            const QPointF centre((c - columns / 2.0 + 0.5) * cell, (row - rows / 2.0 + 0.5) * cell);
            if ((c + row) % 4 == 0 && strength > 0.3)
                p.drawRect(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius));
            else
                p.drawEllipse(centre, radius, radius);
        }
    }
    p.restore();
}

// Film grain, so that flat colour does not band.
void drawGrain(QImage& image, Dice& dice) {
    const int width = image.width();
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int n = dice.below(13) - 6;
            const QRgb c = line[x];
            line[x] = qRgb(std::clamp(qRed(c) + n, 0, 255), std::clamp(qGreen(c) + n, 0, 255),
                           std::clamp(qBlue(c) + n, 0, 255));
        }
    }
}

void drawTitle(QPainter& p, const CoverInput& in, const Palette& colours, double size) {
    if (in.title.empty())
        return;
    QLinearGradient shade(0, size * 0.72, 0, size); // keeps the title legible over any form
    shade.setColorAt(0, Qt::transparent);
    shade.setColorAt(1, QColor(0, 0, 0, 150));
    p.fillRect(QRectF(0, size * 0.72, size, size * 0.28), shade);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(static_cast<int>(size / 22));
    font.setWeight(QFont::DemiBold);
    font.setLetterSpacing(QFont::PercentageSpacing, 104);
    p.setFont(font);
    p.setPen(colours.ink);
    const QRectF box(size * 0.06, size * 0.80, size * 0.88, size * 0.16);
    p.drawText(box, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, QString::fromStdString(in.title));
}

} // namespace

QImage renderCover(const CoverInput& in, int size) {
    // Songs that share a seed still differ by their title, genre and mood.
    Dice dice(in.seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(in.variant) * 0xD1B54A32D192ED03ULL +
              stableHash(in.title + '\n' + in.genre + '\n' + in.mood));
    const Palette colours = palette(in, dice);
    QImage image(size, size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double s = size;
    drawBackground(p, in, colours, dice, s);
    switch (dice.below(3)) {
    case 0:
        drawOrb(p, in, colours, dice, s);
        drawRidges(p, in, colours, dice, s);
        break;
    case 1:
        drawOrbits(p, in, colours, dice, s);
        break;
    default:
        drawSteps(p, in, colours, dice, s);
        break;
    }
    p.end();
    drawGrain(image, dice);
    QPainter titlePainter(&image);
    titlePainter.setRenderHint(QPainter::Antialiasing);
    drawTitle(titlePainter, in, colours, s);
    return image;
}

std::vector<unsigned char> coverPng(const CoverInput& input, int size) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    renderCover(input, size).save(&buffer, "PNG");
    return {bytes.begin(), bytes.end()};
}

} // namespace cadenza
