#pragma once

#include "SessionTypes.h"

#include <functional>

namespace ws {

struct SessionServices;
class KeyLifecycle;
class Revocation;

// clearSession / clearAllSessions / logout: optional server revocation, then one index update that
// removes the session, fixes the active pointer and dooms its key, then the keychain delete.
class ClearFlow {
public:
    ClearFlow(SessionServices& services, KeyLifecycle& keys, Revocation& revocation);

    void clear(const QString& sessionKey, const ClearOptions& options,
               std::function<void(Result<void>)> done);
    void clearAll(const ClearOptions& options, std::function<void(Result<BatchReport>)> done,
                  std::function<void(BatchProgress)> progress);

private:
    void clearLocally(const QString& sessionKey, std::function<void(Result<void>)> done);
    Result<void> setServerState(const QString& sessionKey, ServerState state);

    SessionServices& m_services;
    KeyLifecycle& m_keys;
    Revocation& m_revocation;
};

} // namespace ws
