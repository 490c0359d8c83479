// Issue 18: the application speaks the user's language. Runs with LANGUAGE=de (tests/ui/CMakeLists.txt):
// the translation is found from the system locale, embedded in the binary, and reaches the real window,
// its dialogs and the plural forms; `--lang` picks another one.
#include "Clock.h"
#include "SessionFactory.h"
#include "TestEnvironment.h"
#include "app/ServiceFactory.h"
#include "app/Translations.h"
#include "dialogs/ConfirmClearAllDialog.h"
#include "dialogs/RefreshOptionsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "model/BatchSummary.h"
#include "model/SessionStatus.h"
#include "model/SessionTableModel.h"
#include "settings/AppSettings.h"
#include "widgets/SessionDetailsPane.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using namespace ws::ui;

class TestTranslations : public QObject {
    Q_OBJECT
private:
    SystemClock m_clock;
    QTemporaryDir m_dir;

    static QStringList menuTitles(QMainWindow& window) {
        QStringList titles;
        const QList<QAction*> actions = window.menuBar()->actions();
        for (QAction* action : actions)
            titles << action->text();
        return titles;
    }

    template <typename T>
    static QStringList texts(QWidget& root) {
        QStringList all;
        const QList<T*> widgets = root.findChildren<T*>();
        for (T* w : widgets)
            all << w->text();
        return all;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCOMPARE(qgetenv("LANGUAGE"), QByteArray("de"));
        // From the system locale (LANGUAGE), out of the resources compiled into the binary.
        QCOMPARE(installTranslations(*QCoreApplication::instance()), QStringLiteral("de"));
        QVERIFY(QFile::exists(QStringLiteral(":/translations/wallet-sessions_de.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/translations/wallet-sessions_fr.qm")));
    }

    void languageOption() {
        QCOMPARE(languageFromArguments(
                     {QStringLiteral("wallet-sessions"), QStringLiteral("--lang"), QStringLiteral("fr")}),
                 QStringLiteral("fr"));
        QCOMPARE(languageFromArguments({QStringLiteral("wallet-sessions"), QStringLiteral("--lang=de")}),
                 QStringLiteral("de"));
        QCOMPARE(languageFromArguments({QStringLiteral("wallet-sessions"), QStringLiteral("--demo")}),
                 QString());
    }

    void mainWindowSpeaksGerman() {
        AppConfig config;
        config.dataDir = m_dir.filePath(QStringLiteral("data"));
        config.keychainService = ws::test::uniqueTestService(QStringLiteral("translations"));
        config.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        const std::unique_ptr<AppServices> services = ServiceFactory(config, m_clock).create();
        QVERIFY(services->openIndex().ok());
        AppSettings settings(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.conf")), QSettings::IniFormat));
        MainWindow window(services->manager(), settings, m_clock, {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QStringList menus = menuTitles(window);
        QVERIFY2(menus.contains(QStringLiteral("&Sitzung")), qPrintable(menus.join(u',')));
        QVERIFY(menus.contains(QStringLiteral("&Hilfe")));
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("actionRefresh"))->text(),
                 QStringLiteral("&Erneuern"));
        // The empty page: no sessions in a fresh data directory.
        auto* login = window.findChild<QPushButton*>(QStringLiteral("emptyLoginButton"));
        QVERIFY(login);
        QCOMPARE(login->text(), QStringLiteral("Mit einem API-Schlüssel &anmelden…"));
        const QStringList labels = texts<QLabel>(window);
        QVERIFY2(labels.contains(QStringLiteral("<h2>Noch keine Sitzungen</h2>")),
                 qPrintable(labels.join(u'|')));

        // The details pane's labels (translated apart from their rows).
        SessionDetailsPane pane;
        pane.showSession(ws::test::makeSession(QStringLiteral("work"), m_clock.nowSecs() + 600, 900, true));
        const QStringList paneLabels = texts<QLabel>(pane);
        QVERIFY2(paneLabels.contains(QStringLiteral("Öffentlicher Schlüssel:")),
                 qPrintable(paneLabels.join(u'|')));
        QVERIFY(paneLabels.contains(QStringLiteral("Organisations-ID:")));

        SessionTableModel model(m_clock);
        QCOMPARE(model.headerData(SessionTableModel::Remaining, Qt::Horizontal).toString(),
                 QStringLiteral("Verbleibend"));
    }

    void dialogsSpeakGermanWithPlurals() {
        ConfirmClearAllDialog one(1, false);
        ConfirmClearAllDialog three(3, true);
        QVERIFY2(one.windowTitle() == QStringLiteral("Alle Sitzungen löschen"),
                 qPrintable(one.windowTitle()));
        const QStringList oneTexts = texts<QLabel>(one);
        const QStringList threeTexts = texts<QLabel>(three);
        QVERIFY2(oneTexts.join(u' ').contains(QStringLiteral("Die 1 Sitzung löschen?")),
                 qPrintable(oneTexts.join(u'|')));
        QVERIFY2(threeTexts.join(u' ').contains(QStringLiteral("Alle 3 Sitzungen löschen?")),
                 qPrintable(threeTexts.join(u'|')));

        // The countdown for screen readers.
        QCOMPARE(formatRemainingCoarse(5 * 60 * 1000), QStringLiteral("etwa 5 Minuten übrig"));
        QCOMPARE(QCoreApplication::translate("ws", "about %n hour(s) left", nullptr, 1),
                 QStringLiteral("etwa 1 Stunde übrig"));

        // Batch results (window and tray) in proper plurals.
        QCOMPARE(QCoreApplication::translate("ws::ui::SessionCommands", "Cleared %n session(s)", nullptr, 1),
                 QStringLiteral("1 Sitzung gelöscht"));
        QCOMPARE(QCoreApplication::translate("ws::TrayIntegration", "Refreshed %n session(s)", nullptr, 3),
                 QStringLiteral("3 Sitzungen erneuert"));

        // What the batch line adds after its first part (ui/model/BatchSummary), and a wrong code's
        // attempts left (the code page's own plural), in German too.
        BatchReport report;
        report.outcomes = {{QStringLiteral("a"), Result<void>(), SessionOutcome::Status::Done},
                           {QStringLiteral("b"), Result<void>(), SessionOutcome::Status::Skipped},
                           {QStringLiteral("c"), Result<void>(), SessionOutcome::Status::Skipped},
                           {QStringLiteral("d"), Result<void>(), SessionOutcome::Status::Cancelled}};
        QCOMPARE(summarizeBatch(report, QStringLiteral("1 Sitzung erneuert")),
                 QStringLiteral("1 Sitzung erneuert; 2 übersprungen (abgelaufen oder widerrufen: erneut "
                                "anmelden); vor 1 weiteren angehalten"));
        QCOMPARE(QCoreApplication::translate("ws::ui::OtpCodePage",
                                             "That code is not right. You can try %n more time(s).", nullptr,
                                             1),
                 QStringLiteral("Dieser Code stimmt nicht. Sie können es noch 1 Mal versuchen."));

        RefreshOptionsDialog::Choices choices;
        choices.lifetimeSecs = 900;
        RefreshOptionsDialog refresh(QStringLiteral("demo-5min"), choices);
        QVERIFY(texts<QCheckBox>(refresh).contains(
            QStringLiteral("Die anderen Sitzungen des Benutzers &ungültig machen")));

        AppSettings settings(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("d.conf")), QSettings::IniFormat));
        SettingsDialog dialog(settings, true, false);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
        QVERIFY(
            texts<QCheckBox>(dialog).contains(QStringLiteral("&Minimiert in der Kontrollleiste starten")));
    }

    // Last: the French translators are installed over the German ones.
    void frenchOnRequest() {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("fr")),
                 QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("ws::ui::ActionsController", "&Clear"),
                 QStringLiteral("&Effacer"));
        QCOMPARE(QCoreApplication::translate("ws::TrayIntegration", "%n more in the window…", nullptr, 2),
                 QStringLiteral("2 autres dans la fenêtre…"));
        QCOMPARE(QCoreApplication::translate("ws::TrayIntegration", "%n more in the window…", nullptr, 1),
                 QStringLiteral("1 autre dans la fenêtre…"));
        QCOMPARE(
            QCoreApplication::translate("ws", "%n skipped (expired or revoked: log in again)", nullptr, 2),
            QStringLiteral("2 ignorées (expirées ou révoquées : reconnectez-vous)"));
        QCOMPARE(formatRemainingCoarse(3 * 3600 * 1000), QStringLiteral("environ 3 heures restantes"));
        QCOMPARE(QCoreApplication::translate("ws", "about %n minute(s) left", nullptr, 1),
                 QStringLiteral("environ 1 minute restante"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
