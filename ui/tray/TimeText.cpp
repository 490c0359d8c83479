#include "TimeText.h"

#include <QCoreApplication>

namespace ws::tray {

QString formatDuration(qint64 seconds) {
    if (seconds <= 0)
        return QCoreApplication::translate("ws", "expired");
    if (seconds < 60)
        return QCoreApplication::translate("ws", "%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("ws", "%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return QCoreApplication::translate("ws", "%1 h %2 min")
            .arg(hours)
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("ws", "%1 days").arg(hours / 24);
}

QString formatTimeLeft(qint64 seconds) {
    if (seconds <= 0)
        return QCoreApplication::translate("ws", "expired");
    return QCoreApplication::translate("ws", "%1 left").arg(formatDuration(seconds));
}

} // namespace ws::tray
