#include "SessionMessages.h"

#include "SessionTypes.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ws::sessionmsg {

Error noActiveSession() {
    return Error(
        ErrorCode::NoSessionFound,
        QCoreApplication::translate("ws", "No session is active; choose a session or log in first."));
}

Error unknownSession(const QString& sessionKey) {
    return Error(ErrorCode::NotFound,
                 QCoreApplication::translate("ws", "There is no session named '%1'.").arg(sessionKey));
}

Error offline() {
    return Error(ErrorCode::NotSupported,
                 QCoreApplication::translate(
                     "ws", "No Turnkey API is configured, so online operations are unavailable."));
}

Error expired(const QString& sessionKey, qint64 exp) {
    return Error(ErrorCode::SessionExpired,
                 QCoreApplication::translate("ws", "Session '%1' expired at %2; log in again.")
                     .arg(sessionKey, QDateTime::fromSecsSinceEpoch(exp, Qt::UTC).toString(Qt::ISODate)));
}

Error revoked(const QString& sessionKey) {
    return Error(
        ErrorCode::SessionExpired,
        QCoreApplication::translate("ws", "The server no longer knows the key of session '%1'; log in again.")
            .arg(sessionKey));
}

Error batchCancelled(const QString& sessionKey) {
    return Error(ErrorCode::Cancelled,
                 QCoreApplication::translate("ws", "Session '%1' was left untouched: the batch was stopped.")
                     .arg(sessionKey));
}

Error lifetimeTooShort(qint64 seconds) {
    return Error(
        ErrorCode::InvalidInput,
        QCoreApplication::translate("ws", "A session lifetime of %1 s is too short; the minimum is %2 s.")
            .arg(seconds)
            .arg(kMinimumExpirationSeconds));
}

Error notSupportedStamper() {
    return Error(
        ErrorCode::NotSupported,
        QCoreApplication::translate(
            "ws",
            "Wallet stamping (a browser wallet) has no meaning on the desktop; stamp with the session, a "
            "remembered API key or a security key."));
}

Result<QString> resolveSessionKey(const IndexData& data, const QString& sessionKey) {
    const QString key = sessionKey.isEmpty() ? data.activeSessionKey : sessionKey;
    if (key.isEmpty())
        return noActiveSession();
    if (!data.findSession(key))
        return unknownSession(key);
    return key;
}

Error nameTaken(const QString& sessionKey) {
    return Error(ErrorCode::AlreadyExists,
                 QCoreApplication::translate("ws", "A session named '%1' already exists; sign in again to "
                                                   "replace it (login --replace), or choose another name.")
                     .arg(sessionKey));
}

} // namespace ws::sessionmsg
