#include "BatchJob.h"

#include "BatchControl.h"

#include <QPointer>

namespace ws {

BatchJob::BatchJob(QObject* parent)
    : QObject(parent)
    , m_control(std::make_shared<BatchControl>()) {
    // The engine outlives a job whose context died; it must not call into a deleted object.
    QPointer<BatchJob> self(this);
    m_control->sessionFinished = [self](const SessionOutcome& outcome) {
        if (self)
            Q_EMIT self->sessionFinished(outcome);
    };
    m_control->progress = [self](BatchProgress p) {
        if (self)
            Q_EMIT self->progress(p.done, p.total);
    };
}

BatchJob::~BatchJob() {
    m_control->cancelled = true;
}

void BatchJob::cancel() {
    m_control->cancelled = true;
}

bool BatchJob::isCancelled() const {
    return m_control->cancelled;
}

std::function<void(Result<BatchReport>)> BatchJob::completion() {
    return [self = QPointer<BatchJob>(this)](Result<BatchReport> result) {
        if (!self)
            return;
        Q_EMIT self->finished(result);
        self->deleteLater();
    };
}

} // namespace ws
