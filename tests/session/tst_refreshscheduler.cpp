#include "DevServerFixture.h"
#include "SessionTestKit.h"
#include "TestEnvironment.h"
#include "api/TurnkeyClient.h"
#include "session/RefreshScheduler.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace ws;
using namespace ws::test;
using namespace std::chrono_literals;

// The scheduler against a real SessionManager, the real keyring and the in-process devserver, with
// one ManualClock shared by all of them: tests move time and call replan(), so nothing waits for a
// deadline in real time (except the one test that checks the timer itself).
class TestRefreshScheduler : public QObject {
    Q_OBJECT

    std::unique_ptr<DevServerFixture> m_fixture;
    std::unique_ptr<TurnkeyClient> m_api;
    std::unique_ptr<SessionHarness> m_harness;
    int m_seq = 0;

    ManualClock& clock() { return m_fixture->clock(); }
    SessionManager& sessions() { return m_harness->manager(); }

    static SchedulerOptions defaultOptions() {
        SchedulerOptions o;
        o.refreshBefore = 60s;
        o.warnBefore = 120s;
        o.initialBackoff = 10s;
        return o;
    }

    // Logs in a new session through the devserver; returns its key label.
    QString login(qint64 lifetime = 900) {
        auto key = m_fixture->demoKey();
        if (!key.ok())
            return {};
        LoginRequest request;
        request.organizationId = m_fixture->organizationId();
        request.apiPublicKey = m_fixture->server().demoApiPublicKeyHex();
        request.apiPrivateKey = m_fixture->server().demoApiPrivateKeyHex();
        request.sessionKey = QStringLiteral("s%1").arg(++m_seq);
        request.expirationSeconds = lifetime;
        auto r = waitFor<QString>([&](QObject* c, Callback<QString> cb) {
            sessions().loginWithApiKey(std::move(request), c, std::move(cb));
        });
        if (!r.ok()) {
            qWarning() << "login failed:" << r.error().toString();
            return {};
        }
        return r.value();
    }

    SessionInfo info(const QString& key) {
        auto s = sessions().getSession(key);
        return s.ok() ? s.value() : SessionInfo{};
    }

private Q_SLOTS:
    void initTestCase() {
        m_fixture = std::make_unique<DevServerFixture>();
        WS_VERIFY_OK(m_fixture->start());
    }

    void init() {
        m_fixture->server().resetFaults();
        ApiConfig config;
        config.baseUrl = m_fixture->url();
        config.maxRetries = 0; // the scheduler's own back-off is under test, not the client's
        m_api = std::make_unique<TurnkeyClient>(config, clock());
        SessionManager::Options options;
        options.notarizerPublicKeyHex = m_fixture->server().notarizerPublicKeyHex();
        m_harness =
            std::make_unique<SessionHarness>(clock(), m_api.get(), options, QStringLiteral("scheduler"));
        const Result<void> opened = m_harness->open();
        WS_REQUIRE_KEYRING_OR_SKIP(opened.ok(), opened.ok() ? QString() : opened.error().toString());
    }

    void cleanup() {
        m_harness.reset();
        m_api.reset();
    }

    void refreshesAtThresholdAndNotBefore() {
        const QString key = login(900);
        QVERIFY(!key.isEmpty());
        const SessionInfo before = info(key);
        const qint64 exp = before.token.claims.exp;

        RefreshScheduler scheduler(sessions(), clock(), defaultOptions());
        QSignalSpy succeeded(&scheduler, &RefreshScheduler::autoRefreshSucceeded);
        QSignalSpy failed(&scheduler, &RefreshScheduler::autoRefreshFailed);
        QSignalSpy warned(&scheduler, &RefreshScheduler::expiryWarning);
        scheduler.start();
        QCOMPARE(scheduler.nextWakeUp(), QDateTime::fromSecsSinceEpoch(exp - 60, Qt::UTC));

        clock().set(QDateTime::fromSecsSinceEpoch(exp - 61, Qt::UTC));
        const int requestsBefore = m_fixture->server().requestCount();
        scheduler.replan();
        QVERIFY(!sessions().isRefreshing(key));
        QCOMPARE(scheduler.nextWakeUp(), QDateTime::fromSecsSinceEpoch(exp - 60, Qt::UTC));

        clock().advanceSecs(1);
        scheduler.replan();
        QVERIFY(succeeded.wait(60000));
        QCOMPARE(succeeded.size(), 1);
        QCOMPARE(succeeded.at(0).at(0).toString(), key);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(warned.size(), 0); // auto-refreshed sessions are not warned about
        QVERIFY(m_fixture->server().requestCount() > requestsBefore);

        const SessionInfo after = info(key);
        QVERIFY(after.token.claims.publicKey != before.token.claims.publicKey);
        // The session's own lifetime is reused: the new expiry is "now + 900".
        QCOMPARE(after.token.claims.exp, exp - 60 + 900);
        QTRY_COMPARE_WITH_TIMEOUT(scheduler.nextWakeUp(),
                                  QDateTime::fromSecsSinceEpoch(after.token.claims.exp - 60, Qt::UTC), 10000);
    }

    void earliestDeadlineWins() {
        const QString longer = login(1800);
        clock().advanceSecs(5);
        const QString shorter = login(600);
        QVERIFY(!longer.isEmpty() && !shorter.isEmpty());
        RefreshScheduler scheduler(sessions(), clock(), defaultOptions());
        scheduler.start();
        QCOMPARE(scheduler.nextWakeUp(),
                 QDateTime::fromSecsSinceEpoch(info(shorter).token.claims.exp - 60, Qt::UTC));
        scheduler.stop();
        QVERIFY(!scheduler.nextWakeUp().isValid());
    }

    void warnsOnceWhenAutoRefreshIsOff() {
        const QString key = login(900);
        QVERIFY(!key.isEmpty());
        WS_VERIFY_OK(waitFor<void>(
            [&](QObject* c, Callback<void> cb) { sessions().setAutoRefresh(key, false, c, std::move(cb)); }));
        const SessionInfo before = info(key);
        const qint64 exp = before.token.claims.exp;

        RefreshScheduler scheduler(sessions(), clock(), defaultOptions());
        QSignalSpy warned(&scheduler, &RefreshScheduler::expiryWarning);
        QSignalSpy succeeded(&scheduler, &RefreshScheduler::autoRefreshSucceeded);
        scheduler.start();
        QCOMPARE(scheduler.nextWakeUp(), QDateTime::fromSecsSinceEpoch(exp - 120, Qt::UTC));

        clock().set(QDateTime::fromSecsSinceEpoch(exp - 121, Qt::UTC));
        scheduler.replan();
        QCOMPARE(warned.size(), 0);

        clock().advanceSecs(1);
        scheduler.replan();
        QCOMPARE(warned.size(), 1);
        QCOMPARE(warned.at(0).at(0).toString(), key);
        QCOMPARE(warned.at(0).at(1).toLongLong(), 120);

        // Past the refresh threshold and again later: no second warning, and no refresh.
        clock().set(QDateTime::fromSecsSinceEpoch(exp - 30, Qt::UTC));
        scheduler.replan();
        scheduler.replan();
        QCOMPARE(warned.size(), 1);
        QVERIFY(!sessions().isRefreshing(key));
        QCOMPARE(succeeded.size(), 0);
        QCOMPARE(info(key).token.claims.publicKey, before.token.claims.publicKey);
        QVERIFY(!scheduler.nextWakeUp().isValid());
    }

    void globalSwitchOffMeansNoRefresh() {
        const QString key = login(900);
        QVERIFY(!key.isEmpty());
        const qint64 exp = info(key).token.claims.exp;
        SchedulerOptions options = defaultOptions();
        options.autoRefreshEnabled = false;
        RefreshScheduler scheduler(sessions(), clock(), options);
        QSignalSpy warned(&scheduler, &RefreshScheduler::expiryWarning);
        scheduler.start();
        QCOMPARE(scheduler.nextWakeUp(), QDateTime::fromSecsSinceEpoch(exp - 120, Qt::UTC));
        clock().set(QDateTime::fromSecsSinceEpoch(exp - 10, Qt::UTC));
        scheduler.replan();
        QVERIFY(!sessions().isRefreshing(key));
        QCOMPARE(warned.size(), 1);
        QCOMPARE(warned.at(0).at(1).toLongLong(), 10);
    }

    void expiredSessionsAreNotRefreshed() {
        const QString key = login(900);
        QVERIFY(!key.isEmpty());
        const SessionInfo before = info(key);
        clock().set(QDateTime::fromSecsSinceEpoch(before.token.claims.exp + 1, Qt::UTC));

        const int requestsBefore = m_fixture->server().requestCount();
        RefreshScheduler scheduler(sessions(), clock(), defaultOptions());
        QSignalSpy warned(&scheduler, &RefreshScheduler::expiryWarning);
        QSignalSpy failed(&scheduler, &RefreshScheduler::autoRefreshFailed);
        scheduler.start();
        scheduler.replan();
        QVERIFY(!sessions().isRefreshing(key));
        QVERIFY(!scheduler.nextWakeUp().isValid());
        QCOMPARE(m_fixture->server().requestCount(), requestsBefore);
        QCOMPARE(warned.size(), 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(info(key).token.claims.publicKey, before.token.claims.publicKey);
    }

    void backsOffOnServerErrorsThenGivesUpBeforeExpiry() {
        const QString key = login(900);
        QVERIFY(!key.isEmpty());
        const SessionInfo before = info(key);
        const qint64 exp = before.token.claims.exp;

        RefreshScheduler scheduler(sessions(), clock(), defaultOptions()); // back-off 10 s, 20 s, 40 s...
        QSignalSpy failed(&scheduler, &RefreshScheduler::autoRefreshFailed);
        QSignalSpy succeeded(&scheduler, &RefreshScheduler::autoRefreshSucceeded);
        scheduler.start();
        m_fixture->server().failNext(503, 100);

        clock().set(QDateTime::fromSecsSinceEpoch(exp - 60, Qt::UTC));
        scheduler.replan();
        QVERIFY(failed.wait(60000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(1).value<Error>().code, ErrorCode::ServerError);
        QCOMPARE(failed.at(0).at(2).toBool(), false);
        QCOMPARE(scheduler.nextWakeUp(), QDateTime::fromSecsSinceEpoch(exp - 50, Qt::UTC));

        // Not yet due: nothing happens a second early.
        clock().set(QDateTime::fromSecsSinceEpoch(exp - 51, Qt::UTC));
        scheduler.replan();
        QVERIFY(!sessions().isRefreshing(key));

        clock().set(QDateTime::fromSecsSinceEpoch(exp - 50, Qt::UTC));
        scheduler.replan();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 60000);
        QCOMPARE(failed.at(1).at(2).toBool(), false);
        QCOMPARE(scheduler.nextWakeUp(), QDateTime::fromSecsSinceEpoch(exp - 30, Qt::UTC));

        // The next back-off (40 s) would land after expiry: give up now, and say when it expires.
        clock().set(QDateTime::fromSecsSinceEpoch(exp - 30, Qt::UTC));
        scheduler.replan();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, 60000);
        QCOMPARE(failed.at(2).at(2).toBool(), true);
        const Error last = failed.at(2).at(1).value<Error>();
        QVERIFY2(last.message.startsWith(QStringLiteral("auto-refresh gave up: the session expires at ")),
                 qPrintable(last.message));

        // Given up: no more attempts; a warning still comes since nobody will refresh it now.
        const int requests = m_fixture->server().requestCount();
        clock().set(QDateTime::fromSecsSinceEpoch(exp - 10, Qt::UTC));
        scheduler.replan();
        QVERIFY(!sessions().isRefreshing(key));
        QCOMPARE(m_fixture->server().requestCount(), requests);
        QCOMPARE(succeeded.size(), 0);
        QCOMPARE(info(key).token.claims.publicKey, before.token.claims.publicKey); // old key kept
        m_fixture->server().resetFaults();
    }

    void recoversAfterATransientFailure() {
        const QString key = login(900);
        QVERIFY(!key.isEmpty());
        const qint64 exp = info(key).token.claims.exp;
        RefreshScheduler scheduler(sessions(), clock(), defaultOptions());
        QSignalSpy failed(&scheduler, &RefreshScheduler::autoRefreshFailed);
        QSignalSpy succeeded(&scheduler, &RefreshScheduler::autoRefreshSucceeded);
        scheduler.start();
        m_fixture->server().failNext(503, 1);
        clock().set(QDateTime::fromSecsSinceEpoch(exp - 60, Qt::UTC));
        scheduler.replan();
        QVERIFY(failed.wait(60000));
        clock().advanceSecs(10);
        scheduler.replan();
        QVERIFY(succeeded.wait(60000));
        QCOMPARE(failed.size(), 1);
        QVERIFY(info(key).token.claims.exp > exp);
    }

    void revokedSessionGivesUpAtOnce() {
        const QString key = login(900);
        QVERIFY(!key.isEmpty());
        const SessionInfo s = info(key);
        // Revoke it on the server, as another device or the 10-key eviction would.
        QStringList ids;
        for (const devserver::ApiKey& k : m_fixture->server().apiKeysForUser(m_fixture->userId())) {
            if (QString::fromLatin1(k.publicKey) == s.token.claims.publicKey)
                ids << k.id;
        }
        QCOMPARE(ids.size(), 1);
        WS_VERIFY_OK(m_fixture->server().state().deleteKeys(m_fixture->userId(), ids));

        RefreshScheduler scheduler(sessions(), clock(), defaultOptions());
        QSignalSpy failed(&scheduler, &RefreshScheduler::autoRefreshFailed);
        scheduler.start();
        clock().set(QDateTime::fromSecsSinceEpoch(s.token.claims.exp - 60, Qt::UTC));
        scheduler.replan();
        QVERIFY(failed.wait(60000));
        QCOMPARE(failed.at(0).at(1).value<Error>().code, ErrorCode::SessionExpired);
        QCOMPARE(failed.at(0).at(2).toBool(), true);
        const int requests = m_fixture->server().requestCount();
        clock().advanceSecs(20);
        scheduler.replan();
        QCOMPARE(m_fixture->server().requestCount(), requests);
    }

    void clockJumpForwardIsCaughtUp() {
        const QString key = login(900);
        QVERIFY(!key.isEmpty());
        const qint64 exp = info(key).token.claims.exp;
        RefreshScheduler scheduler(sessions(), clock(), defaultOptions());
        QSignalSpy succeeded(&scheduler, &RefreshScheduler::autoRefreshSucceeded);
        scheduler.start();
        QCOMPARE(scheduler.nextWakeUp(), QDateTime::fromSecsSinceEpoch(exp - 60, Qt::UTC));

        // A resume from suspend: the wall clock is 14 min further, the monotonic timer is not.
        clock().advanceSecs(850);
        scheduler.replan();
        QVERIFY(succeeded.wait(60000));
        QVERIFY(info(key).token.claims.exp > exp);
    }

    void clockJumpBackwardRePlans() {
        const QString key = login(900);
        QVERIFY(!key.isEmpty());
        const qint64 exp = info(key).token.claims.exp;
        RefreshScheduler scheduler(sessions(), clock(), defaultOptions());
        QSignalSpy succeeded(&scheduler, &RefreshScheduler::autoRefreshSucceeded);
        scheduler.start();
        clock().advanceSecs(-3600);
        scheduler.replan();
        // Deadlines are absolute: still exp - 60, nothing refreshed early.
        QCOMPARE(scheduler.nextWakeUp(), QDateTime::fromSecsSinceEpoch(exp - 60, Qt::UTC));
        QVERIFY(!sessions().isRefreshing(key));
        QCOMPARE(succeeded.size(), 0);
        clock().advanceSecs(3600);
    }

    void timerFiresByItself() {
        const QString key = login(900);
        QVERIFY(!key.isEmpty());
        const qint64 exp = info(key).token.claims.exp;
        // Two seconds before the deadline in clock time: the real timer is armed for ~2 s.
        clock().set(QDateTime::fromSecsSinceEpoch(exp - 62, Qt::UTC));
        RefreshScheduler scheduler(sessions(), clock(), defaultOptions());
        QSignalSpy succeeded(&scheduler, &RefreshScheduler::autoRefreshSucceeded);
        scheduler.start();
        clock().advanceSecs(2); // time passes; nobody calls replan()
        QVERIFY(succeeded.wait(60000));
        QVERIFY(info(key).token.claims.exp > exp);
    }

    void shortLifetimeRefreshesAtHalfLife() {
        const QString key = login(60); // shorter than twice the 60 s threshold
        QVERIFY(!key.isEmpty());
        const qint64 exp = info(key).token.claims.exp;
        RefreshScheduler scheduler(sessions(), clock(), defaultOptions());
        scheduler.start();
        QCOMPARE(scheduler.nextWakeUp(), QDateTime::fromSecsSinceEpoch(exp - 30, Qt::UTC));
        QVERIFY(!sessions().isRefreshing(key));
    }
};

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_refreshscheduler.moc"
