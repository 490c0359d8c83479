#pragma once

#include "Result.h"
#include "proxy/StampingProxy.h"
#include "session/RefreshScheduler.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>

namespace ws {

class Clock;
class SessionIndex;
class SessionManager;

namespace proxy {

class ServingRecord;
class SessionBinding;

struct ProxyServiceOptions {
    QString sessionKey; // empty: the active session, resolved once at start
    enum class Transport { Tcp, UnixSocket } transport = Transport::Tcp;
    QHostAddress address{QHostAddress::LocalHost};
    quint16 port = 0; // 0: a free port
    QString socketPath;
    QStringList allow; // --allow patterns; empty: every query and activity
    QUrl apiBaseUrl;
    // Keep the session alive while serving. The window has its own scheduler for every session and
    // passes false; `serve` and `exec` refresh the served session only.
    bool ownScheduler = true;
    SchedulerOptions scheduler;
    QString dataDirectory; // for the "being served" record the window shows
    std::chrono::milliseconds endNotice{std::chrono::seconds(1)}; // 401s after the session ended
    qint64 maxReplyBytes = ProxyOptions().maxReplyBytes;          // an API answer above it is a 502
};

// `serve`, `exec` and the window's "Serve to local tools…" are this one object: a session binding,
// the stamping proxy over it, auto-refresh of the served session, and the record that says it is
// being served. When the session ends (cleared, revoked, expired) it answers every request with a
// 401 naming the session for endNotice, then reports finished(): a CLI front end exits 4.
class ProxyService : public QObject {
    Q_OBJECT
public:
    ProxyService(SessionManager& manager, SessionIndex& index, const Clock& clock,
                 ProxyServiceOptions options, QObject* parent = nullptr);
    ~ProxyService() override;

    // Binds the session, loads its key, listens. Fails with the session's error (unknown, expired,
    // keychain) or the listen error; nothing is left listening then.
    void start(Callback<void> started);
    void stop();
    // Re-plans the served session's refresh now (after a suspend, or a clock change).
    void replan();

    QString sessionKey() const;
    QString organizationId() const;
    QUrl url() const;           // TCP: http://127.0.0.1:PORT
    QString socketPath() const; // Unix socket: its path
    QByteArray token() const { return m_token; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void requestHandled(const ws::proxy::ProxyRequestLog& entry);
    void sessionEnded(const ws::Error& reason);
    void refreshed(const QString& sessionKey);
    void refreshFailed(const ws::Error& error, bool gaveUp);
    void finished(const ws::Error& reason);

private:
    SessionManager& m_manager;
    SessionIndex& m_index;
    const Clock& m_clock;
    ProxyServiceOptions m_options;
    QByteArray m_token;
    std::unique_ptr<SessionBinding> m_binding;
    std::unique_ptr<StampingProxy> m_proxy;
    std::unique_ptr<RefreshScheduler> m_scheduler;
    std::unique_ptr<ServingRecord> m_record;
    QTimer m_endTimer;
    bool m_running = false;
};

} // namespace proxy
} // namespace ws
