#include "proxy/UpstreamPool.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace ws::proxy {

UpstreamPool::UpstreamPool(QNetworkAccessManager& first, int maxManagers, QObject* parent)
    : QObject(parent)
    , m_first(first)
    , m_maxManagers(std::max(1, maxManagers)) {
    m_lanes.push_back(Lane{&first});
}

int UpstreamPool::pickLane() {
    int best = 0;
    for (int i = 1; i < int(m_lanes.size()); ++i)
        if (m_lanes[size_t(i)].inFlight < m_lanes[size_t(best)].inFlight)
            best = i;
    if (m_lanes[size_t(best)].inFlight < kConnectionsPerManager || int(m_lanes.size()) >= m_maxManagers)
        return best;
    auto manager = std::make_unique<QNetworkAccessManager>();
    manager->setStrictTransportSecurityEnabled(m_first.isStrictTransportSecurityEnabled());
    manager->setRedirectPolicy(m_first.redirectPolicy());
    m_lanes.push_back(Lane{manager.get()});
    m_owned.push_back(std::move(manager));
    return int(m_lanes.size()) - 1;
}

QNetworkReply* UpstreamPool::post(const QNetworkRequest& request, const QByteArray& body) {
    const int lane = pickLane();
    QNetworkReply* reply = m_lanes[size_t(lane)].manager->post(request, body);
    ++m_lanes[size_t(lane)].inFlight;
    // finished() comes once, also for an aborted reply; destroyed() covers a reply deleted unfinished.
    auto done = std::make_shared<bool>(false);
    const auto release = [this, lane, done] {
        if (std::exchange(*done, true))
            return;
        --m_lanes[size_t(lane)].inFlight;
    };
    connect(reply, &QNetworkReply::finished, this, release);
    connect(reply, &QObject::destroyed, this, release);
    return reply;
}

} // namespace ws::proxy
