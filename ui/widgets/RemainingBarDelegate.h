#pragma once

#include <QStyledItemDelegate>

namespace ws::ui {

// Paints the Remaining column as a bar showing how much of the session's lifetime is left, with the
// countdown text on top: the normal highlight colour, amber under the warning threshold, red once
// expired. Reads only model roles (FractionLeftRole, RemainingLevelRole), so it holds no state.
class RemainingBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor barColor(int remainingLevel, const QPalette& palette);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace ws::ui
