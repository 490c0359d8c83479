#pragma once

#include "SoftwarePasskey.h"
#include "fido/SecurityKey.h"

#include <QByteArray>
#include <QList>
#include <condition_variable>
#include <fido.h>
#include <mutex>

namespace ws::test {

// A FIDO2 security key in software, attached through libfido2's I/O hooks (fido_dev_set_io_functions):
// it speaks CTAPHID (64-byte reports, INIT, CBOR) and answers CTAP2 authenticatorGetInfo and
// authenticatorGetAssertion with its passkey, so libfido2's real code path runs without hardware (this
// machine has no UHID). The passkey signs authenticatorData ‖ clientDataHash as a key does. One at a
// time per process (the hooks are plain functions).
class SoftwareSecurityKey {
public:
    explicit SoftwareSecurityKey(SoftwarePasskey& passkey);
    ~SoftwareSecurityKey();
    SoftwareSecurityKey(const SoftwareSecurityKey&) = delete;
    SoftwareSecurityKey& operator=(const SoftwareSecurityKey&) = delete;

    // Another passkey on the key, of another account (user id and name) for its site: one touch then
    // signs with each (CTAP2 numberOfCredentials and authenticatorGetNextAssertion).
    void addAccount(SoftwarePasskey& passkey, QByteArray userId, QString userName);

    // What fido::getAssertion() is given to reach this key.
    fido::DeviceSeam seam() const;

    // Behaviour to test against: no passkey for the asked rp id (CTAP2_ERR_NO_CREDENTIALS), a key that
    // never answers the touch (CTAP2_ERR_ACTION_TIMEOUT), one whose passkey needs the PIN
    // (CTAP2_ERR_PIN_REQUIRED when no PIN was given).
    void holdNoCredential(bool none) { m_noCredential = none; }
    void neverTouched(bool never) { m_neverTouched = never; }
    void requirePin(bool required) { m_pinRequired = required; }
    // A key that waits for the touch as hardware does: keep-alive reports (status UPNEEDED) until
    // touch(), or CTAP2_ERR_KEEPALIVE_CANCEL when the host sends CTAPHID_CANCEL (fido_dev_cancel).
    // libfido2 may then run on another thread than the test: these calls are thread-safe.
    void waitForTouch(bool wait);
    void touch();
    bool isWaitingForTouch() const;
    int assertionsMade() const;
    QByteArray lastClientDataHash() const;

    // The I/O hooks (public for the C table in the .cpp).
    int write(const unsigned char* data, size_t length);
    int read(unsigned char* data, size_t length, int timeoutMs);

private:
    void answer(quint8 command, const QByteArray& payload);
    QByteArray ctap(const QByteArray& request);
    void queue(quint32 channel, quint8 command, const QByteArray& payload);

    struct Account {
        SoftwarePasskey* passkey;
        QByteArray userId;
        QString userName;
    };
    QByteArray assertionFor(const Account& account, bool withCount, int count);

    QList<Account> m_accounts;
    QList<Account> m_next; // what authenticatorGetNextAssertion answers, in order
    fido_dev_io_t m_io{};
    QByteArray m_incoming;
    quint8 m_incomingCommand = 0;
    quint32 m_incomingChannel = 0;
    qsizetype m_incomingLength = 0;
    QList<QByteArray> m_outgoing;
    quint32 m_channel = 0x01020304;
    bool m_noCredential = false;
    bool m_neverTouched = false;
    bool m_pinRequired = false;
    bool m_waitForTouch = false;
    bool m_touched = false;
    QByteArray m_awaiting; // a get-assertion held until the touch (or a cancel)
    quint32 m_awaitingChannel = 0;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_assertions = 0;
    QByteArray m_lastClientDataHash;
};

} // namespace ws::test
