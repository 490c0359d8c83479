#pragma once

#include "Result.h"
#include "oidc/OidcTypes.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace ws {
class Clock;
}

namespace ws::oidc {

class HostedCallbackInbox;
class LoopbackListener;
class OidcHttp;

struct VerifiedIdToken {
    QByteArray idToken;
    IdTokenClaims claims;
};

// One OpenID Connect authorization-code sign-in with PKCE (S256), `state` and `nonce`, through the
// system browser and a loopback redirect (RFC 8252): discovery → listener on 127.0.0.1 →
// authorizationUrlReady (the caller opens the browser or prints the URL) → one redirect → the code
// is exchanged at the token endpoint with the PKCE verifier → the id_token is verified against the
// provider's JWKS (signature, iss, aud, exp, nonce). `done` is called exactly once, also after
// cancel(), never from inside start(). Error codes: CANCELLED (consent denied or cancel()), INVALID_INPUT
// (state mismatch), UNAUTHORIZED (an id_token we refuse), NETWORK (provider unreachable, no loopback port),
// TIMEOUT (no redirect within `redirectTimeout`, or a provider that does not answer), BAD_RESPONSE.
//
// With ProviderConfig::hosted, the browser goes through Turnkey's hosted pages instead and the
// id_token comes back as `wallet-sessions://?id_token=…` through `inbox` (no listener, no code
// exchange); discovery, JWKS and every id_token check are the same.
class OidcAuthorization : public QObject {
    Q_OBJECT
public:
    struct Options {
        ProviderConfig provider;
        QByteArray nonce;
        std::chrono::milliseconds redirectTimeout = std::chrono::minutes(5);
        std::chrono::milliseconds httpTimeout = std::chrono::seconds(30);
        QString scope = QStringLiteral("openid email");
        // Hosted mode: where the app's URL scheme delivers the answer (required for it).
        HostedCallbackInbox* inbox = nullptr;
    };

    OidcAuthorization(QNetworkAccessManager* nam, const Clock& clock, Options options,
                      QObject* parent = nullptr);
    ~OidcAuthorization() override;

    void start(Callback<VerifiedIdToken> done);
    void cancel();
    QUrl redirectUri() const;

Q_SIGNALS:
    void authorizationUrlReady(const QUrl& url);

private:
    void onDiscovery(const ProviderMetadata& metadata);
    void startLoopback(const ProviderMetadata& metadata);
    void startHosted();
    void onHostedCallback(const QUrl& url);
    void fetchJwks();
    void onCode(const QByteArray& code);
    void onTokenResponse(const QByteArray& body);
    void onJwks(const QByteArray& body);
    void finish(Result<VerifiedIdToken> result);

    const Clock& m_clock;
    Options m_options;
    OidcHttp* m_http;
    LoopbackListener* m_listener = nullptr;
    ProviderMetadata m_metadata;
    QByteArray m_state;
    QByteArray m_verifier;
    QByteArray m_idToken;
    QTimer m_redirectTimer;
    Callback<VerifiedIdToken> m_callback;
    bool m_done = false;
};

} // namespace ws::oidc
