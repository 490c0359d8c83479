#pragma once

#include "SessionTypes.h"

#include <QObject>
#include <functional>
#include <memory>

namespace ws {

struct BatchControl;

// One run of a batch operation (refresh all, clear all, refresh or clear a selection), as every
// front end sees it: each session's outcome arrives once on sessionFinished (skipped and cancelled
// ones included), progress() follows the sessions worked on, and finished() comes last, once.
// cancel() starts no further session; those in flight finish, so each session is fully done or
// untouched. Made by SessionManager; a child of the caller's context, it deletes itself after
// finished(). Signals are emitted from the event loop, never inside the call that made the job.
class BatchJob : public QObject {
    Q_OBJECT
public:
    explicit BatchJob(QObject* parent);
    ~BatchJob() override; // a job nobody watches any more stops starting sessions

    void cancel();
    bool isCancelled() const;

    // For SessionManager: what the engine running this job reports to.
    std::shared_ptr<BatchControl> control() const { return m_control; }
    // The engine's done callback: finished() and then deletion, unless the job is already gone.
    std::function<void(Result<BatchReport>)> completion();

Q_SIGNALS:
    void sessionFinished(const ws::SessionOutcome& outcome);
    void progress(int done, int total);
    // The report, or why the batch could not run at all (NO_SESSION_FOUND: nothing to clear).
    void finished(const ws::Result<ws::BatchReport>& result);

private:
    std::shared_ptr<BatchControl> m_control;
};

} // namespace ws
