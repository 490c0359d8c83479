#pragma once

#include "SessionTypes.h"

#include <functional>

namespace ws {

struct SessionServices;
class RefreshFlow;
class KeyLifecycle;

// refreshAllSessions(): every stored session gets one outcome. Expired ones are reported as such
// (they need a new login); the rest go through a queue with at most maxConcurrentRefreshes in flight.
// Their new keys are made ahead in groups, each group recorded in one index commit; a key left unused
// by a failed refresh is destroyed before the batch reports.
class RefreshAll {
public:
    RefreshAll(SessionServices& services, RefreshFlow& refresh, KeyLifecycle& keys);
    void run(std::function<void(Result<BatchReport>)> done, std::function<void(BatchProgress)> progress);

private:
    SessionServices& m_services;
    RefreshFlow& m_refresh;
    KeyLifecycle& m_keys;
};

} // namespace ws
