#include "RemainingBarDelegate.h"

#include "model/SessionStatus.h"
#include "model/SessionTableModel.h"

#include <QApplication>
#include <QGlyphRun>
#include <QPainter>
#include <QTextLayout>
#include <cmath>

namespace ws::ui {

QColor RemainingBarDelegate::barColor(int remainingLevel, const QPalette& palette) {
    switch (RemainingLevel(remainingLevel)) {
    case RemainingLevel::Warning:
        return QColor(0xF0, 0xA0, 0x20);
    case RemainingLevel::Expired:
        return QColor(0xD3, 0x2F, 0x2F);
    case RemainingLevel::Stopped:
        return palette.color(QPalette::Disabled, QPalette::Text);
    case RemainingLevel::Normal:
        break;
    }
    return QColor(0x3C, 0xA0, 0x5A);
}

namespace {

// A 1 px frame whose corner pixels are left out, which reads as a slightly rounded box at this
// size; four fills instead of an antialiased rounded-rect path, the costliest thing in a tick.
void fillFrame(QPainter* painter, const QRect& r, const QColor& colour) {
    painter->fillRect(QRect(r.left() + 1, r.top(), r.width() - 2, 1), colour);
    painter->fillRect(QRect(r.left() + 1, r.bottom(), r.width() - 2, 1), colour);
    painter->fillRect(QRect(r.left(), r.top() + 1, 1, r.height() - 2), colour);
    painter->fillRect(QRect(r.right(), r.top() + 1, 1, r.height() - 2), colour);
}

} // namespace

// Painted with fills and one shaped glyph run: this cell is the only one repainted on every
// countdown tick, for every visible row (docs/performance.md, benchmark 5).
void RemainingBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    // The view's option already carries the selection, focus and alternate-row state; without text
    // or icon the style paints just the cell background (no initStyleOption: its dozen role queries
    // are for text and decorations this delegate draws itself).
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &option, painter, widget);

    const QRect bar = option.rect.adjusted(4, 4, -4, -4);
    if (bar.width() <= 2 || bar.height() <= 2)
        return;
    const QString text = index.data(Qt::DisplayRole).toString();
    const double fraction = index.data(SessionTableModel::FractionLeftRole).toDouble();
    const int level = index.data(SessionTableModel::RemainingLevelRole).toInt();
    const QColor color = barColor(level, option.palette);
    const QColor trough = option.palette.color(QPalette::Base).darker(108);
    const QRect inner = bar.adjusted(1, 1, -1, -1);

    fillFrame(painter, bar, option.palette.color(QPalette::Mid));
    painter->fillRect(inner, trough);
    if (level == int(RemainingLevel::Stopped)) {
        // Revoked: an empty grey trough, the countdown stopped.
    } else if (level == int(RemainingLevel::Expired)) {
        QColor faded = color;
        faded.setAlpha(60);
        painter->fillRect(inner, faded);
    } else if (fraction > 0) {
        QRect filled = inner;
        filled.setWidth(std::max(2, int(std::lround(inner.width() * fraction))));
        painter->fillRect(filled, color);
    }
    if (text.isEmpty())
        return;

    // Text in the window-text colour with a soft halo so it stays readable over any bar colour:
    // shaped once, drawn three times.
    QTextLayout layout(text, option.font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    const QPointF origin(bar.left() + (bar.width() - line.naturalTextWidth()) / 2.0,
                         bar.top() + (bar.height() - line.height()) / 2.0);
    const QList<QGlyphRun> runs = layout.glyphRuns();
    const QPen pen = painter->pen();
    painter->setPen(option.palette.color(QPalette::Base));
    for (const QGlyphRun& run : runs) {
        painter->drawGlyphRun(origin + QPointF(-1, 0), run);
        painter->drawGlyphRun(origin + QPointF(1, 0), run);
    }
    painter->setPen(level == int(RemainingLevel::Expired)   ? option.palette.color(QPalette::Text)
                    : level == int(RemainingLevel::Stopped) ? color
                                                            : option.palette.color(QPalette::Text));
    for (const QGlyphRun& run : runs)
        painter->drawGlyphRun(origin, run);
    painter->setPen(pen);
}

QSize RemainingBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(option.fontMetrics.horizontalAdvance(QStringLiteral("0d 00:00:00")) + 24);
    return size.expandedTo(QSize(0, option.fontMetrics.height() + 10));
}

} // namespace ws::ui
