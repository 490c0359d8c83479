#pragma once

#include "AttestationSource.h"
#include "fido/PasskeyStamp.h"

#include <QObject>
#include <memory>

namespace ws {

struct PasskeySignInOptions {
    QString organizationId; // the (sub-)organization whose user registered the passkey
    std::shared_ptr<fido::PasskeySigner> signer;
};

// Sign-in with a passkey on a FIDO2 security key (issue 19): no third party vouches for the session
// key; the stamp_login itself is stamped by the passkey (X-Stamp-WebAuthn, a discoverable credential
// for the signer's rp id), and the server lets the passkey's user in. attest() therefore answers at
// once with an authenticator that asks the key to sign the exact body (the user touches it, and gives
// the PIN beforehand when the key asked for one: PIN_REQUIRED). cancel() stops a touch that is awaited.
class PasskeyAttestation : public QObject, public AttestationSource {
    Q_OBJECT
public:
    explicit PasskeyAttestation(PasskeySignInOptions options, QObject* parent = nullptr);

    void attest(TurnkeyClient::Signer sessionKey, Callback<Attestation> done) override;
    void cancel() override;
    SignInMethod method() const override;

private:
    PasskeySignInOptions m_options;
    bool m_cancelled = false;
};

} // namespace ws
