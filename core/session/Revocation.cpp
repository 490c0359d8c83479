#include "Revocation.h"

#include "KeyLifecycle.h"
#include "SessionMessages.h"
#include "SessionServices.h"
#include "api/TurnkeyClient.h"

#include <QCoreApplication>
#include <QTimer>

namespace ws {

Revocation::Revocation(SessionServices& services, KeyLifecycle& keys)
    : m_services(services)
    , m_keys(keys) {}

void Revocation::revoke(const SessionRecord& session, std::function<void(Result<void>)> done) {
    const QString sessionKey = session.sessionKey;
    const auto finish = [done, sessionKey](Result<void> r) {
        if (r.ok() || r.error().code == ErrorCode::SessionExpired) {
            // The server no longer accepts the key: it is as revoked as it can get.
            done({});
            return;
        }
        done(r.error().withContext(
            QCoreApplication::translate("ws", "revoking session '%1' on the server").arg(sessionKey)));
    };
    if (!m_services.api) {
        QTimer::singleShot(0, &m_services.manager, [finish]() { finish(sessionmsg::offline()); });
        return;
    }
    const QString pub = session.token.claims.publicKey;
    const QString org = session.token.claims.organizationId;
    const QString user = session.token.claims.userId;
    TurnkeyClient* api = m_services.api;
    QObject* ctx = &m_services.manager;
    m_keys.loadSigner(pub, KeyKind::Session, [=](Result<TurnkeyClient::Signer> signer) {
        if (!signer.ok())
            return finish(signer.error());
        const TurnkeyClient::Signer key = signer.value();
        api->getApiKeys(key, org, user, ctx, [=](Result<QList<ApiKeyInfo>> listed) {
            if (!listed.ok())
                return finish(listed.error());
            QStringList ids;
            for (const ApiKeyInfo& info : listed.value()) {
                if (info.publicKey.compare(pub, Qt::CaseInsensitive) == 0)
                    ids.append(info.apiKeyId);
            }
            if (ids.isEmpty())
                return finish({});
            api->deleteApiKeys(key, org, user, ids, ctx, [=](Result<QStringList> deleted) {
                if (!deleted.ok())
                    return finish(deleted.error());
                finish({});
            });
        });
    });
}

} // namespace ws
