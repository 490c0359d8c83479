#include "PasskeyAttestation.h"

#include "Text.h"
#include "crypto/WebAuthnStamp.h"

#include <QTimer>

namespace ws {

PasskeyAttestation::PasskeyAttestation(PasskeySignInOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options)) {}

SignInMethod PasskeyAttestation::method() const {
    return SignInMethod::passkey(m_options.signer ? m_options.signer->rpId : QString());
}

void PasskeyAttestation::attest(TurnkeyClient::Signer, Callback<Attestation> done) {
    Result<Attestation> result = Error(ErrorCode::InvalidInput, Text::tr("Name the site the passkey was "
                                                                         "registered for (its rp id)."));
    if (m_options.signer && !m_options.signer->rpId.trimmed().isEmpty()) {
        Attestation attestation;
        attestation.organizationId = m_options.organizationId;
        // The signer is shared with the authenticator, which may outlive this source on the thread pool.
        std::shared_ptr<const fido::PasskeySigner> signer = m_options.signer;
        attestation.authenticate =
            [signer](QByteArrayView body) -> Result<std::pair<QByteArray, QByteArray>> {
            Result<QByteArray> header = fido::stampWithPasskey(*signer, body);
            if (!header)
                return header.error();
            return std::pair{QByteArray(webauthn::kHeaderName), std::move(*header)};
        };
        attestation.authenticateBlocks = true;
        attestation.cancelAuthenticate = [cancel = signer->cancel]() {
            cancel->cancel();
        };
        result = std::move(attestation);
    }
    // From the event loop, as every source answers.
    QTimer::singleShot(0, this, [this, done = std::move(done), result = std::move(result)]() {
        if (!m_cancelled)
            done(result);
    });
}

void PasskeyAttestation::cancel() {
    m_cancelled = true;
    if (m_options.signer)
        m_options.signer->cancel->cancel();
}

} // namespace ws
