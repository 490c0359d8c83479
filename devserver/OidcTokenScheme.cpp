#include "OidcTokenScheme.h"

#include "crypto/Encoding.h"
#include "oidc/IdTokenVerifier.h"
#include "oidc/Jwks.h"
#include "oidc/Pkce.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ws::devserver {

namespace {

HttpReply unauthenticated(const QString& message) {
    return errors::make(401, errors::kGrpcUnauthenticated, message);
}

} // namespace

std::variant<AttestedIdentity, HttpReply>
OidcTokenScheme::verify(const attested::AttestedStampContents& stamp, qint64 nowMs) const {
    auto user = check(stamp.publicKeyAttestation, stamp.publicKey, nowMs);
    if (auto* reply = std::get_if<HttpReply>(&user))
        return *reply;
    const QString userId = std::get<QString>(user);
    if (userId.isEmpty())
        return errors::make(
            404, errors::kGrpcNotFound,
            QStringLiteral("no user has the OAuth provider of this oidc token (OAUTH disallowed)"));
    return AttestedIdentity{userId, stamp.publicKey};
}

std::variant<QString, HttpReply> OidcTokenScheme::userForIdToken(const QByteArray& idToken,
                                                                 qint64 nowMs) const {
    return check(idToken, QByteArray(), nowMs);
}

std::variant<QString, HttpReply> OidcTokenScheme::check(const QByteArray& idToken, const QByteArray& nonceKey,
                                                        qint64 nowMs) const {
    // Which registration the token claims to match decides what it is checked against; nothing from
    // the unverified payload is trusted before verifyIdToken() has checked the signature.
    const QList<QByteArray> parts = idToken.split('.');
    auto payloadBytes = parts.size() == 3 ? encoding::fromBase64Url(parts[1]) : Result<QByteArray>(Error());
    if (!payloadBytes)
        return unauthenticated(QStringLiteral("invalid oidc token: not a JWT"));
    const QJsonObject payload = QJsonDocument::fromJson(*payloadBytes).object();
    const QString issuer = payload.value(QLatin1String("iss")).toString();
    const QString subject = payload.value(QLatin1String("sub")).toString();
    QStringList audiences;
    const QJsonValue aud = payload.value(QLatin1String("aud"));
    if (aud.isString())
        audiences.append(aud.toString());
    for (const QJsonValue& value : aud.toArray())
        audiences.append(value.toString());

    auto keys = oidc::parseJwks(m_jwks());
    if (!keys)
        return errors::make(500, errors::kGrpcInternal, keys.error().message);
    for (const OauthRegistration& registration : m_registrations) {
        if (registration.issuer != issuer || !audiences.contains(registration.audience))
            continue;
        oidc::ExpectedClaims expected;
        expected.issuer = registration.issuer;
        expected.audience = registration.audience;
        expected.checkNonce = !nonceKey.isEmpty();
        expected.nonce = expected.checkNonce ? oidc::nonceForSessionKey(nonceKey) : QByteArray();
        expected.nowSecs = nowMs / 1000;
        expected.leewaySecs = 0;
        auto claims = oidc::verifyIdToken(idToken, *keys, expected);
        if (!claims)
            return unauthenticated(QStringLiteral("invalid oidc token: %1").arg(claims.error().message));
        // A valid token of a provider some user has; whose subject it is decides the user.
        for (const OauthRegistration& owner : m_registrations)
            if (owner.issuer == issuer && owner.subject == subject && audiences.contains(owner.audience))
                return owner.userId;
        return QString();
    }
    return QString();
}

} // namespace ws::devserver
