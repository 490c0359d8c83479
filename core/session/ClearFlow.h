#pragma once

#include "BatchControl.h"

#include <functional>
#include <memory>

namespace ws {

struct SessionServices;
class KeyLifecycle;
class Revocation;

// clearSession / clearAllSessions / logout: optional server revocation, then one index update that
// removes the session, fixes the active pointer and dooms its key, then the keychain delete. With
// revocation, the session is first marked Revoking under this process's lease (recovery in any process
// leaves it alone while the lease is held) and its key is busy in this process; a failed revocation
// restores the session, and says so precisely when that is no longer possible. Every index write runs
// on the index's writer thread and is committed before the keychain work that depends on it.
class ClearFlow {
public:
    ClearFlow(SessionServices& services, KeyLifecycle& keys, Revocation& revocation);

    void clear(const QString& sessionKey, const ClearOptions& options,
               std::function<void(Result<void>)> done);
    // clear all / clear many (control->sessionKeys), bounded in flight, cancellable between sessions.
    void clearAll(const ClearOptions& options, std::shared_ptr<BatchControl> control,
                  std::function<void(Result<BatchReport>)> done);

private:
    void clearLocally(const QString& sessionKey, std::function<void(Result<void>)> done);
    // Back to `previousState` without the lease, if the session is still the one this clear marked.
    void restore(const QString& sessionKey, const QString& publicKey, ServerState previousState,
                 std::function<void(Result<void>)> done);

    SessionServices& m_services;
    KeyLifecycle& m_keys;
    Revocation& m_revocation;
};

} // namespace ws
