// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace cadenza {

bool prefersDark(const QPalette& system) {
    return system.color(QPalette::Window).lightness() < system.color(QPalette::WindowText).lightness();
}

void applyTheme(const QString& choice) {
    static const QPalette systemPalette = QApplication::palette();
    // "system": the designed theme of the desktop's kind, dark or light.
    const QString theme = choice == "system" ? (prefersDark(systemPalette) ? "dark" : "light") : choice;
    QApplication::setStyle(QStyleFactory::create("Fusion"));
    QPalette palette = QApplication::style()->standardPalette();
    if (theme == "dark") {
        const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe6, 0xe6, 0xe6);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, window.lighter(112));
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Button, window.lighter(110));
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::ToolTipBase, base);
        palette.setColor(QPalette::ToolTipText, text);
        palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd6));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x70));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x70));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x70));
    }
    QApplication::setPalette(palette);
}

} // namespace cadenza
