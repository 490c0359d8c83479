#pragma once

#include "SessionTypes.h"
#include "api/ApiTypes.h"

#include <functional>

namespace ws {

struct SessionServices;
class KeyLifecycle;

// verifySession(): whoami stamped with the session's own key. Records what the server said:
// Alive on success, Revoked (and sessionRevoked) when the server no longer knows the key.
class VerifyFlow {
public:
    VerifyFlow(SessionServices& services, KeyLifecycle& keys);
    void verify(const QString& sessionKey, std::function<void(Result<WhoamiInfo>)> done);

private:
    // Writes the verdict (alive, or revoked) to the index, then calls `then`.
    void record(const QString& sessionKey, const QString& publicKey, const Result<WhoamiInfo>& result,
                std::function<void()> then);

    SessionServices& m_services;
    KeyLifecycle& m_keys;
};

} // namespace ws
