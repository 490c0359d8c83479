#include "proxy/StampingProxy.h"

#include "Logging.h"
#include "api/ErrorMapping.h"
#include "api/UrlPolicy.h"
#include "crypto/P256KeyPair.h"
#include "crypto/Stamp.h"
#include "proxy/ProxyConnection.h"
#include "proxy/ProxyResponse.h"
#include "proxy/SessionBinding.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTcpServer>
#include <QTcpSocket>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace ws::proxy {

namespace {

const QByteArray kClientVersion = QByteArrayLiteral("wallet-sessions-proxy/" WS_VERSION);

qint64 monotonicNs() {
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

// The same transport as the app's own API calls (net::HttpClient: TLS 1.2+, peer verified, no
// redirect followed, as it would re-send a signed body elsewhere; no cookies, no cache).
net::HttpRequest upstreamRequest(const QUrl& url, const HttpRequest& request, const QByteArray& stamp) {
    net::HttpRequest out;
    out.url = url;
    for (const auto& [name, value] : request.headers)
        if (isForwardableHeader(name))
            out.headers.emplaceBack(name, value);
    if (!request.hasHeader("content-type"))
        out.headers.emplaceBack(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    out.headers.emplaceBack(QByteArray(stamp::kHeaderName), stamp);
    if (!request.hasHeader("x-client-version"))
        out.headers.emplaceBack(QByteArrayLiteral("X-Client-Version"), kClientVersion);
    out.body = request.body;
    return out;
}

} // namespace

StampingProxy::StampingProxy(SessionBinding& binding, ProxyOptions options, QObject* parent)
    : QObject(parent)
    , m_binding(binding)
    , m_options(std::move(options)) {
    m_tcpPolicy = PolicyOptions{m_options.token, m_options.allow};
    m_localPolicy = PolicyOptions{QByteArray(), m_options.allow};
}

StampingProxy::~StampingProxy() {
    close();
}

Result<void> StampingProxy::listenTcp(const QHostAddress& address, quint16 port) {
    if (!isLoopbackPeer(address))
        return Error(ErrorCode::InvalidInput,
                     tr("the proxy listens on a loopback address only (127.0.0.1 or ::1), not %1")
                         .arg(address.toString()));
    if (m_options.token.isEmpty())
        return Error(ErrorCode::InvalidInput, tr("a proxy on TCP needs a bearer token"));
    auto server = std::make_unique<QTcpServer>();
    server->setMaxPendingConnections(m_options.maxConnections);
    // The kernel's queue of connections not yet accepted (Qt's default is 50): a burst of clients beyond
    // it had their SYNs dropped and retried a second later (100 at once took 1.2 s instead of 0.2 s, and
    // under the sanitizers 16 s, some retries backing off past a minute).
    server->setListenBacklogSize(m_options.maxConnections);
    if (!server->listen(address, port))
        return Error(
            ErrorCode::Network,
            tr("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(server->errorString()));
    connect(server.get(), &QTcpServer::newConnection, this, [this, s = server.get()] {
        while (QTcpSocket* socket = s->nextPendingConnection()) {
            // Bound to loopback, so only a local peer can connect; checked anyway, so a listen
            // address mistake can never expose the session.
            if (!isLoopbackPeer(socket->peerAddress())) {
                qCWarning(lcProxy) << "refused a connection from" << socket->peerAddress().toString();
                socket->abort();
                socket->deleteLater();
                continue;
            }
            accept(socket, true);
        }
    });
    m_tcp = std::move(server);
    qCInfo(lcProxy) << "listening on" << url().toString();
    return {};
}

Result<void> StampingProxy::listenLocal(const QString& path) {
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    const auto refuse = [&](const QString& why) {
        return Error(ErrorCode::InvalidInput, tr("cannot listen on %1: %2").arg(path, why));
    };
#ifdef Q_OS_UNIX
    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir))
            return refuse(tr("cannot create the directory %1").arg(dir));
        ::chmod(QFile::encodeName(dir).constData(), 0700);
    }
    struct stat st {};
    if (::stat(QFile::encodeName(dir).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return refuse(tr("%1 is not a directory").arg(dir));
    if (st.st_uid != ::getuid() || (st.st_mode & 0077) != 0)
        return refuse(tr("its directory %1 must be yours and private (mode 0700)").arg(dir));
    if (::lstat(QFile::encodeName(path).constData(), &st) == 0) {
        if (!S_ISSOCK(st.st_mode))
            return refuse(tr("a file that is not a socket is in the way"));
        QLocalSocket probe;
        probe.connectToServer(path);
        if (probe.waitForConnected(200))
            return refuse(tr("another process is listening there"));
        QLocalServer::removeServer(path); // a socket left by a process that died
    }
#endif
    auto server = std::make_unique<QLocalServer>();
    server->setSocketOptions(QLocalServer::UserAccessOption);
    server->setMaxPendingConnections(m_options.maxConnections);
    if (!server->listen(path))
        return refuse(server->errorString());
#ifdef Q_OS_UNIX
    ::chmod(QFile::encodeName(path).constData(), 0600);
#endif
    connect(server.get(), &QLocalServer::newConnection, this, [this, s = server.get()] {
        while (QLocalSocket* socket = s->nextPendingConnection())
            accept(socket, false);
    });
    m_local = std::move(server);
    m_socketPath = path;
    qCInfo(lcProxy) << "listening on" << path;
    return {};
}

void StampingProxy::close() {
    if (m_tcp)
        m_tcp->close();
    if (m_local) {
        m_local->close(); // removes the socket file
        m_local.reset();
    }
    for (const QPointer<ProxyConnection>& c : std::as_const(m_connections))
        if (c)
            c->close();
}

QUrl StampingProxy::url() const {
    if (!m_tcp || !m_tcp->isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_tcp->serverAddress().toString());
    url.setPort(m_tcp->serverPort());
    return url;
}

QString StampingProxy::socketPath() const {
    return m_socketPath;
}

void StampingProxy::accept(QIODevice* device, bool overTcp) {
    m_connections.removeAll(QPointer<ProxyConnection>());
    if (m_connections.size() >= m_options.maxConnections) {
        qCWarning(lcProxy) << "too many connections; refused one";
        device->write(httpResponse(503, "application/json",
                                   errorBody(503, tr("the proxy has too many open connections")), false));
        if (auto* tcp = qobject_cast<QTcpSocket*>(device))
            tcp->disconnectFromHost();
        else if (auto* local = qobject_cast<QLocalSocket*>(device))
            local->disconnectFromServer();
        device->deleteLater();
        return;
    }
    m_connections.append(new ProxyConnection(device, overTcp, *this, kMaxBodyBytes, m_options.idleTimeout));
}

void StampingProxy::finishLog(ProxyRequestLog log, int status, qint64 startedNs) {
    log.status = status;
    log.durationMs = (monotonicNs() - startedNs) / 1000000;
    qCInfo(lcProxy).noquote() << log.time.toString(Qt::ISODateWithMs) << log.method << log.path << log.status
                              << QStringLiteral("%1 ms").arg(log.durationMs);
    Q_EMIT requestHandled(log);
}

void StampingProxy::handle(ProxyConnection* connection, HttpRequest request) {
    const qint64 startedNs = monotonicNs();
    ProxyRequestLog log{QDateTime::currentDateTimeUtc(),
                        request.method,
                        QString::fromLatin1(request.target.left(200)),
                        0,
                        0,
                        false};
    const auto refuse = [&](int status, const QString& message) {
        connection->respond(status, "application/json", errorBody(status, message));
        finishLog(log, status, startedNs);
    };
    Refusal refusal;
    const PolicyOptions& policy = connection->overTcp() ? m_tcpPolicy : m_localPolicy;
    Result<QString> path = admit(request, policy, &refusal);
    // Once the session is gone, every request the token admits hears why, naming the session.
    if (m_binding.hasEnded() && refusal.status != 401)
        return refuse(401, m_binding.endReason()->message);
    if (!path)
        return refuse(refusal.status, refusal.message);
    log.path = *path;
    QPointer<ProxyConnection> guard(connection);
    // The key is taken as the request leaves, so one that arrives during a refresh is stamped with
    // whichever key the index names then, never with one already replaced.
    m_binding.acquire([this, guard, request = std::move(request), path = *path, log,
                       startedNs](Result<SessionBinding::Key> key) mutable {
        if (!guard)
            return;
        if (!key) {
            const int status = key.error().code == ErrorCode::SessionExpired ? 401 : 503;
            guard->respond(status, "application/json", errorBody(status, key.error().message));
            return finishLog(log, status, startedNs);
        }
        forward(guard, request, path, key.value(), log, startedNs);
    });
}

void StampingProxy::forward(ProxyConnection* connection, const HttpRequest& request, const QString& path,
                            const std::shared_ptr<const P256KeyPair>& key, ProxyRequestLog log,
                            qint64 startedNs) {
    Result<QByteArray> stamped = stamp::make(*key, request.body);
    if (!stamped) {
        connection->respond(
            500, "application/json",
            errorBody(500, tr("could not stamp the request: %1").arg(stamped.error().message)));
        return finishLog(log, 500, startedNs);
    }
    const QString publicKey = QString::fromLatin1(key->publicKeyHex());
    net::HttpTransfer* transfer =
        m_upstream.send(upstreamRequest(api::endpointUrl(m_options.apiBaseUrl, path), request, *stamped),
                        net::HttpLimits{m_options.maxReplyBytes, m_options.upstreamTimeout});
    // The proxy holds the transfer until it ends; a client that leaves first aborts and deletes it
    // (ProxyConnection), which is logged as 499.
    transfer->setParent(this);
    connection->setUpstream(transfer);
    auto answered = std::make_shared<bool>(false);
    connect(transfer, &QObject::destroyed, this, [this, answered, log, startedNs] {
        if (!*answered)
            finishLog(log, 499, startedNs);
    });
    QPointer<ProxyConnection> guard(connection);
    connect(
        transfer, &net::HttpTransfer::finished, this,
        [this, guard, transfer, answered, log, startedNs, publicKey]() mutable {
            *answered = true;
            transfer->deleteLater();
            if (!guard) {
                finishLog(log, 499, startedNs); // the client went away first
                return;
            }
            const QUrl where = m_options.apiBaseUrl;
            const auto fail = [&](int status, const QString& message) {
                guard->respond(status, "application/json", errorBody(status, message));
                finishLog(log, status, startedNs);
            };
            using Outcome = net::HttpTransfer::Outcome;
            switch (transfer->outcome()) {
            case Outcome::Replied:
                break;
            case Outcome::TooLarge:
                return fail(502, tr("the API's answer is larger than %1 bytes").arg(m_options.maxReplyBytes));
            case Outcome::InactivityTimeout:
                return fail(504, tr("the Turnkey API at %1 sent nothing for %2 s")
                                     .arg(where.toDisplayString())
                                     .arg(m_options.upstreamTimeout.count() / 1000));
            case Outcome::Pending:
            case Outcome::Failed: {
                const QString why = transfer->sslErrors().isEmpty()
                                        ? transfer->errorString()
                                        : transfer->sslErrors().join(QStringLiteral("; "));
                return fail(
                    502,
                    tr("the Turnkey API at %1 could not be reached: %2").arg(where.toDisplayString(), why));
            }
            }
            const int status = transfer->status();
            log.forwarded = true;
            if (status == 401 || status == 403) {
                const api::TurnkeyErrorBody body = api::parseErrorBody(transfer->body());
                if (api::meansSessionExpired(body))
                    m_binding.endBecauseServerRefused(publicKey, body.message);
            }
            guard->respond(status, transfer->header("content-type"), transfer->body());
            finishLog(log, status, startedNs);
        });
}

} // namespace ws::proxy
