#include "SessionTestKit.h"
#include "TestEnvironment.h"
#include "app/SessionPolicy.h"
#include "tray/Notifier.h"
#include "tray/TrayIntegration.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QWidget>
#include <memory>

using namespace ws;
using namespace ws::test;

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

    void withAVisibleTrayItIsATrayMessage() {
        if (!QSystemTrayIcon::isSystemTrayAvailable()) {
            if (keyringRequired())
                QFAIL("no system tray under ws_headless: is trayer running?");
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
