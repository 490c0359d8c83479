#include "ActivityStore.h"

#include "crypto/Ecdsa.h"

namespace ws::devserver {

void ActivityStore::add(const QByteArray& requestKey, const QJsonObject& completed, int pendingPolls) {
    const QString id = completed.value(QStringLiteral("id")).toString();
    m_activities.insert(id, Stored{completed, pendingPolls, pendingPolls > 0});
    m_byRequest.insert(requestKey, id);
}

std::optional<QString> ActivityStore::idForRequest(const QByteArray& requestKey) const {
    const auto found = m_byRequest.constFind(requestKey);
    if (found == m_byRequest.constEnd())
        return std::nullopt;
    return *found;
}

QJsonObject ActivityStore::asPending(const QJsonObject& completed) {
    QJsonObject pending = completed;
    pending.insert(QStringLiteral("status"), QStringLiteral("ACTIVITY_STATUS_PENDING"));
    pending.insert(QStringLiteral("result"), QJsonObject{});
    return pending;
}

std::optional<QJsonObject> ActivityStore::view(const QString& id) const {
    const auto found = m_activities.constFind(id);
    if (found == m_activities.constEnd())
        return std::nullopt;
    if (found->pendingShown)
        return asPending(found->completed);
    return found->completed;
}

std::optional<QJsonObject> ActivityStore::poll(const QString& id) {
    auto found = m_activities.find(id);
    if (found == m_activities.end())
        return std::nullopt;
    if (found->pendingPollsLeft > 0) {
        --found->pendingPollsLeft;
        return asPending(found->completed);
    }
    found->pendingShown = false;
    return found->completed;
}

QString ActivityStore::organizationOf(const QString& id) const {
    return m_activities.value(id).completed.value(QStringLiteral("organizationId")).toString();
}

QByteArray ActivityStore::requestKey(const QByteArray& body, const QByteArray& stampHeader) {
    // The separator keeps (body, stamp) pairs from colliding by shifting bytes between the two.
    const QByteArray material = body + '\n' + stampHeader;
    return ecdsa::sha256(material);
}

} // namespace ws::devserver
