#include "TrayIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace ws::tray {

namespace {

QColor fillFor(TrayIntegration::IconState state) {
    switch (state) {
    case TrayIntegration::IconState::Healthy:
        return QColor(0x2e, 0x9d, 0x4f);
    case TrayIntegration::IconState::ExpiringSoon:
        return QColor(0xe8, 0xa3, 0x17);
    case TrayIntegration::IconState::Expired:
        return QColor(0xc6, 0x28, 0x28);
    case TrayIntegration::IconState::NoSession:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

// A coloured disc with a key-hole, so the state reads by colour and the icon still reads as "ours"
// in a monochrome panel.
QPixmap render(TrayIntegration::IconState state, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal margin = size * 0.06;
    const QRectF disc(margin, margin, size - 2 * margin, size - 2 * margin);
    p.setPen(QPen(fillFor(state).darker(140), qMax(1.0, size / 22.0)));
    p.setBrush(fillFor(state));
    p.drawEllipse(disc);

    QPainterPath hole;
    const qreal cx = size / 2.0;
    const qreal r = size * 0.13;
    hole.addEllipse(QPointF(cx, size * 0.40), r, r);
    QPolygonF stem;
    stem << QPointF(cx - r * 0.55, size * 0.42) << QPointF(cx + r * 0.55, size * 0.42)
         << QPointF(cx + r * 0.9, size * 0.72) << QPointF(cx - r * 0.9, size * 0.72);
    hole.addPolygon(stem);
    hole.setFillRule(Qt::WindingFill);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawPath(hole.simplified());
    return pixmap;
}

} // namespace

QIcon iconFor(TrayIntegration::IconState state) {
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(render(state, size));
    return icon;
}

} // namespace ws::tray
