#pragma once

#include "BatchControl.h"

#include <functional>
#include <memory>

namespace ws {

struct SessionServices;
class RefreshFlow;
class KeyLifecycle;

// refresh all / refresh many: every session gets one outcome. Expired and revoked ones are skipped
// (they need a new login); the rest go through a queue with at most maxConcurrentRefreshes in flight.
// Their new keys are made ahead in groups, each group recorded in one index commit; a key left unused
// by a failed refresh is destroyed before the batch reports.
class RefreshAll {
public:
    RefreshAll(SessionServices& services, RefreshFlow& refresh, KeyLifecycle& keys);
    // Cancelling (control->cancelled) starts no further refresh; those in flight finish.
    void run(BatchRefreshOptions options, std::shared_ptr<BatchControl> control,
             std::function<void(Result<BatchReport>)> done);

private:
    SessionServices& m_services;
    RefreshFlow& m_refresh;
    KeyLifecycle& m_keys;
};

} // namespace ws
