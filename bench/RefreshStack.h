#pragma once

// What the refresh and store benchmarks share: the devserver on a thread of its own, and the
// application's stack (ServiceFactory) on its own data directory and keychain service.
#include "Clock.h"
#include "app/ServiceFactory.h"
#include "session/SessionManager.h"

#include <QObject>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <memory>

namespace ws::devserver {
class DevServer;
}

namespace ws::bench {

struct ServerInfo {
    QUrl url;
    QString organizationId;
    QByteArray apiPublicKey;
    QByteArray apiPrivateKey; // the devserver's throwaway demo key, not a user secret
    QByteArray notarizer;
};

// The devserver in-process on its own thread, so serving requests never competes with the client's
// event loop, just as a separate process would not. Its per-user limit of expiring keys is lifted
// (1 000 sessions of one user), the only difference from `wallet-sessions-devserver --demo`.
class ServerThread {
public:
    ServerInfo start();
    ~ServerThread();

private:
    SystemClock m_clock;
    QThread m_thread;
    QObject m_anchor;
    devserver::DevServer* m_server = nullptr;
};

// An API client that does not retry: a benchmark must see failures, not hide them behind retries.
ApiConfig benchApiConfig(const QUrl& url);

struct LocalStack {
    // `wrapSecrets` replaces the keychain (5e's in-memory store); null: the real keyring.
    LocalStack(const ServerInfo& info, const Clock& clock, const QString& name,
               std::function<std::unique_ptr<SecretStore>(SecretStore&)> wrapSecrets = {});
    void login(const ServerInfo& info, const QString& label, KeyStoreKind store = KeyStoreKind::Keychain);
    void refresh(const QString& label);
    // One keychain write and its delete, nothing else.
    void writeThenDelete(const QString& entry);
    void read(const QString& entry);
    // One durable index commit of a one-field change (the whole read-modify-write of update()).
    void commit(const QString& label, int i);

    QTemporaryDir dir;
    std::unique_ptr<AppServices> services;
    SessionIndex& index;
    KeychainStore& secrets;
    SessionManager* manager;
};

} // namespace ws::bench
