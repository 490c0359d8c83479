#pragma once

#include "Result.h"
#include "api/WalletTypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>

namespace ws {

struct SessionServices;
class KeyLifecycle;

// What a session opens: the wallets and accounts of its organization (list_wallets, then
// list_wallet_accounts per wallet), stamped with the session's own key. Loaded on demand and cached
// for the session's lifetime: the cache entry belongs to the session's current key, so a refresh
// (a new key) makes the next request load them again, and a cleared session's entry is never
// answered again. Concurrent requests for one session share one load.
class WalletsFlow {
public:
    using Done = std::function<void(Result<QList<WalletInfo>>)>;
    enum class Mode { Cached, Reload };

    WalletsFlow(SessionServices& services, KeyLifecycle& keys);
    void wallets(const QString& sessionKey, Mode mode, Done done);

private:
    struct Load;
    void loadAccounts(const std::shared_ptr<Load>& load);
    void finish(const std::shared_ptr<Load>& load, const Result<QList<WalletInfo>>& result);

    struct CacheEntry {
        QString publicKey; // the session key the wallets were loaded with
        QList<WalletInfo> wallets;
    };
    SessionServices& m_services;
    KeyLifecycle& m_keys;
    QHash<QString, CacheEntry> m_cache;
    QHash<QString, QList<Done>> m_waiters; // by session key, while a load runs
};

} // namespace ws
