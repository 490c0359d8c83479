#include "RefreshFlow.h"

#include "Clock.h"
#include "KeyLifecycle.h"
#include "SessionMessages.h"
#include "SessionServices.h"
#include "store/SessionIndex.h"
#include "token/SessionToken.h"

#include <QCoreApplication>
#include <QTimer>

namespace ws {

struct RefreshFlow::Job {
    QString sessionKey;
    SessionClaims oldClaims;
    qint64 expirationSeconds = kDefaultExpirationSeconds;
    bool invalidateExisting = false;
    QString newKey;
    bool generatedKey = false;
};

namespace {

Error badToken(const QString& what) {
    return Error(
        ErrorCode::BadResponse,
        QCoreApplication::translate("ws", "The server returned a session token that does not fit: %1.")
            .arg(what));
}

// The token must describe the key we asked for, for the same user and organization.
Result<SessionToken> checkNewToken(const QByteArray& jwt, const QString& newKey, const SessionClaims& old) {
    auto decoded = decodeSessionToken(jwt);
    if (!decoded.ok())
        return Error(ErrorCode::BadResponse, decoded.error().message);
    const SessionClaims& c = decoded.value().claims;
    if (c.publicKey.compare(newKey, Qt::CaseInsensitive) != 0)
        return badToken(QCoreApplication::translate("ws", "it is for key %1, not the new key %2")
                            .arg(c.publicKey.left(12), newKey.left(12)));
    if (c.organizationId != old.organizationId || c.userId != old.userId)
        return badToken(
            QCoreApplication::translate("ws", "it is for user %1 in organization %2, not %3 in %4")
                .arg(c.userId, c.organizationId, old.userId, old.organizationId));
    return decoded;
}

} // namespace

RefreshFlow::RefreshFlow(SessionServices& services, KeyLifecycle& keys)
    : m_services(services)
    , m_keys(keys) {}

RefreshFlow::~RefreshFlow() = default;

void RefreshFlow::refresh(const RefreshRequest& request, Done done) {
    const auto reject = [this, done](const Error& e) {
        QTimer::singleShot(0, &m_services.manager, [done, e]() { done(e); });
    };
    if (request.stampWith != StampWith::ApiKey)
        return reject(sessionmsg::notSupportedStamper());
    if (!m_services.api)
        return reject(sessionmsg::offline());
    const IndexData& data = m_services.index.data();
    const Result<QString> resolved = sessionmsg::resolveSessionKey(data, request.sessionKey);
    if (!resolved.ok())
        return reject(resolved.error());
    const QString key = resolved.value();
    if (auto it = m_waiters.find(key); it != m_waiters.end()) {
        it->append(std::move(done)); // same session already refreshing: share its outcome
        return;
    }
    const SessionRecord& session = *data.findSession(key);
    if (m_services.clock.nowSecs() >= session.token.claims.exp)
        return reject(sessionmsg::expired(key, session.token.claims.exp));
    auto job = std::make_shared<Job>();
    job->sessionKey = key;
    job->oldClaims = session.token.claims;
    job->invalidateExisting = request.invalidateExisting;
    job->expirationSeconds = request.expirationSeconds > 0 ? request.expirationSeconds
                             : session.lifetimeSeconds > 0 ? session.lifetimeSeconds
                                                           : kDefaultExpirationSeconds;
    if (job->expirationSeconds < kMinimumExpirationSeconds)
        return reject(sessionmsg::lifetimeTooShort(job->expirationSeconds));
    if (!request.publicKey.isEmpty()) {
        const auto k = data.keys.find(request.publicKey);
        if (k == data.keys.end() || k->second.state != KeyState::Pending ||
            k->second.kind != KeyKind::Session || data.sessionUsingKey(request.publicKey))
            return reject(Error(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("ws", "Key %1 is not an unused key made with createApiKeyPair().")
                    .arg(request.publicKey.left(12))));
        job->newKey = request.publicKey;
    }

    m_waiters.insert(key, QList<Done>{std::move(done)});
    Q_EMIT m_services.manager.refreshStateChanged(key, true);
    // Stamped with this session's own key: never the active session's (the web SDK's mistake).
    m_keys.loadSigner(job->oldClaims.publicKey, KeyKind::Session,
                      [this, job](Result<TurnkeyClient::Signer> signer) {
                          if (!signer.ok())
                              return fail(job, signer.error());
                          obtainNewKey(job, [this, job, s = signer.value()]() { stamp(job, s); });
                      });
}

void RefreshFlow::obtainNewKey(const std::shared_ptr<Job>& job, std::function<void()> next) {
    if (!job->newKey.isEmpty()) {
        next();
        return;
    }
    m_keys.createSessionKey([this, job, next](Result<QString> created) {
        if (!created.ok())
            return fail(job, created.error());
        job->newKey = created.value();
        job->generatedKey = true;
        next();
    });
}

void RefreshFlow::stamp(const std::shared_ptr<Job>& job, TurnkeyClient::Signer signer) {
    StampLoginParams params;
    params.publicKey = job->newKey.toLatin1();
    params.expirationSeconds = job->expirationSeconds;
    params.invalidateExisting = job->invalidateExisting;
    params.sessionProfileId = job->oldClaims.sessionProfileId;
    m_services.api->stampLogin(signer, job->oldClaims.organizationId, params, &m_services.manager,
                               [this, job](Result<QByteArray> jwt) {
                                   if (!jwt.ok())
                                       return fail(job, jwt.error());
                                   commit(job, jwt.value());
                               });
}

void RefreshFlow::commit(const std::shared_ptr<Job>& job, const QByteArray& jwt) {
    const Result<SessionToken> token = checkNewToken(jwt, job->newKey, job->oldClaims);
    if (!token.ok())
        return fail(job, token.error());
    const QString oldKey = job->oldClaims.publicKey;
    const QDateTime now = m_services.clock.now();
    const Result<void> swapped = m_services.index.update([&](IndexData& data) -> Result<void> {
        SessionRecord* session = data.findSession(job->sessionKey);
        // Another process may have cleared or refreshed it while we were talking to the server.
        if (!session)
            return Error(
                ErrorCode::NotFound,
                QCoreApplication::translate("ws", "Session '%1' was removed while it was being refreshed.")
                    .arg(job->sessionKey));
        if (session->token.claims.publicKey != oldKey)
            return Error(ErrorCode::Busy,
                         QCoreApplication::translate(
                             "ws", "Session '%1' was changed elsewhere while it was being refreshed.")
                             .arg(job->sessionKey));
        session->token = token.value();
        session->refreshedAt = now;
        session->serverState = ServerState::Alive;
        session->lastError.clear();
        if (session->lifetimeSeconds <= 0)
            session->lifetimeSeconds = job->expirationSeconds;
        KeyRecord& fresh = data.keys[job->newKey];
        if (fresh.publicKey.isEmpty())
            fresh.createdAt = now;
        fresh.publicKey = job->newKey;
        fresh.kind = KeyKind::Session;
        fresh.state = KeyState::Live;
        if (auto old = data.keys.find(oldKey); old != data.keys.end() && !data.sessionUsingKey(oldKey))
            old->second.state = KeyState::Doomed;
        return {};
    });
    if (!swapped.ok())
        return fail(job, swapped.error());
    m_keys.release(job->newKey);
    // A failed delete leaves the old key doomed; recovery finishes it. The refresh itself succeeded.
    m_keys.destroy(oldKey, [this, job](Result<void>) { finish(job->sessionKey, {}); });
}

void RefreshFlow::fail(const std::shared_ptr<Job>& job, const Error& error) {
    const Error e =
        error.withContext(QCoreApplication::translate("ws", "refreshing '%1'").arg(job->sessionKey));
    const auto report = [this, job, e]() {
        recordFailure(job->sessionKey, job->oldClaims.publicKey, e);
        finish(job->sessionKey, e);
    };
    if (job->generatedKey) {
        m_keys.destroy(job->newKey, [report](Result<void>) { report(); });
        return;
    }
    report();
}

void RefreshFlow::recordFailure(const QString& sessionKey, const QString& oldKey, const Error& error) {
    const bool revoked = error.code == ErrorCode::SessionExpired;
    bool marked = false;
    (void)m_services.index.update([&](IndexData& data) -> Result<void> {
        SessionRecord* session = data.findSession(sessionKey);
        if (!session || session->token.claims.publicKey != oldKey)
            return Error(ErrorCode::NotFound, QString()); // gone or replaced: nothing of ours to annotate
        session->lastError = error.message;
        if (revoked)
            session->serverState = ServerState::Revoked;
        marked = true;
        return {};
    });
    if (revoked && marked)
        Q_EMIT m_services.manager.sessionRevoked(sessionKey);
    Q_EMIT m_services.manager.operationFailed(sessionKey, error);
}

void RefreshFlow::finish(const QString& sessionKey, const Result<void>& result) {
    const QList<Done> waiters = m_waiters.take(sessionKey);
    Q_EMIT m_services.manager.refreshStateChanged(sessionKey, false);
    for (const Done& waiter : waiters)
        waiter(result);
}

} // namespace ws
