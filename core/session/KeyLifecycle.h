#pragma once

#include "Result.h"
#include "api/TurnkeyClient.h"
#include "crypto/SecureBytes.h"
#include "store/IndexData.h"

#include <QSet>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace ws {

struct SessionServices;

// Creates and destroys keychain entries under the invariant of docs/architecture.md ("The invariant
// that keeps data safe"): an entry is recorded in the index before it is written to the keychain,
// and dropped from the index only after the keychain delete succeeded. Every index write is one atomic
// SessionIndex::updateAsync, committed (on the index's writer thread) before the keychain operation
// that depends on it starts.
class KeyLifecycle {
public:
    template <typename T>
    using Done = std::function<void(Result<T>)>;

    explicit KeyLifecycle(SessionServices& services);

    // New P-256 session key: record Pending, then write its private key to the keychain. Yields the
    // compressed public key. The key stays "busy" (safe from the recovery sweep of this process)
    // until release() or destroy().
    // With KeyStoreKind::Tpm the key is generated inside the TPM (off this thread) and the keychain
    // entry holds its TPM-wrapped blob instead of the private key.
    void createSessionKey(Done<QString> done, KeyStoreKind store = KeyStoreKind::Keychain) {
        createSessionKey({}, std::move(done), store);
    }
    // The same, also telling `recorded` the public key as soon as the Pending record is on disk (before
    // the keychain write), so a caller can start work that needs only the public key.
    void createSessionKey(const std::function<void(const QString&)>& recorded, Done<QString> done,
                          KeyStoreKind store = KeyStoreKind::Keychain);
    // `count` new session keys at once: one index commit records them all Pending, then each is
    // written to the keychain. Yields one result per key, in order; a key whose keychain write
    // failed has been destroyed again. Stored keys stay busy until release() or destroy().
    void createSessionKeys(int count, const std::function<void(const QStringList&)>& recorded,
                           std::function<void(std::vector<Result<QString>>)> done,
                           KeyStoreKind store = KeyStoreKind::Keychain);
    // An existing private key as a new session-kind key: recorded Pending, then its private key (or, for
    // the TPM, the blob TPM2_Import made of it, off this thread) written to the keychain, as
    // createSessionKey() does. ALREADY_EXISTS, before anything is written, for a key already recorded.
    void importSessionKey(std::shared_ptr<const SecureBytes> privateKeyHex, KeyStoreKind store,
                          Done<QString> done);
    // Record a remembered API key (kind ApiKey, Live) and write its private key to the keychain.
    void rememberApiKey(const P256KeyPair& key, const QString& organizationId, Done<void> done);

    // Doom the key (if recorded), delete it from the keychain, drop it from the index. A failed
    // keychain delete leaves the record Doomed for recovery and reports the error.
    void destroy(const QString& publicKey, Done<void> done);

    // Read a private key from the keychain and build a signer, checking it matches `publicKey`.
    void loadSigner(const QString& publicKey, KeyKind kind, Done<TurnkeyClient::Signer> done);

    bool isBusy(const QString& publicKey) const { return m_busy.contains(publicKey); }
    QSet<QString> busyKeys() const { return m_busy; }
    // Keeps an existing key safe from this process's recovery sweep while a flow works on it. False
    // when it was busy already (then the flow that made it busy releases it, not the caller).
    bool markBusy(const QString& publicKey) {
        if (m_busy.contains(publicKey))
            return false;
        m_busy.insert(publicKey);
        return true;
    }
    void release(const QString& publicKey) { m_busy.remove(publicKey); }

    static QString entryName(const QString& publicKey, KeyKind kind);

private:
    struct MadeKey {
        QString publicKey;
        std::shared_ptr<const SecureBytes> secret; // what the keychain entry will hold
    };
    void recordAndStore(std::vector<MadeKey> made, KeyStoreKind store,
                        const std::function<void(const QStringList&)>& recorded,
                        std::function<void(std::vector<Result<QString>>)> done);
    void deleteDoomed(const QString& publicKey, KeyKind kind, Done<void> done);

    SessionServices& m_services;
    QSet<QString> m_busy;
};

} // namespace ws
