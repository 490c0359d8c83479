#include "SessionTypes.h"

#include <algorithm>

namespace ws {

namespace {
int countWhere(const QList<SessionOutcome>& outcomes, bool (*pred)(const SessionOutcome&)) {
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(), pred));
}
} // namespace

int BatchReport::succeededCount() const {
    return countWhere(outcomes, [](const SessionOutcome& o) { return o.succeeded(); });
}

int BatchReport::failureCount() const {
    return countWhere(outcomes, [](const SessionOutcome& o) { return o.failed(); });
}

int BatchReport::skippedCount() const {
    return countWhere(outcomes,
                      [](const SessionOutcome& o) { return o.status == SessionOutcome::Status::Skipped; });
}

int BatchReport::cancelledCount() const {
    return countWhere(outcomes,
                      [](const SessionOutcome& o) { return o.status == SessionOutcome::Status::Cancelled; });
}

} // namespace ws
