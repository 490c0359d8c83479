#include "SessionJwtSignature.h"

#include "Ecdsa.h"
#include "Encoding.h"
#include "P256KeyPair.h"
#include "Text.h"
#include "token/SessionToken.h"

#include <QCoreApplication>

namespace ws::jwtsig {

namespace {

// Turnkey hashes the signing input twice: once itself, once as the ECDSA message digest.
QByteArray doubleSha256(QByteArrayView signingInput) {
    return ecdsa::sha256(ecdsa::sha256(signingInput));
}

} // namespace

Result<void> verify(QByteArrayView jwt, QByteArrayView notarizerPublicKeyHex) {
    if (jwt.size() > kMaxSessionTokenBytes) {
        return Error(ErrorCode::InvalidInput,
                     Text::tr("the session token is %1 bytes, more than the %2 allowed")
                         .arg(jwt.size())
                         .arg(kMaxSessionTokenBytes));
    }
    const qsizetype firstDot = jwt.indexOf('.');
    const qsizetype lastDot = jwt.lastIndexOf('.');
    if (firstDot <= 0 || lastDot == firstDot ||
        jwt.sliced(firstDot + 1, lastDot - firstDot - 1).contains('.') || lastDot + 1 >= jwt.size() ||
        lastDot == firstDot + 1) {
        return Error(ErrorCode::InvalidInput,
                     Text::tr("the session token must have three non-empty dot-separated segments"));
    }
    Result<QByteArray> signature = encoding::fromBase64Url(jwt.sliced(lastDot + 1));
    if (!signature) {
        return signature.error().withContext(Text::tr("session token signature"));
    }
    if (signature->size() != 64) {
        return Error(ErrorCode::InvalidInput,
                     Text::tr("the session token signature must be 64 bytes (raw r||s), got %1")
                         .arg(signature->size()));
    }
    const QByteArray digest = doubleSha256(jwt.first(lastDot));
    Result<void> verified = ecdsa::verifyDigestRaw(notarizerPublicKeyHex, digest, *signature);
    if (!verified) {
        if (verified.error().code == ErrorCode::Unauthorized) {
            return Error(ErrorCode::Unauthorized,
                         Text::tr("the session token was not signed by the notarizer key"));
        }
        return verified.error().withContext(Text::tr("session token signature"));
    }
    return {};
}

Result<QByteArray> sign(const P256KeyPair& notarizer, QByteArrayView headerJson, QByteArrayView payloadJson) {
    QByteArray token = encoding::toBase64Url(headerJson);
    token.append('.');
    token.append(encoding::toBase64Url(payloadJson));
    Result<QByteArray> signature = notarizer.signDigestRaw(doubleSha256(token));
    if (!signature) {
        return signature.error();
    }
    token.append('.');
    token.append(encoding::toBase64Url(*signature));
    return token;
}

} // namespace ws::jwtsig
