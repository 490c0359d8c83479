// Issue 18: English is the source language, yet "%n session(s)" must read "1 session" and
// "3 sessions". Runs with no translation for the locale (LANG=C, and LANGUAGE=es, which has none):
// installTranslations loads the English plural forms (resources/translations/wallet-sessions_en.ts).
#include "app/Translations.h"
#include "dialogs/ConfirmClearAllDialog.h"
#include "model/SessionStatus.h"

#include <QApplication>
#include <QTest>

using namespace ws;
using namespace ws::ui;

class TestPluralsEn : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        // English (or a language without a translation) reports no translation language.
        QCOMPARE(installTranslations(*QCoreApplication::instance()), QString());
        QVERIFY(QFile::exists(QStringLiteral(":/translations/wallet-sessions_en.qm")));
    }

    void batchResultsInEnglishPlurals() {
        QCOMPARE(QCoreApplication::translate("ws::ui::SessionCommands", "Cleared %n session(s)", nullptr, 1),
                 QStringLiteral("Cleared 1 session"));
        QCOMPARE(QCoreApplication::translate("ws::ui::SessionCommands", "Cleared %n session(s)", nullptr, 4),
                 QStringLiteral("Cleared 4 sessions"));
        QCOMPARE(QCoreApplication::translate("ws::TrayIntegration", "Refreshed %n session(s)", nullptr, 1),
                 QStringLiteral("Refreshed 1 session"));
        QCOMPARE(QCoreApplication::translate("ws::ui::AppContext",
                                             "Start-up clean-up: %n key(s) could not be deleted yet", nullptr,
                                             2),
                 QStringLiteral("Start-up clean-up: 2 keys could not be deleted yet"));
    }

    void coarseRemainingTimeInEnglishPlurals() {
        QCOMPARE(formatRemainingCoarse(5 * 60 * 1000), QStringLiteral("about 5 minutes left"));
        QCOMPARE(formatRemainingCoarse(3 * 3600 * 1000), QStringLiteral("about 3 hours left"));
        QCOMPARE(formatRemainingCoarse(30 * 1000), QStringLiteral("less than a minute left"));
        QCOMPARE(QCoreApplication::translate("ws", "about %n hour(s) left", nullptr, 1),
                 QStringLiteral("about 1 hour left"));
    }

    void dialogQuestionInEnglishPlurals() {
        QCOMPARE(ConfirmClearAllDialog::question(1), QStringLiteral("Clear the 1 session?"));
        QCOMPARE(ConfirmClearAllDialog::question(3), QStringLiteral("Clear all 3 sessions?"));
    }
};

QTEST_MAIN(TestPluralsEn)
#include "tst_plurals_en.moc"
