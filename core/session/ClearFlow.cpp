#include "ClearFlow.h"

#include "KeyLifecycle.h"
#include "Revocation.h"
#include "SessionMessages.h"
#include "SessionServices.h"
#include "store/SessionIndex.h"

#include <QCoreApplication>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace ws {

ClearFlow::ClearFlow(SessionServices& services, KeyLifecycle& keys, Revocation& revocation)
    : m_services(services)
    , m_keys(keys)
    , m_revocation(revocation) {}

void ClearFlow::clear(const QString& sessionKey, const ClearOptions& options,
                      std::function<void(Result<void>)> done) {
    const SessionRecord* session = m_services.index.data().findSession(sessionKey);
    if (!session) {
        const Error e = sessionmsg::unknownSession(sessionKey);
        QTimer::singleShot(0, &m_services.manager, [done, e]() { done(e); });
        return;
    }
    if (!options.revokeOnServer) {
        clearLocally(sessionKey, std::move(done));
        return;
    }
    const bool clearAnyway = options.clearLocallyIfRevokeFails;
    // Record the intent first: if this process dies after the server deleted the key but before the
    // local clear, recovery finishes the clear instead of leaving a session whose key is gone.
    const SessionRecord snapshot = *session;
    const ServerState previousState = snapshot.serverState;
    const Result<void> marked = setServerState(sessionKey, ServerState::Revoking);
    if (!marked.ok()) {
        const Error e = marked.error();
        QTimer::singleShot(0, &m_services.manager, [done, e]() { done(e); });
        return;
    }
    m_revocation.revoke(snapshot, [this, sessionKey, clearAnyway, previousState, done](Result<void> revoked) {
        if (revoked.ok()) {
            clearLocally(sessionKey, done);
            return;
        }
        if (!clearAnyway) {
            (void)setServerState(sessionKey,
                                 previousState); // the key is still on the server: keep the session
            done(revoked.error().withContext(
                QCoreApplication::translate("ws", "the session was kept on this computer")));
            return;
        }
        const Error revokeError = revoked.error();
        clearLocally(sessionKey, [done, revokeError](Result<void> cleared) {
            // The local clear happened as asked; the revocation failure still has to reach the caller.
            if (!cleared.ok()) {
                done(revokeError.withContext(cleared.error().message));
                return;
            }
            done(revokeError.withContext(
                QCoreApplication::translate("ws", "the session was cleared on this computer only")));
        });
    });
}

Result<void> ClearFlow::setServerState(const QString& sessionKey, ServerState state) {
    return m_services.index.update([&](IndexData& data) -> Result<void> {
        SessionRecord* session = data.findSession(sessionKey);
        if (!session)
            return sessionmsg::unknownSession(sessionKey);
        session->serverState = state;
        return {};
    });
}

void ClearFlow::clearLocally(const QString& sessionKey, std::function<void(Result<void>)> done) {
    QString doomedKey;
    const Result<void> removed = m_services.index.update([&](IndexData& data) -> Result<void> {
        doomedKey.clear();
        const auto it = data.sessions.find(sessionKey);
        if (it == data.sessions.end())
            return sessionmsg::unknownSession(sessionKey);
        const QString pub = it->second.token.claims.publicKey;
        data.sessions.erase(it);
        if (data.activeSessionKey == sessionKey)
            data.activeSessionKey.clear(); // never auto-pick another: the user decides which one is next
        if (!data.sessionUsingKey(pub)) {
            if (auto key = data.keys.find(pub); key != data.keys.end())
                key->second.state = KeyState::Doomed;
            doomedKey = pub;
        }
        return {};
    });
    if (!removed.ok()) {
        const Error e = removed.error();
        QTimer::singleShot(0, &m_services.manager, [done, e]() { done(e); });
        return;
    }
    if (doomedKey.isEmpty()) {
        QTimer::singleShot(0, &m_services.manager, [done]() { done({}); });
        return;
    }
    m_keys.destroy(doomedKey, [done, sessionKey](Result<void> deleted) {
        if (!deleted.ok()) {
            done(deleted.error().withContext(
                QCoreApplication::translate("ws", "session '%1' was removed, but its key").arg(sessionKey)));
            return;
        }
        done({});
    });
}

void ClearFlow::clearAll(const ClearOptions& options, std::function<void(Result<BatchReport>)> done,
                         std::function<void(BatchProgress)> progress) {
    QStringList keys;
    for (const auto& entry : m_services.index.data().sessions)
        keys.append(entry.first);
    if (keys.isEmpty()) {
        const Error e(ErrorCode::NoSessionFound,
                      QCoreApplication::translate("ws", "There are no sessions to clear."));
        QTimer::singleShot(0, &m_services.manager, [done, e]() { done(e); });
        return;
    }
    struct Batch {
        BatchReport report;
        int total = 0;
    };
    auto batch = std::make_shared<Batch>();
    batch->total = int(keys.size());
    // All clears start at once and every one is awaited: the report is complete or not sent at all.
    for (const QString& key : std::as_const(keys)) {
        clear(key, options, [batch, key, done, progress](Result<void> r) {
            batch->report.outcomes.append(SessionOutcome{key, r});
            const int finished = int(batch->report.outcomes.size());
            if (progress)
                progress(BatchProgress{finished, batch->total});
            if (finished == batch->total) {
                std::sort(batch->report.outcomes.begin(), batch->report.outcomes.end(),
                          [](const SessionOutcome& a, const SessionOutcome& b) {
                              return a.sessionKey < b.sessionKey;
                          });
                done(batch->report);
            }
        });
    }
}

} // namespace ws
