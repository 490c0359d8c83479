#pragma once

#include "SessionTypes.h"
#include "api/TurnkeyClient.h"

#include <QHash>
#include <functional>
#include <memory>

namespace ws {

struct SessionServices;
class KeyLifecycle;

// refreshSession() as design.md's five steps: new key recorded pending, keychain write, stamp_login
// stamped with the refreshed session's own key and organization, one index update swapping the
// session to the new key (old key doomed), then deletion of the old key. Concurrent refreshes of
// one session share a single run; the active session never changes.
class RefreshFlow {
public:
    using Done = std::function<void(Result<void>)>;

    RefreshFlow(SessionServices& services, KeyLifecycle& keys);
    ~RefreshFlow();

    void refresh(const RefreshRequest& request, Done done);
    bool isRefreshing(const QString& sessionKey) const { return m_waiters.contains(sessionKey); }

private:
    struct Job;
    void stamp(const std::shared_ptr<Job>& job, TurnkeyClient::Signer signer);
    void obtainNewKey(const std::shared_ptr<Job>& job, std::function<void()> next);
    void commit(const std::shared_ptr<Job>& job, const QByteArray& jwt);
    void fail(const std::shared_ptr<Job>& job, const Error& error);
    void recordFailure(const QString& sessionKey, const QString& oldKey, const Error& error);
    void finish(const QString& sessionKey, const Result<void>& result);

    SessionServices& m_services;
    KeyLifecycle& m_keys;
    QHash<QString, QList<Done>> m_waiters;
};

} // namespace ws
