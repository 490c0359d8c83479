#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"
#include "crypto/WebAuthnStamp.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <mutex>

struct fido_dev;
struct fido_dev_io;

namespace ws::fido {

// Where the security key is reached: the first FIDO2 device libfido2 finds (USB HID), or, for tests, a
// device behind libfido2's own I/O hooks (an in-process software authenticator): `io` and the `path`
// its open() is given. libfido2 runs its real protocol code either way.
struct DeviceSeam {
    const ::fido_dev_io* io = nullptr;
    QByteArray path;
};

// Stops a get-assertion that waits for a touch, from any thread: cancel() sends CTAPHID_CANCEL to the
// open key (fido_dev_cancel), and a get-assertion that has not opened the key yet does not start.
class AssertionCancel {
public:
    void cancel();
    bool cancelled() const;

    // For getAssertion(): the key while it is open. attach() is false when cancel() came first.
    bool attach(::fido_dev* device);
    void detach();

private:
    mutable std::mutex m_mutex;
    ::fido_dev* m_device = nullptr;
    bool m_cancelled = false;
};

struct AssertionRequest {
    QString rpId;              // the relying party the passkey was registered for (the web app's domain)
    QByteArray clientDataJson; // what the assertion signs (hashed): webauthn::clientDataJson(...)
    bool userVerification = false;
    SecureBytes pin;                         // when the key asks for one; empty otherwise
    int timeoutMs = 60 * 1000;               // for the touch
    std::shared_ptr<AssertionCancel> cancel; // optional
    // When the key holds passkeys of several accounts for the rp id: the one to use (its user name or
    // display name). Empty: the only one, else ACCOUNT_CHOICE_NEEDED with the accounts in Error::choices.
    QString account;
};

// One get-assertion on a FIDO2 security key through libfido2: blocks until the key is touched or the
// timeout, so it runs off the GUI thread. A discoverable credential is asked for (empty allow-list);
// when the key holds several for the rp id (one touch signs with each), the request's account picks
// one; without it, ACCOUNT_CHOICE_NEEDED names them all (Error::choices) and nothing is used. Errors name
// what to do: no key present (NOT_FOUND), no passkey for that site on it (NOT_FOUND), a PIN needed, wrong or
// blocked (UNAUTHORIZED), no touch in time (TIMEOUT), cancelled (CANCELLED), anything else
// (KEYCHAIN_UNAVAILABLE).
Result<webauthn::Assertion> getAssertion(const AssertionRequest& request, const DeviceSeam& seam = {});

// libfido2 1.12 gives the authenticator data wrapped as a CBOR byte string (the raw accessor came in
// 1.14): the bytes inside. INVALID_INPUT when it is not one.
Result<QByteArray> unwrapCborByteString(QByteArrayView cbor);

} // namespace ws::fido
