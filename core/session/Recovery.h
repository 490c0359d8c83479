#pragma once

#include "SessionTypes.h"

#include <functional>

namespace ws {

struct SessionServices;
class KeyLifecycle;

// The sweep behind recover() and clearUnusedKeyPairs(): finishes interrupted refreshes and
// deletions. Doomed keys are deleted; pending keys older than the grace period and live session
// keys that no session uses are doomed and deleted; remembered API keys and keys a session uses
// are never touched. A key whose deletion fails keeps its record, so the next sweep retries it.
class Recovery {
public:
    Recovery(SessionServices& services, KeyLifecycle& keys);
    void sweep(std::function<void(Result<CleanupReport>)> done);

private:
    SessionServices& m_services;
    KeyLifecycle& m_keys;
};

} // namespace ws
