#include "Recovery.h"

#include "Clock.h"
#include "KeyLifecycle.h"
#include "SessionServices.h"
#include "store/SessionIndex.h"

#include <QSet>
#include <QTimer>
#include <memory>

namespace ws {

namespace {

struct Sweep {
    QStringList queue;
    QSet<QString> wasDoomed;
    CleanupReport report;
    std::function<void(Result<CleanupReport>)> done;
};

} // namespace

Recovery::Recovery(SessionServices& services, KeyLifecycle& keys)
    : m_services(services)
    , m_keys(keys) {}

void Recovery::sweep(std::function<void(Result<CleanupReport>)> done) {
    auto sweep = std::make_shared<Sweep>();
    sweep->done = std::move(done);
    const QDateTime now = m_services.clock.now();
    const qint64 graceSecs = m_services.options.pendingGracePeriod.count();

    // Repairs what a crash can leave behind between the index and the sessions; true when it
    // changed anything.
    const auto repair = [&](IndexData& data) -> bool {
        bool changed = false;
        sweep->queue.clear();
        sweep->wasDoomed.clear();
        // A clear with server revocation that was interrupted: the server may already have deleted
        // the key, so the session cannot be trusted to work; finish the clear the user asked for.
        // Its key, now used by no session, is doomed and deleted by the sweep below.
        for (auto it = data.sessions.begin(); it != data.sessions.end();) {
            if (it->second.serverState == ServerState::Revoking &&
                !m_keys.isBusy(it->second.token.claims.publicKey)) {
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
            if (key.kind == KeyKind::ApiKey || m_keys.isBusy(pub))
                continue;
            const bool used = inUse.contains(pub);
            if (used) {
                // A session points at it: it is live whatever the record said.
                changed = changed || key.state != KeyState::Live;
                key.state = KeyState::Live;
                continue;
            }
            if (key.state == KeyState::Doomed) {
                sweep->wasDoomed.insert(pub);
                sweep->queue.append(pub);
            } else if (key.state == KeyState::Live || !key.createdAt.isValid() ||
                       key.createdAt.secsTo(now) >= graceSecs) {
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
    if (repair(dryRun) || !sweep->queue.isEmpty()) {
        const Result<void> planned = m_services.index.update([&](IndexData& data) -> Result<void> {
            (void)repair(data);
            return {};
        });
        if (!planned.ok()) {
            const Error e = planned.error();
            QTimer::singleShot(0, &m_services.manager, [sweep, e]() { sweep->done(e); });
            return;
        }
    }

    // Sequential: the keychain serialises jobs anyway, and a failure must not stop the others.
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, sweep, weakNext = std::weak_ptr<std::function<void()>>(next)]() {
        if (sweep->queue.isEmpty()) {
            sweep->done(sweep->report);
            return;
        }
        const QString pub = sweep->queue.takeFirst();
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
    QTimer::singleShot(0, &m_services.manager, [next]() { (*next)(); });
}

} // namespace ws
