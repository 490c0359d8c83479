#pragma once

#include "session/SessionTypes.h"

#include <QDateTime>

namespace ws::test {

// A SessionInfo as SessionManager would report it, without a keychain or a server: for model tests.
inline SessionInfo makeSession(const QString& key, qint64 expSecs, qint64 lifetimeSecs = 300,
                               bool active = false) {
    SessionInfo s;
    s.sessionKey = key;
    s.active = active;
    s.token.raw = "header.payload." + key.toUtf8();
    s.token.claims.exp = expSecs;
    s.token.claims.publicKey = QStringLiteral("02") + QString(64, QLatin1Char('a'));
    s.token.claims.sessionType = QStringLiteral("SESSION_TYPE_READ_WRITE");
    s.token.claims.userId = QStringLiteral("user-") + key;
    s.token.claims.organizationId = QStringLiteral("org-1");
    s.lifetimeSeconds = lifetimeSecs;
    s.createdAt = QDateTime::fromSecsSinceEpoch(expSecs - lifetimeSecs, Qt::UTC);
    return s;
}

} // namespace ws::test
