#pragma once

#include "keychain/SecretStore.h"

#include <map>

namespace ws::bench {

// A SecretStore in this process's memory, for the benchmark that must exclude the keychain's own
// cost (5e: one refresh in a small and a large store). Completes every call on the next turn of the
// event loop, as the interface requires, so the refresh keeps the same sequence of hops. Never used
// by the application: a benchmark's keys are the devserver's throwaway ones.
class MemorySecretStore : public SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void writeSecret(const QString& entry, QByteArrayView secret, QObject* context,
                     Callback<void> done) override;
    void readSecret(const QString& entry, QObject* context, Callback<SecureBytes> done) override;
    void deleteSecret(const QString& entry, QObject* context, Callback<void> done) override;
    Health health() const override { return Health::Healthy; }
    void probe(QObject* context, Callback<void> done) override;
    QString describe() const override;

private:
    std::map<QString, QByteArray> m_secrets;
};

} // namespace ws::bench
