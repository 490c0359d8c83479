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

// Resolves "empty means the active session" and checks the session exists.
Result<QString> resolveSessionKey(const IndexData& data, const QString& sessionKey);

} // namespace ws::sessionmsg
