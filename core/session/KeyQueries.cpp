#include "KeyQueries.h"

#include <algorithm>

namespace ws::keyqueries {

namespace {
KeyPairInfo infoOf(const KeyRecord& record) {
    return {record.publicKey, record.store, record.createdAt};
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
    std::stable_sort(keys.begin(), keys.end(),
                     [](const KeyPairInfo& a, const KeyPairInfo& b) { return a.createdAt < b.createdAt; });
    return keys;
}

QList<KeyPairInfo> rememberedApiKeys(const IndexData& data, const QString& organizationId) {
    QList<KeyPairInfo> keys;
    for (const auto& [publicKey, record] : data.keys) {
        if (record.kind == KeyKind::ApiKey && record.state == KeyState::Live &&
            record.organizationId == organizationId)
            keys.append(infoOf(record));
    }
    return keys;
}

} // namespace ws::keyqueries
