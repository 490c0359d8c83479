#pragma once

#include "SessionTypes.h"

#include <functional>

namespace ws {

struct SessionServices;
class KeyLifecycle;

// storeSession(): decode the token, require its private key in the keychain, then one index update
// that adds (or, when asked, replaces) the session and decides whether it becomes active.
class StoreFlow {
public:
    StoreFlow(SessionServices& services, KeyLifecycle& keys);

    void store(const QByteArray& token, const QString& sessionKey, StoreOptions options,
               std::function<void(Result<void>)> done);

    // The index part alone, for flows that already hold a checked token and key (login, sign-in),
    // written on the index's writer thread. A session it replaced (options.replace) has its key doomed
    // in the same write and destroyed after it, before `done`; never inside the call.
    void commit(const SessionToken& token, const QString& sessionKey, const StoreOptions& options,
                std::function<void(Result<void>)> done);

private:
    SessionServices& m_services;
    KeyLifecycle& m_keys;
};

} // namespace ws
