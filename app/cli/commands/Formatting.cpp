#include "Formatting.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace ws::cli {

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
    switch (const SessionState state = SessionPolicy().stateAt(session, now.toSecsSinceEpoch())) {
    case SessionState::Valid:
    case SessionState::Expiring:
        return sessionStateName(SessionState::Valid);
    case SessionState::Revoking:
        return sessionStateName(SessionState::Revoked);
    case SessionState::Expired:
    case SessionState::Revoked:
        return sessionStateName(state);
    }
    return {};
}

QJsonObject sessionSummaryJson(const SessionInfo& session, const QDateTime& now) {
    const SessionClaims& c = session.token.claims;
    return QJsonObject{
        {QStringLiteral("sessionKey"), session.sessionKey},
        {QStringLiteral("active"), session.active},
        {QStringLiteral("userId"), c.userId},
        {QStringLiteral("username"), session.username},
        {QStringLiteral("organizationId"), c.organizationId},
        {QStringLiteral("organizationName"), session.organizationName},
        {QStringLiteral("sessionType"), c.sessionType},
        {QStringLiteral("publicKey"), c.publicKey},
        {QStringLiteral("expiry"), c.exp},
        {QStringLiteral("expiresIn"), c.exp - now.toSecsSinceEpoch()},
        {QStringLiteral("status"), sessionStatus(session, now)},
        {QStringLiteral("keyStore"), keyStoreName(session.keyStore)},
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
    // How it was created ("api-key:<public key>", "email:<address>", "sms:<number>", "openid:<provider>"),
    // null when unknown: what `login --replace` would sign in with again.
    const QString method = session.signInMethod.toStored();
    o.insert(QStringLiteral("signInMethod"), method.isEmpty() ? QJsonValue() : QJsonValue(method));
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
