#include "DevServerFixture.h"
#include "SessionTestKit.h"
#include "TestEnvironment.h"
#include "TrayHost.h"
#include "api/TurnkeyClient.h"
#include "app/SessionPolicy.h"
#include "tray/TrayIntegration.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace ws;
using namespace ws::test;

// The tray against a real X server with a real tray host (trayer, under ws_headless), a real
// SessionManager, the real keyring and the in-process devserver.
class TestTrayIntegration : public QObject {
    Q_OBJECT

    std::unique_ptr<DevServerFixture> m_fixture;
    std::unique_ptr<TurnkeyClient> m_api;
    std::unique_ptr<SessionHarness> m_harness;
    SessionPolicy m_policy; // the warn-before setting, as AppContext keeps it
    std::unique_ptr<TrayIntegration> m_tray;
    int m_seq = 0;

    SessionManager& sessions() { return m_harness->manager(); }

    QString login(bool makeActive = true) {
        LoginRequest request;
        request.organizationId = m_fixture->organizationId();
        request.apiPublicKey = m_fixture->server().demoApiPublicKeyHex();
        request.apiPrivateKey = m_fixture->server().demoApiPrivateKeyHex();
        request.sessionKey = QStringLiteral("tray%1").arg(++m_seq);
        request.expirationSeconds = 900;
        request.makeActive = makeActive;
        auto r = waitFor<QString>([&](QObject* c, Callback<QString> cb) {
            sessions().loginWithApiKey(std::move(request), c, std::move(cb));
        });
        if (!r.ok()) {
            qWarning() << "login failed:" << r.error().toString();
            return {};
        }
        return r.value();
    }

    QSystemTrayIcon* icon() const { return m_tray->findChild<QSystemTrayIcon*>(); }

    QMenu* openMenu() {
        QMenu* menu = icon() ? icon()->contextMenu() : nullptr;
        if (menu)
            Q_EMIT menu->aboutToShow(); // what the tray host's right click causes
        return menu;
    }

    qint64 activeExpiry() {
        auto s = sessions().getSession();
        return s.ok() ? s->token.claims.exp : 0;
    }

    QString activePublicKey() {
        auto s = sessions().getSession();
        return s.ok() ? s->token.claims.publicKey : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        if (!systemTrayAppears()) {
            if (keyringRequired())
                QFAIL(QByteArray("no system tray under ws_headless: " + trayDiagnosis()).constData());
            QSKIP("no system tray (run under scripts/test or ws_headless)");
        }
        m_fixture = std::make_unique<DevServerFixture>();
        WS_VERIFY_OK(m_fixture->start());
        ApiConfig config;
        config.baseUrl = m_fixture->url();
        config.maxRetries = 0;
        m_api = std::make_unique<TurnkeyClient>(config, m_fixture->clock());
        SessionManager::Options options;
        options.notarizerPublicKeyHex = m_fixture->server().notarizerPublicKeyHex();
        m_harness = std::make_unique<SessionHarness>(m_fixture->clock(), m_api.get(), options,
                                                     QStringLiteral("tray"));
        const Result<void> opened = m_harness->open();
        WS_REQUIRE_KEYRING_OR_SKIP(opened.ok(), opened.ok() ? QString() : opened.error().toString());
        m_tray = std::make_unique<TrayIntegration>(sessions(), m_fixture->clock(), m_policy);
    }

    void cleanupTestCase() {
        m_tray.reset();
        m_harness.reset();
        m_api.reset();
    }

    void noSessionState() {
        QCOMPARE(m_tray->iconState(), TrayIntegration::IconState::NoSession);
        QVERIFY(!m_tray->isAvailable()); // not started yet
        QVERIFY(!m_tray->showMessage(QStringLiteral("t"), QStringLiteral("b")));
    }

    void iconAppearsInTheTray() {
        QSignalSpy availability(m_tray.get(), &TrayIntegration::availabilityChanged);
        m_tray->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_tray->isAvailable(), 20000);
        QCOMPARE(availability.size(), 1);
        QCOMPARE(availability.at(0).at(0).toBool(), true);
        QVERIFY(icon());
        QVERIFY(icon()->isVisible());
        QVERIFY(!icon()->icon().isNull());
        // Embedded by the tray host: it has a place on the screen.
        QTRY_VERIFY_WITH_TIMEOUT(!icon()->geometry().isEmpty(), 20000);
    }

    void menuHasTheEntries() {
        const QString first = login();
        const QString second = login(false);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QCOMPARE(sessions().getActiveSessionKey(), first);

        QMenu* menu = openMenu();
        QVERIFY(menu);
        for (const char* name : {"refreshActive", "refreshAll", "toggleWindow", "clearAll", "quit"}) {
            QAction* action = menu->findChild<QAction*>(QString::fromLatin1(name));
            QVERIFY2(action, name);
            QVERIFY2(action->isEnabled(), name);
        }
        QAction* firstEntry = menu->findChild<QAction*>(QStringLiteral("session:") + first);
        QAction* secondEntry = menu->findChild<QAction*>(QStringLiteral("session:") + second);
        QVERIFY(firstEntry && secondEntry);
        QVERIFY(firstEntry->isChecked());
        QVERIFY(!secondEntry->isChecked());
        QVERIFY2(firstEntry->text().contains(QStringLiteral("15 min left")), qPrintable(firstEntry->text()));

        // Quick refresh comes first (issue 18), before the window and the session entries.
        QVERIFY(!menu->actions().isEmpty());
        QCOMPARE(menu->actions().constFirst()->objectName(), QStringLiteral("refreshActive"));

        QCOMPARE(m_tray->iconState(), TrayIntegration::IconState::Healthy);
        QVERIFY2(icon()->toolTip().contains(first), qPrintable(icon()->toolTip()));
        // The tooltip and the menu say the same time left, in the same words.
        static const QRegularExpression timeLeft(QStringLiteral("\\d+ min left"));
        const QString menuTime = timeLeft.match(firstEntry->text()).captured();
        QVERIFY2(!menuTime.isEmpty(), qPrintable(firstEntry->text()));
        QVERIFY2(icon()->toolTip().contains(menuTime),
                 qPrintable(icon()->toolTip() + QStringLiteral(" / ") + menuTime));

        // Choosing a session in the menu makes it the active one.
        secondEntry->trigger();
        QTRY_COMPARE(sessions().getActiveSessionKey(), second);
        QTRY_VERIFY_WITH_TIMEOUT(icon()->toolTip().contains(second), 10000);
        WS_VERIFY_OK(waitFor<void>(
            [&](QObject* c, Callback<void> cb) { sessions().setActiveSession(first, c, std::move(cb)); }));

        QSignalSpy toggle(m_tray.get(), &TrayIntegration::toggleWindowRequested);
        QSignalSpy clearAll(m_tray.get(), &TrayIntegration::clearAllRequested);
        QSignalSpy quit(m_tray.get(), &TrayIntegration::quitRequested);
        menu = openMenu();
        menu->findChild<QAction*>(QStringLiteral("toggleWindow"))->trigger();
        menu->findChild<QAction*>(QStringLiteral("clearAll"))->trigger();
        menu->findChild<QAction*>(QStringLiteral("quit"))->trigger();
        QCOMPARE(toggle.size(), 1);
        QCOMPARE(clearAll.size(), 1);
        QCOMPARE(quit.size(), 1);

        m_tray->setWindowVisible(false);
        QCOMPARE(openMenu()->findChild<QAction*>(QStringLiteral("toggleWindow"))->text(),
                 QStringLiteral("Show window"));
        m_tray->setWindowVisible(true);
        QCOMPARE(openMenu()->findChild<QAction*>(QStringLiteral("toggleWindow"))->text(),
                 QStringLiteral("Hide window"));
    }

    void quickRefreshFromTheMenu() {
        const QString before = activePublicKey();
        QVERIFY(!before.isEmpty());
        QSignalSpy finished(m_tray.get(), &TrayIntegration::operationFinished);
        openMenu()->findChild<QAction*>(QStringLiteral("refreshActive"))->trigger();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(0).toString()));
        const QString after = activePublicKey();
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);
        // The new key is the one the server knows.
        bool known = false;
        for (const devserver::ApiKey& k : m_fixture->server().apiKeysForUser(m_fixture->userId()))
            known = known || QString::fromLatin1(k.publicKey) == after;
        QVERIFY(known);
    }

    void clicksAreDebounced() {
        const QString key = sessions().getActiveSessionKey();
        const QString before = activePublicKey();
        QSignalSpy refreshing(&sessions(), &SessionManager::refreshStateChanged);
        QSignalSpy finished(m_tray.get(), &TrayIntegration::operationFinished);

        // With the click-to-refresh setting, two clicks in a row (one event-loop turn apart at most)
        // refresh once.
        m_tray->setClickRefreshes(true);
        const auto restore = qScopeGuard([this] { m_tray->setClickRefreshes(false); });
        Q_EMIT icon()->activated(QSystemTrayIcon::Trigger);
        Q_EMIT icon()->activated(QSystemTrayIcon::Trigger);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(0).toString()));
        QVERIFY(activePublicKey() != before);
        QTest::qWait(800); // well past the debounce window
        QCOMPARE(finished.size(), 1);
        int starts = 0;
        for (const QList<QVariant>& args : refreshing)
            starts += (args.at(0).toString() == key && args.at(1).toBool()) ? 1 : 0;
        QCOMPARE(starts, 1);
    }

    // Issue 18: a left click shows/hides the window (KeePassXC, Nextcloud); the middle click refreshes.
    void leftClickTogglesTheWindowMiddleClickRefreshes() {
        const QString before = activePublicKey();
        QSignalSpy toggle(m_tray.get(), &TrayIntegration::toggleWindowRequested);
        QSignalSpy finished(m_tray.get(), &TrayIntegration::operationFinished);
        Q_EMIT icon()->activated(QSystemTrayIcon::Trigger);
        QTRY_COMPARE(toggle.size(), 1);
        QTest::qWait(400);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(activePublicKey(), before);
        Q_EMIT icon()->activated(QSystemTrayIcon::MiddleClick);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(0).toString()));
        QVERIFY(activePublicKey() != before);
        QCOMPARE(toggle.size(), 1);
    }

    void doubleClickTogglesTheWindowAndDoesNotRefresh() {
        const QString before = activePublicKey();
        QSignalSpy toggle(m_tray.get(), &TrayIntegration::toggleWindowRequested);
        QSignalSpy finished(m_tray.get(), &TrayIntegration::operationFinished);
        // QTBUG-69698: a double click arrives as Trigger then DoubleClick.
        Q_EMIT icon()->activated(QSystemTrayIcon::Trigger);
        Q_EMIT icon()->activated(QSystemTrayIcon::DoubleClick);
        QCOMPARE(toggle.size(), 1);
        QTest::qWait(800);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(activePublicKey(), before);
    }

    void iconStateFollowsTheActiveSession() {
        const qint64 exp = activeExpiry();
        QVERIFY(exp > 0);
        ManualClock& clock = m_fixture->clock();
        const QDateTime saved = clock.now();
        clock.set(QDateTime::fromSecsSinceEpoch(exp - 100, Qt::UTC));
        QCOMPARE(m_tray->iconState(), TrayIntegration::IconState::ExpiringSoon);
        clock.set(QDateTime::fromSecsSinceEpoch(exp, Qt::UTC));
        QCOMPARE(m_tray->iconState(), TrayIntegration::IconState::Expired);
        QVERIFY(openMenu()); // refreshes the tooltip too
        QVERIFY2(icon()->toolTip().contains(QStringLiteral("expired")), qPrintable(icon()->toolTip()));
        clock.set(saved);
        QCOMPARE(m_tray->iconState(), TrayIntegration::IconState::Healthy);
    }

    // The user changes the warning time in Settings: the icon and the menu follow at once, without
    // waiting for the next minute's update or a menu being opened.
    void followsAChangedWarnBefore() {
        const qint64 exp = activeExpiry();
        QVERIFY(exp > 0);
        const QDateTime saved = m_fixture->clock().now();
        m_fixture->clock().set(QDateTime::fromSecsSinceEpoch(exp - 100, Qt::UTC)); // within the default 120 s
        QCOMPARE(m_tray->iconState(), TrayIntegration::IconState::ExpiringSoon);
        const auto refreshAllText = [this] {
            QAction* action = icon()->contextMenu()->findChild<QAction*>(QStringLiteral("refreshAll"));
            return action ? action->text() : QString();
        };
        m_policy.setWarnBefore(std::chrono::seconds(60));
        QCOMPARE(m_tray->iconState(), TrayIntegration::IconState::Healthy);
        QVERIFY2(!refreshAllText().contains(QStringLiteral("expiring")), qPrintable(refreshAllText()));
        m_policy.setWarnBefore(std::chrono::seconds(600));
        QCOMPARE(m_tray->iconState(), TrayIntegration::IconState::ExpiringSoon);
        QVERIFY2(refreshAllText().contains(QStringLiteral("expiring")), qPrintable(refreshAllText()));
        m_policy.setWarnBefore(SessionPolicy::kDefaultWarnBefore);
        m_fixture->clock().set(saved);
        QCOMPARE(m_tray->iconState(), TrayIntegration::IconState::Healthy);
    }

    void messagesGoToTheTray() {
        QVERIFY(m_tray->showMessage(QStringLiteral("Wallet Sessions"), QStringLiteral("test message")));
    }

    // Last: it logs in more sessions than the devserver keeps keys for one user.
    void menuListsTheActiveAndSoonestExpiringSessionsOnly() {
        while (sessions().getAllSessions(SessionManager::SignatureCheck::Skip).size() < 13)
            QVERIFY(!login(false).isEmpty());
        const QList<SessionInfo> all = sessions().getAllSessions(SessionManager::SignatureCheck::Skip);
        const QString active = sessions().getActiveSessionKey();
        QVERIFY(!active.isEmpty());
        QMenu* menu = openMenu();
        QVERIFY(menu);
        QStringList listed;
        for (QAction* action : menu->actions())
            if (action->objectName().startsWith(QStringLiteral("session:")))
                listed << action->objectName().mid(8);
        QCOMPARE(listed.size(), 10);
        QCOMPARE(listed.first(), active); // the active session leads
        // The rest are the ones that expire first.
        std::vector<qint64> expiries;
        for (const SessionInfo& s : all)
            if (s.sessionKey != active)
                expiries.push_back(s.token.claims.exp);
        std::sort(expiries.begin(), expiries.end());
        for (int i = 1; i < listed.size(); ++i) {
            const auto it = std::find_if(all.begin(), all.end(),
                                         [&](const SessionInfo& s) { return s.sessionKey == listed[i]; });
            QVERIFY(it != all.end());
            QVERIFY2(it->token.claims.exp <= expiries[8], qPrintable(listed[i]));
        }
        QAction* more = menu->findChild<QAction*>(QStringLiteral("moreSessions"));
        QVERIFY(more);
        QVERIFY2(more->text().contains(QString::number(all.size() - 10)), qPrintable(more->text()));
        QSignalSpy toggle(m_tray.get(), &TrayIntegration::toggleWindowRequested);
        m_tray->setWindowVisible(false);
        openMenu()->findChild<QAction*>(QStringLiteral("moreSessions"))->trigger();
        QCOMPARE(toggle.size(), 1); // shows the window, where every session is listed
        m_tray->setWindowVisible(true);
        openMenu()->findChild<QAction*>(QStringLiteral("moreSessions"))->trigger();
        QCOMPARE(toggle.size(), 1); // already visible: nothing to toggle
    }
};

QTEST_MAIN(TestTrayIntegration)
#include "tst_trayintegration.moc"
