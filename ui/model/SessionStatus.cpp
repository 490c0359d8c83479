#include "SessionStatus.h"

#include <QCoreApplication>
#include <algorithm>

namespace ws::ui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("ws", text);
}
} // namespace

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
        return tr("Valid");
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
