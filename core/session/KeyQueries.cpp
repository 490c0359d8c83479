#include "KeyQueries.h"

#include <algorithm>
#include <functional>

namespace ws::keyqueries {

namespace {
KeyPairInfo infoOf(const KeyRecord& record) {
    return {record.publicKey, record.store, record.createdAt, record.organizationId};
}

void sortOldestFirst(QList<KeyPairInfo>& keys) {
    std::stable_sort(keys.begin(), keys.end(),
                     [](const KeyPairInfo& a, const KeyPairInfo& b) { return a.createdAt < b.createdAt; });
}

QList<KeyPairInfo> rememberedWhere(const IndexData& data,
                                   const std::function<bool(const KeyRecord&)>& wanted) {
    QList<KeyPairInfo> keys;
    for (const auto& [publicKey, record] : data.keys) {
        if (record.kind == KeyKind::ApiKey && record.state == KeyState::Live && wanted(record))
            keys.append(infoOf(record));
    }
    sortOldestFirst(keys);
    return keys;
}
} // namespace

bool isRefreshTarget(const IndexData& data, const QString& publicKey, const KeyRecord& record) {
    return record.kind == KeyKind::Session && record.state != KeyState::Doomed &&
           (record.held || record.state == KeyState::Pending) && !data.sessionUsingKey(publicKey);
}

QList<KeyPairInfo> heldRefreshTargets(const IndexData& data) {
    QList<KeyPairInfo> keys;
    for (const auto& [publicKey, record] : data.keys) {
        if (record.held && isRefreshTarget(data, publicKey, record))
            keys.append(infoOf(record));
    }
    sortOldestFirst(keys);
    return keys;
}

QList<KeyPairInfo> rememberedApiKeys(const IndexData& data, const QString& organizationId) {
    return rememberedWhere(
        data, [&organizationId](const KeyRecord& r) { return r.organizationId == organizationId; });
}

QList<KeyPairInfo> allRememberedApiKeys(const IndexData& data) {
    return rememberedWhere(data, [](const KeyRecord&) { return true; });
}

} // namespace ws::keyqueries
