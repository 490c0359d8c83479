#pragma once

#include "net/HttpTransfer.h"

#include <QHash>
#include <QObject>
#include <deque>
#include <vector>

namespace ws::net {

// Where a connection goes: scheme, host and port.
struct HttpOrigin {
    bool tls = false;
    QString host;
    quint16 port = 0;
    QString key() const;
};

// An HTTP/1.1 client that keeps its connections alive and does all its work in the caller's thread.
// Why not QNetworkAccessManager: it hands every request to a thread of its own and back, which
// measured 0.30 ms per request on loopback against 0.06 ms for the same exchange on a kept-alive
// socket (docs/performance.md, row 3); an API call is one small POST and one small JSON answer, so
// that hand-off was most of its cost. TLS is QSslSocket with the default configuration (the system's
// CAs), TLS 1.2 or later and peer verification; a certificate error fails the transfer. Nothing is
// followed, cached or stored (no redirects, cookies, caches or proxies' authentication); the API's
// base URL is https, or http only to loopback (api/UrlPolicy.h).
// At most maxConnectionsPerOrigin connections per origin (six by default, as browsers do); further
// transfers wait in order. A kept-alive connection that the server closed while it was idle carries the next
// request only once: if it closes before any byte of the answer, that request goes again on a new connection.
class HttpClient : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultMaxConnectionsPerOrigin = 6;
    static constexpr std::chrono::seconds kIdleTimeout{30};

    explicit HttpClient(int maxConnectionsPerOrigin = kDefaultMaxConnectionsPerOrigin,
                        QObject* parent = nullptr);
    int maxConnectionsPerOrigin() const { return m_maxConnectionsPerOrigin; }
    ~HttpClient() override;

    // Starts `request`. The transfer is the caller's (see HttpTransfer). A request this client cannot
    // send (not http/https, no host, a header with a line break) finishes Failed, asynchronously.
    HttpTransfer* send(const HttpRequest& request, HttpLimits limits);

    // Open connections (busy and idle) to `url`'s origin: for tests of reuse and of the limit.
    int connectionCount(const QUrl& url) const;

private:
    friend class HttpConnection;
    friend class HttpTransfer;

    struct Pool {
        HttpOrigin origin;
        std::vector<HttpConnection*> idle;
        int busy = 0;
        std::deque<HttpTransfer*> waiting;
    };

    void dispatch(const QString& key);
    void dispatchLater(const QString& key);
    // Called by a connection when its transfer's exchange ended. `reusable`: it may carry another;
    // `stale`: a kept-alive connection closed before answering, so the transfer may go again.
    void exchangeEnded(HttpConnection* connection, HttpTransfer* transfer, HttpTransfer::Result result,
                       bool reusable, bool stale);
    // An idle connection closed, timed out or broke.
    void idleConnectionLost(HttpConnection* connection);
    void abandon(HttpTransfer* transfer);
    void retire(HttpConnection* connection);

    const int m_maxConnectionsPerOrigin;
    QHash<QString, Pool> m_pools;
};

} // namespace ws::net
