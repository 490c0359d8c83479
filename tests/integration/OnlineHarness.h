#pragma once

#include "DevServerFixture.h"
#include "SessionTestKit.h"
#include "api/TurnkeyClient.h"

#include <memory>

namespace ws::test {

// A SessionManager wired to an in-process devserver over real loopback HTTP, a real gnome-keyring
// (through the fault seam) and a real index. Client, server and manager share the fixture's clock.
class OnlineHarness {
public:
    explicit OnlineHarness(SessionManager::Options options = {});
    Result<void> start();

    DevServerFixture& fixture() { return m_fixture; }
    devserver::DevServer& server() { return m_fixture.server(); }
    TurnkeyClient& client() { return *m_client; }
    SessionHarness& local() { return *m_local; }
    SessionManager& manager() { return m_local->manager(); }
    ManualClock& clock() { return m_fixture.clock(); }

    // The server-side public keys of the demo user.
    QStringList serverKeys();
    bool serverHasKey(const QString& publicKey) { return serverKeys().contains(publicKey); }

    Result<QString> login(const QString& label, bool makeActive = true, qint64 expirationSeconds = 900,
                          bool rememberApiKey = false);
    Result<SessionInfo> refresh(RefreshRequest request);
    Result<SessionInfo> refresh(const QString& label);
    Result<WhoamiInfo> verify(const QString& label);
    Result<void> clear(const QString& label, ClearOptions options = {});
    QString publicKeyOf(const QString& label);
    // Keys recorded in the index, whatever their state.
    QStringList recordedKeys();
    // Every key record belongs to a session and every session's key is in the keychain (the
    // invariant makes the records the full list of what the app has there). Empty when so, else
    // what is wrong.
    QString onlySessionKeysLeft();

private:
    DevServerFixture m_fixture;
    SessionManager::Options m_options;
    std::unique_ptr<TurnkeyClient> m_client;
    std::unique_ptr<SessionHarness> m_local;
};

} // namespace ws::test
