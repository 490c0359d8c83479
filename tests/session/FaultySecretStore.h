#pragma once

#include "keychain/SecretStore.h"

#include <QHash>
#include <QList>
#include <memory>
#include <optional>

namespace ws::test {

// The allowed seam for keychain faults: forwards every call to a real SecretStore (the real
// KeychainStore in these suites) except the ones told to fail or to be slow.
class FaultySecretStore final : public SecretStore {
public:
    enum class Op { Write, Read, Delete };

    explicit FaultySecretStore(SecretStore& inner, QObject* parent = nullptr);

    // The next `count` calls of `op` whose entry name contains `entryFilter` (empty: any) fail with `error`
    // without reaching the real keychain.
    void failNext(Op op, Error error, int count = 1, const QString& entryFilter = {});
    // The next `count` calls of `op` reach the real keychain only after `ms` milliseconds.
    void delayNext(Op op, int ms, int count = 1);
    // A keychain that is not there: from now on every call, probe() included, fails with `error`
    // and health() is Unavailable, the real keychain never reached.
    void makeUnavailable(Error error);
    void reset();
    int calls(Op op) const { return m_calls.value(int(op)); }
    int injectedFailures() const { return m_injected; }

    void writeSecret(const QString& entry, QByteArrayView secret, QObject* context,
                     Callback<void> done) override;
    void readSecret(const QString& entry, QObject* context, Callback<SecureBytes> done) override;
    void deleteSecret(const QString& entry, QObject* context, Callback<void> done) override;
    Health health() const override { return m_unavailable ? Health::Unavailable : m_inner.health(); }
    void probe(QObject* context, Callback<void> done) override;
    QString describe() const override {
        return QStringLiteral("fault-injecting wrapper around ") + m_inner.describe();
    }

private:
    struct Fault {
        Op op;
        Error error;
        int count;
        QString filter;
    };
    struct Delay {
        Op op;
        int ms;
        int count;
    };
    bool takeFault(Op op, const QString& entry, Error* error);
    int takeDelay(Op op);

    SecretStore& m_inner;
    QList<Fault> m_faults;
    QList<Delay> m_delays;
    QHash<int, int> m_calls;
    int m_injected = 0;
    std::optional<Error> m_unavailable;
};

// A wrapper that makes the real keychain look missing (for ServiceFactory::Seams::wrapSecrets): the one
// fault the real keyring cannot produce on demand in a test.
inline std::unique_ptr<SecretStore> asMissingKeychain(SecretStore& real) {
    auto missing = std::make_unique<FaultySecretStore>(real);
    missing->makeUnavailable(Error(ErrorCode::KeychainUnavailable, QStringLiteral("no keychain")));
    return missing;
}

} // namespace ws::test
