#include "VerifyFlow.h"

#include "Clock.h"
#include "KeyLifecycle.h"
#include "SessionMessages.h"
#include "SessionServices.h"
#include "api/TurnkeyClient.h"
#include "store/SessionIndex.h"

#include <QCoreApplication>
#include <QTimer>

namespace ws {

VerifyFlow::VerifyFlow(SessionServices& services, KeyLifecycle& keys)
    : m_services(services)
    , m_keys(keys) {}

void VerifyFlow::verify(const QString& sessionKey, std::function<void(Result<WhoamiInfo>)> done) {
    const auto reject = [this, done](const Error& e) {
        QTimer::singleShot(0, &m_services.manager, [done, e]() { done(e); });
    };
    if (!m_services.api)
        return reject(sessionmsg::offline());
    const IndexData& data = m_services.index.data();
    const Result<QString> resolved = sessionmsg::resolveSessionKey(data, sessionKey);
    if (!resolved.ok())
        return reject(resolved.error());
    const QString key = resolved.value();
    const SessionClaims claims = data.findSession(key)->token.claims;
    if (m_services.clock.nowSecs() >= claims.exp)
        return reject(sessionmsg::expired(key, claims.exp));
    TurnkeyClient* api = m_services.api;
    m_keys.loadSigner(
        claims.publicKey, KeyKind::Session,
        [this, api, key, claims, done](Result<TurnkeyClient::Signer> signer) {
            if (!signer.ok())
                return done(signer.error());
            api->whoami(signer.value(), claims.organizationId, &m_services.manager,
                        [this, key, claims, done](Result<WhoamiInfo> who) {
                            // The verdict is in the index before the caller hears it, so a view that
                            // reloads on the answer shows it.
                            record(key, claims.publicKey, who, [key, done, who]() {
                                if (!who.ok())
                                    return done(who.error().withContext(
                                        QCoreApplication::translate("ws", "checking session '%1'").arg(key)));
                                done(who);
                            });
                        });
        });
}

void VerifyFlow::record(const QString& sessionKey, const QString& publicKey, const Result<WhoamiInfo>& result,
                        std::function<void()> then) {
    const bool revoked = !result.ok() && result.error().code == ErrorCode::SessionExpired;
    if (!result.ok() && !revoked) {
        then(); // a transient failure says nothing about the session itself
        return;
    }
    const ServerState state = revoked ? ServerState::Revoked : ServerState::Alive;
    const QString message = revoked ? result.error().message : QString();
    const QString username = result.ok() ? result.value().username : QString();
    const QString organizationName = result.ok() ? result.value().organizationName : QString();
    // On the index's writer thread: a contended index lock must not stall the GUI thread.
    m_services.index.updateAsync(
        [sessionKey, publicKey, state, revoked, message, username,
         organizationName](IndexData& data) -> Result<void> {
            SessionRecord* session = data.findSession(sessionKey);
            if (!session || session->token.claims.publicKey != publicKey)
                return Error(ErrorCode::NotFound,
                             QString()); // refreshed or cleared meanwhile: not about this key
            const bool namesKnown =
                revoked || (session->username == username && session->organizationName == organizationName);
            if (session->serverState == state && (revoked || session->lastError.isEmpty()) && namesKnown)
                return Error(ErrorCode::NotFound, QString()); // nothing to write
            session->serverState = state;
            session->lastError = message;
            if (!revoked) {
                session->username = username;
                session->organizationName = organizationName;
            }
            return {};
        },
        &m_services.manager,
        [this, sessionKey, revoked, then](Result<void> written) {
            // Refused when there was nothing to write or the session moved on: only a real change
            // to revoked is announced.
            if (revoked && written.ok())
                Q_EMIT m_services.manager.sessionRevoked(sessionKey);
            then();
        });
}

} // namespace ws
