// Issue 18: what assistive technology sees. Walks the QAccessible tree of the main window, every dialog
// and the tray menu: every interactive element has a name, Tab reaches every control that takes focus,
// no two controls of one dialog or menu share a mnemonic, and no label shows a literal '&'.
#include "AccessibilityChecks.h"
#include "Clock.h"
#include "SessionFactory.h"
#include "TestEnvironment.h"
#include "app/ServiceFactory.h"
#include "app/SessionPolicy.h"
#include "app/Translations.h"
#include "dialogs/ConfirmClearAllDialog.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/RefreshOptionsDialog.h"
#include "dialogs/ServeDialog.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/signin/OidcWaitingPage.h"
#include "dialogs/signin/OtpCodePage.h"
#include "dialogs/signin/OtpContactPage.h"
#include "dialogs/signin/SignInMethodPage.h"
#include "model/SessionTableModel.h"
#include "settings/AppSettings.h"
#include "tray/TrayIntegration.h"
#include "widgets/DemoInbox.h"
#include "widgets/SessionDetailsPane.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using namespace ws::ui;

using namespace ws::test::a11y;

class TestAccessibility : public QObject {
    Q_OBJECT
private:
    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<AppSettings> m_settings;

    void checkDialog(QWidget* dialog) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QStringList nameless = unnamedIn(dialog);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(u'\n')));
        const QStringList clashes = mnemonicProblems(dialog);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
        const QStringList missed = unreachableByTab(dialog);
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("Tab never reaches: ") + missed.join(u", ")));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // tst_accessibility_de / _fr run the same checks on the translated texts (LANGUAGE).
        installTranslations(*QCoreApplication::instance());
        QAccessible::setActive(true);
        AppConfig config;
        config.dataDir = m_dir.filePath(QStringLiteral("data"));
        config.keychainService = ws::test::uniqueTestService(QStringLiteral("accessibility"));
        config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        m_services = ServiceFactory(config, m_clock).create();
        QVERIFY(m_services->openIndex().ok());
        m_settings = std::make_unique<AppSettings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.conf")), QSettings::IniFormat));
    }

    void mainWindow() {
        MainWindow window(m_services->manager(), *m_settings, m_clock, {});
        window.resize(900, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList nameless = unnamedIn(&window);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(u'\n')));
        const QStringList menus = menuProblems(window.menuBar()->actions(), QStringLiteral("menu bar"));
        QVERIFY2(menus.isEmpty(), qPrintable(menus.join(u'\n')));
        const QStringList labels = mnemonicProblems(&window);
        QVERIFY2(labels.isEmpty(), qPrintable(labels.join(u'\n')));
        const QStringList missed = unreachableByTab(&window);
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("Tab never reaches: ") + missed.join(u", ")));
    }

    void detailsPaneAndRemainingText() {
        const qint64 now = m_clock.nowSecs();
        SessionInfo session = ws::test::makeSession(QStringLiteral("work"), now + 600, 900, true);
        SessionDetailsPane pane;
        pane.showSession(session);
        pane.resize(360, 700);
        checkDialog(&pane);
        // The Remaining bar is drawn; its time left reaches assistive technology as text.
        SessionTableModel model(m_clock);
        model.setSessions({session});
        const QString spoken =
            model.index(0, SessionTableModel::Remaining).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(!spoken.isEmpty() && spoken.contains(QLatin1Char('1')), qPrintable(spoken));
    }

    void settingsDialog() {
        SettingsDialog dialog(*m_settings, true, false);
        checkDialog(&dialog);
    }

    void refreshOptionsDialog() {
        RefreshOptionsDialog::Choices choices;
        choices.lifetimeSecs = 900;
        RefreshOptionsDialog dialog(QStringLiteral("work"), choices);
        checkDialog(&dialog);
    }

    void confirmClearAllDialog() {
        ConfirmClearAllDialog dialog(3, true);
        checkDialog(&dialog);
    }

    void serveDialog() {
        ServeDialog dialog(QStringLiteral("work"));
        checkDialog(&dialog);
        dialog.setServing(QUrl(QStringLiteral("http://127.0.0.1:8765")), "token-not-real",
                          QStringLiteral("org-1"));
        checkDialog(&dialog);
    }

    void aboutBox() {
        MainWindow window(m_services->manager(), *m_settings, m_clock, {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox*>()) != nullptr);
        checkDialog(box);
    }

    void trayMenu() {
        SessionPolicy policy;
        TrayIntegration tray(m_services->manager(), m_clock, policy);
        QMenu menu;
        tray.fillMenu(&menu);
        QVERIFY(menu.actions().size() >= 4);
        const QStringList problems = menuProblems(menu.actions(), QStringLiteral("tray menu"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        menu.popup(QPoint(10, 10));
        QVERIFY(QTest::qWaitForWindowExposed(&menu));
        const QStringList nameless = unnamedIn(&menu);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(u'\n')));
        menu.close();
    }

    // Names, Tab order and mnemonics of the API-key log-in dialog (its rows whose field is a layout
    // need an explicit buddy, or their '&' shows literally).
    void loginDialog() {
        LoginDialog dialog(900);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList nameless = unnamedIn(&dialog);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(u'\n')));
        const QStringList missed = unreachableByTab(&dialog);
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("Tab never reaches: ") + missed.join(u", ")));
        const QStringList clashes = mnemonicProblems(&dialog);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    // Issue 15: the sign-in dialog's pages, each in the state a user meets it in, and the demo inbox
    // empty and with a code.
    void signInPages() {
        SignInMethodPage methods;
        methods.setProviders({QStringLiteral("email"), QStringLiteral("sms")});
        checkDialog(&methods);

        OtpContactPage contact(900);
        contact.setType(OtpType::Email);
        checkDialog(&contact);
        contact.setType(OtpType::Sms);
        checkDialog(&contact);

        OtpCodePage code;
        code.showSent(QStringLiteral("ada@example.com"));
        checkDialog(&code);

        OidcWaitingPage waiting;
        waiting.showStarting(QStringLiteral("Demo ID"));
        waiting.showWaiting(QUrl(QStringLiteral("https://id.example/authorize?x=1")), false);
        checkDialog(&waiting);
        waiting.showError(QStringLiteral("You declined at Demo ID."));
        checkDialog(&waiting);
    }

    void demoInbox() {
        QJsonArray sent;
        DemoInbox empty([] { return QJsonArray(); });
        checkDialog(&empty);
        sent.append(QJsonObject{{QStringLiteral("contact"), QStringLiteral("ada@example.com")},
                                {QStringLiteral("code"), QStringLiteral("123456")},
                                {QStringLiteral("type"), QStringLiteral("OTP_TYPE_EMAIL")}});
        DemoInbox withCode([&sent] { return sent; });
        QVERIFY(withCode.findChild<QListWidget*>()->count() == 1);
        checkDialog(&withCode);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
