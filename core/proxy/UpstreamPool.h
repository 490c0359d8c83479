#pragma once

#include <QObject>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace ws::proxy {

// Where the proxy's upstream requests go out. One QNetworkAccessManager opens at most six HTTP/1.1
// connections to a host (HTTP/2 over TLS multiplexes, but a loopback API, or a server or middlebox
// without h2, is HTTP/1.1), so more concurrent clients than that waited in its queue: measured with 32
// clients and a 20 ms API, 5.2 times the direct time. The pool adds managers, each with six more
// connections, while every one it has is busy; a request goes to the least busy.
class UpstreamPool : public QObject {
    Q_OBJECT
public:
    static constexpr int kConnectionsPerManager = 6; // Qt's per-host limit for HTTP/1.1
    // `first` (the caller's, shared with other calls) is used first; the others copy its transport
    // settings (strict transport security, redirect policy).
    explicit UpstreamPool(QNetworkAccessManager& first, int maxManagers = 16, QObject* parent = nullptr);

    QNetworkReply* post(const QNetworkRequest& request, const QByteArray& body);

    int managerCount() const { return int(m_lanes.size()); }

private:
    struct Lane {
        QNetworkAccessManager* manager;
        int inFlight = 0;
    };
    int pickLane();

    QNetworkAccessManager& m_first;
    const int m_maxManagers;
    // Declared before the managers they point to: the managers go first, and the replies they delete
    // on the way still find their lane. (Replies of `first` that outlive the pool are disconnected from it
    // with it, as it is their connections' context.)
    std::vector<Lane> m_lanes;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_owned;
};

} // namespace ws::proxy
