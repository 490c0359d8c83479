#pragma once

#include "AttestationSource.h"
#include "oidc/OidcTypes.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <memory>

namespace ws {

class ApiCall;
class AuthProxyClient;
class Clock;
namespace oidc {
class HostedCallbackInbox;
class OidcAuthorization;
} // namespace oidc

struct OidcSignInOptions {
    oidc::ProviderConfig provider;
    std::chrono::milliseconds redirectTimeout = std::chrono::minutes(5); // the browser step
    std::chrono::milliseconds httpTimeout = std::chrono::seconds(30);    // each request to the provider
    // Where a hosted provider's answer (wallet-sessions://?id_token=…) arrives; needed for
    // provider.hosted only.
    oidc::HostedCallbackInbox* inbox = nullptr;
};

// Sign-in with Google or another OpenID Connect provider (turnkey-protocol.md §2.6) as an
// AttestationSource: the OIDC nonce is made from the session key (hex SHA-256 of its compressed hex),
// the browser round trip runs through core/oidc (discovery, PKCE, state, the loopback listener, the
// id_token's signature, iss, aud, exp and nonce checked), then the Auth Proxy's /v1/account by the
// id_token names the organization. Only a verified id_token is ever sent on. Errors: CANCELLED (consent
// denied), INVALID_INPUT (state mismatch), UNAUTHORIZED (an id_token we refuse), NETWORK / TIMEOUT /
// SERVER_ERROR (provider or proxy unreachable, no redirect in time, no loopback port), NOT_FOUND (no
// account has this identity; nothing is created).
class OidcAttestation : public QObject, public AttestationSource {
    Q_OBJECT
public:
    OidcAttestation(AuthProxyClient& proxy, const Clock& clock, OidcSignInOptions options,
                    QObject* parent = nullptr);
    ~OidcAttestation() override;

    void attest(TurnkeyClient::Signer sessionKey, Callback<Attestation> done) override;
    void cancel() override;
    SignInMethod method() const override { return SignInMethod::openId(m_options.provider.name); }

    const OidcSignInOptions& options() const { return m_options; }
    // After a successful attest(): who signed in (email, subject) at the provider.
    oidc::IdTokenClaims claims() const { return m_claims; }

Q_SIGNALS:
    // The URL the user's browser must open: the front end opens the system browser or prints it.
    void authorizationUrlReady(const QUrl& url);
    // The browser step is over; the id_token is being checked and the account looked up.
    void verifying();

private:
    void finish(Result<Attestation> result);

    AuthProxyClient& m_proxy;
    const Clock& m_clock;
    OidcSignInOptions m_options;
    QNetworkAccessManager m_nam;
    std::unique_ptr<oidc::OidcAuthorization> m_authorization;
    QPointer<ApiCall> m_lookup;
    Callback<Attestation> m_done;
    oidc::IdTokenClaims m_claims;
    bool m_over = false;
};

} // namespace ws
