#include "SessionTypes.h"

#include <algorithm>

namespace ws {

int BatchReport::failureCount() const {
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                             [](const SessionOutcome& o) { return !o.result.ok(); }));
}

} // namespace ws
