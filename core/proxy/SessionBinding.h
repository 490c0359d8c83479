#pragma once

#include "Result.h"
#include "session/SessionSigner.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace ws {

class Clock;
class P256KeyPair;
class SessionIndex;
class SessionManager;

namespace proxy {

// Binds a proxy to one session, chosen at start, for its whole life (a later change of the active
// session does not move it). It hands out the key to stamp with as each request leaves, and only a
// key the index names as the session's current key at that moment: before each stamp it re-reads the
// index if another process committed (the index's PRAGMA data_version check, then a reload), so a key
// another process refreshed away or cleared is never used, even before the index's poll reports it. When the
// session's key changes (a refresh) the old key is dropped from memory and the new one read from the
// keychain; requests wait for it. When the session is cleared, revoked, expires, or the server stops
// accepting its key, the binding ends for good: the key is dropped and every later acquire() fails.
class SessionBinding : public QObject {
    Q_OBJECT
public:
    using Key = std::shared_ptr<const P256KeyPair>;

    SessionBinding(SessionManager& manager, SessionIndex& index, const Clock& clock,
                   QObject* parent = nullptr);
    ~SessionBinding() override;

    // Resolves `sessionKey` (empty: the active session) and loads its key. Fails like
    // SessionManager::loadSessionSigner (unknown session, expired, keychain).
    void start(const QString& sessionKey, Callback<void> done);

    QString sessionKey() const { return m_sessionKey; }
    QString organizationId() const { return m_organizationId; }
    QString publicKey() const; // the key in use, empty while none is loaded

    // The key to stamp with now, or why there is none (SESSION_EXPIRED once ended). Called
    // synchronously when the key is at hand, else once it has been loaded from the keychain.
    void acquire(std::function<void(Result<Key>)> done);

    bool hasEnded() const { return m_ended.has_value(); }
    std::optional<Error> endReason() const { return m_ended; }
    // The server refused `publicKey` as expired or revoked: end now, unless the session has moved on
    // to another key meanwhile (then the answer was about a key no longer in use).
    void endBecauseServerRefused(const QString& publicKey, const QString& serverMessage);

Q_SIGNALS:
    void ended(const ws::Error& reason);
    void keyChanged(const QString& publicKey);

private:
    // Re-reads the index if another process committed a change since the last look.
    void syncIndex();
    // Compares the index with the key in hand: ends the binding, drops a stale key, or says which
    // key to load. Empty when the key in hand is current.
    std::optional<QString> reconcile();
    void load();
    void end(Error reason);
    void flush();

    SessionManager& m_manager;
    SessionIndex& m_index;
    const Clock& m_clock;
    QString m_sessionKey;
    QString m_organizationId;
    SessionSigner m_signer;
    bool m_loading = false;
    QList<std::function<void(Result<Key>)>> m_waiting;
    std::optional<Error> m_ended;
    QTimer m_watch; // notices a clear by another process within the second even without traffic
};

} // namespace proxy
} // namespace ws
