#pragma once

#include "Result.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <optional>

namespace ws::bench {

// One figure for scripts/bench: "RESULT <name> <value>" on stdout. The script builds the table.
void report(const char* name, double value);
[[noreturn]] void fail(const QString& what);

// Runs the event loop until the asynchronous call completes (or `timeoutMs` passes: fail()).
template <typename T>
Result<T> waitFor(const std::function<void(QObject*, Callback<T>)>& start, int timeoutMs = 120000) {
    QObject context;
    QEventLoop loop;
    std::optional<Result<T>> outcome;
    start(&context, [&](Result<T> r) {
        outcome.emplace(std::move(r));
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!outcome)
        loop.exec();
    if (!outcome)
        fail(QStringLiteral("an operation did not complete within %1 ms").arg(timeoutMs));
    return std::move(*outcome);
}

template <typename T>
T valueOrFail(Result<T> result, const char* what) {
    if (!result.ok())
        fail(QString::fromLatin1(what) + QStringLiteral(": ") + result.error().toString());
    if constexpr (!std::is_void_v<T>)
        return std::move(result).value();
}

} // namespace ws::bench
