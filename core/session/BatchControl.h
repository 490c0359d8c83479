#pragma once

#include "SessionTypes.h"

#include <QStringList>
#include <functional>
#include <optional>

namespace ws {

// What a running batch (refresh all, clear all, ...) shares with the BatchJob that watches it.
// The engines check `cancelled` before they start each session, never in the middle of one, so
// every session is either fully done or untouched; each session's outcome goes to `sessionFinished`
// as soon as it is known (skipped ones first), `progress` follows the work that actually ran.
struct BatchControl {
    std::optional<QStringList> sessionKeys; // the sessions to work on; none: every stored session
    bool cancelled = false;
    std::function<void(const SessionOutcome&)> sessionFinished;
    std::function<void(BatchProgress)> progress;

    void report(const SessionOutcome& outcome) const {
        if (sessionFinished)
            sessionFinished(outcome);
    }
};

} // namespace ws
