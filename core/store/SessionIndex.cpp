#include "SessionIndex.h"

#include "IndexStore.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMetaObject>
#include <QPointer>
#include <QSet>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>
#include <algorithm>
#include <mutex>
#include <vector>

namespace ws {

// What one read-modify-write left behind, handed from the thread that did it to this object's.
struct SessionIndex::Snapshot {
    bool dataChanged = false;
    quint64 generation = 0;
    std::shared_ptr<const IndexData> data;
    QString recoveryNotice;
    QSet<QString> forgotten; // forgetDeletedKey() calls the file has taken in
};

class SessionIndex::Impl {
public:
    struct Waiter {
        QPointer<QObject> context;
        bool hadContext = false;
        Callback<void> done;
    };
    struct Queued {
        Mutation mutate;
        Waiter waiter;
    };

    Impl(SessionIndex* q, QString directory)
        : q(q)
        , file(std::move(directory)) {
        // One writer: commits happen in the order they were queued, one at a time. Its thread never
        // expires: the database connection it opened belongs to it (a QSqlDatabase is per thread).
        pool.setMaxThreadCount(1);
        pool.setExpiryTimeout(-1);
    }

    SessionIndex* q;
    QFileSystemWatcher watcher;
    // Both files are watched: nothing to look at on the next publish (every proxied request publishes,
    // and looking is two access() calls). A change notice clears it, as a deleted file leaves the watch.
    bool watchingAll = false;
    QTimer reloadTimer; // coalesces the bursts of notifications one commit produces
    QTimer pollTimer;   // PRAGMA data_version: sees every other process's commit, watcher or not
    QTimer flushTimer;  // writes forgotten keys' drops when nothing else has
    bool opened = false;
    quint64 publishedGeneration = 0;
    QSet<QString> unconfirmedForgets; // dropped from q->m_data, not yet taken in by the file

    std::mutex fileMutex; // guards `file`
    IndexStore file;

    std::mutex queueMutex; // guards the three below
    std::vector<Queued> queue;
    QSet<QString> forgetQueue;
    bool flushRequested = false;
    bool drainScheduled = false;

    QThreadPool pool; // the writer thread; declared last so it stops first

    QSet<QString> takeForgets() {
        std::lock_guard lock(queueMutex);
        QSet<QString> taken;
        taken.swap(forgetQueue);
        return taken;
    }

    // Under fileMutex.
    Snapshot snapshot(bool dataChanged, QSet<QString> forgotten) const {
        Snapshot s;
        s.dataChanged = dataChanged;
        s.generation = file.generation();
        if (dataChanged || !forgotten.isEmpty())
            s.data = file.sharedData();
        s.recoveryNotice = file.recoveryNotice();
        s.forgotten = std::move(forgotten);
        return s;
    }

    // Called with queueMutex held.
    void scheduleDrain() {
        if (drainScheduled)
            return;
        drainScheduled = true;
        pool.start([this]() { drain(); });
    }

    // On the writer thread: everything queued so far, committed as one read-modify-write.
    void drain() {
        std::vector<Queued> items;
        QSet<QString> forgets;
        bool flush = false;
        {
            std::lock_guard lock(queueMutex);
            items.swap(queue);
            forgets.swap(forgetQueue);
            flush = flushRequested;
            flushRequested = false;
            drainScheduled = false;
        }
        std::vector<Mutation> batch;
        batch.reserve(items.size());
        for (Queued& item : items)
            batch.push_back(std::move(item.mutate));
        auto snap = std::make_shared<Snapshot>();
        auto outcomes = std::make_shared<std::vector<Result<void>>>();
        {
            std::lock_guard lock(fileMutex);
            for (const QString& pub : forgets)
                file.forgetDeletedKey(pub);
            bool changed = false;
            if (!batch.empty() || (flush && file.hasForgottenKeys())) {
                IndexStore::Commit commit = file.commit(batch);
                changed = commit.dataChanged;
                *outcomes = std::move(commit.outcomes);
            }
            *snap = snapshot(changed, std::move(forgets));
        }
        std::vector<Waiter> waiters;
        waiters.reserve(items.size());
        for (Queued& item : items)
            waiters.push_back(std::move(item.waiter));
        QMetaObject::invokeMethod(
            q,
            [q = q, snap, outcomes, waiters = std::move(waiters)]() {
                q->publish(*snap);
                for (std::size_t i = 0; i < waiters.size(); ++i) {
                    if (waiters[i].hadContext && !waiters[i].context)
                        continue;
                    waiters[i].done((*outcomes)[i]);
                }
            },
            Qt::QueuedConnection);
    }

    // A hint only (SQLite reuses its -wal file, so a watch may stay silent): the poll is what counts.
    void watch() {
        if (!pollTimer.isActive())
            pollTimer.start();
        if (watchingAll)
            return;
        const QStringList watched = watcher.files();
        bool all = true;
        for (const QString& path : QStringList{file.filePath(), file.filePath() + QStringLiteral("-wal")}) {
            if (watched.contains(path))
                continue;
            if (!QFileInfo::exists(path) || !watcher.addPath(path))
                all = false;
        }
        watchingAll = all;
    }
};

SessionIndex::SessionIndex(QString directory, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(this, std::move(directory)))
    , m_data(std::make_shared<const IndexData>()) {
    d->reloadTimer.setSingleShot(true);
    d->reloadTimer.setInterval(20);
    connect(&d->reloadTimer, &QTimer::timeout, this, [this]() {
        // The writer thread holds the file: it publishes what it reads and writes itself, and the
        // change that woke us is looked at again once it is done.
        std::unique_lock lock(d->fileMutex, std::try_to_lock);
        if (!lock.owns_lock()) {
            d->reloadTimer.start();
            return;
        }
        // A failure here (the database busy or unreadable for a moment) keeps the last good data; the
        // next poll retries.
        const Result<bool> reloaded = d->file.reload();
        const Snapshot snap = d->snapshot(reloaded.ok() && reloaded.value(), {});
        lock.unlock();
        publish(snap);
    });
    d->flushTimer.setSingleShot(true);
    d->flushTimer.setInterval(kWriteBehindDelay);
    connect(&d->flushTimer, &QTimer::timeout, this, [this]() {
        std::lock_guard lock(d->queueMutex);
        d->flushRequested = true;
        d->scheduleDrain();
    });
    connect(&d->watcher, &QFileSystemWatcher::fileChanged, this, [this]() {
        d->watchingAll = false;
        d->reloadTimer.start();
    });
    d->pollTimer.setInterval(kPollInterval);
    connect(&d->pollTimer, &QTimer::timeout, this, [this]() {
        if (!d->reloadTimer.isActive())
            d->reloadTimer.start();
    });
}

SessionIndex::~SessionIndex() {
    d->flushTimer.stop();
    // Writes queued but not started are dropped unanswered (their callers go away with us); one in
    // flight finishes. Then the drops of forgotten keys reach the file, so a CLI run that refreshed
    // or cleared leaves no Doomed record behind.
    d->pool.clear();
    d->pool.waitForDone();
    const QSet<QString> forgets = d->takeForgets();
    std::lock_guard lock(d->fileMutex);
    for (const QString& pub : forgets)
        d->file.forgetDeletedKey(pub);
    if (d->opened && d->file.hasForgottenKeys())
        (void)d->file.commit({});
}

QString SessionIndex::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString SessionIndex::directory() const {
    return d->file.directory(); // fixed at construction: no lock needed
}

QString SessionIndex::filePath() const {
    return d->file.filePath();
}

void SessionIndex::setLockTimeout(std::chrono::milliseconds timeout) {
    std::lock_guard lock(d->fileMutex);
    d->file.setLockTimeout(timeout);
}

Result<void> SessionIndex::open() {
    Snapshot snap;
    Result<void> opened;
    {
        std::lock_guard lock(d->fileMutex);
        opened = d->file.open();
        if (!opened)
            return opened;
        snap = d->snapshot(true, {});
    }
    d->opened = true;
    // A re-open shows the file as it is, whatever was published before.
    d->publishedGeneration = 0;
    publish(snap);
    return opened;
}

Result<void> SessionIndex::update(const Mutation& mutate) {
    const QSet<QString> forgets = d->takeForgets();
    Result<void> outcome;
    Snapshot snap;
    {
        std::lock_guard lock(d->fileMutex);
        for (const QString& pub : forgets)
            d->file.forgetDeletedKey(pub);
        IndexStore::Commit commit = d->file.commit({mutate});
        outcome = commit.outcomes.front();
        snap = d->snapshot(commit.dataChanged, forgets);
    }
    publish(snap);
    return outcome;
}

void SessionIndex::updateAsync(Mutation mutate, QObject* context, Callback<void> done) {
    std::lock_guard lock(d->queueMutex);
    d->queue.push_back(
        Impl::Queued{std::move(mutate), Impl::Waiter{context, context != nullptr, std::move(done)}});
    d->scheduleDrain();
}

void SessionIndex::forgetDeletedKey(const QString& publicKey) {
    // Usually the writer is idle: the file's copy drops the record at once, at the cost of the one row
    // (IndexStore reuses its previous snapshot), and callers see it through an ordinary publish.
    // Never wait for the writer here: a commit in progress may be waiting for its fsync.
    if (std::unique_lock lock(d->fileMutex, std::try_to_lock); lock.owns_lock()) {
        const quint64 before = d->file.generation();
        d->file.forgetDeletedKey(publicKey);
        const Snapshot snap = d->snapshot(d->file.generation() != before, {});
        lock.unlock();
        if (!d->flushTimer.isActive())
            d->flushTimer.start();
        publish(snap);
        return;
    }
    // The writer is busy: hand the drop to it, and hide the record from callers now with a copy.
    {
        std::lock_guard lock(d->queueMutex);
        d->forgetQueue.insert(publicKey);
    }
    d->unconfirmedForgets.insert(publicKey);
    if (!d->flushTimer.isActive())
        d->flushTimer.start();
    if (dropForgotten()) // from what callers see at once; the file follows with its next write
        Q_EMIT changed();
}

Result<void> SessionIndex::reload() {
    Result<bool> reloaded = false;
    Snapshot snap;
    {
        std::lock_guard lock(d->fileMutex);
        reloaded = d->file.reload();
        snap = d->snapshot(reloaded.ok() && reloaded.value(), {});
    }
    publish(snap);
    if (!reloaded)
        return reloaded.error();
    return {};
}

bool SessionIndex::dropForgotten() {
    const auto doomed = [this](const QString& pub) {
        const auto it = m_data->keys.find(pub);
        return it != m_data->keys.end() && it->second.state == KeyState::Doomed;
    };
    if (std::none_of(d->unconfirmedForgets.cbegin(), d->unconfirmedForgets.cend(), doomed))
        return false;
    auto next = std::make_shared<IndexData>(*m_data);
    for (const QString& pub : std::as_const(d->unconfirmedForgets))
        if (doomed(pub))
            next->keys.erase(pub);
    m_data = std::move(next);
    return true;
}

// On this object's thread: take in what a read-modify-write left, unless something newer already was.
void SessionIndex::publish(const Snapshot& snapshot) {
    for (const QString& pub : snapshot.forgotten)
        d->unconfirmedForgets.remove(pub);
    const bool newer = (snapshot.dataChanged || !snapshot.forgotten.isEmpty()) &&
                       snapshot.generation > d->publishedGeneration;
    if (newer) {
        d->publishedGeneration = snapshot.generation;
        m_data = snapshot.data;
        // Forgotten here but not yet in the file's copy: still gone from what callers see.
        dropForgotten();
    }
    m_recoveryNotice = snapshot.recoveryNotice;
    if (d->opened)
        d->watch();
    if (newer)
        Q_EMIT changed();
}

} // namespace ws
