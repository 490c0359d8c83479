#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"

#include <QObject>
#include <QString>

namespace ws {

// Where private keys live. The production implementation is KeychainStore (the OS keychain through
// QtKeychain). This interface is also the seam tests use to inject keychain faults the real
// keyring cannot produce on demand (slow, unavailable, denied).
//
// Every call completes asynchronously, exactly once, on the calling thread; the callback is
// dropped (not called) if `context` is destroyed first.
class SecretStore : public QObject {
    Q_OBJECT
public:
    enum class Health { Unknown, Healthy, Unavailable };
    Q_ENUM(Health)

    using QObject::QObject;

    virtual void writeSecret(const QString& entry, QByteArrayView secret, QObject* context,
                             Callback<void> done) = 0;
    // NOT_FOUND when the entry does not exist.
    virtual void readSecret(const QString& entry, QObject* context, Callback<SecureBytes> done) = 0;
    // An entry that does not exist counts as deleted (success): the caller's goal is reached.
    virtual void deleteSecret(const QString& entry, QObject* context, Callback<void> done) = 0;

    // Health as last observed; Unavailable makes new calls fail fast with KEYCHAIN_UNAVAILABLE
    // until probe() succeeds again.
    virtual Health health() const = 0;
    // Checks the keychain answers (a read of a sentinel entry; "not found" means healthy).
    virtual void probe(QObject* context, Callback<void> done) = 0;
    // A human sentence describing the backend and its state, for the status bar and `--version`.
    virtual QString describe() const = 0;

Q_SIGNALS:
    void healthChanged(ws::SecretStore::Health health);
};

// Keychain entry names. Derived from the compressed public key so an entry can always be found from
// the index, and prefixed so the app never touches entries it does not own.
QString sessionKeyEntryName(const QString& publicKeyHex);
QString apiKeyEntryName(const QString& publicKeyHex);

} // namespace ws
