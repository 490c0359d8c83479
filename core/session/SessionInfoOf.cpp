#include "SessionInfoOf.h"

namespace ws {

SessionInfo sessionInfoOf(const IndexData& data, const SessionRecord& record) {
    SessionInfo info;
    info.sessionKey = record.sessionKey;
    info.active = data.activeSessionKey == record.sessionKey;
    info.token = record.token;
    info.lifetimeSeconds = record.lifetimeSeconds;
    info.createdAt = record.createdAt;
    info.refreshedAt = record.refreshedAt;
    info.autoRefresh = record.autoRefresh;
    info.serverState = record.serverState;
    info.lastError = record.lastError;
    if (const auto key = data.keys.find(record.token.claims.publicKey); key != data.keys.end())
        info.keyStore = key->second.store;
    info.username = record.username;
    info.organizationName = record.organizationName;
    info.signInMethod = SignInMethod::parse(record.signInMethod);
    return info;
}

} // namespace ws
