#pragma once

#include "SessionTypes.h"

#include <functional>

namespace ws {

struct SessionServices;
class RefreshFlow;

// refreshAllSessions(): every stored session gets one outcome. Expired ones are reported as such
// (they need a new login); the rest go through a queue with at most maxConcurrentRefreshes in flight.
class RefreshAll {
public:
    RefreshAll(SessionServices& services, RefreshFlow& refresh);
    void run(std::function<void(Result<BatchReport>)> done, std::function<void(BatchProgress)> progress);

private:
    SessionServices& m_services;
    RefreshFlow& m_refresh;
};

} // namespace ws
