#include "RefreshAll.h"

#include "BatchQueue.h"
#include "Clock.h"
#include "KeyLifecycle.h"
#include "RefreshFlow.h"
#include "SessionMessages.h"
#include "SessionServices.h"
#include "store/SessionIndex.h"

#include <QSet>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <optional>

namespace ws {

namespace {

struct Batch {
    QStringList queue;
    QStringList freshKeys;        // made for this batch, stored, not yet handed to a refresh
    QSet<QString> inTpm;          // queued sessions whose key is in the TPM: each makes its own there
    qsizetype keychainQueued = 0; // queued sessions that take a fresh keychain key
    std::optional<Error> noKeys;  // the last attempt to make keys failed: refreshes make their own
    BatchReport report;
    int total = 0;
    int inFlight = 0;
    int cleanups = 0; // unused fresh keys being destroyed
    bool creating = false;
    std::function<void(Result<BatchReport>)> done;
    std::shared_ptr<BatchControl> control;
    qint64 expirationSeconds = 0;
};

} // namespace

RefreshAll::RefreshAll(SessionServices& services, RefreshFlow& refresh, KeyLifecycle& keys)
    : m_services(services)
    , m_refresh(refresh)
    , m_keys(keys) {}

void RefreshAll::run(BatchRefreshOptions options, std::shared_ptr<BatchControl> control,
                     std::function<void(Result<BatchReport>)> done) {
    auto batch = std::make_shared<Batch>();
    batch->done = std::move(done);
    batch->control = std::move(control);
    batch->expirationSeconds = options.expirationSeconds;
    const qint64 now = m_services.clock.nowSecs();
    const IndexData& data = m_services.index.data();
    QStringList keys;
    if (batch->control->sessionKeys)
        keys = *batch->control->sessionKeys;
    else
        for (const auto& entry : data.sessions)
            keys.append(entry.first);
    // One rule for every front end: an expired or revoked session cannot be refreshed (it needs a
    // new login), so it is skipped, not attempted and not counted as a failure.
    for (const QString& key : std::as_const(keys)) {
        const SessionRecord* session = data.findSession(key);
        if (!session)
            batch->report.outcomes.append(SessionOutcome{key, sessionmsg::unknownSession(key)});
        else if (now >= session->token.claims.exp)
            batch->report.outcomes.append(SessionOutcome{
                key, sessionmsg::expired(key, session->token.claims.exp), SessionOutcome::Status::Skipped});
        else if (session->serverState == ServerState::Revoked)
            batch->report.outcomes.append(
                SessionOutcome{key, sessionmsg::revoked(key), SessionOutcome::Status::Skipped});
        else {
            batch->queue.append(key);
            const auto record = data.keys.find(session->token.claims.publicKey);
            if (record != data.keys.end() && record->second.store == KeyStoreKind::Tpm)
                batch->inTpm.insert(key);
            else
                ++batch->keychainQueued;
        }
    }
    // Oldest key first. Turnkey keeps a bounded number of session keys per user and evicts the oldest
    // to make room for a new one, so a refresh can push out the key of a session not refreshed yet;
    // in this order the key evicted is one whose session this batch has already moved to a new key (or
    // the refreshing session's own, already checked). Keys a killed refresh left on the server without
    // a session are what bring a user to the limit. Ties (same second) keep the index order.
    const auto keyPlacedAt = [&data](const QString& key) {
        const SessionRecord* session = data.findSession(key);
        return session->refreshedAt.isValid() ? session->refreshedAt : session->createdAt;
    };
    std::stable_sort(batch->queue.begin(), batch->queue.end(),
                     [&](const QString& a, const QString& b) { return keyPlacedAt(a) < keyPlacedAt(b); });
    batch->total = int(batch->report.outcomes.size() + batch->queue.size());
    const int limit = std::max(1, m_services.options.maxConcurrentRefreshes);
    // New keys are made a few rounds of refreshes ahead, many per index commit: a refresh of its
    // own records its key in a commit of its own, and with every refresh waiting on the one
    // keychain queue those commits would not group. Made while the previous ones are in use.
    const int keysPerCommit = 2 * limit;

    // A self-referencing pump: each completion starts the next queued session.
    auto pump = std::make_shared<std::function<void()>>();
    *pump = [this, batch, limit, keysPerCommit, weakPump = std::weak_ptr<std::function<void()>>(pump)]() {
        const auto pumpRef = weakPump.lock();
        if (batch->control->cancelled) { // sessions not started yet stay untouched
            for (const QString& key : std::as_const(batch->queue)) {
                batch->report.outcomes.append(
                    SessionOutcome{key, sessionmsg::batchCancelled(key), SessionOutcome::Status::Cancelled});
                batch->control->report(batch->report.outcomes.last());
            }
            batch->queue.clear();
            batch->keychainQueued = 0;
        }
        if (!batch->creating && !batch->noKeys && batch->freshKeys.size() < limit &&
            batch->keychainQueued > batch->freshKeys.size()) {
            batch->creating = true;
            const int count =
                int(std::min<qsizetype>(keysPerCommit, batch->keychainQueued - batch->freshKeys.size()));
            m_keys.createSessionKeys(count, {}, [batch, pumpRef](std::vector<Result<QString>> created) {
                batch->creating = false;
                for (const Result<QString>& key : created) {
                    if (key.ok())
                        batch->freshKeys.append(key.value());
                    else
                        batch->noKeys = key.error();
                }
                (*pumpRef)();
            });
        }
        while (
            batch->inFlight < limit && !batch->queue.isEmpty() &&
            (!batch->freshKeys.isEmpty() || batch->noKeys || batch->inTpm.contains(batch->queue.first()))) {
            const QString key = batch->queue.takeFirst();
            const bool inTpm = batch->inTpm.contains(key);
            if (!inTpm)
                --batch->keychainQueued;
            RefreshRequest request;
            request.sessionKey = key;
            request.expirationSeconds = batch->expirationSeconds;
            // Without a key made for it (the keychain refused them), the refresh makes its own and
            // reports its own error. A session whose key is in the TPM makes its own in the TPM.
            if (!inTpm && !batch->freshKeys.isEmpty())
                request.publicKey = batch->freshKeys.takeFirst();
            const QString fresh = request.publicKey;
            ++batch->inFlight;
            m_refresh.refresh(request, [this, batch, key, fresh, pumpRef](Result<RefreshFlow::Outcome> r) {
                --batch->inFlight;
                // Refreshed by another process first counts as refreshed: the session is fresh.
                SessionOutcome outcome{key, r.ok() ? Result<void>() : Result<void>(r.error())};
                outcome.refreshedElsewhere = r.ok() && r.value() == RefreshFlow::Outcome::RefreshedElsewhere;
                batch->report.outcomes.append(outcome);
                batch->control->report(outcome);
                if (batch->control->progress)
                    batch->control->progress(BatchProgress{int(batch->report.outcomes.size()), batch->total});
                // A failed refresh, or one that joined a refresh of the same session already under
                // way, leaves its fresh key unused: nobody else knows it, so it goes now.
                if (!fresh.isEmpty() && !m_services.index.data().sessionUsingKey(fresh)) {
                    ++batch->cleanups;
                    m_keys.destroy(fresh, [batch, pumpRef](Result<void>) {
                        --batch->cleanups;
                        (*pumpRef)();
                    });
                }
                (*pumpRef)();
            });
        }
        if (batch->inFlight == 0 && batch->queue.isEmpty() && !batch->creating) {
            // Nothing should be left over (keys are made for queued sessions only); never leave one.
            while (!batch->freshKeys.isEmpty()) {
                ++batch->cleanups;
                m_keys.destroy(batch->freshKeys.takeFirst(), [batch, pumpRef](Result<void>) {
                    --batch->cleanups;
                    (*pumpRef)();
                });
            }
        }
        if (batch->inFlight == 0 && batch->queue.isEmpty() && !batch->creating && batch->cleanups == 0 &&
            batch->done) {
            sortOutcomes(batch->report);
            const auto done = std::move(batch->done);
            batch->done = nullptr;
            done(batch->report);
        }
    };
    // Started from the event loop so the caller's done() is never called inside this call.
    QTimer::singleShot(0, &m_services.manager, [pump, batch]() {
        for (const SessionOutcome& skipped : std::as_const(batch->report.outcomes))
            batch->control->report(skipped);
        (*pump)();
    });
}

} // namespace ws
