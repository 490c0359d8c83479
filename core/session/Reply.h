#pragma once

#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ws {

// The caller's side of an async operation: delivers the result exactly once, always from the event
// loop (never inside the call that started the work), and not at all once the caller's context died.
template <typename T>
class Reply {
public:
    Reply() = default;
    // `fallback` (the manager) stands in when the caller gave no context.
    Reply(QObject* context, QObject* fallback, Callback<T> done)
        : m_context(context ? context : fallback)
        , m_done(std::move(done)) {}

    void operator()(Result<T> result) const {
        if (!m_context || !m_done)
            return;
        QTimer::singleShot(0, m_context.data(),
                           [done = m_done, result = std::move(result)]() { done(result); });
    }

private:
    QPointer<QObject> m_context;
    Callback<T> m_done;
};

} // namespace ws
