#pragma once

#include "SessionTypes.h"

#include <functional>
#include <memory>

namespace ws {

struct SessionServices;
class KeyLifecycle;

// The sweep behind recover() and clearUnusedKeyPairs(): finishes interrupted refreshes and
// deletions. Nothing it does deletes a key whose session might still exist. Doomed keys are deleted;
// pending keys older than the grace period that no session uses are doomed and deleted; live session
// keys that no session uses are held (kept, and listed by `keys list`); held keys, remembered API keys
// and keys a session uses are never touched. A Revoking session is cleared (its key doomed) unless a
// live process holds its lease. A key whose deletion fails keeps its record, so the next sweep
// retries it.
class Recovery {
public:
    Recovery(SessionServices& services, KeyLifecycle& keys);
    void sweep(std::function<void(Result<CleanupReport>)> done);

private:
    struct Sweep;
    void deleteQueued(const std::shared_ptr<Sweep>& sweep);

    SessionServices& m_services;
    KeyLifecycle& m_keys;
};

} // namespace ws
