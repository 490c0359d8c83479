#include "BatchQueue.h"

#include "SessionMessages.h"

#include <QTimer>
#include <algorithm>

namespace ws {

void sortOutcomes(BatchReport& report) {
    std::sort(report.outcomes.begin(), report.outcomes.end(),
              [](const SessionOutcome& a, const SessionOutcome& b) { return a.sessionKey < b.sessionKey; });
}

namespace {

struct Queue {
    QStringList pending;
    BatchReport report;
    int total = 0;
    int inFlight = 0;
    int limit = 1;
    std::shared_ptr<BatchControl> control;
    BatchStep step;
    std::function<void(BatchReport)> done;
};

void pump(const std::shared_ptr<Queue>& q) {
    if (q->control->cancelled) {
        for (const QString& key : std::as_const(q->pending)) {
            const SessionOutcome outcome{key, sessionmsg::batchCancelled(key),
                                         SessionOutcome::Status::Cancelled};
            q->report.outcomes.append(outcome);
            q->control->report(outcome);
        }
        q->pending.clear();
    }
    while (q->inFlight < q->limit && !q->pending.isEmpty()) {
        const QString key = q->pending.takeFirst();
        ++q->inFlight;
        q->step(key, [q, key](Result<void> r) {
            --q->inFlight;
            const SessionOutcome outcome{key, std::move(r)};
            q->report.outcomes.append(outcome);
            q->control->report(outcome);
            if (q->control->progress)
                q->control->progress(BatchProgress{int(q->report.outcomes.size()), q->total});
            pump(q);
        });
    }
    if (q->inFlight == 0 && q->pending.isEmpty() && q->done) {
        sortOutcomes(q->report);
        const auto done = std::move(q->done);
        q->done = nullptr;
        done(q->report);
    }
}

} // namespace

void runBatchQueue(QObject& context, QStringList sessionKeys, int limit,
                   std::shared_ptr<BatchControl> control, BatchStep step,
                   std::function<void(BatchReport)> done) {
    auto q = std::make_shared<Queue>();
    q->pending = std::move(sessionKeys);
    q->total = int(q->pending.size());
    q->limit = std::max(1, limit);
    q->control = std::move(control);
    q->step = std::move(step);
    q->done = std::move(done);
    QTimer::singleShot(0, &context, [q]() { pump(q); });
}

} // namespace ws
