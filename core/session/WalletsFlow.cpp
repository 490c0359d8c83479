#include "WalletsFlow.h"

#include "Clock.h"
#include "KeyLifecycle.h"
#include "SessionMessages.h"
#include "SessionServices.h"
#include "api/TurnkeyClient.h"
#include "store/SessionIndex.h"

#include <QCoreApplication>
#include <QTimer>

namespace ws {

struct WalletsFlow::Load {
    QString sessionKey;
    SessionClaims claims;
    TurnkeyClient::Signer signer;
    QList<WalletInfo> wallets;
    int outstanding = 0;
    std::optional<Error> error;
};

WalletsFlow::WalletsFlow(SessionServices& services, KeyLifecycle& keys)
    : m_services(services)
    , m_keys(keys) {}

void WalletsFlow::wallets(const QString& sessionKey, Mode mode, Done done) {
    const auto answer = [this, done](const Result<QList<WalletInfo>>& r) {
        QTimer::singleShot(0, &m_services.manager, [done, r]() { done(r); });
    };
    const IndexData& data = m_services.index.data();
    const Result<QString> resolved = sessionmsg::resolveSessionKey(data, sessionKey);
    if (!resolved.ok())
        return answer(resolved.error());
    const QString key = resolved.value();
    const SessionClaims claims = data.findSession(key)->token.claims;
    if (mode == Mode::Cached) {
        if (const auto hit = m_cache.constFind(key);
            hit != m_cache.cend() && hit->publicKey == claims.publicKey)
            return answer(hit->wallets);
    }
    if (!m_services.api)
        return answer(sessionmsg::offline());
    if (m_services.clock.nowSecs() >= claims.exp)
        return answer(sessionmsg::expired(key, claims.exp));
    if (auto it = m_waiters.find(key); it != m_waiters.end()) {
        it->append(std::move(done));
        return;
    }
    m_waiters.insert(key, QList<Done>{std::move(done)});

    auto load = std::make_shared<Load>();
    load->sessionKey = key;
    load->claims = claims;
    m_keys.loadSigner(claims.publicKey, KeyKind::Session, [this, load](Result<TurnkeyClient::Signer> signer) {
        if (!signer.ok())
            return finish(load, signer.error());
        load->signer = signer.value();
        m_services.api->listWallets(load->signer, load->claims.organizationId, &m_services.manager,
                                    [this, load](Result<QList<WalletInfo>> wallets) {
                                        if (!wallets.ok())
                                            return finish(load, wallets.error());
                                        load->wallets = wallets.value();
                                        loadAccounts(load);
                                    });
    });
}

// Every wallet's accounts at once; the first error wins, and the load ends when all have answered.
void WalletsFlow::loadAccounts(const std::shared_ptr<Load>& load) {
    if (load->wallets.isEmpty())
        return finish(load, load->wallets);
    load->outstanding = static_cast<int>(load->wallets.size());
    for (qsizetype i = 0; i < load->wallets.size(); ++i) {
        m_services.api->listWalletAccounts(load->signer, load->claims.organizationId,
                                           load->wallets.at(i).walletId, &m_services.manager,
                                           [this, load, i](Result<QList<WalletAccountInfo>> accounts) {
                                               if (accounts.ok())
                                                   load->wallets[i].accounts = accounts.value();
                                               else if (!load->error)
                                                   load->error = accounts.error();
                                               if (--load->outstanding > 0)
                                                   return;
                                               if (load->error)
                                                   return finish(load, *load->error);
                                               finish(load, load->wallets);
                                           });
    }
}

void WalletsFlow::finish(const std::shared_ptr<Load>& load, const Result<QList<WalletInfo>>& result) {
    load->signer.reset(); // the key is wiped with its last owner
    Result<QList<WalletInfo>> answer = result;
    if (result.ok()) {
        // Cached only while the session still has the key it was loaded with.
        const SessionRecord* now = m_services.index.data().findSession(load->sessionKey);
        if (now && now->token.claims.publicKey == load->claims.publicKey)
            m_cache.insert(load->sessionKey, CacheEntry{load->claims.publicKey, result.value()});
    } else {
        answer = result.error().withContext(
            QCoreApplication::translate("ws", "loading the wallets of session '%1'").arg(load->sessionKey));
    }
    const QList<Done> waiters = m_waiters.take(load->sessionKey);
    for (const Done& waiter : waiters)
        waiter(answer);
}

} // namespace ws
