#pragma once

#include "Result.h"
#include "net/HttpClient.h"
#include "proxy/HttpRequestParser.h"
#include "proxy/ProxyPolicy.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <chrono>
#include <memory>

class QIODevice;
class QLocalServer;
class QTcpServer;

namespace ws {
class P256KeyPair;
}

namespace ws::proxy {

class ProxyConnection;
class SessionBinding;

// One request the proxy answered: what the log and the terminal summary show (never a body or a stamp).
struct ProxyRequestLog {
    QDateTime time; // when it arrived (UTC)
    QByteArray method;
    QString path;   // normalised when it was forwarded; the raw target otherwise
    int status = 0; // what the client got
    qint64 durationMs = 0;
    bool forwarded = false; // false: the proxy answered itself (refused, ended, upstream unreachable)
};

struct ProxyOptions {
    QUrl apiBaseUrl;  // where requests go (validated by the caller's URL policy)
    QByteArray token; // required on TCP (Authorization: Bearer …); not asked on the Unix socket
    AllowList allow;
    std::chrono::milliseconds upstreamTimeout{std::chrono::seconds(60)}; // nothing moved for this long
    std::chrono::milliseconds idleTimeout{std::chrono::seconds(30)};     // a client that sends nothing
    qint64 maxReplyBytes = 64 * 1024 * 1024;
    int maxConnections = 512;
};

// The local stamping proxy: an HTTP/1.1 server on loopback TCP or a Unix socket that forwards each
// admitted request's body byte for byte to the API, with an X-Stamp made by the bound session's
// current key, and returns the API's status and body unchanged. Admission (token, loopback, method,
// path, size) is ProxyPolicy's; the key is SessionBinding's.
class StampingProxy : public QObject {
    Q_OBJECT
public:
    // Connections the proxy opens to the API at most, for all its clients together; more requests in
    // flight than that wait in order. QNetworkAccessManager's six per host queued a 32-client load
    // (5.2x the direct time with the API 20 ms away); 96 is what the earlier pool of 16 managers allowed.
    static constexpr int kUpstreamConnections = 96;

    StampingProxy(SessionBinding& binding, ProxyOptions options, QObject* parent = nullptr);
    ~StampingProxy() override;

    // 127.0.0.1 or ::1 (any loopback address); port 0 picks a free one.
    Result<void> listenTcp(const QHostAddress& address, quint16 port);
    // A Unix socket, mode 0600, in a directory that is the user's own and 0700 (created so if missing).
    Result<void> listenLocal(const QString& path);
    void close();

    // http://127.0.0.1:PORT for TCP; empty for the socket (see socketPath()).
    QUrl url() const;
    QString socketPath() const;
    const ProxyOptions& options() const { return m_options; }
    int connectionCount() const { return int(m_connections.size()); }

Q_SIGNALS:
    void requestHandled(const ws::proxy::ProxyRequestLog& entry);

private:
    friend class ProxyConnection;
    void accept(QIODevice* device, bool overTcp);
    void handle(ProxyConnection* connection, HttpRequest request);
    void forward(ProxyConnection* connection, const HttpRequest& request, const QString& path,
                 const std::shared_ptr<const P256KeyPair>& key, ProxyRequestLog log, qint64 startedNs);
    void finishLog(ProxyRequestLog log, int status, qint64 startedNs);

    SessionBinding& m_binding;
    ProxyOptions m_options;
    net::HttpClient m_upstream{kUpstreamConnections};
    PolicyOptions m_tcpPolicy;
    PolicyOptions m_localPolicy;
    std::unique_ptr<QTcpServer> m_tcp;
    std::unique_ptr<QLocalServer> m_local;
    QString m_socketPath;
    QList<QPointer<ProxyConnection>> m_connections;
};

} // namespace ws::proxy
