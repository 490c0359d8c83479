#include "SessionTestKit.h"
#include "TestEnvironment.h"
#include "TrayHost.h"
#include "app/SessionPolicy.h"
#include "tray/DesktopNotifications.h"
#include "tray/Notifier.h"
#include "tray/TrayIntegration.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QWidget>
#include <memory>

using namespace ws;
using namespace ws::test;

namespace {

// A notification service (the Desktop Notifications Specification's Notify, ActionInvoked,
// NotificationClosed) on the test's private session bus, under a name of its own so that the
// applications other suites start never send to it. It lives on a second connection, so its signals
// travel through the bus like a real service's.
class FakeNotificationService : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Received {
        uint id;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout;
    };
    QList<Received> received;
    bool failNext = false;

public Q_SLOTS:
    uint Notify(const QString& /*appName*/, uint /*replacesId*/, const QString& /*icon*/,
                const QString& summary, const QString& body, const QStringList& actions,
                const QVariantMap& hints, int timeout) {
        if (failNext) {
            failNext = false;
            sendErrorReply(QDBusError::Failed, QStringLiteral("refused"));
            return 0;
        }
        const uint id = uint(received.size() + 1);
        received.append({id, summary, body, actions, hints, timeout});
        return id;
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    void CloseNotification(uint id) { Q_EMIT NotificationClosed(id, 3); }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString& actionKey);
    void NotificationClosed(uint id, uint reason);
};

} // namespace

class TestNotifier : public QObject {
    Q_OBJECT

    SystemClock m_clock;
    SessionPolicy m_policy;
    std::unique_ptr<SessionHarness> m_harness;

    static bool balloonVisible() {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget* w : widgets) {
            if (qstrcmp(w->metaObject()->className(), "QBalloonTip") == 0 && w->isVisible())
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() {
        m_harness = std::make_unique<SessionHarness>(m_clock, nullptr, SessionManager::Options{},
                                                     QStringLiteral("notifier"));
        const Result<void> opened = m_harness->open();
        WS_REQUIRE_KEYRING_OR_SKIP(opened.ok(), opened.ok() ? QString() : opened.error().toString());
    }

    void withoutATrayItIsABanner() {
        Notifier notifier(nullptr);
        QSignalSpy banner(&notifier, &Notifier::bannerRequested);
        notifier.warn(QStringLiteral("Session expiring"), QStringLiteral("'work' expires in 2 min"), false);
        QCOMPARE(banner.size(), 1);
        QCOMPARE(banner.at(0).at(0).toString(), QStringLiteral("'work' expires in 2 min"));
        QCOMPARE(banner.at(0).at(1).toBool(), false);
        notifier.warn(QStringLiteral("Refresh failed"), QStringLiteral("gave up"), true);
        QCOMPARE(banner.size(), 2);
        QCOMPARE(banner.at(1).at(1).toBool(), true);
    }

    void aTrayThatIsNotShownIsNoTray() {
        TrayIntegration tray(m_harness->manager(), m_clock, m_policy);
        Notifier notifier(&tray);
        QSignalSpy banner(&notifier, &Notifier::bannerRequested);
        notifier.warn(QStringLiteral("t"), QStringLiteral("b"));
        QCOMPARE(banner.size(), 1);
    }

    void aDestroyedTrayIsNoTray() {
        auto tray = std::make_unique<TrayIntegration>(m_harness->manager(), m_clock, m_policy);
        Notifier notifier(tray.get());
        tray.reset();
        QSignalSpy banner(&notifier, &Notifier::bannerRequested);
        notifier.warn(QStringLiteral("t"), QStringLiteral("b"));
        QCOMPARE(banner.size(), 1);
    }

    // Issue 18: the desktop's notification service gets the warning with its action; choosing the
    // action asks for the operation; a service that refuses, or none, falls back to the banner.
    void desktopNotificationsCarryTheirActions() {
        QDBusConnection bus =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake"));
        if (!bus.isConnected()) {
            if (keyringRequired())
                QFAIL("no session bus under ws_headless");
            QSKIP("no session bus (run under scripts/test or ws_headless)");
        }
        const QString name =
            QStringLiteral("org.walletsessions.TestNotifications%1").arg(QCoreApplication::applicationPid());
        FakeNotificationService service;
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service,
                                   QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        QVERIFY(bus.registerService(name));

        DesktopNotifications desktop(QDBusConnection::sessionBus(), name);
        QTRY_VERIFY(desktop.isAvailable());
        Notifier notifier(nullptr, &desktop);
        QSignalSpy banner(&notifier, &Notifier::bannerRequested);
        QSignalSpy refresh(&notifier, &Notifier::refreshRequested);
        QSignalSpy signInAgain(&notifier, &Notifier::signInAgainRequested);

        notifier.warn(QStringLiteral("Session expiring soon"),
                      QStringLiteral("Session 'work' expires in 2 min."), false, Notifier::Offer::RefreshNow,
                      QStringLiteral("work"));
        QTRY_COMPARE(service.received.size(), qsizetype(1));
        const FakeNotificationService::Received first = service.received.first();
        QCOMPARE(first.summary, QStringLiteral("Session expiring soon"));
        QCOMPARE(first.body, QStringLiteral("Session 'work' expires in 2 min."));
        QCOMPARE(first.actions, (QStringList{QStringLiteral("refresh:work"), QStringLiteral("Refresh now")}));
        QCOMPARE(first.hints.value(QStringLiteral("urgency")).toInt(), 1);
        QVERIFY(first.timeout > 0);
        QTest::qWait(100);
        QCOMPARE(banner.size(), 0);

        // Another application's notification, or a key this one did not offer: nothing happens.
        Q_EMIT service.ActionInvoked(first.id + 100, QStringLiteral("refresh:work"));
        Q_EMIT service.ActionInvoked(first.id, QStringLiteral("refresh:other"));
        Q_EMIT service.ActionInvoked(first.id, QStringLiteral("refresh:work"));
        QTRY_COMPARE(refresh.size(), 1);
        QCOMPARE(refresh.at(0).at(0).toString(), QStringLiteral("work"));

        notifier.warn(QStringLiteral("Session revoked"), QStringLiteral("gone"), true,
                      Notifier::Offer::SignInAgain, QStringLiteral("old"));
        QTRY_COMPARE(service.received.size(), qsizetype(2));
        const FakeNotificationService::Received second = service.received.at(1);
        QCOMPARE(second.hints.value(QStringLiteral("urgency")).toInt(), 2); // critical
        QCOMPARE(second.timeout, 0);                                        // stays until dismissed
        Q_EMIT service.ActionInvoked(second.id, QStringLiteral("sign-in-again:old"));
        QTRY_COMPARE(signInAgain.size(), 1);
        QCOMPARE(signInAgain.at(0).at(0).toString(), QStringLiteral("old"));
        QCOMPARE(refresh.size(), 1);

        // A closed notification's actions are forgotten.
        Q_EMIT service.NotificationClosed(first.id, 2);
        QTest::qWait(100);
        Q_EMIT service.ActionInvoked(first.id, QStringLiteral("refresh:work"));
        QTest::qWait(200);
        QCOMPARE(refresh.size(), 1);

        // The service refuses: the banner says it instead.
        service.failNext = true;
        notifier.warn(QStringLiteral("t"), QStringLiteral("refused one"));
        QTRY_COMPARE(banner.size(), 1);
        QCOMPARE(banner.at(0).at(0).toString(), QStringLiteral("refused one"));

        // Notifications off: the banner, the service never asked.
        notifier.setNotificationsEnabled(false);
        notifier.warn(QStringLiteral("t"), QStringLiteral("off"));
        QCOMPARE(banner.size(), 2);
        QCOMPARE(service.received.size(), qsizetype(2));
        notifier.setNotificationsEnabled(true);

        // The service goes away: the banner.
        QVERIFY(bus.unregisterService(name));
        QTRY_VERIFY(!desktop.isAvailable());
        notifier.warn(QStringLiteral("t"), QStringLiteral("no service"));
        QTRY_COMPARE(banner.size(), 3);
        bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        QDBusConnection::disconnectFromBus(QStringLiteral("fake"));
    }

    // Issue 18: what was started from the tray is reported where the user looks. The window shown:
    // its status bar (nothing here); hidden: a desktop notification, critical for a failure.
    void trayResultsAreNotificationsWhileTheWindowIsHidden() {
        QDBusConnection bus =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-results"));
        if (!bus.isConnected()) {
            if (keyringRequired())
                QFAIL("no session bus under ws_headless");
            QSKIP("no session bus (run under scripts/test or ws_headless)");
        }
        const QString name = QStringLiteral("org.walletsessions.TestResultNotifications%1")
                                 .arg(QCoreApplication::applicationPid());
        FakeNotificationService service;
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service,
                                   QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        QVERIFY(bus.registerService(name));
        DesktopNotifications desktop(QDBusConnection::sessionBus(), name);
        QTRY_VERIFY(desktop.isAvailable());
        Notifier notifier(nullptr, &desktop);
        QSignalSpy banner(&notifier, &Notifier::bannerRequested);

        notifier.trayResult(QStringLiteral("Refreshed 'work'; it now expires at 12:00:00."), true, true);
        QTest::qWait(300);
        QCOMPARE(service.received.size(), qsizetype(0)); // the window's status bar says it

        notifier.trayResult(QStringLiteral("Refreshed 'work'; it now expires at 12:00:00."), true, false);
        QTRY_COMPARE(service.received.size(), qsizetype(1));
        QCOMPARE(service.received.at(0).summary, QStringLiteral("Wallet Sessions"));
        QCOMPARE(service.received.at(0).body,
                 QStringLiteral("Refreshed 'work'; it now expires at 12:00:00."));
        QVERIFY(service.received.at(0).hints.value(QStringLiteral("urgency")).toInt() != 2);

        notifier.trayResult(QStringLiteral("Refreshing 'work' failed: HTTP 401"), false, false);
        QTRY_COMPARE(service.received.size(), qsizetype(2));
        QCOMPARE(service.received.at(1).summary, QStringLiteral("Refresh failed"));
        QCOMPARE(service.received.at(1).hints.value(QStringLiteral("urgency")).toInt(), 2); // critical
        QCOMPARE(banner.count(), 0);

        // Notifications off in Settings: the in-window banner, never a popup.
        notifier.setNotificationsEnabled(false);
        notifier.trayResult(QStringLiteral("Refreshing 'work' failed: HTTP 401"), false, false);
        QTRY_COMPARE(banner.count(), 1);
        QCOMPARE(service.received.size(), qsizetype(2));
        bus.unregisterService(name);
    }

    void withAVisibleTrayItIsATrayMessage() {
        if (!systemTrayAppears()) {
            if (keyringRequired())
                QFAIL(QByteArray("no system tray under ws_headless: " + trayDiagnosis()).constData());
            QSKIP("no system tray (run under scripts/test or ws_headless)");
        }
        TrayIntegration tray(m_harness->manager(), m_clock, m_policy);
        tray.start();
        QTRY_VERIFY_WITH_TIMEOUT(tray.isAvailable(), 20000);
        Notifier notifier(&tray);
        QSignalSpy banner(&notifier, &Notifier::bannerRequested);
        notifier.warn(QStringLiteral("Session expiring"), QStringLiteral("'work' expires in 2 min"));
        QCOMPARE(banner.size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(balloonVisible(), 10000);

        // Notifications switched off in the settings: back to the banner.
        notifier.setNotificationsEnabled(false);
        notifier.warn(QStringLiteral("Session expiring"), QStringLiteral("again"));
        QCOMPARE(banner.size(), 1);
    }
};

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
