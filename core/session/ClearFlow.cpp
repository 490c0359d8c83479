#include "ClearFlow.h"

#include "BatchQueue.h"
#include "Clock.h"
#include "KeyLifecycle.h"
#include "Logging.h"
#include "Revocation.h"
#include "SessionMessages.h"
#include "SessionServices.h"
#include "store/SessionIndex.h"

#include <QCoreApplication>
#include <QTimer>
#include <memory>

namespace ws {

ClearFlow::ClearFlow(SessionServices& services, KeyLifecycle& keys, Revocation& revocation)
    : m_services(services)
    , m_keys(keys)
    , m_revocation(revocation) {}

namespace {

Error beingClearedElsewhere(const QString& sessionKey) {
    return Error(ErrorCode::Busy,
                 QCoreApplication::translate("ws", "Session '%1' is being cleared by another process.")
                     .arg(sessionKey));
}

// The session as this clear left it: still there, on the same key, marked by this process.
Result<void> checkStillOurs(const IndexData& data, const QString& sessionKey, const QString& publicKey,
                            qint64 pid) {
    const SessionRecord* session = data.findSession(sessionKey);
    if (!session)
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ws", "another process removed session '%1' meanwhile")
                         .arg(sessionKey));
    if (session->token.claims.publicKey != publicKey || session->serverState != ServerState::Revoking ||
        session->lease.pid != pid)
        return Error(ErrorCode::AlreadyExists,
                     QCoreApplication::translate("ws", "another process changed session '%1' meanwhile")
                         .arg(sessionKey));
    return {};
}

} // namespace

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
    const QDateTime now = m_services.clock.now();
    const SessionLease lease = currentProcessLease(now);
    const QString pub = session->token.claims.publicKey;
    // What the session goes back to if the revocation fails. A session found Revoking was left so by
    // a clear that did not finish; it goes back to "not checked".
    const ServerState previousState =
        session->serverState == ServerState::Revoking ? ServerState::Unknown : session->serverState;
    // Safe from this process's own recovery sweep until the clear ends (other processes respect the
    // lease below).
    const bool markedBusy = m_keys.markBusy(pub);
    const std::chrono::seconds leaseMaxAge = m_services.options.pendingGracePeriod;
    // Record the intent and who acts on it in one write: if this process dies after the server
    // deleted the key but before the local clear, recovery finishes the clear instead of leaving a
    // session whose key is gone; while this process lives, recovery anywhere leaves the session alone.
    m_services.index.updateAsync(
        [sessionKey, pub, lease, now, leaseMaxAge](IndexData& data) -> Result<void> {
            SessionRecord* current = data.findSession(sessionKey);
            if (!current)
                return sessionmsg::unknownSession(sessionKey);
            if (current->token.claims.publicKey != pub)
                return Error(
                    ErrorCode::AlreadyExists,
                    QCoreApplication::translate("ws", "Session '%1' was changed elsewhere; try again.")
                        .arg(sessionKey));
            if (current->serverState == ServerState::Revoking && current->lease.pid != lease.pid &&
                leaseIsHeld(current->lease, now, leaseMaxAge))
                return beingClearedElsewhere(sessionKey);
            current->serverState = ServerState::Revoking;
            current->lease = lease;
            return {};
        },
        &m_services.manager,
        [this, sessionKey, pub, options, previousState, markedBusy, done](Result<void> marked) {
            const auto releaseKey = [this, pub, markedBusy]() {
                if (markedBusy)
                    m_keys.release(pub);
            };
            if (!marked.ok()) {
                releaseKey();
                done(marked.error());
                return;
            }
            const SessionRecord* session = m_services.index.data().findSession(sessionKey);
            if (!session) { // removed by an explicit clear elsewhere right after our write
                releaseKey();
                done(sessionmsg::unknownSession(sessionKey));
                return;
            }
            qCInfo(lcSession) << "clear" << sessionKey << ": revoking key" << pub.left(16) << "on the server";
            m_revocation.revoke(*session, [this, sessionKey, pub, options, previousState, releaseKey,
                                           done](Result<void> revoked) {
                if (!revoked.ok())
                    qCWarning(lcSession) << "clear" << sessionKey
                                         << ": revocation failed:" << errorCodeName(revoked.error().code);
                if (revoked.ok()) {
                    clearLocally(sessionKey, [releaseKey, done](Result<void> cleared) {
                        releaseKey();
                        done(cleared);
                    });
                    return;
                }
                const Error revokeError = revoked.error();
                if (!options.clearLocallyIfRevokeFails) {
                    restore(sessionKey, pub, previousState,
                            [releaseKey, revokeError, done](Result<void> restored) {
                                releaseKey();
                                if (!restored.ok()) {
                                    // The session may be gone from this computer while its key is still
                                    // registered: say exactly that, never that it was kept.
                                    Error e = revokeError;
                                    e.message =
                                        QCoreApplication::translate(
                                            "ws",
                                            "The key could not be revoked on the server and the session "
                                            "could not "
                                            "be restored: %1; the key is still valid on the server (%2)")
                                            .arg(restored.error().message, revokeError.message);
                                    done(e);
                                    return;
                                }
                                done(revokeError.withContext(QCoreApplication::translate(
                                    "ws", "the session was kept on this computer")));
                            });
                    return;
                }
                clearLocally(sessionKey, [releaseKey, done, revokeError](Result<void> cleared) {
                    releaseKey();
                    // The local clear happened as asked; the revocation failure still has to reach the
                    // caller.
                    if (!cleared.ok()) {
                        done(revokeError.withContext(cleared.error().message));
                        return;
                    }
                    done(revokeError.withContext(
                        QCoreApplication::translate("ws", "the session was cleared on this computer only")));
                });
            });
        });
}

void ClearFlow::restore(const QString& sessionKey, const QString& publicKey, ServerState previousState,
                        std::function<void(Result<void>)> done) {
    const qint64 pid = currentProcessLease(m_services.clock.now()).pid;
    m_services.index.updateAsync(
        [sessionKey, publicKey, previousState, pid](IndexData& data) -> Result<void> {
            if (Result<void> ours = checkStillOurs(data, sessionKey, publicKey, pid); !ours.ok())
                return ours;
            SessionRecord* session = data.findSession(sessionKey);
            session->serverState = previousState;
            session->lease = SessionLease{};
            return {};
        },
        &m_services.manager, std::move(done));
}

void ClearFlow::clearLocally(const QString& sessionKey, std::function<void(Result<void>)> done) {
    // Set on the writer thread by the mutation, read here once it has been committed.
    auto doomedKey = std::make_shared<QString>();
    m_services.index.updateAsync(
        [sessionKey, doomedKey](IndexData& data) -> Result<void> {
            doomedKey->clear();
            const auto it = data.sessions.find(sessionKey);
            if (it == data.sessions.end())
                return sessionmsg::unknownSession(sessionKey);
            const QString pub = it->second.token.claims.publicKey;
            data.sessions.erase(it); // its lease, if any, goes with it
            if (data.activeSessionKey == sessionKey)
                data.activeSessionKey.clear(); // never auto-pick another: the user decides which one is next
            if (!data.sessionUsingKey(pub)) {
                if (auto key = data.keys.find(pub); key != data.keys.end())
                    key->second.state = KeyState::Doomed;
                *doomedKey = pub;
            }
            return {};
        },
        &m_services.manager,
        [this, sessionKey, doomedKey, done](Result<void> removed) {
            if (!removed.ok()) {
                done(removed.error());
                return;
            }
            if (doomedKey->isEmpty()) {
                done({});
                return;
            }
            // The doom is committed: the keychain delete may start.
            qCInfo(lcSession) << "clear" << sessionKey << ": removed, deleting key" << doomedKey->left(16);
            m_keys.destroy(*doomedKey, [done, sessionKey](Result<void> deleted) {
                if (!deleted.ok()) {
                    done(deleted.error().withContext(
                        QCoreApplication::translate("ws", "session '%1' was removed, but its key")
                            .arg(sessionKey)));
                    return;
                }
                done({});
            });
        });
}

void ClearFlow::clearAll(const ClearOptions& options, std::shared_ptr<BatchControl> control,
                         std::function<void(Result<BatchReport>)> done) {
    QStringList keys;
    if (control->sessionKeys) {
        keys = *control->sessionKeys;
    } else {
        for (const auto& entry : m_services.index.data().sessions)
            keys.append(entry.first);
        if (keys.isEmpty()) {
            const Error e(ErrorCode::NoSessionFound,
                          QCoreApplication::translate("ws", "There are no sessions to clear."));
            QTimer::singleShot(0, &m_services.manager, [done, e]() { done(e); });
            return;
        }
    }
    // Every started clear is awaited: the report is complete or not sent at all.
    runBatchQueue(
        m_services.manager, std::move(keys), m_services.options.maxConcurrentRefreshes, std::move(control),
        [this, options](const QString& key, std::function<void(Result<void>)> cleared) {
            clear(key, options, std::move(cleared));
        },
        [done](BatchReport report) { done(std::move(report)); });
}

} // namespace ws
