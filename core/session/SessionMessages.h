#pragma once

#include "Error.h"
#include "store/IndexData.h"

#include <QString>

namespace ws::sessionmsg {

// The errors several flows share, worded once.
Error noActiveSession();
Error unknownSession(const QString& sessionKey);
Error offline();
Error expired(const QString& sessionKey, qint64 exp);
Error revoked(const QString& sessionKey);
Error batchCancelled(const QString& sessionKey);
Error lifetimeTooShort(qint64 seconds);
Error notSupportedStamper();
// A new session's name is taken and the caller did not ask to replace that session.
Error nameTaken(const QString& sessionKey);

// Resolves "empty means the active session" and checks the session exists.
Result<QString> resolveSessionKey(const IndexData& data, const QString& sessionKey);

} // namespace ws::sessionmsg
