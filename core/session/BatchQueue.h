#pragma once

#include "BatchControl.h"

#include <QObject>
#include <functional>
#include <memory>

namespace ws {

// Runs one asynchronous step per session with at most `limit` in flight, honouring the control's
// cancel flag before each start, and reports once every started step has finished (outcomes
// sorted by session key). Started from the event loop: `done` is never called inside the call.
using BatchStep = std::function<void(const QString& sessionKey, std::function<void(Result<void>)> done)>;
void runBatchQueue(QObject& context, QStringList sessionKeys, int limit,
                   std::shared_ptr<BatchControl> control, BatchStep step,
                   std::function<void(BatchReport)> done);

// Sorts a finished batch's outcomes by session key: every front end lists them in the same order.
void sortOutcomes(BatchReport& report);

} // namespace ws
