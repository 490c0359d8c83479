#pragma once

#include "Revocation.h"
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
//
// Another process may refresh the same session at the same time. The one whose swap lands first
// wins; the other finds the old key gone from the keychain or the session moved to a new key. When
// the index then holds the same session with a newer key, the loser succeeds with
// RefreshedElsewhere: the user asked for a fresh session and has one. A new key the server may have
// registered but nothing will use (the loser's, or one whose reply was malformed or did not fit) is
// revoked on the server first, best effort and stamped with itself, since it counts against
// Turnkey's ten expiring keys per user.
class RefreshFlow {
public:
    enum class Outcome { Refreshed, RefreshedElsewhere };
    using Done = std::function<void(Result<Outcome>)>;

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
    void disposeNewKey(const std::shared_ptr<Job>& job, std::function<void()> then);
    void recordFailure(const std::shared_ptr<Job>& job, const Error& error);
    void finish(const QString& sessionKey, const Result<Outcome>& result);

    SessionServices& m_services;
    KeyLifecycle& m_keys;
    Revocation m_revocation; // of new keys the server may know but nothing will use
    QHash<QString, QList<Done>> m_waiters;
};

} // namespace ws
