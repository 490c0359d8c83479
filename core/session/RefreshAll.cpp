#include "RefreshAll.h"

#include "Clock.h"
#include "RefreshFlow.h"
#include "SessionMessages.h"
#include "SessionServices.h"
#include "store/SessionIndex.h"

#include <QTimer>
#include <algorithm>
#include <memory>

namespace ws {

namespace {

struct Batch {
    QStringList queue;
    BatchReport report;
    int total = 0;
    int inFlight = 0;
    std::function<void(Result<BatchReport>)> done;
    std::function<void(BatchProgress)> progress;
};

} // namespace

RefreshAll::RefreshAll(SessionServices& services, RefreshFlow& refresh)
    : m_services(services)
    , m_refresh(refresh) {}

void RefreshAll::run(std::function<void(Result<BatchReport>)> done,
                     std::function<void(BatchProgress)> progress) {
    auto batch = std::make_shared<Batch>();
    batch->done = std::move(done);
    batch->progress = std::move(progress);
    const qint64 now = m_services.clock.nowSecs();
    for (const auto& [key, session] : m_services.index.data().sessions) {
        if (now >= session.token.claims.exp)
            batch->report.outcomes.append(
                SessionOutcome{key, sessionmsg::expired(key, session.token.claims.exp)});
        else
            batch->queue.append(key);
    }
    batch->total = int(batch->report.outcomes.size() + batch->queue.size());
    const int limit = std::max(1, m_services.options.maxConcurrentRefreshes);

    // A self-referencing pump: each completion starts the next queued session.
    auto pump = std::make_shared<std::function<void()>>();
    *pump = [this, batch, limit, weakPump = std::weak_ptr<std::function<void()>>(pump)]() {
        const auto complete = [batch]() {
            std::sort(
                batch->report.outcomes.begin(), batch->report.outcomes.end(),
                [](const SessionOutcome& a, const SessionOutcome& b) { return a.sessionKey < b.sessionKey; });
            batch->done(batch->report);
        };
        while (batch->inFlight < limit && !batch->queue.isEmpty()) {
            const QString key = batch->queue.takeFirst();
            ++batch->inFlight;
            RefreshRequest request;
            request.sessionKey = key;
            m_refresh.refresh(request, [batch, key, pumpRef = weakPump.lock()](Result<void> r) {
                --batch->inFlight;
                batch->report.outcomes.append(SessionOutcome{key, r});
                if (batch->progress)
                    batch->progress(BatchProgress{int(batch->report.outcomes.size()), batch->total});
                (*pumpRef)();
            });
        }
        if (batch->inFlight == 0 && batch->queue.isEmpty())
            complete();
    };
    // Started from the event loop so the caller's done() is never called inside this call.
    QTimer::singleShot(0, &m_services.manager, [pump]() { (*pump)(); });
}

} // namespace ws
