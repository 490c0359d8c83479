#pragma once

#include "Result.h"
#include "token/SessionToken.h"

#include <QString>

namespace ws {

// A session token the server issued for a key we asked it to sign in or refresh with: decoded, and
// refused as BAD_RESPONSE when it is malformed or names another key (storing it would pair the session
// with a key that cannot stamp for it). Login, sign-in and refresh all ask this first.
Result<SessionToken> decodeIssuedToken(const QByteArray& jwt, const QString& requestedKey);

// BAD_RESPONSE: "The server returned a session token that does not fit: <what>."
Error tokenDoesNotFit(const QString& what);

} // namespace ws
