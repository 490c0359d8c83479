#pragma once

// Benchmarks 5d and 5e: what the index's size does to one commit and to one refresh.
#include "Clock.h"
#include "RefreshStack.h"

namespace ws::bench {

// 5d: one durable index commit (a one-field change) in a store of `largeCount` sessions vs one of 10,
// interleaved. No keychain is involved.
void commitScalingBench(int largeCount, const Clock& clock);

// 5e: one refresh (SessionManager::refreshSession against the devserver) in a store of `largeCount`
// sessions vs one of 10, interleaved, `iterations` each. The keychain is excluded: both stacks keep
// their keys in a MemorySecretStore, so only our own cost of a large store is measured
// (gnome-keyring's own growth with its item count is benchmark 6's informative rows).
void refreshScalingBench(const ServerInfo& info, const Clock& clock, int largeCount, int iterations);

} // namespace ws::bench
