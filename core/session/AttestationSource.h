#pragma once

#include "Result.h"
#include "SignInMethod.h"
#include "api/TurnkeyClient.h"

#include <QByteArray>
#include <QString>

namespace ws {

// What a sign-in method hands the session layer: a third party's word that the new session key may log
// in to an organization (turnkey-protocol.md §1.2). Either `scheme` (one of crypto/AttestedStamp.h's)
// and `token` (the verification token or id_token bound to the session key), signed with the session
// key as X-Stamp-Attested; or, for a method that stamps the request itself (a passkey on a security
// key: X-Stamp-WebAuthn), `authenticate`, with `cancelAuthenticate` to stop it while it waits.
struct Attestation {
    QByteArray scheme;
    QByteArray token;
    QString organizationId; // the (sub-)organization the session logs in to
    TurnkeyClient::RequestAuthenticator authenticate = {};
    bool authenticateBlocks = false;               // waits for the user or hardware: off the GUI thread
    std::function<void()> cancelAuthenticate = {}; // callable from the GUI thread while it waits
};

// One sign-in method (one-time code, OpenID, ...), used once by SignInFlow. attest() gets the new
// session key, already stored under the crash-safety invariant; the source may sign with it (a sign-up's
// client signature) and must bind its attestation to `sessionKey->publicKeyHex()`. It completes
// exactly once through `done`, from the event loop, unless cancel() was called first: after cancel()
// it sends nothing more and never calls `done`.
class AttestationSource {
public:
    virtual ~AttestationSource() = default;
    virtual void attest(TurnkeyClient::Signer sessionKey, Callback<Attestation> done) = 0;
    virtual void cancel() = 0;
    // How the user signs in through this source, kept with the session (Sign in again offers it).
    virtual SignInMethod method() const = 0;
};

} // namespace ws
