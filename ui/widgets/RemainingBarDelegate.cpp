#include "RemainingBarDelegate.h"

#include "model/SessionStatus.h"
#include "model/SessionTableModel.h"

#include <QApplication>
#include <QPainter>

namespace ws::ui {

QColor RemainingBarDelegate::barColor(int remainingLevel, const QPalette& palette) {
    switch (RemainingLevel(remainingLevel)) {
    case RemainingLevel::Warning:
        return QColor(0xF0, 0xA0, 0x20);
    case RemainingLevel::Expired:
        return QColor(0xD3, 0x2F, 0x2F);
    case RemainingLevel::Normal:
        break;
    }
    Q_UNUSED(palette);
    return QColor(0x3C, 0xA0, 0x5A);
}

void RemainingBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // selection background

    const double fraction = index.data(SessionTableModel::FractionLeftRole).toDouble();
    const int level = index.data(SessionTableModel::RemainingLevelRole).toInt();
    const QRect bar = option.rect.adjusted(4, 4, -4, -4);
    if (bar.width() <= 0 || bar.height() <= 0)
        return;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QColor color = barColor(level, option.palette);
    QColor trough = option.palette.color(QPalette::Base).darker(108);
    painter->setPen(QPen(option.palette.color(QPalette::Mid), 1));
    painter->setBrush(trough);
    painter->drawRoundedRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    if (level == int(RemainingLevel::Expired)) {
        QColor faded = color;
        faded.setAlpha(60);
        painter->setPen(Qt::NoPen);
        painter->setBrush(faded);
        painter->drawRoundedRect(QRectF(bar).adjusted(1, 1, -1, -1), 3, 3);
    } else if (fraction > 0) {
        QRectF filled = QRectF(bar).adjusted(1, 1, -1, -1);
        filled.setWidth(std::max(2.0, filled.width() * fraction));
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(filled, 2.5, 2.5);
    }
    // Text in the window-text colour with a soft halo so it stays readable over any bar colour.
    painter->setFont(option.font);
    painter->setPen(option.palette.color(QPalette::Base));
    const QRect textRect = bar;
    for (int dx : {-1, 1})
        painter->drawText(textRect.translated(dx, 0), Qt::AlignCenter, text);
    painter->setPen(level == int(RemainingLevel::Expired) ? color.darker(130)
                                                          : option.palette.color(QPalette::Text));
    painter->drawText(textRect, Qt::AlignCenter, text);
    painter->restore();
}

QSize RemainingBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(option.fontMetrics.horizontalAdvance(QStringLiteral("0d 00:00:00")) + 24);
    return size.expandedTo(QSize(0, option.fontMetrics.height() + 10));
}

} // namespace ws::ui
