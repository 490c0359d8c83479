#pragma once

#include "SessionTypes.h"
#include "store/IndexData.h"

namespace ws {

// What callers see of `record`, stored in `data`: the one place an index record becomes a
// SessionInfo (SessionManager, and the benchmarks that feed the table without a manager).
// signatureVerified is left false for the caller that checks the signature to set.
SessionInfo sessionInfoOf(const IndexData& data, const SessionRecord& record);

} // namespace ws
