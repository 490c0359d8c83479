#include "Clock.h"
#include "SessionFactory.h"
#include "app/Translations.h"
#include "model/SessionSortFilterProxy.h"
#include "model/SessionStatus.h"
#include "model/SessionTableModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace ws;
using namespace ws::ui;
using ws::test::makeSession;

class TestSessionTableModel : public QObject {
    Q_OBJECT

private:
    ManualClock m_clock;
    qint64 now() const { return m_clock.nowSecs(); }

    QString text(const SessionTableModel& model, int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role).toString();
    }

private Q_SLOTS:
    // The coarse countdown text has English plural forms ("about %n minute(s) left").
    void initTestCase() { installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); }

    void init() { m_clock.set(QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC)); }

    void passesModelTester() {
        SessionTableModel model(m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SessionSortFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(SessionTableModel::Remaining);

        model.setSessions({makeSession(QStringLiteral("a"), now() + 100),
                           makeSession(QStringLiteral("b"), now() + 50),
                           makeSession(QStringLiteral("c"), now() + 500)});
        QCOMPARE(model.rowCount(), 3);
        m_clock.advanceSecs(60);
        model.tick();
        model.setRefreshing(QStringLiteral("a"), true);
        model.setSessions(
            {makeSession(QStringLiteral("a"), now() + 900), makeSession(QStringLiteral("d"), now() + 10)});
        QCOMPARE(model.rowCount(), 2);
        model.setRefreshing(QStringLiteral("a"), false);
        proxy.setFilterFixedString(QStringLiteral("user-d"));
        QCOMPARE(proxy.rowCount(), 1);
        model.setSessions({});
        QCOMPARE(model.rowCount(), 0);
        model.tick();
    }

    void countdownTextFollowsTheClock() {
        SessionTableModel model(m_clock);
        model.setSessions({makeSession(QStringLiteral("s"), now() + 300)});
        const int col = SessionTableModel::Remaining;
        QCOMPARE(text(model, 0, col), QStringLiteral("00:05:00"));
        m_clock.advance(500); // 299.5 s left: rounded up, the second has not passed yet
        QCOMPARE(text(model, 0, col), QStringLiteral("00:05:00"));
        m_clock.advance(500);
        QCOMPARE(text(model, 0, col), QStringLiteral("00:04:59"));
        m_clock.advanceSecs(238);
        QCOMPARE(text(model, 0, col), QStringLiteral("00:01:01"));
        m_clock.advanceSecs(60);
        QCOMPARE(text(model, 0, col), QStringLiteral("00:00:01"));
        m_clock.advanceSecs(1);
        QCOMPARE(text(model, 0, col), QStringLiteral("Expired"));
        // Coarse text for screen readers does not change every second.
        model.setSessions({makeSession(QStringLiteral("s"), now() + 330)});
        QCOMPARE(text(model, 0, col, Qt::AccessibleTextRole), QStringLiteral("about 6 minutes left"));
        m_clock.advanceSecs(1);
        QCOMPARE(text(model, 0, col, Qt::AccessibleTextRole), QStringLiteral("about 6 minutes left"));
    }

    void longLifetimesShowDays() {
        QCOMPARE(formatRemaining((86400 + 3723) * 1000LL), QStringLiteral("1d 01:02:03"));
        QCOMPARE(formatRemaining(3600 * 1000LL), QStringLiteral("01:00:00"));
        QCOMPARE(formatRemaining(1), QStringLiteral("00:00:01"));
        QCOMPARE(formatRemaining(0), QStringLiteral("Expired"));
        QCOMPARE(formatRemaining(-5000), QStringLiteral("Expired"));
    }

    void coloursAndBarFraction() {
        SessionTableModel model(m_clock);
        model.setWarnBefore(60);
        model.setSessions({makeSession(QStringLiteral("s"), now() + 300, 400)});
        const QModelIndex remaining = model.index(0, SessionTableModel::Remaining);
        QVERIFY(!remaining.data(Qt::ForegroundRole).isValid()); // normal: the palette's text colour
        QCOMPARE(remaining.data(SessionTableModel::RemainingLevelRole).toInt(), int(RemainingLevel::Normal));
        QCOMPARE(remaining.data(SessionTableModel::FractionLeftRole).toDouble(), 0.75);

        m_clock.advanceSecs(240); // 60 s left: amber
        QCOMPARE(remaining.data(SessionTableModel::RemainingLevelRole).toInt(), int(RemainingLevel::Warning));
        const QColor amber = remaining.data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(amber.isValid());
        QCOMPARE(remaining.data(SessionTableModel::FractionLeftRole).toDouble(), 0.15);

        m_clock.advanceSecs(60); // expired: red, empty bar
        QCOMPARE(remaining.data(SessionTableModel::RemainingLevelRole).toInt(), int(RemainingLevel::Expired));
        const QColor red = remaining.data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(red.isValid());
        QVERIFY(red != amber);
        QVERIFY(red.red() > red.green());
        QCOMPARE(remaining.data(SessionTableModel::FractionLeftRole).toDouble(), 0.0);
    }

    void expiryTooltipIsUtc() {
        SessionTableModel model(m_clock);
        model.setSessions({makeSession(QStringLiteral("s"), now() + 60)});
        const QString tip = text(model, 0, SessionTableModel::ExpiresAt, Qt::ToolTipRole);
        QCOMPARE(tip, QDateTime::fromSecsSinceEpoch(now() + 60, Qt::UTC)
                          .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
        QCOMPARE(text(model, 0, SessionTableModel::ExpiresAt),
                 QDateTime::fromSecsSinceEpoch(now() + 60, Qt::UTC)
                     .toLocalTime()
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }

    void statusTransitions() {
        SessionTableModel model(m_clock);
        model.setWarnBefore(60);
        model.setSessions({makeSession(QStringLiteral("s"), now() + 120)});
        auto status = [&] {
            return SessionStatus(model.data(model.index(0, 0), SessionTableModel::StatusRole).toInt());
        };
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(status(), SessionStatus::Valid);
        QCOMPARE(text(model, 0, SessionTableModel::Status), QStringLiteral("Valid"));

        m_clock.advanceSecs(59);
        model.tick();
        QCOMPARE(status(), SessionStatus::Valid);
        m_clock.advanceSecs(1);
        changed.clear();
        model.tick(); // crosses into the warning window: the Status cell is announced
        QCOMPARE(status(), SessionStatus::Expiring);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(0, SessionTableModel::Status));

        model.setRefreshing(QStringLiteral("s"), true);
        QCOMPARE(status(), SessionStatus::Refreshing);
        QCOMPARE(text(model, 0, SessionTableModel::Status), QStringLiteral("Refreshing…"));
        model.setRefreshing(QStringLiteral("s"), false);
        QCOMPARE(status(), SessionStatus::Expiring);

        SessionInfo failed = makeSession(QStringLiteral("s"), now() + 600);
        failed.lastError = QStringLiteral("NETWORK: connection refused by 127.0.0.1");
        model.setSessions({failed});
        QCOMPARE(status(), SessionStatus::Error);
        QCOMPARE(text(model, 0, SessionTableModel::Status, Qt::ToolTipRole), failed.lastError);

        SessionInfo revoked = failed;
        revoked.serverState = ServerState::Revoked;
        revoked.token.raw += "-revoked";
        model.setSessions({revoked});
        QCOMPARE(status(), SessionStatus::Revoked);
        QCOMPARE(text(model, 0, SessionTableModel::Status), QStringLiteral("Revoked"));

        model.setSessions({makeSession(QStringLiteral("s"), now() + 10)});
        m_clock.advanceSecs(10);
        changed.clear();
        model.tick();
        QCOMPARE(status(), SessionStatus::Expired);
        QCOMPARE(text(model, 0, SessionTableModel::Status), QStringLiteral("Expired"));
        QCOMPARE(changed.size(), 2); // countdown column + the status change
    }

    // Issue 18: a revoked session's countdown stops and its bar is grey and empty, never green; the
    // starred column says "default", a different word from any status.
    void revokedStopsTheCountdown() {
        SessionTableModel model(m_clock);
        SessionInfo revoked = makeSession(QStringLiteral("r"), now() + 600);
        revoked.serverState = ServerState::Revoked;
        revoked.active = true;
        model.setSessions({revoked});
        const QModelIndex remaining = model.index(0, SessionTableModel::Remaining);
        QCOMPARE(remaining.data().toString(), QStringLiteral("Revoked"));
        QCOMPARE(remaining.data(SessionTableModel::RemainingLevelRole).toInt(), int(RemainingLevel::Stopped));
        QCOMPARE(remaining.data(SessionTableModel::FractionLeftRole).toDouble(), 0.0);
        m_clock.advanceSecs(5);
        model.tick();
        QCOMPARE(remaining.data().toString(), QStringLiteral("Revoked")); // no countdown running
        const QColor grey = remaining.data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(grey.isValid());
        QVERIFY(grey.green() <= grey.red() + 16); // not the green of a valid session
        QCOMPARE(model.data(model.index(0, SessionTableModel::Active), Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Default session"));
        for (SessionStatus st : {SessionStatus::Valid, SessionStatus::Expiring, SessionStatus::Refreshing,
                                 SessionStatus::Error, SessionStatus::Expired, SessionStatus::Revoked})
            QVERIFY(!statusText(st).contains(QStringLiteral("Default"), Qt::CaseInsensitive));
    }

    void sortingByRemainingIsSortingByExpiry() {
        SessionTableModel model(m_clock);
        model.setSessions(
            {makeSession(QStringLiteral("a"), now() + 300), makeSession(QStringLiteral("b"), now() + 30),
             makeSession(QStringLiteral("c"), now() - 5), makeSession(QStringLiteral("d"), now() + 3000)});
        SessionSortFilterProxy byRemaining, byExpiry;
        byRemaining.setSourceModel(&model);
        byExpiry.setSourceModel(&model);
        byRemaining.sort(SessionTableModel::Remaining, Qt::AscendingOrder);
        byExpiry.sort(SessionTableModel::ExpiresAt, Qt::AscendingOrder);
        QCOMPARE(byRemaining.requestedSortColumn(), int(SessionTableModel::Remaining));
        QStringList a, b;
        for (int row = 0; row < 4; ++row) {
            a << byRemaining.index(row, SessionTableModel::SessionKey).data().toString();
            b << byExpiry.index(row, SessionTableModel::SessionKey).data().toString();
        }
        QCOMPARE(a, (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a"),
                                 QStringLiteral("d")}));
        QCOMPARE(a, b);

        QSignalSpy aboutToChange(&byRemaining, &QAbstractItemModel::layoutAboutToBeChanged);
        QSignalSpy layout(&byRemaining, &QAbstractItemModel::layoutChanged);
        for (int i = 0; i < 5; ++i) {
            m_clock.advanceSecs(1);
            model.tick();
        }
        QCOMPARE(layout.size(), 0);
        QCOMPARE(aboutToChange.size(), 0);
    }

    void oneRangedDataChangedPerTick() {
        SessionTableModel model(m_clock);
        model.setSessions({makeSession(QStringLiteral("a"), now() + 3000),
                           makeSession(QStringLiteral("b"), now() + 4000),
                           makeSession(QStringLiteral("c"), now() + 5000)});
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        m_clock.advanceSecs(1);
        model.tick();
        QCOMPARE(spy.size(), 1);
        const QModelIndex topLeft = spy.at(0).at(0).toModelIndex();
        const QModelIndex bottomRight = spy.at(0).at(1).toModelIndex();
        QCOMPARE(topLeft, model.index(0, SessionTableModel::Remaining));
        QCOMPARE(bottomRight, model.index(2, SessionTableModel::Remaining));
        const auto roles = spy.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(Qt::ForegroundRole));
        QVERIFY(roles.contains(SessionTableModel::FractionLeftRole));

        SessionTableModel empty(m_clock);
        QSignalSpy none(&empty, &QAbstractItemModel::dataChanged);
        empty.tick();
        QCOMPARE(none.size(), 0);
    }

    void tenThousandRows() {
        SessionTableModel model(m_clock);
        QList<SessionInfo> sessions;
        for (int i = 0; i < 10000; ++i)
            sessions << makeSession(QStringLiteral("s%1").arg(i, 5, 10, QLatin1Char('0')),
                                    now() + 200 + (i * 7919) % 10000);
        model.setSessions(sessions);
        QCOMPARE(model.rowCount(), 10000);
        SessionSortFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(SessionTableModel::Remaining);
        QCOMPARE(proxy.rowCount(), 10000);
        qint64 previous = 0;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const qint64 exp = proxy.index(row, 0).data(SessionTableModel::ExpiryEpochRole).toLongLong();
            QVERIFY(exp >= previous);
            previous = exp;
        }

        QSignalSpy source(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        m_clock.advanceSecs(1);
        model.tick();
        QCOMPARE(source.size(), 1);
        QCOMPARE(source.at(0).at(1).toModelIndex(), model.index(9999, SessionTableModel::Remaining));
        QCOMPARE(layout.size(), 0);

        // Re-merging the same snapshot changes nothing; removing half removes exactly those rows.
        source.clear();
        model.setSessions(sessions);
        QCOMPARE(source.size(), 0);
        QList<SessionInfo> half;
        for (int i = 0; i < sessions.size(); i += 2)
            half << sessions[i];
        model.setSessions(half);
        QCOMPARE(model.rowCount(), 5000);
        QCOMPARE(proxy.rowCount(), 5000);
        QCOMPARE(model.rowOf(QStringLiteral("s00002")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("s00001")), -1);
    }

    void mergeKeepsRowsAndReportsChanges() {
        SessionTableModel model(m_clock);
        model.setSessions(
            {makeSession(QStringLiteral("a"), now() + 100), makeSession(QStringLiteral("b"), now() + 200)});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        SessionInfo refreshed = makeSession(QStringLiteral("b"), now() + 900, 900, true);
        refreshed.token.raw += "-new";
        model.setSessions({refreshed, makeSession(QStringLiteral("c"), now() + 50)});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("b")), 0);
        QCOMPARE(text(model, 0, SessionTableModel::Remaining), QStringLiteral("00:15:00"));
        QVERIFY(model.data(model.index(0, SessionTableModel::Active), Qt::DecorationRole).isValid());
        QCOMPARE(text(model, 0, SessionTableModel::Type), QStringLiteral("Read-write"));
    }

    void filterMatchesKeyUserOrganizationAndType() {
        SessionTableModel model(m_clock);
        SessionInfo ro = makeSession(QStringLiteral("reader"), now() + 100);
        ro.token.claims.sessionType = QStringLiteral("SESSION_TYPE_READ_ONLY");
        ro.token.claims.organizationId = QStringLiteral("org-acme");
        model.setSessions({makeSession(QStringLiteral("work"), now() + 100), ro});
        SessionSortFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterFixedString(QStringLiteral("WORK"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QStringLiteral("acme"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QStringLiteral("read-only"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QStringLiteral("user-"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterFixedString(QStringLiteral("nothing-matches"));
        QCOMPARE(proxy.rowCount(), 0);
        // Clearing the box shows every row again, and a tick with the box empty keeps them all.
        proxy.setFilterFixedString(QString());
        QCOMPARE(proxy.rowCount(), 2);
        model.tick();
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterFixedString(QStringLiteral("reader"));
        QCOMPARE(proxy.rowCount(), 1);
        model.tick();
        QCOMPARE(proxy.rowCount(), 1);
    }

    void sortingByTextColumnsBreaksTiesBySessionKey() {
        SessionTableModel model(m_clock);
        SessionInfo b = makeSession(QStringLiteral("b"), now() + 100);
        SessionInfo a = makeSession(QStringLiteral("a"), now() + 200);
        SessionInfo c = makeSession(QStringLiteral("c"), now() + 300);
        b.token.claims.userId = a.token.claims.userId = QStringLiteral("same");
        c.token.claims.userId = QStringLiteral("alice");
        model.setSessions({b, a, c});
        SessionSortFilterProxy proxy;
        proxy.setSourceModel(&model);
        const auto keys = [&] {
            QStringList out;
            for (int row = 0; row < proxy.rowCount(); ++row)
                out << proxy.index(row, 0).data(SessionTableModel::SessionKeyRole).toString();
            return out;
        };
        proxy.sort(SessionTableModel::User);
        QCOMPARE(keys(), (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
        proxy.sort(SessionTableModel::SessionKey, Qt::DescendingOrder);
        QCOMPARE(keys(), (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
        proxy.sort(SessionTableModel::ExpiresAt);
        QCOMPARE(keys(), (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
    }

    void firstLoadAndMergeKeepRowLookupAndStatus() {
        SessionTableModel model(m_clock);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setSessions(
            {makeSession(QStringLiteral("b"), now() + 1000), makeSession(QStringLiteral("a"), now() - 5)});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("a")), 1);
        QCOMPARE(model.statusOf(1), SessionStatus::Expired);
        model.setSessions(
            {makeSession(QStringLiteral("a"), now() - 5), makeSession(QStringLiteral("c"), now() + 50)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(QStringLiteral("b")), -1);
        QCOMPARE(model.rowOf(QStringLiteral("a")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("c")), 1);
        QCOMPARE(model.statusOf(1), SessionStatus::Expiring);
    }
};

QTEST_MAIN(TestSessionTableModel)
#include "tst_sessiontablemodel.moc"
