#include "Recovery.h"

#include "Clock.h"
#include "KeyLifecycle.h"
#include "Logging.h"
#include "SessionServices.h"
#include "store/SessionIndex.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>
#include <memory>

namespace ws {

struct Recovery::Sweep {
    QStringList queue;
    QSet<QString> wasDoomed;
    CleanupReport report;
    std::function<void(Result<CleanupReport>)> done;
};

Recovery::Recovery(SessionServices& services, KeyLifecycle& keys)
    : m_services(services)
    , m_keys(keys) {}

void Recovery::sweep(std::function<void(Result<CleanupReport>)> done) {
    auto sweep = std::make_shared<Sweep>();
    sweep->done = std::move(done);
    const QDateTime now = m_services.clock.now();
    const qint64 graceSecs = m_services.options.pendingGracePeriod.count();

    // A Revoking session whose lease is held belongs to a clear another live process (or this one)
    // is still running: its revocation may yet fail, and then that process restores the session, which
    // needs the session and its key. The bound on a lease is the pending grace period, the same bound
    // that protects a new key during its stamp_login: a revocation is a keychain read plus two API
    // calls, each under TurnkeyClient's 90 s deadline (retries included), so about 3 minutes at worst,
    // well inside the 10 minutes default. A lease older than that belongs to a hung process.
    const std::chrono::seconds leaseMaxAge = m_services.options.pendingGracePeriod;

    // Keys this process's flows are working on, as they are now; the repair also runs on the index's
    // writer thread, where the live set must not be read. A key made busy after this point is a new
    // Pending one, which the grace period protects.
    const QSet<QString> busy = m_keys.busyKeys();
    const QString heldReason =
        QCoreApplication::translate("ws", "live key of a session no longer in the index");

    // Repairs what a crash can leave behind between the index and the sessions; true when it
    // changed anything. Captures by value only: it runs here on the data last read, then on the
    // writer thread on the file's current content.
    const auto repair = [sweep, now, graceSecs, leaseMaxAge, busy, heldReason](IndexData& data) -> bool {
        bool changed = false;
        sweep->queue.clear();
        sweep->wasDoomed.clear();
        sweep->report.heldKeys = 0;
        // A clear with server revocation that was interrupted: the server may already have deleted
        // the key, so the session cannot be trusted to work; finish the clear the user asked for,
        // dooming its key as the clear would have.
        QSet<QString> clearedKeys;
        for (auto it = data.sessions.begin(); it != data.sessions.end();) {
            const SessionRecord& session = it->second;
            if (session.serverState == ServerState::Revoking &&
                !busy.contains(session.token.claims.publicKey) &&
                !leaseIsHeld(session.lease, now, leaseMaxAge)) {
                clearedKeys.insert(session.token.claims.publicKey);
                qCInfo(lcSession) << "recovery: finishing the interrupted clear of" << it->first;
                if (data.activeSessionKey == it->first)
                    data.activeSessionKey.clear();
                it = data.sessions.erase(it);
                changed = true;
            } else {
                ++it;
            }
        }
        const QSet<QString> inUse = data.publicKeysInUse();
        for (auto& [pub, key] : data.keys) {
            // Held keys may belong to a session that still exists somewhere (a damaged index's copy):
            // only the user's `keys delete` removes them.
            if (key.held) {
                if (!inUse.contains(pub))
                    ++sweep->report.heldKeys;
                continue;
            }
            if (key.kind == KeyKind::ApiKey || busy.contains(pub))
                continue;
            const bool used = inUse.contains(pub);
            if (used) {
                // A session points at it: it is live whatever the record said.
                changed = changed || key.state != KeyState::Live;
                key.state = KeyState::Live;
                continue;
            }
            if (clearedKeys.contains(pub) && key.state != KeyState::Doomed) {
                key.state = KeyState::Doomed;
                changed = true;
            }
            if (key.state == KeyState::Doomed) {
                sweep->wasDoomed.insert(pub);
                sweep->queue.append(pub);
            } else if (key.state == KeyState::Live) {
                // No flow leaves a live session key without its session (a clear dooms it in the same
                // write that removes the session), so its session was lost by something else: a
                // damaged index, or another version. The session may still exist, so the key stays.
                key.held = true;
                key.heldReason = heldReason;
                qCWarning(lcSession) << "recovery: holding key" << pub.left(16) << "(" << heldReason << ")";
                ++sweep->report.heldKeys;
                changed = true;
            } else if (!key.createdAt.isValid() || key.createdAt.secsTo(now) >= graceSecs) {
                key.state = KeyState::Doomed;
                sweep->queue.append(pub);
                changed = true;
            }
        }
        // A session whose key record went missing must not lose its key to a later sweep.
        for (const auto& [label, session] : data.sessions) {
            const QString pub = session.token.claims.publicKey;
            if (data.keys.find(pub) == data.keys.end()) {
                KeyRecord record;
                record.publicKey = pub;
                record.state = KeyState::Live;
                record.createdAt = now;
                data.keys[pub] = record;
                changed = true;
            }
        }
        return changed;
    };

    // Planned on what was last read first: at every start-up of a healthy index there is nothing to
    // repair, and the locked read-modify-write (which re-serialises the whole file to find that out)
    // is skipped. Anything another process changes meanwhile is looked at by the next sweep.
    IndexData dryRun = m_services.index.data();
    if (!repair(dryRun) && sweep->queue.isEmpty()) {
        QTimer::singleShot(0, &m_services.manager, [this, sweep]() { deleteQueued(sweep); });
        return;
    }
    // The repair (and every doom in it) is committed before any keychain delete starts.
    m_services.index.updateAsync(
        [repair](IndexData& data) -> Result<void> {
            (void)repair(data);
            return {};
        },
        &m_services.manager,
        [this, sweep](Result<void> planned) {
            if (!planned.ok()) {
                sweep->done(planned.error());
                return;
            }
            deleteQueued(sweep);
        });
}

void Recovery::deleteQueued(const std::shared_ptr<Sweep>& sweep) {
    // Sequential: the keychain serialises jobs anyway, and a failure must not stop the others.
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, sweep, weakNext = std::weak_ptr<std::function<void()>>(next)]() {
        if (sweep->queue.isEmpty()) {
            sweep->done(sweep->report);
            return;
        }
        const QString pub = sweep->queue.takeFirst();
        qCInfo(lcSession) << "recovery: deleting"
                          << (sweep->wasDoomed.contains(pub) ? "doomed" : "stale pending") << "key"
                          << pub.left(16);
        m_keys.destroy(pub, [sweep, pub, nextRef = weakNext.lock()](Result<void> r) {
            if (r.ok()) {
                ++sweep->report.deletedKeys;
                if (sweep->wasDoomed.contains(pub))
                    ++sweep->report.completedRefreshes;
            } else {
                sweep->report.failures.append(r.error());
            }
            (*nextRef)();
        });
    };
    (*next)();
}

} // namespace ws
