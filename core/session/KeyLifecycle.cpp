#include "KeyLifecycle.h"

#include "Clock.h"
#include "OffThread.h"
#include "SessionServices.h"
#include "crypto/P256KeyPair.h"
#include "crypto/TpmImport.h"
#include "crypto/TpmKeys.h"
#include "keychain/SecretStore.h"
#include "store/SessionIndex.h"

#include <QCoreApplication>
#include <QTimer>
#include <memory>

namespace ws {

KeyLifecycle::KeyLifecycle(SessionServices& services)
    : m_services(services) {}

QString KeyLifecycle::entryName(const QString& publicKey, KeyKind kind) {
    return kind == KeyKind::ApiKey ? apiKeyEntryName(publicKey) : sessionKeyEntryName(publicKey);
}

void KeyLifecycle::createSessionKey(const std::function<void(const QString&)>& recorded, Done<QString> done,
                                    KeyStoreKind store) {
    createSessionKeys(
        1,
        [recorded](const QStringList& pubs) {
            if (recorded)
                recorded(pubs.front());
        },
        [done](std::vector<Result<QString>> created) { done(created.front()); }, store);
}

void KeyLifecycle::createSessionKeys(int count, const std::function<void(const QStringList&)>& recorded,
                                     std::function<void(std::vector<Result<QString>>)> done,
                                     KeyStoreKind store) {
    if (store == KeyStoreKind::Tpm) {
        // Made inside the TPM, off this thread: each key is a TPM operation.
        runOffThread<Result<std::vector<tpm::GeneratedKey>>>(
            &m_services.manager,
            [count]() -> Result<std::vector<tpm::GeneratedKey>> {
                std::vector<tpm::GeneratedKey> keys;
                for (int i = 0; i < count; ++i) {
                    auto generated = tpm::generate();
                    if (!generated)
                        return generated.error();
                    keys.push_back(std::move(generated).value());
                }
                return keys;
            },
            [this, count, recorded, done](Result<std::vector<tpm::GeneratedKey>> generated) {
                if (!generated.ok()) {
                    done(
                        std::vector<Result<QString>>(std::size_t(count), Result<QString>(generated.error())));
                    return;
                }
                std::vector<MadeKey> made;
                for (const tpm::GeneratedKey& key : generated.value())
                    made.push_back(MadeKey{QString::fromLatin1(key.publicKeyHex),
                                           std::make_shared<const SecureBytes>(key.pem)});
                recordAndStore(std::move(made), KeyStoreKind::Tpm, recorded, std::move(done));
            });
        return;
    }
    std::vector<MadeKey> made;
    for (int i = 0; i < count; ++i) {
        auto generated = P256KeyPair::generate();
        if (!generated.ok()) {
            QTimer::singleShot(0, &m_services.manager, [done, count, e = generated.error()]() {
                done(std::vector<Result<QString>>(std::size_t(count), Result<QString>(e)));
            });
            return;
        }
        made.push_back(MadeKey{QString::fromLatin1(generated.value().publicKeyHex()),
                               std::make_shared<const SecureBytes>(generated.value().privateKeyHex())});
    }
    recordAndStore(std::move(made), KeyStoreKind::Keychain, recorded, std::move(done));
}

void KeyLifecycle::importSessionKey(std::shared_ptr<const SecureBytes> privateKeyHex, KeyStoreKind store,
                                    Done<QString> done) {
    const auto fail = [this, done](const Error& e) {
        QTimer::singleShot(0, &m_services.manager, [done, e]() { done(e); });
    };
    Result<P256KeyPair> key = P256KeyPair::fromPrivateKeyHex(privateKeyHex->view());
    if (!key.ok())
        return fail(key.error());
    const QString publicKey = QString::fromLatin1(key.value().publicKeyHex());
    const auto alreadyHere = [this, publicKey]() -> std::optional<Error> {
        if (m_services.index.data().keys.find(publicKey) == m_services.index.data().keys.end())
            return std::nullopt;
        return Error(ErrorCode::AlreadyExists,
                     QCoreApplication::translate("ws", "This computer already has key %1 (see `keys list`); "
                                                       "nothing was imported.")
                         .arg(publicKey));
    };
    if (std::optional<Error> exists = alreadyHere())
        return fail(*exists);
    const auto single = [done](std::vector<Result<QString>> stored) {
        done(stored.front());
    };
    if (store == KeyStoreKind::Keychain) {
        recordAndStore({MadeKey{publicKey, std::make_shared<const SecureBytes>(key.value().privateKeyHex())}},
                       KeyStoreKind::Keychain, {}, single);
        return;
    }
    runOffThread<Result<tpm::GeneratedKey>>(
        &m_services.manager, [privateKeyHex]() { return tpm::importKey(privateKeyHex->view()); },
        [this, alreadyHere, single, done](Result<tpm::GeneratedKey> imported) {
            if (!imported.ok())
                return done(imported.error());
            if (std::optional<Error> exists = alreadyHere()) // recorded meanwhile by another process
                return done(*exists);
            recordAndStore({MadeKey{QString::fromLatin1(imported.value().publicKeyHex),
                                    std::make_shared<const SecureBytes>(imported.value().pem)}},
                           KeyStoreKind::Tpm, {}, single);
        });
}

void KeyLifecycle::recordAndStore(std::vector<MadeKey> made, KeyStoreKind store,
                                  const std::function<void(const QStringList&)>& recorded,
                                  std::function<void(std::vector<Result<QString>>)> done) {
    struct Batch {
        std::vector<std::shared_ptr<const SecureBytes>> secrets;
        QStringList pubs;
        std::vector<Result<QString>> results;
        int unanswered = 0;
    };
    auto batch = std::make_shared<Batch>();
    for (MadeKey& key : made) {
        batch->pubs.append(key.publicKey);
        batch->secrets.push_back(std::move(key.secret));
    }
    std::vector<KeyRecord> records;
    const QDateTime now = m_services.clock.now();
    for (const QString& pub : std::as_const(batch->pubs)) {
        KeyRecord record;
        record.publicKey = pub;
        record.state = KeyState::Pending;
        record.kind = KeyKind::Session;
        record.createdAt = now;
        record.store = store;
        records.push_back(record);
        // Busy from now on: this process's recovery sweep must not doom it once the record lands.
        m_busy.insert(pub);
    }
    // One commit for all of them, on the index's writer thread, so a keychain job queued before this
    // call (a refresh's read of the old key) runs while the file is written and synced.
    m_services.index.updateAsync(
        [records](IndexData& data) -> Result<void> {
            for (const KeyRecord& record : records)
                data.keys[record.publicKey] = record;
            return {};
        },
        &m_services.manager,
        [this, batch, recorded, done](Result<void> committed) {
            if (!committed.ok()) {
                for (const QString& pub : std::as_const(batch->pubs))
                    m_busy.remove(pub);
                done(std::vector<Result<QString>>(std::size_t(batch->pubs.size()),
                                                  Result<QString>(committed.error())));
                return;
            }
            if (recorded)
                recorded(batch->pubs);
            batch->results.assign(std::size_t(batch->pubs.size()), Result<QString>(QString()));
            batch->unanswered = int(batch->pubs.size());
            for (int i = 0; i < batch->pubs.size(); ++i) {
                const QString pub = batch->pubs.at(i);
                const std::shared_ptr<const SecureBytes> secret = std::move(batch->secrets[std::size_t(i)]);
                const auto answer = [batch, done, i](Result<QString> result) {
                    batch->results[std::size_t(i)] = std::move(result);
                    if (--batch->unanswered == 0)
                        done(std::move(batch->results));
                };
                m_services.secrets.writeSecret(
                    sessionKeyEntryName(pub), secret->view(), &m_services.manager,
                    [this, pub, answer](Result<void> written) {
                        if (written.ok()) {
                            answer(pub);
                            return;
                        }
                        // The entry may exist half-written; destroy() finishes or leaves it doomed for
                        // recovery.
                        const Error error = written.error().withContext(
                            QCoreApplication::translate("ws", "storing a new session key in the keychain"));
                        destroy(pub, [answer, error](Result<void>) { answer(error); });
                    });
            }
        });
}

void KeyLifecycle::rememberApiKey(const P256KeyPair& key, const QString& organizationId, Done<void> done) {
    const QString pub = QString::fromLatin1(key.publicKeyHex());
    const QDateTime now = m_services.clock.now();
    // The private key is copied now (the caller may wipe its key pair once this returns) and written
    // to the keychain only once the record is committed.
    auto secret = std::make_shared<const SecureBytes>(key.privateKeyHex());
    m_services.index.updateAsync(
        [pub, now, organizationId](IndexData& data) -> Result<void> {
            KeyRecord& record = data.keys[pub];
            if (record.publicKey.isEmpty())
                record.createdAt = now;
            record.publicKey = pub;
            record.state = KeyState::Live;
            record.kind = KeyKind::ApiKey;
            record.organizationId = organizationId;
            return {};
        },
        &m_services.manager,
        [this, pub, secret, done](Result<void> recorded) {
            if (!recorded.ok()) {
                done(recorded.error());
                return;
            }
            m_services.secrets.writeSecret(
                apiKeyEntryName(pub), secret->view(), &m_services.manager, [done](Result<void> written) {
                    if (!written.ok()) {
                        done(written.error().withContext(
                            QCoreApplication::translate("ws", "remembering the API key in the keychain")));
                        return;
                    }
                    done({});
                });
        });
}

void KeyLifecycle::destroy(const QString& publicKey, Done<void> done) {
    // Already Doomed in what we last read or wrote (a refresh's swap dooms the old key in the same
    // atomic write that moves the session off it): no process turns a Doomed record back to Live (keys
    // are never re-generated), so the record is on disk as Doomed, or already dropped by a recovery
    // that deleted the entry. Either way the doom write would change nothing; go straight to the
    // delete, which tolerates a missing entry, and the drop, which only removes a Doomed record.
    if (const auto known = m_services.index.data().keys.find(publicKey);
        known != m_services.index.data().keys.end() && known->second.state == KeyState::Doomed) {
        deleteDoomed(publicKey, known->second.kind, std::move(done));
        return;
    }
    // What the doom write found, set on the writer thread and read here once it is committed.
    struct Found {
        bool recorded = false;
        KeyKind kind = KeyKind::Session;
    };
    auto found = std::make_shared<Found>();
    m_services.index.updateAsync(
        [publicKey, found](IndexData& data) -> Result<void> {
            const auto it = data.keys.find(publicKey);
            if (it == data.keys.end())
                return {};
            found->recorded = true;
            found->kind = it->second.kind;
            it->second.state = KeyState::Doomed;
            return {};
        },
        &m_services.manager,
        [this, publicKey, found, done](Result<void> doomed) {
            if (!doomed.ok()) {
                m_busy.remove(publicKey);
                done(doomed.error());
                return;
            }
            if (!found->recorded) {
                // Never recorded means never written by us: there is nothing to delete.
                m_busy.remove(publicKey);
                done({});
                return;
            }
            // The doom is committed: the keychain delete may start.
            deleteDoomed(publicKey, found->kind, done);
        });
}

void KeyLifecycle::deleteDoomed(const QString& publicKey, KeyKind kind, Done<void> done) {
    m_services.secrets.deleteSecret(
        entryName(publicKey, kind), &m_services.manager, [this, publicKey, done](Result<void> deleted) {
            m_busy.remove(publicKey);
            if (!deleted.ok()) {
                done(deleted.error().withContext(
                    QCoreApplication::translate(
                        "ws", "deleting key %1 from the keychain (it will be retried at the next start)")
                        .arg(publicKey.left(12))));
                return;
            }
            // The record goes with the next index write: until then it is a Doomed record whose
            // entry is gone, which recovery drops after a crash.
            m_services.index.forgetDeletedKey(publicKey);
            done({});
        });
}

void KeyLifecycle::loadSigner(const QString& publicKey, KeyKind kind, Done<TurnkeyClient::Signer> done) {
    m_services.secrets.readSecret(
        entryName(publicKey, kind), &m_services.manager, [publicKey, done](Result<SecureBytes> secret) {
            if (!secret.ok()) {
                if (secret.error().code == ErrorCode::NotFound) {
                    done(Error(ErrorCode::NotFound,
                               QCoreApplication::translate(
                                   "ws", "The private key %1 is missing from the keychain; log in again.")
                                   .arg(publicKey.left(12))));
                    return;
                }
                done(secret.error());
                return;
            }
            if (tpm::isKeyBlob(secret.value().view())) {
                // A TPM key: the TPM is reached only when a stamp is made (off the GUI thread).
                done(TurnkeyClient::Signer(std::make_shared<const P256KeyPair>(
                    tpm::signerFor(secret.value().view().toByteArray(), publicKey.toLatin1()))));
                return;
            }
            auto key = P256KeyPair::fromPrivateKeyHex(secret.value().view(), publicKey.toLatin1());
            if (!key.ok()) {
                done(key.error().withContext(
                    QCoreApplication::translate("ws", "the keychain entry for key %1 is unusable")
                        .arg(publicKey.left(12))));
                return;
            }
            done(TurnkeyClient::Signer(std::make_shared<const P256KeyPair>(std::move(key).value())));
        });
}

} // namespace ws
