#pragma once

#include "session/SessionTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ws::cli {

// "45s", "14m 59s", "2h 05m", "3d 04h". Negative values are formatted by their magnitude.
QString formatDuration(qint64 seconds);
// "14m 59s" while time is left, "expired 2m 10s ago" after.
QString formatTimeLeft(qint64 expiresIn);
// Local time, "2026-01-01 12:00:00 +01:00", so a copied value is unambiguous.
QString formatLocalTime(const QDateTime& time);
QString formatLocalTime(qint64 epochSeconds);
// "READ_WRITE" for "SESSION_TYPE_READ_WRITE"; other (profile) names unchanged.
QString shortSessionType(const QString& sessionType);

// "valid", "expired" or "revoked" (the server said it no longer knows the key).
QString sessionStatus(const SessionInfo& session, const QDateTime& now);

// The --json object of `list`: sessionKey, active, userId, organizationId, sessionType, publicKey,
// expiry (epoch seconds), expiresIn (seconds, negative when expired), status.
QJsonObject sessionSummaryJson(const SessionInfo& session, const QDateTime& now);
// The --json object of `show`: the summary plus every other claim and stored field.
QJsonObject sessionDetailJson(const SessionInfo& session, const QDateTime& now);
// The claims of a token, JSON names as in sessionDetailJson.
QJsonObject claimsJson(const SessionClaims& claims);

} // namespace ws::cli
