#pragma once

#include "Result.h"
#include "store/IndexData.h"

#include <functional>

namespace ws {

struct SessionServices;
class KeyLifecycle;

// Deletes a session's key on the server (no Turnkey SDK does): get_api_keys finds the key whose
// credential.publicKey is the session's, delete_api_keys removes it. Both stamped with the session's
// own key. A key the server no longer knows counts as revoked.
class Revocation {
public:
    Revocation(SessionServices& services, KeyLifecycle& keys);
    void revoke(const SessionRecord& session, std::function<void(Result<void>)> done);

private:
    SessionServices& m_services;
    KeyLifecycle& m_keys;
};

} // namespace ws
