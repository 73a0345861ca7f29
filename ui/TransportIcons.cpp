// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TransportIcons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <memory>

namespace cadenza {
namespace {

class GlyphEngine : public QIconEngine {
  public:
    explicit GlyphEngine(TransportGlyph glyph) : glyph_(glyph) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override {
        const QPalette palette = QApplication::palette();
        QColor ink = palette.color(QPalette::ButtonText);
        if (glyph_ == TransportGlyph::Record) // white on the lit button while recording
            ink = state == QIcon::On ? QColor(Qt::white) : QColor(0xe0, 0x40, 0x30);
        if (mode == QIcon::Disabled)
            ink = palette.color(QPalette::Disabled, QPalette::ButtonText);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        // Drawn on a 24-unit grid, centred in the rectangle.
        const double side = std::min(rect.width(), rect.height());
        painter->translate(rect.center().x() + 0.5 - side / 2, rect.center().y() + 0.5 - side / 2);
        painter->scale(side / 24.0, side / 24.0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(ink);
        switch (glyph_) {
        case TransportGlyph::ReturnToStart:
            painter->drawRect(QRectF(5, 5, 2.5, 14));
            painter->drawPolygon(QPolygonF({QPointF(19, 5), QPointF(19, 19), QPointF(8.5, 12)}));
            break;
        case TransportGlyph::Play:
            painter->drawPolygon(QPolygonF({QPointF(7, 4.5), QPointF(7, 19.5), QPointF(19.5, 12)}));
            break;
        case TransportGlyph::Pause:
            painter->drawRect(QRectF(6.5, 5, 4, 14));
            painter->drawRect(QRectF(13.5, 5, 4, 14));
            break;
        case TransportGlyph::Stop:
            painter->drawRect(QRectF(6, 6, 12, 12));
            break;
        case TransportGlyph::Record:
            painter->drawEllipse(QPointF(12, 12), 6.5, 6.5);
            break;
        case TransportGlyph::Loop: {
            // Two arcs chasing each other, each with its arrowhead.
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(ink, 2.2, Qt::SolidLine, Qt::RoundCap));
            const QRectF ring(4.5, 6, 15, 12);
            painter->drawArc(ring, 30 * 16, 150 * 16);
            painter->drawArc(ring, 210 * 16, 150 * 16);
            painter->setPen(Qt::NoPen);
            painter->setBrush(ink);
            painter->drawPolygon(QPolygonF({QPointF(15.5, 3.5), QPointF(20.5, 7.5), QPointF(15, 10)}));
            painter->drawPolygon(QPolygonF({QPointF(8.5, 20.5), QPointF(3.5, 16.5), QPointF(9, 14)}));
            break;
        }
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override {
        QPixmap image(size * scale);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return image;
    }

    QIconEngine* clone() const override { return new GlyphEngine(glyph_); } // QIcon takes ownership

  private:
    TransportGlyph glyph_;
};

} // namespace

QIcon drawnTransportIcon(TransportGlyph glyph) {
    return QIcon(std::make_unique<GlyphEngine>(glyph).release()); // QIcon owns its engine
}

QIcon transportIcon(TransportGlyph glyph) {
    const char* name = "";
    switch (glyph) {
    case TransportGlyph::ReturnToStart:
        name = "media-skip-backward";
        break;
    case TransportGlyph::Play:
        name = "media-playback-start";
        break;
    case TransportGlyph::Pause:
        name = "media-playback-pause";
        break;
    case TransportGlyph::Stop:
        name = "media-playback-stop";
        break;
    case TransportGlyph::Loop:
        name = "media-playlist-repeat";
        break;
    case TransportGlyph::Record:
        name = "media-record";
        break;
    }
    return QIcon::fromTheme(name, drawnTransportIcon(glyph));
}

} // namespace cadenza
