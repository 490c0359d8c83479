#include "proxy/SessionBinding.h"

#include "Clock.h"
#include "Logging.h"
#include "crypto/P256KeyPair.h"
#include "session/SessionManager.h"
#include "store/SessionIndex.h"

#include <QCoreApplication>

namespace ws::proxy {

namespace {

Error endedError(const QString& message) {
    return Error(ErrorCode::SessionExpired, message);
}

} // namespace

SessionBinding::SessionBinding(SessionManager& manager, SessionIndex& index, const Clock& clock,
                               QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_index(index)
    , m_clock(clock) {
    m_watch.setInterval(250);
    connect(&m_watch, &QTimer::timeout, this, [this] {
        syncIndex();
        if (const auto toLoad = reconcile(); toLoad && !m_loading)
            load();
    });
    connect(&m_index, &SessionIndex::changed, this, [this] {
        if (const auto toLoad = reconcile(); toLoad && !m_loading)
            load();
    });
}

SessionBinding::~SessionBinding() = default;

QString SessionBinding::publicKey() const {
    return m_signer.key ? m_signer.publicKey : QString();
}

void SessionBinding::start(const QString& sessionKey, Callback<void> done) {
    m_manager.loadSessionSigner(sessionKey, this, [this, done](Result<SessionSigner> signer) {
        if (!signer)
            return done(signer.error());
        m_sessionKey = signer->sessionKey;
        m_organizationId = signer->organizationId;
        m_signer = std::move(signer).value();
        m_watch.start();
        qCInfo(lcProxy) << "bound to session" << m_sessionKey << "key" << m_signer.publicKey.left(12);
        done({});
    });
}

// The index's own change check (PRAGMA data_version): no row is read unless another process committed.
void SessionBinding::syncIndex() {
    if (Result<void> reloaded = m_index.reload(); !reloaded)
        qCWarning(lcProxy) << "could not re-read the index:" << reloaded.error().message;
}

std::optional<QString> SessionBinding::reconcile() {
    if (m_ended || m_sessionKey.isEmpty())
        return std::nullopt;
    const SessionRecord* session = m_index.data().findSession(m_sessionKey);
    if (!session) {
        end(endedError(
            tr("session '%1' was cleared; this proxy no longer stamps requests").arg(m_sessionKey)));
        return std::nullopt;
    }
    if (session->serverState == ServerState::Revoked) {
        end(endedError(
            tr("session '%1' was revoked; this proxy no longer stamps requests").arg(m_sessionKey)));
        return std::nullopt;
    }
    if (m_clock.nowSecs() >= session->token.claims.exp) {
        end(endedError(tr("session '%1' expired; this proxy no longer stamps requests").arg(m_sessionKey)));
        return std::nullopt;
    }
    const QString current = session->token.claims.publicKey;
    if (m_signer.key && m_signer.publicKey == current)
        return std::nullopt;
    if (m_signer.key) {
        // Refreshed: the old key is about to be deleted; never stamp with it again.
        qCInfo(lcProxy) << "session" << m_sessionKey << "moved to key" << current.left(12);
        m_signer = SessionSigner{};
    }
    return current;
}

void SessionBinding::acquire(std::function<void(Result<Key>)> done) {
    if (!m_ended) {
        syncIndex();
        if (!reconcile() && m_signer.key)
            return done(m_signer.key);
    }
    if (m_ended)
        return done(*m_ended);
    m_waiting.append(std::move(done));
    if (!m_loading)
        load();
}

void SessionBinding::load() {
    m_loading = true;
    m_manager.loadSessionSigner(m_sessionKey, this, [this](Result<SessionSigner> signer) {
        m_loading = false;
        if (m_ended)
            return flush();
        if (!signer) {
            // The session may have ended meanwhile; that answer wins over a keychain error.
            syncIndex();
            reconcile();
            if (!m_ended) {
                const Error error = signer.error();
                auto waiting = std::exchange(m_waiting, {});
                for (const auto& w : waiting)
                    w(error);
            }
            return flush();
        }
        m_signer = std::move(signer).value();
        Q_EMIT keyChanged(m_signer.publicKey);
        flush();
    });
}

void SessionBinding::flush() {
    auto waiting = std::exchange(m_waiting, {});
    for (auto& w : waiting)
        acquire(std::move(w));
}

void SessionBinding::endBecauseServerRefused(const QString& publicKey, const QString& serverMessage) {
    if (m_ended)
        return;
    syncIndex();
    const SessionRecord* session = m_index.data().findSession(m_sessionKey);
    if (session && session->token.claims.publicKey != publicKey)
        return;
    end(endedError(tr("the server no longer accepts session '%1' (%2); this proxy no longer stamps requests")
                       .arg(m_sessionKey, serverMessage)));
    // Recorded in the index the way `verify` records it, so the window and other tools see it too.
    m_manager.verifySession(m_sessionKey, this, [](Result<WhoamiInfo>) {});
}

void SessionBinding::end(Error reason) {
    if (m_ended)
        return;
    m_signer = SessionSigner{};
    m_watch.stop();
    m_ended = reason;
    qCWarning(lcProxy) << reason.message;
    Q_EMIT ended(reason);
    flush();
}

} // namespace ws::proxy
