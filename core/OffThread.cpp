#include "OffThread.h"

namespace ws {

void joinWorkerThreads() {
    // waitForDone() waits for the running tasks, then ends and joins every thread of the pool.
    QThreadPool::globalInstance()->waitForDone();
}

} // namespace ws
