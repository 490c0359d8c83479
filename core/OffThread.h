#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <optional>

namespace ws {

// Runs `work` on the global thread pool and hands its result to `done` on `context`'s thread, never
// synchronously and not at all once `context` is gone (the watcher is its child). For calls that
// block on hardware (a TPM can take tens of milliseconds per operation) and must stay off the GUI
// thread.
template <typename R>
void runOffThread(QObject* context, std::function<R()> work, std::function<void(R)> done) {
    auto slot = std::make_shared<std::optional<R>>();
    auto promise = std::make_shared<QPromise<void>>();
    auto* watcher = new QFutureWatcher<void>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, slot, done]() {
        watcher->deleteLater();
        done(std::move(**slot));
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, slot, work]() {
        slot->emplace(work()); // published to the watcher's thread by finish()
        promise->finish();
    });
}

// After the event loop, before the services are destroyed: every thread of the global pool has
// ended. Without it, `keys generate --key-store tpm` crashed after its work was done and its output
// written (a double free or a segmentation fault, 26 runs in 60 against swtpm; 0 in 60 with it): the
// pool thread that ran the TPM provider was still alive while main() tore the process down. (gdb and
// valgrind runs did not reproduce it, so the exact free was not pinned down; the join removes the race.)
void joinWorkerThreads();

} // namespace ws
