#pragma once

#include "AttestedSchemes.h"

#include <QList>
#include <functional>

namespace ws::devserver {

// A user's registered OAuth provider (Turnkey's oauthProviders on a user): the id_token's iss, sub
// and aud that identify that user.
struct OauthRegistration {
    QString userId;
    QString issuer;
    QString subject;
    QString audience;
};

// STAMP_ATTESTED_SCHEME_P256_OIDC, checked as Turnkey does: the attestation is an OpenID id_token
// whose signature verifies against the issuing provider's keys, unexpired, whose nonce is the hex
// SHA-256 of the stamp's public key (hex), and whose (iss, sub, aud) is registered on a user.
// The devserver can only check id_tokens of its own provider (`jwks` gives its key set).
class OidcTokenScheme {
public:
    explicit OidcTokenScheme(std::function<QByteArray()> jwks)
        : m_jwks(std::move(jwks)) {}

    void registerProvider(const OauthRegistration& registration) { m_registrations.append(registration); }
    QList<OauthRegistration> registrations() const { return m_registrations; }

    std::variant<AttestedIdentity, HttpReply> verify(const attested::AttestedStampContents& stamp,
                                                     qint64 nowMs) const;
    // The Auth Proxy's /v1/account by OIDC_TOKEN: the user whose registered provider the id_token
    // names, after the same checks as verify() except the nonce (no session key is involved). 401 for
    // a token we refuse; an empty user id when it is valid but no user has that provider.
    std::variant<QString, HttpReply> userForIdToken(const QByteArray& idToken, qint64 nowMs) const;

private:
    // The registration the token's unverified (iss, sub, aud) names, then verifyIdToken() against it.
    // `nonceKey` empty: no nonce check. Yields the user id, or "" when no registration matches.
    std::variant<QString, HttpReply> check(const QByteArray& idToken, const QByteArray& nonceKey,
                                           qint64 nowMs) const;
    std::function<QByteArray()> m_jwks;
    QList<OauthRegistration> m_registrations;
};

} // namespace ws::devserver
