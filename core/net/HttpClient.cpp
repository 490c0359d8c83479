#include "net/HttpClient.h"

#include "Text.h"
#include "net/HttpConnection.h"

#include <algorithm>

namespace ws::net {

namespace {

bool hasLineBreakOrNul(QByteArrayView text) {
    return text.contains('\r') || text.contains('\n') || text.contains('\0');
}

bool isValidHeaderName(QByteArrayView name) {
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), [](char c) {
        return c > ' ' && c < 127 && c != ':' && c != '(' && c != ')' && c != ',' && c != ';' && c != '"';
    });
}

// The request line and headers, then the body: the exact bytes written to the socket.
QByteArray serialize(const HttpRequest& request, const HttpOrigin& origin) {
    QByteArray target = request.url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (request.url.hasQuery())
        target += '?' + request.url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = QUrl::toAce(origin.host);
    if (host.isEmpty())
        host = origin.host.toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (origin.port != (origin.tls ? 443 : 80))
        host += ':' + QByteArray::number(origin.port);

    QByteArray bytes;
    bytes.reserve(256 + request.body.size());
    bytes += request.method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto& [name, value] : request.headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n\r\n";
    bytes += request.body;
    return bytes;
}

QString refusal(const HttpRequest& request) {
    const QString scheme = request.url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Text::tr("only http and https URLs can be requested, not '%1'").arg(scheme);
    if (request.url.host().isEmpty())
        return Text::tr("the URL has no host");
    if (!isValidHeaderName(request.method))
        return Text::tr("invalid request method");
    for (const auto& [name, value] : request.headers) {
        if (!isValidHeaderName(name) || hasLineBreakOrNul(value))
            return Text::tr("invalid request header '%1'").arg(QString::fromLatin1(name.left(60)));
        if (name.compare("host", Qt::CaseInsensitive) == 0 ||
            name.compare("content-length", Qt::CaseInsensitive) == 0)
            return Text::tr("the %1 header is the client's to set").arg(QString::fromLatin1(name));
    }
    return {};
}

} // namespace

QString HttpOrigin::key() const {
    return (tls ? QStringLiteral("https://") : QStringLiteral("http://")) + host + u':' +
           QString::number(port);
}

HttpClient::HttpClient(int maxConnectionsPerOrigin, QObject* parent)
    : QObject(parent)
    , m_maxConnectionsPerOrigin(std::max(1, maxConnectionsPerOrigin)) {}

HttpClient::~HttpClient() {
    // Transfers outliving the client end with no signal, as an abort would; their owner deletes them.
    for (Pool& pool : m_pools) {
        for (HttpTransfer* transfer : pool.waiting)
            transfer->m_client.clear();
        pool.waiting.clear();
        pool.idle.clear();
    }
    // Busy connections let go of their transfers as they are deleted (~HttpConnection).
    qDeleteAll(findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly));
}

HttpTransfer* HttpClient::send(const HttpRequest& request, HttpLimits limits) {
    HttpOrigin origin;
    origin.tls = request.url.scheme() == QLatin1String("https");
    origin.host = request.url.host();
    origin.port = quint16(request.url.port(origin.tls ? 443 : 80));
    const QString refused = refusal(request);
    if (!refused.isEmpty()) {
        auto* transfer = new HttpTransfer(nullptr, origin.key(), {}, limits);
        QMetaObject::invokeMethod(
            transfer,
            [transfer, refused] {
                HttpTransfer::Result result;
                result.networkError = QNetworkReply::ProtocolUnknownError;
                result.errorString = refused;
                transfer->deliver(std::move(result));
            },
            Qt::QueuedConnection);
        return transfer;
    }
    const QString key = origin.key();
    auto* transfer = new HttpTransfer(this, key, serialize(request, origin), limits);
    Pool& pool = m_pools[key];
    pool.origin = origin;
    pool.waiting.push_back(transfer);
    dispatch(key);
    return transfer;
}

int HttpClient::connectionCount(const QUrl& url) const {
    const bool tls = url.scheme() == QLatin1String("https");
    const HttpOrigin origin{tls, url.host(), quint16(url.port(tls ? 443 : 80))};
    const auto it = m_pools.constFind(origin.key());
    return it == m_pools.cend() ? 0 : it->busy + int(it->idle.size());
}

void HttpClient::dispatch(const QString& key) {
    const auto it = m_pools.find(key);
    if (it == m_pools.end())
        return;
    Pool& pool = *it;
    while (!pool.waiting.empty()) {
        HttpConnection* connection = nullptr;
        if (!pool.idle.empty()) {
            connection = pool.idle.back(); // the most recently used: the least likely to have been closed
            pool.idle.pop_back();
        } else if (pool.busy < m_maxConnectionsPerOrigin) {
            connection = new HttpConnection(*this, pool.origin);
        } else {
            return;
        }
        HttpTransfer* transfer = pool.waiting.front();
        pool.waiting.pop_front();
        ++pool.busy;
        connection->run(transfer);
    }
}

void HttpClient::dispatchLater(const QString& key) {
    QMetaObject::invokeMethod(
        this, [this, key] { dispatch(key); }, Qt::QueuedConnection);
}

void HttpClient::exchangeEnded(HttpConnection* connection, HttpTransfer* transfer,
                               HttpTransfer::Result result, bool reusable, bool stale) {
    Pool& pool = m_pools[transfer->m_originKey];
    --pool.busy;
    transfer->m_connection = nullptr;
    if (stale && !transfer->m_resentOnNewConnection) {
        transfer->m_resentOnNewConnection = true;
        retire(connection);
        pool.waiting.push_front(transfer);
        dispatchLater(transfer->m_originKey);
        return;
    }
    if (reusable) {
        pool.idle.push_back(connection);
    } else {
        retire(connection);
    }
    // Not from here: the transfer's owner may send its next request from finished(), and a waiting one
    // would otherwise take this connection first.
    if (!pool.waiting.empty())
        dispatchLater(transfer->m_originKey);
    transfer->deliver(std::move(result));
}

void HttpClient::idleConnectionLost(HttpConnection* connection) {
    for (Pool& pool : m_pools) {
        const auto it = std::find(pool.idle.begin(), pool.idle.end(), connection);
        if (it != pool.idle.end()) {
            pool.idle.erase(it);
            break;
        }
    }
    retire(connection);
}

void HttpClient::abandon(HttpTransfer* transfer) {
    const auto it = m_pools.find(transfer->m_originKey);
    if (it == m_pools.end())
        return;
    Pool& pool = *it;
    if (HttpConnection* connection = transfer->m_connection) {
        transfer->m_connection = nullptr;
        --pool.busy;
        retire(connection);
        if (!pool.waiting.empty())
            dispatchLater(transfer->m_originKey);
        return;
    }
    const auto waiting = std::find(pool.waiting.begin(), pool.waiting.end(), transfer);
    if (waiting != pool.waiting.end())
        pool.waiting.erase(waiting);
}

void HttpClient::retire(HttpConnection* connection) {
    if (!connection->isRetired())
        connection->retire();
}

} // namespace ws::net
