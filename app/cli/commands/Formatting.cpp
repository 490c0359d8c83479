#include "Formatting.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <cstdlib>

namespace ws::cli {

QString formatDuration(qint64 seconds) {
    const qint64 s = std::llabs(seconds);
    const auto two = [](qint64 v) {
        return QString::number(v).rightJustified(2, QLatin1Char('0'));
    };
    if (s < 60)
        return QStringLiteral("%1s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1m %2s").arg(s / 60).arg(two(s % 60));
    if (s < 86400)
        return QStringLiteral("%1h %2m").arg(s / 3600).arg(two((s % 3600) / 60));
    return QStringLiteral("%1d %2h").arg(s / 86400).arg(two((s % 86400) / 3600));
}

QString formatTimeLeft(qint64 expiresIn) {
    if (expiresIn > 0)
        return formatDuration(expiresIn);
    return QCoreApplication::translate("ws", "expired %1 ago").arg(formatDuration(expiresIn));
}

QString formatLocalTime(const QDateTime& time) {
    if (!time.isValid())
        return QCoreApplication::translate("ws", "never");
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString formatLocalTime(qint64 epochSeconds) {
    return formatLocalTime(QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC));
}

QString shortSessionType(const QString& sessionType) {
    static const QString prefix = QStringLiteral("SESSION_TYPE_");
    return sessionType.startsWith(prefix) ? sessionType.mid(prefix.size()) : sessionType;
}

QString sessionStatus(const SessionInfo& session, const QDateTime& now) {
    if (session.isExpiredAt(now))
        return QStringLiteral("expired");
    if (session.serverState == ServerState::Revoked)
        return QStringLiteral("revoked");
    return QStringLiteral("valid");
}

QJsonObject sessionSummaryJson(const SessionInfo& session, const QDateTime& now) {
    const SessionClaims& c = session.token.claims;
    return QJsonObject{
        {QStringLiteral("sessionKey"), session.sessionKey},
        {QStringLiteral("active"), session.active},
        {QStringLiteral("userId"), c.userId},
        {QStringLiteral("organizationId"), c.organizationId},
        {QStringLiteral("sessionType"), c.sessionType},
        {QStringLiteral("publicKey"), c.publicKey},
        {QStringLiteral("expiry"), c.exp},
        {QStringLiteral("expiresIn"), c.exp - now.toSecsSinceEpoch()},
        {QStringLiteral("status"), sessionStatus(session, now)},
    };
}

static QJsonValue isoOrNull(const QDateTime& time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject sessionDetailJson(const SessionInfo& session, const QDateTime& now) {
    QJsonObject o = sessionSummaryJson(session, now);
    const SessionClaims& c = session.token.claims;
    o.insert(QStringLiteral("sessionProfileId"), c.sessionProfileId);
    o.insert(QStringLiteral("scope"), c.scope);
    o.insert(QStringLiteral("expiresAt"), isoOrNull(session.expiresAt()));
    o.insert(QStringLiteral("lifetimeSeconds"), session.lifetimeSeconds);
    o.insert(QStringLiteral("createdAt"), isoOrNull(session.createdAt));
    o.insert(QStringLiteral("refreshedAt"), isoOrNull(session.refreshedAt));
    o.insert(QStringLiteral("autoRefresh"), session.autoRefresh);
    o.insert(QStringLiteral("serverState"), serverStateName(session.serverState));
    o.insert(QStringLiteral("lastError"), session.lastError);
    o.insert(QStringLiteral("signatureVerified"), session.signatureVerified);
    o.insert(QStringLiteral("token"), QString::fromLatin1(session.token.raw));
    return o;
}

QJsonObject claimsJson(const SessionClaims& c) {
    return QJsonObject{
        {QStringLiteral("exp"), c.exp},
        {QStringLiteral("publicKey"), c.publicKey},
        {QStringLiteral("sessionType"), c.sessionType},
        {QStringLiteral("userId"), c.userId},
        {QStringLiteral("organizationId"), c.organizationId},
        {QStringLiteral("sessionProfileId"), c.sessionProfileId},
        {QStringLiteral("scope"), c.scope},
    };
}

} // namespace ws::cli
