// Core's batch operations (BatchJob) against the in-process devserver and the real keyring: one
// outcome per session on one channel, expired and revoked sessions skipped, and cancellation that
// leaves every session either fully done or untouched.
#include "DevServerConfig.h"
#include "OnlineHarness.h"
#include "TestEnvironment.h"
#include "crypto/P256KeyPair.h"
#include "session/BatchJob.h"

#include <QTest>
#include <map>
#include <optional>

using namespace ws;
using namespace ws::test;

namespace {

struct Watched {
    QList<SessionOutcome> outcomes; // as they arrived on sessionFinished
    QList<std::pair<int, int>> progress;
    std::optional<Result<BatchReport>> report;
};

// Collects everything a job says; `onFirst` runs inside the first sessionFinished of a session
// that was worked on (skipped ones arrive first and do not count).
void watch(BatchJob* job, Watched& w, std::function<void(BatchJob*)> onFirst = {}) {
    QObject::connect(job, &BatchJob::sessionFinished, job, [&w, job, onFirst](const SessionOutcome& o) {
        w.outcomes.append(o);
        if (onFirst && o.status == SessionOutcome::Status::Done &&
            std::count_if(w.outcomes.cbegin(), w.outcomes.cend(), [](const SessionOutcome& x) {
                return x.status == SessionOutcome::Status::Done;
            }) == 1)
            onFirst(job);
    });
    QObject::connect(job, &BatchJob::progress, job, [&w](int done, int total) {
        w.progress.append({done, total});
    });
    QObject::connect(job, &BatchJob::finished, job, [&w](const Result<BatchReport>& r) { w.report = r; });
}

std::map<QString, SessionOutcome::Status> statuses(const QList<SessionOutcome>& outcomes) {
    std::map<QString, SessionOutcome::Status> by;
    for (const SessionOutcome& o : outcomes)
        by[o.sessionKey] = o.status;
    return by;
}

} // namespace

class TestBatchOnline : public QObject {
    Q_OBJECT

    std::unique_ptr<OnlineHarness> h;
    SessionManager& m() { return h->manager(); }

    void verifyOnlySessionKeysLeft() {
        const QString problem = h->onlySessionKeysLeft();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The server forgets `label`'s key and a refresh finds out: the session is marked revoked.
    void revoke(const QString& label) {
        const QString pub = h->publicKeyOf(label);
        QStringList ids;
        for (const auto& key : h->server().apiKeysForUser(h->fixture().userId()))
            if (QString::fromLatin1(key.publicKey) == pub)
                ids.append(key.id);
        QVERIFY(h->server().state().deleteKeys(h->fixture().userId(), ids).ok());
        WS_VERIFY_ERROR(h->refresh(label), ErrorCode::SessionExpired);
        QCOMPARE(m().getSession(label).value().serverState, ServerState::Revoked);
    }

private Q_SLOTS:
    void init() {
        SessionManager::Options options;
        options.maxConcurrentRefreshes = 2;
        h = std::make_unique<OnlineHarness>(options);
        const auto started = h->start();
        WS_REQUIRE_KEYRING_OR_SKIP(started.ok(), started.ok() ? QString() : started.error().toString());
    }
    void cleanup() { h.reset(); }

    void refreshAllReportsEverySessionOnceAndSkipsExpiredAndRevoked() {
        WS_VERIFY_OK(h->login(QStringLiteral("a")));
        WS_VERIFY_OK(h->login(QStringLiteral("b"), false));
        WS_VERIFY_OK(h->login(QStringLiteral("gone"), false));
        WS_VERIFY_OK(h->login(QStringLiteral("brief"), false, 30));
        revoke(QStringLiteral("gone"));
        h->clock().advanceSecs(45); // "brief" has expired
        const QString gonePub = h->publicKeyOf(QStringLiteral("gone"));
        const QString briefPub = h->publicKeyOf(QStringLiteral("brief"));
        const int activitiesBefore = h->server().activityCount();

        Watched w;
        watch(m().refreshAll(BatchRefreshOptions{}, this), w);
        QTRY_VERIFY_WITH_TIMEOUT(w.report.has_value(), 60000);
        WS_VERIFY_OK(*w.report);
        const BatchReport& report = w.report->value();
        QCOMPARE(report.outcomes.size(), 4);
        QCOMPARE(w.outcomes.size(), 4); // each session once on the one channel, the report agrees
        QCOMPARE(statuses(w.outcomes), statuses(report.outcomes));
        QCOMPARE(report.succeededCount(), 2);
        QCOMPARE(report.skippedCount(), 2);
        QCOMPARE(report.failureCount(), 0);
        for (const SessionOutcome& o : report.outcomes) {
            const bool skipped =
                o.sessionKey == QStringLiteral("gone") || o.sessionKey == QStringLiteral("brief");
            QCOMPARE(o.status, skipped ? SessionOutcome::Status::Skipped : SessionOutcome::Status::Done);
            QVERIFY2(skipped ? o.result.error().message.contains(QStringLiteral("log in again"))
                             : o.result.ok(),
                     qPrintable(o.sessionKey));
        }
        QCOMPARE(h->server().activityCount(), activitiesBefore + 2); // nothing sent for skipped ones
        QCOMPARE(h->publicKeyOf(QStringLiteral("gone")), gonePub);
        QCOMPARE(h->publicKeyOf(QStringLiteral("brief")), briefPub);
        QCOMPARE(w.progress.last(), std::make_pair(4, 4));
        verifyOnlySessionKeysLeft();
    }

    // The server evicts a user's oldest session key when a new one would pass its limit (Turnkey's
    // behaviour). Three sessions logged in c, b, a, and keys a killed refresh left behind fill the user
    // to the limit: refreshed by name, a's new key would evict c's live key before c's turn (401). The
    // batch goes oldest key first, so each eviction takes a key the batch has already replaced.
    void refreshAllGoesOldestKeyFirstSoEvictionsTakeReplacedKeys() {
        SessionManager::Options options;
        options.maxConcurrentRefreshes = 1; // one at a time: the server sees the batch's own order
        h = std::make_unique<OnlineHarness>(options);
        WS_VERIFY_OK(h->start());
        for (const char* label : {"c", "b", "a"}) {
            WS_VERIFY_OK(h->login(QString::fromLatin1(label), false));
            h->clock().advanceSecs(10);
        }
        const QString user = h->fixture().userId();
        const int limit = devserver::DevServerConfig{}.maxExpiringKeysPerUser;
        int orphans = 0;
        while (h->server().apiKeysForUser(user).size() < qsizetype(limit) + 1) { // + the long-lived key
            const Result<P256KeyPair> orphan = P256KeyPair::generate();
            WS_VERIFY_OK(orphan);
            WS_VERIFY_OK(h->server().state().registerSessionKey(user, orphan->publicKeyHex(), 900,
                                                                h->clock().now().toMSecsSinceEpoch(), false));
            ++orphans;
        }
        QCOMPARE(orphans, limit - 3);

        Watched w;
        watch(m().refreshAll(BatchRefreshOptions{}, this), w);
        QTRY_VERIFY_WITH_TIMEOUT(w.report.has_value(), 60000);
        WS_VERIFY_OK(*w.report);
        QStringList order;
        for (const SessionOutcome& o : std::as_const(w.outcomes)) {
            order.append(o.sessionKey);
            QVERIFY2(o.result.ok(),
                     qPrintable(o.sessionKey + QStringLiteral(": ") + o.result.error().message));
        }
        QCOMPARE(order, QStringList({QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
        verifyOnlySessionKeysLeft();
    }

    void cancelStartsNoFurtherRefresh() {
        QMap<QString, QString> keysBefore;
        for (int i = 0; i < 6; ++i) {
            const QString label = QStringLiteral("s%1").arg(i);
            WS_VERIFY_OK(h->login(label, i == 0));
            keysBefore.insert(label, h->publicKeyOf(label));
        }
        h->server().addLatency(150); // both refreshes in flight when the first one ends
        Watched w;
        watch(m().refreshAll(BatchRefreshOptions{}, this), w, [](BatchJob* job) { job->cancel(); });
        QTRY_VERIFY_WITH_TIMEOUT(w.report.has_value(), 60000);
        h->server().resetFaults();
        WS_VERIFY_OK(*w.report);
        const BatchReport& report = w.report->value();
        QCOMPARE(report.outcomes.size(), 6);
        QCOMPARE(w.outcomes.size(), 6);
        QCOMPARE(report.succeededCount(), 2); // the two in flight finished
        QCOMPARE(report.cancelledCount(), 4);
        QCOMPARE(report.failureCount(), 0);
        for (const SessionOutcome& o : report.outcomes) {
            const QString now = h->publicKeyOf(o.sessionKey);
            if (o.succeeded())
                QVERIFY2(now != keysBefore.value(o.sessionKey), qPrintable(o.sessionKey));
            else
                QCOMPARE(now, keysBefore.value(o.sessionKey)); // untouched
        }
        verifyOnlySessionKeysLeft(); // keys made ahead for cancelled sessions are gone
    }

    void cancelledClearLeavesTheRestUntouched() {
        for (int i = 0; i < 5; ++i)
            WS_VERIFY_OK(h->login(QStringLiteral("c%1").arg(i), i == 0));
        Watched w;
        watch(m().clearAll(ClearOptions{}, this), w, [](BatchJob* job) { job->cancel(); });
        QTRY_VERIFY_WITH_TIMEOUT(w.report.has_value(), 60000);
        WS_VERIFY_OK(*w.report);
        const BatchReport& report = w.report->value();
        QCOMPARE(report.outcomes.size(), 5);
        QCOMPARE(w.outcomes.size(), 5);
        QCOMPARE(report.succeededCount(), 2);
        QCOMPARE(report.cancelledCount(), 3);
        QCOMPARE(m().getAllSessions().size(), 3);
        for (const SessionOutcome& o : report.outcomes) {
            QCOMPARE(m().getSession(o.sessionKey).ok(), !o.succeeded());
            if (!o.succeeded())
                WS_VERIFY_OK(h->verify(o.sessionKey)); // still usable
        }
        verifyOnlySessionKeysLeft();
    }

    void aJobWhoseContextDiesReportsNothing() {
        WS_VERIFY_OK(h->login(QStringLiteral("x")));
        bool reported = false;
        {
            QObject context;
            BatchJob* job = m().refreshAll(BatchRefreshOptions{}, &context);
            connect(job, &BatchJob::finished, this, [&](const Result<BatchReport>&) { reported = true; });
        }
        QTest::qWait(1500);
        QVERIFY(!reported);
        verifyOnlySessionKeysLeft();
    }
};

QTEST_GUILESS_MAIN(TestBatchOnline)
#include "tst_batch_online.moc"
