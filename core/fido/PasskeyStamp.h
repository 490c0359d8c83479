#pragma once

#include "Result.h"
#include "SecurityKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

namespace ws::fido {

// Everything needed to stamp requests with a passkey on a security key: the web app the passkey was
// registered for (its rp id, and the origin its browser would report), the PIN when the key asked for
// one, where the key is, and how a waiting touch is cancelled. Shared (not copied) because the PIN is a
// secret and the cancel belongs to one sign-in or refresh.
struct PasskeySigner {
    QString rpId;
    QString origin; // empty: https://<rpId>
    SecureBytes pin;
    QString account; // the account to sign in as when the key holds several for the site (its user name)
    DeviceSeam seam;
    int timeoutMs = 60 * 1000;
    std::shared_ptr<AssertionCancel> cancel = std::make_shared<AssertionCancel>();
};

// "https://<rpId>" unless the signer names its origin.
QString originOf(const PasskeySigner& signer);

// The X-Stamp-WebAuthn header value for exactly `body`: the assertion's challenge is
// webauthn::challengeFor(body), as @turnkey/webauthn-stamper makes it. Blocks until the key is touched
// (or the timeout, or a cancel): call it off the GUI thread.
Result<QByteArray> stampWithPasskey(const PasskeySigner& signer, QByteArrayView body);

} // namespace ws::fido
