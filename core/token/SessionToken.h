#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ws {

// The claims of a Turnkey session JWT (docs/protocol.md §4).
struct SessionClaims {
    qint64 exp = 0;      // seconds since the epoch
    QString publicKey;   // compressed hex of the session key
    QString sessionType; // SESSION_TYPE_READ_WRITE / _READ_ONLY or a session-profile name (free text)
    QString userId;
    QString organizationId;
    QString sessionProfileId; // optional, empty when absent
    QString scope;            // optional, empty when absent

    bool operator==(const SessionClaims&) const = default;
};

struct SessionToken {
    QByteArray raw; // the JWT as received
    SessionClaims claims;
};

inline constexpr qsizetype kMaxSessionTokenBytes = 16 * 1024;

// Decode a session JWT: three segments, real base64url (-, _, missing padding), JSON header and
// payload, required claims with the right types. Errors are INVALID_INPUT and name what is wrong
// ("payload claim 'exp' must be an integer number of seconds, got a string"). Never crashes on
// any input. Does not check the signature (see jwtsig::verify) nor expiry.
Result<SessionToken> decodeSessionToken(QByteArrayView jwt);

} // namespace ws
