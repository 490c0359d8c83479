#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <optional>

namespace ws::oidc {

// Turnkey's hosted OAuth pages, the Swift and Kotlin SDKs' second way to sign in, for an organization
// whose provider registration only has a web client id: the browser goes to `origin` with the
// provider, client id, nonce and `redirect`?scheme=APP; the provider answers the hosted redirect page,
// which opens `APP://?id_token=…`, our registered URL scheme. No state or PKCE: the nonce (the session
// key's hash) binds the id_token to this sign-in, and it is checked like any other.
struct HostedPages {
    QUrl origin = QUrl(QStringLiteral("https://oauth-origin.turnkey.com"));
    QUrl redirect = QUrl(QStringLiteral("https://oauth-redirect.turnkey.com"));
};

// One sign-in provider: a name from wallet_kit_config's enabledProviders ("google", "apple", ...) or
// "oidc" for any issuer, with the issuer and the OAuth client id the app uses for it.
struct ProviderConfig {
    QString name;        // "google", "oidc", "demo"
    QString displayName; // "Google", shown as "Continue with Google"
    QUrl issuer;         // https://accounts.google.com
    QString clientId;
    // The loopback redirect's port: 0 lets the system pick one (RFC 8252 §7.3); a provider whose client
    // registration names an exact redirect URI needs that port.
    quint16 redirectPort = 0;
    // Set: through Turnkey's hosted pages and the app's URL scheme instead of the loopback redirect.
    std::optional<HostedPages> hosted = std::nullopt;
};

// What discovery ({issuer}/.well-known/openid-configuration) tells us.
struct ProviderMetadata {
    QString issuer; // exactly as the provider spells it; id_tokens must carry this `iss`
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
};

// What an id_token must say to be accepted.
struct ExpectedClaims {
    QString issuer;
    QString audience; // our client id
    QByteArray nonce; // hex SHA-256 of the session public key's hex
    // Off only where no session key is involved (the Auth Proxy's account lookup by id_token).
    bool checkNonce = true;
    qint64 nowSecs = 0;
    qint64 leewaySecs = 60; // clock skew tolerated on exp / iat
};

// The claims we use from a verified id_token.
struct IdTokenClaims {
    QString issuer;
    QString subject;
    QString audience;
    QString email;
    qint64 expiresAtSecs = 0;
};

} // namespace ws::oidc
