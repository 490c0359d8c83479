#pragma once

#include "app/SessionPolicy.h"
#include "session/SessionTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ws::cli {

// "14m 59s" while time is left, "expired 2m 10s ago" after: the session policy's terse style.
inline QString formatTimeLeft(qint64 expiresIn) {
    return ws::formatTimeLeft(expiresIn, DurationStyle::Terse);
}
// Local time, "2026-01-01 12:00:00 +01:00", so a copied value is unambiguous.
QString formatLocalTime(const QDateTime& time);
QString formatLocalTime(qint64 epochSeconds);
// "READ_WRITE" for "SESSION_TYPE_READ_WRITE"; other (profile) names unchanged.
QString shortSessionType(const QString& sessionType);

// "valid", "expired" or "revoked" (the server said it no longer knows the key, or a revocation is under
// way): the session policy's state, as the CLI documents it. A session within the warning time is
// still "valid" here; how soon it expires is in expiresIn.
QString sessionStatus(const SessionInfo& session, const QDateTime& now);

// The --json object of `list`: sessionKey, active, userId, organizationId, sessionType, publicKey,
// expiry (epoch seconds), expiresIn (seconds, negative when expired), status.
QJsonObject sessionSummaryJson(const SessionInfo& session, const QDateTime& now);
// The --json object of `show`: the summary plus every other claim and stored field.
QJsonObject sessionDetailJson(const SessionInfo& session, const QDateTime& now);
// The claims of a token, JSON names as in sessionDetailJson.
QJsonObject claimsJson(const SessionClaims& claims);

} // namespace ws::cli
