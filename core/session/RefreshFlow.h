#pragma once

#include "SessionTypes.h"
#include "api/TurnkeyClient.h"

#include <QHash>
#include <functional>
#include <memory>

namespace ws {

struct SessionServices;
class KeyLifecycle;

// refreshSession() as the five steps of docs/architecture.md: new key recorded pending, keychain
// write, stamp_login stamped with the refreshed session's own key and organization, one index update
// swapping the session to the new key (old key doomed), then deletion of the old key. Concurrent refreshes of
// one session share a single run; the active session never changes.
//
// Steps that do not depend on each other overlap: the keychain read of the old key runs while the
// pending record is committed on the index's writer thread. stamp_login waits for the new key to be
// stored in the keychain: a key the server knows but this computer cannot use would be worse than
// useless, since it counts against Turnkey's ten expiring keys per user and can evict another
// session's key (and with invalidateExisting the old key dies on the server the moment stamp_login
// succeeds). The swap waits for stamp_login, so the invariant holds: the session is only ever moved
// to a key that is recorded and stored.
class RefreshFlow {
public:
    using Done = std::function<void(Result<void>)>;

    RefreshFlow(SessionServices& services, KeyLifecycle& keys);
    ~RefreshFlow();

    void refresh(const RefreshRequest& request, Done done);
    bool isRefreshing(const QString& sessionKey) const { return m_waiters.contains(sessionKey); }

private:
    struct Job;
    void startNewKey(const std::shared_ptr<Job>& job);
    void advance(const std::shared_ptr<Job>& job);
    void settle(const std::shared_ptr<Job>& job, const Error* error);
    void stamp(const std::shared_ptr<Job>& job);
    void commit(const std::shared_ptr<Job>& job, const QByteArray& jwt);
    void fail(const std::shared_ptr<Job>& job, const Error& error);
    void recordFailure(const QString& sessionKey, const QString& oldKey, const Error& error);
    void finish(const QString& sessionKey, const Result<void>& result);

    SessionServices& m_services;
    KeyLifecycle& m_keys;
    QHash<QString, QList<Done>> m_waiters;
};

} // namespace ws
