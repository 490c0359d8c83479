#pragma once

#include <QColor>
#include <QPalette>
#include <QWidget>

namespace ws::ui {

// Warning and error text colours that stay readable on the palette's background: the light-theme
// shades vanish on a dark one, so a dark palette (base lightness below half) gets lighter shades. Each
// reads at WCAG AA contrast (4.5:1) on its palette's base and window (tst_themecolors).
inline bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Base).lightness() < 128;
}

inline QColor warningTextColor(const QPalette& palette) {
    return isDarkPalette(palette) ? QColor(0xFF, 0xB7, 0x4D) : QColor(0x99, 0x5C, 0x00);
}

inline QColor errorTextColor(const QPalette& palette) {
    return isDarkPalette(palette) ? QColor(0xFF, 0x8A, 0x80) : QColor(0xC6, 0x28, 0x28);
}

// A label (or any widget's text) in the error colour of its own palette, dark or light.
inline void useErrorTextColor(QWidget* widget) {
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, errorTextColor(palette));
    widget->setPalette(palette);
}

} // namespace ws::ui
