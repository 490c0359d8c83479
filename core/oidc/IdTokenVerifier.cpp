#include "oidc/IdTokenVerifier.h"

#include "crypto/Encoding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ws::oidc {

namespace {

Error refused(const QString& why) {
    return Error(ErrorCode::Unauthorized,
                 QCoreApplication::translate("ws", "the id_token is refused: %1").arg(why));
}

Result<QJsonObject> decodePart(QByteArrayView part) {
    auto bytes = encoding::fromBase64Url(part);
    if (!bytes)
        return refused(QCoreApplication::translate("ws", "it is not a JWT"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refused(QCoreApplication::translate("ws", "it is not a JWT"));
    return document.object();
}

qint64 numericDate(const QJsonValue& value) {
    return value.isDouble() ? qint64(value.toDouble()) : -1;
}

} // namespace

Result<IdTokenClaims> verifyIdToken(QByteArrayView idToken, const QList<Jwk>& keys,
                                    const ExpectedClaims& expected) {
    const QByteArray token = idToken.toByteArray();
    const QList<QByteArray> segments = token.split('.');
    if (segments.size() != 3)
        return refused(QCoreApplication::translate("ws", "it is not a JWT"));
    auto header = decodePart(segments[0]);
    if (!header)
        return header.error();
    auto payload = decodePart(segments[1]);
    if (!payload)
        return payload.error();
    auto signature = encoding::fromBase64Url(segments[2]);
    if (!signature)
        return refused(QCoreApplication::translate("ws", "its signature is not base64url"));

    // The algorithm comes from the header, but only the two we allow: never "none", never HS256
    // (which would let a public key be used as an HMAC secret).
    const QString alg = header->value(QLatin1String("alg")).toString();
    if (alg != QLatin1String("RS256") && alg != QLatin1String("ES256"))
        return refused(QCoreApplication::translate("ws", "algorithm \"%1\" is not RS256 or ES256").arg(alg));
    const QString kid = header->value(QLatin1String("kid")).toString();
    const QString kty = alg == QLatin1String("RS256") ? QStringLiteral("RSA") : QStringLiteral("EC");
    const QByteArray signingInput = segments[0] + '.' + segments[1];

    bool anyCandidate = false;
    bool verified = false;
    for (const Jwk& key : keys) {
        if (key.kty != kty || (!kid.isEmpty() && key.kid != kid) || (!key.alg.isEmpty() && key.alg != alg))
            continue;
        anyCandidate = true;
        auto ok = verifyJws(key, alg, signingInput, *signature);
        if (ok) {
            verified = true;
            break;
        }
        if (ok.error().code != ErrorCode::Unauthorized)
            return ok.error();
    }
    if (!anyCandidate)
        return refused(
            QCoreApplication::translate("ws", "the provider publishes no key \"%1\" for %2").arg(kid, alg));
    if (!verified)
        return refused(QCoreApplication::translate("ws", "its signature does not verify"));

    IdTokenClaims claims;
    claims.issuer = payload->value(QLatin1String("iss")).toString();
    claims.subject = payload->value(QLatin1String("sub")).toString();
    claims.email = payload->value(QLatin1String("email")).toString();
    claims.expiresAtSecs = numericDate(payload->value(QLatin1String("exp")));

    if (claims.issuer != expected.issuer)
        return refused(QCoreApplication::translate("ws", "it was issued by \"%1\", not \"%2\"")
                           .arg(claims.issuer, expected.issuer));

    QStringList audiences;
    const QJsonValue aud = payload->value(QLatin1String("aud"));
    if (aud.isString())
        audiences.append(aud.toString());
    for (const QJsonValue& value : aud.toArray())
        audiences.append(value.toString());
    if (!audiences.contains(expected.audience))
        return refused(QCoreApplication::translate("ws", "it is for client \"%1\", not \"%2\"")
                           .arg(audiences.join(QLatin1Char(',')), expected.audience));
    const QString azp = payload->value(QLatin1String("azp")).toString();
    if (audiences.size() > 1 && azp != expected.audience)
        return refused(QCoreApplication::translate("ws", "it was issued to client \"%1\", not \"%2\"")
                           .arg(azp, expected.audience));
    claims.audience = expected.audience;

    if (claims.expiresAtSecs < 0)
        return refused(QCoreApplication::translate("ws", "it has no expiry"));
    if (claims.expiresAtSecs + expected.leewaySecs <= expected.nowSecs)
        return refused(
            QCoreApplication::translate("ws", "it expired at %1")
                .arg(QDateTime::fromSecsSinceEpoch(claims.expiresAtSecs, Qt::UTC).toString(Qt::ISODate)));
    const qint64 issuedAt = numericDate(payload->value(QLatin1String("iat")));
    if (issuedAt > expected.nowSecs + expected.leewaySecs)
        return refused(QCoreApplication::translate("ws", "it was issued in the future"));

    if (expected.checkNonce && payload->value(QLatin1String("nonce")).toString().toLatin1() != expected.nonce)
        return refused(QCoreApplication::translate("ws", "its nonce is not bound to this session key"));
    if (claims.subject.isEmpty())
        return refused(QCoreApplication::translate("ws", "it names no subject"));
    return claims;
}

} // namespace ws::oidc
