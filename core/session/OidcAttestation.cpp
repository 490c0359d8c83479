#include "OidcAttestation.h"

#include "api/AuthProxyClient.h"
#include "crypto/AttestedStamp.h"
#include "crypto/P256KeyPair.h"
#include "oidc/OidcAuthorization.h"
#include "oidc/Pkce.h"

#include <QCoreApplication>

namespace ws {

OidcAttestation::OidcAttestation(AuthProxyClient& proxy, const Clock& clock, OidcSignInOptions options,
                                 QObject* parent)
    : QObject(parent)
    , m_proxy(proxy)
    , m_clock(clock)
    , m_options(std::move(options)) {}

OidcAttestation::~OidcAttestation() {
    m_over = true;
    m_done = nullptr;
    if (m_lookup)
        m_lookup->cancel();
}

void OidcAttestation::attest(TurnkeyClient::Signer sessionKey, Callback<Attestation> done) {
    m_done = std::move(done);
    oidc::OidcAuthorization::Options options;
    options.provider = m_options.provider;
    options.nonce = oidc::nonceForSessionKey(sessionKey->publicKeyHex().toLower());
    options.redirectTimeout = m_options.redirectTimeout;
    options.httpTimeout = m_options.httpTimeout;
    options.inbox = m_options.inbox;
    m_authorization = std::make_unique<oidc::OidcAuthorization>(&m_nam, m_clock, options);
    connect(m_authorization.get(), &oidc::OidcAuthorization::authorizationUrlReady, this,
            &OidcAttestation::authorizationUrlReady);
    m_authorization->start([this](Result<oidc::VerifiedIdToken> verified) {
        if (m_over)
            return;
        if (!verified)
            return finish(verified.error());
        Q_EMIT verifying();
        // Only a token core has verified (signature, iss, aud, exp, nonce) goes to the Auth Proxy.
        const oidc::VerifiedIdToken token = *verified;
        m_claims = token.claims;
        m_lookup =
            m_proxy.accountByOidcToken(token.idToken, this, [this, token](Result<QString> organization) {
                if (m_over)
                    return;
                if (!organization)
                    return finish(organization.error().withContext(
                        QCoreApplication::translate("ws", "looking up the account")));
                if (organization->isEmpty()) {
                    const QString who =
                        token.claims.email.isEmpty() ? token.claims.subject : token.claims.email;
                    return finish(
                        Error(ErrorCode::NotFound,
                              QCoreApplication::translate(
                                  "ws", "no account is registered for %1 at %2; nothing was signed in")
                                  .arg(who, m_options.provider.displayName)));
                }
                finish(Attestation{attested::kSchemeOidc, token.idToken, *organization});
            });
    });
}

void OidcAttestation::cancel() {
    // After cancel() nothing more is sent and `done` never runs (AttestationSource).
    m_over = true;
    m_done = nullptr;
    if (m_lookup)
        m_lookup->cancel();
    if (m_authorization)
        m_authorization->cancel(); // stops the listener and the provider requests; its callback sees m_over
}

void OidcAttestation::finish(Result<Attestation> result) {
    if (m_over)
        return;
    m_over = true;
    if (auto done = std::exchange(m_done, nullptr))
        done(std::move(result));
}

} // namespace ws
