#include "IssuedToken.h"

#include <QCoreApplication>

namespace ws {

Error tokenDoesNotFit(const QString& what) {
    return Error(
        ErrorCode::BadResponse,
        QCoreApplication::translate("ws", "The server returned a session token that does not fit: %1.")
            .arg(what));
}

Result<SessionToken> decodeIssuedToken(const QByteArray& jwt, const QString& requestedKey) {
    auto decoded = decodeSessionToken(jwt);
    if (!decoded.ok())
        return Error(ErrorCode::BadResponse, decoded.error().message);
    const QString& issuedFor = decoded.value().claims.publicKey;
    if (issuedFor.compare(requestedKey, Qt::CaseInsensitive) != 0)
        return tokenDoesNotFit(QCoreApplication::translate("ws", "it is for key %1, not the new key %2")
                                   .arg(issuedFor.left(12), requestedKey.left(12)));
    return decoded;
}

} // namespace ws
