#include "SessionStatus.h"

#include <QCoreApplication>
#include <algorithm>

namespace ws::ui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("ws", text);
}
} // namespace

SessionStatus statusAt(const SessionInfo& session, qint64 nowSecs, qint64 warnBeforeSecs) {
    if (session.serverState == ServerState::Revoked)
        return SessionStatus::Revoked;
    const qint64 left = session.token.claims.exp - nowSecs;
    if (left <= 0)
        return SessionStatus::Expired;
    if (!session.lastError.isEmpty())
        return SessionStatus::Error;
    if (left <= warnBeforeSecs)
        return SessionStatus::Expiring;
    return SessionStatus::Active;
}

RemainingLevel remainingLevel(qint64 remainingMSecs, qint64 warnBeforeSecs) {
    if (remainingMSecs <= 0)
        return RemainingLevel::Expired;
    if (remainingMSecs <= warnBeforeSecs * 1000)
        return RemainingLevel::Warning;
    return RemainingLevel::Normal;
}

QString statusText(SessionStatus status) {
    switch (status) {
    case SessionStatus::Active:
        return tr("Active");
    case SessionStatus::Expiring:
        return tr("Expiring");
    case SessionStatus::Refreshing:
        return tr("Refreshing…");
    case SessionStatus::Error:
        return tr("Error");
    case SessionStatus::Expired:
        return tr("Expired");
    case SessionStatus::Revoked:
        return tr("Revoked");
    }
    return {};
}

QString formatRemaining(qint64 remainingMSecs) {
    if (remainingMSecs <= 0)
        return tr("Expired");
    const qint64 secs = (remainingMSecs + 999) / 1000;
    const qint64 days = secs / 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg((secs / 3600) % 24, 2, 10, QLatin1Char('0'))
                              .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
                              .arg(secs % 60, 2, 10, QLatin1Char('0'));
    if (days > 0)
        return QCoreApplication::translate("ws", "%1d %2").arg(days).arg(clock);
    return clock;
}

QString formatRemainingCoarse(qint64 remainingMSecs) {
    if (remainingMSecs <= 0)
        return tr("expired");
    const qint64 minutes = (remainingMSecs + 59999) / 60000;
    if (minutes <= 1)
        return tr("less than a minute left");
    if (minutes < 120)
        return QCoreApplication::translate("ws", "about %1 minutes left").arg(minutes);
    return QCoreApplication::translate("ws", "about %1 hours left").arg((minutes + 30) / 60);
}

QString formatDuration(qint64 seconds) {
    if (seconds <= 0)
        return tr("none");
    const qint64 d = seconds / 86400, h = (seconds / 3600) % 24, m = (seconds / 60) % 60, s = seconds % 60;
    QStringList parts;
    if (d)
        parts << QCoreApplication::translate("ws", "%1 d").arg(d);
    if (h)
        parts << QCoreApplication::translate("ws", "%1 h").arg(h);
    if (m)
        parts << QCoreApplication::translate("ws", "%1 min").arg(m);
    if (s)
        parts << QCoreApplication::translate("ws", "%1 s").arg(s);
    return parts.join(QLatin1Char(' '));
}

QString sessionTypeText(const QString& sessionType) {
    if (sessionType == QLatin1String("SESSION_TYPE_READ_WRITE"))
        return tr("Read-write");
    if (sessionType == QLatin1String("SESSION_TYPE_READ_ONLY"))
        return tr("Read-only");
    return sessionType;
}

qint64 sessionLifetimeSeconds(const SessionInfo& session) {
    if (session.lifetimeSeconds > 0)
        return session.lifetimeSeconds;
    const QDateTime start = session.refreshedAt.isValid() ? session.refreshedAt : session.createdAt;
    if (!start.isValid())
        return 0;
    return std::max<qint64>(0, session.token.claims.exp - start.toSecsSinceEpoch());
}

} // namespace ws::ui
