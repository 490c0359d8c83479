#pragma once

#include "Clock.h"
#include "FaultySecretStore.h"
#include "Result.h"
#include "app/ServiceFactory.h"
#include "crypto/P256KeyPair.h"
#include "keychain/KeychainStore.h"
#include "session/SessionManager.h"
#include "store/SessionIndex.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

namespace ws::test {

// Runs an async call and waits for its callback, checking the callback contract on the way: it must
// not run inside the call, and it must run within `timeoutMs` (generous: the machine may be loaded).
template <typename T, typename Start>
Result<T> waitFor(Start&& start, int timeoutMs = 60000) {
    struct State {
        std::optional<Result<T>> result;
        bool inside = true;
        bool synchronous = false;
        int calls = 0;
    };
    auto state = std::make_shared<State>();
    QObject context; // the callback must be dropped if this dies first (it dies on return)
    start(&context, Callback<T>([state](Result<T> r) {
        state->synchronous = state->synchronous || state->inside;
        ++state->calls;
        state->result.emplace(std::move(r));
    }));
    state->inside = false;
    if (!QTest::qWaitFor([&]() { return state->result.has_value(); }, timeoutMs))
        return Error(ErrorCode::Timeout, QStringLiteral("test: the callback did not arrive in time"));
    if (state->synchronous)
        return Error(ErrorCode::Internal, QStringLiteral("test: the callback ran inside the call"));
    return *state->result;
}

// Session JWTs signed by a notarizer the test owns, so signatureVerified can be checked both ways.
class TokenFactory {
public:
    TokenFactory();
    QByteArray make(const QString& publicKey, qint64 exp, const QString& userId = QStringLiteral("user-1"),
                    const QString& organizationId = QStringLiteral("org-1"),
                    const QString& profileId = {}) const;
    QByteArray notarizerPublicKeyHex() const;

private:
    std::shared_ptr<P256KeyPair> m_notarizer;
};

// A SessionManager over a real gnome-keyring (through FaultySecretStore) and a real index in a
// temporary directory, assembled by the application's ServiceFactory like the GUI's and the CLI's.
class SessionHarness {
public:
    SessionHarness(const Clock& clock, TurnkeyClient* api = nullptr, SessionManager::Options options = {},
                   const QString& suite = QStringLiteral("session"));
    ~SessionHarness();

    // Opens the index and probes the keychain; the error says which one failed.
    Result<void> open();

    SessionManager& manager() { return m_services->manager(); }
    SessionIndex& index() { return m_services->index(); }
    KeychainStore& keychain() { return m_services->keychain(); }
    FaultySecretStore& secrets() { return *m_secrets; }
    const IndexData& data() const { return m_services->index().data(); }

    // Conveniences over the real keychain (not through the fault seam).
    Result<SecureBytes> readSecret(const QString& entry);
    Result<void> writeSecret(const QString& entry, const QByteArray& secret);
    bool keychainHasSessionKey(const QString& publicKey);

    // Manager calls, waited for.
    Result<QString> createKey();
    Result<void> store(const QByteArray& token, const QString& label, StoreOptions options = {});
    Result<QString> storeNew(const TokenFactory& tokens, const QString& label, qint64 exp,
                             StoreOptions options = {});
    Result<CleanupReport> recover();

private:
    QTemporaryDir m_dir;
    FaultySecretStore* m_secrets = nullptr; // owned by m_services
    std::unique_ptr<AppServices> m_services;
};

} // namespace ws::test

// QVERIFY for a Result, printing the error when it is not ok.
#define WS_VERIFY_OK(expr)                                                                                   \
    do {                                                                                                     \
        const auto& wsResult_ = (expr);                                                                      \
        QVERIFY2(wsResult_.ok(), wsResult_.ok() ? "" : qPrintable(wsResult_.error().toString()));            \
    } while (false)

// Checks a Result failed with a given ErrorCode.
#define WS_VERIFY_ERROR(expr, expectedCode)                                                                  \
    do {                                                                                                     \
        const auto& wsResult_ = (expr);                                                                      \
        QVERIFY2(!wsResult_.ok(), "expected an error, got success");                                         \
        QVERIFY2(wsResult_.error().code == (expectedCode),                                                   \
                 qPrintable(QStringLiteral("got ") + wsResult_.error().toString()));                         \
    } while (false)
