#include "SessionStatus.h"

#include <QCoreApplication>
#include <algorithm>
#include <climits>

namespace ws::ui {

SessionStatus statusAt(const SessionInfo& session, qint64 nowSecs, const SessionPolicy& policy) {
    switch (const SessionState state = policy.stateAt(session, nowSecs)) {
    case SessionState::Revoked:
    case SessionState::Revoking: // unusable: recovery finishes the clear
        return SessionStatus::Revoked;
    case SessionState::Expired:
        return SessionStatus::Expired;
    case SessionState::Valid:
    case SessionState::Expiring:
        if (!session.lastError.isEmpty())
            return SessionStatus::Error;
        return state == SessionState::Expiring ? SessionStatus::Expiring : SessionStatus::Valid;
    }
    return SessionStatus::Valid;
}

RemainingLevel remainingLevel(qint64 remainingMSecs, const SessionPolicy& policy) {
    if (remainingMSecs <= 0)
        return RemainingLevel::Expired;
    return policy.isWithinWarning(remainingMSecs) ? RemainingLevel::Warning : RemainingLevel::Normal;
}

QString statusText(SessionStatus status) {
    switch (status) {
    case SessionStatus::Valid:
        return QCoreApplication::translate("ws", "Valid");
    case SessionStatus::Expiring:
        return QCoreApplication::translate("ws", "Expiring");
    case SessionStatus::Refreshing:
        return QCoreApplication::translate("ws", "Refreshing…");
    case SessionStatus::Error:
        return QCoreApplication::translate("ws", "Error");
    case SessionStatus::Expired:
        return QCoreApplication::translate("ws", "Expired");
    case SessionStatus::Revoked:
        return QCoreApplication::translate("ws", "Revoked");
    }
    return {};
}

QString formatRemaining(qint64 remainingMSecs) {
    if (remainingMSecs <= 0)
        return QCoreApplication::translate("ws", "Expired");
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
        return QCoreApplication::translate("ws", "expired");
    // int, not qint64, for %n; plain variables because lupdate's parser hangs on a cast in the call.
    const int minutes = static_cast<int>(std::min<qint64>((remainingMSecs + 59999) / 60000, INT_MAX));
    if (minutes <= 1)
        return QCoreApplication::translate("ws", "less than a minute left");
    if (minutes < 120)
        return QCoreApplication::translate("ws", "about %n minute(s) left", nullptr, minutes);
    const int hours = (minutes + 30) / 60;
    return QCoreApplication::translate("ws", "about %n hour(s) left", nullptr, hours);
}

QString sessionTypeText(const QString& sessionType) {
    if (sessionType == QLatin1String("SESSION_TYPE_READ_WRITE"))
        return QCoreApplication::translate("ws", "Read-write");
    if (sessionType == QLatin1String("SESSION_TYPE_READ_ONLY"))
        return QCoreApplication::translate("ws", "Read-only");
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
