// Refresh all and clear all through the three front ends — the CLI process, the window and the tray
// of the real application (AppContext) — each on its own store of the same kind (two valid
// sessions, one the server revoked, one expired) against its own devserver process and the real
// keyring: every front end refreshes and skips the same sessions, clears them all, and the window
// and the tray word the same report alike.
#include "CliHarness.h"
#include "TestEnvironment.h"
#include "TrayHost.h"
#include "app/AppContext.h"
#include "dialogs/ConfirmClearAllDialog.h"
#include "widgets/ElidedLabel.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <map>

using namespace ws;
using namespace ws::test;

namespace {

constexpr int kTimeoutMs = 60000;
using Effect = std::map<QString, QString>; // session -> "refreshed" / "skipped"

struct Store {
    DevServerProcess server;
    QTemporaryDir dir;
    std::unique_ptr<CliRunner> cli;
    std::map<QString, QString> keysBefore;

    QString dataDir() const { return dir.filePath(QStringLiteral("data")); }
    std::map<QString, QString> keys() const {
        std::map<QString, QString> keys;
        const Result<IndexData> index = readIndex(dataDir());
        if (index)
            for (const auto& [label, session] : index->sessions)
                keys[label] = session.token.claims.publicKey;
        return keys;
    }
    // What a refresh all did, read from the store itself: a new key means refreshed.
    Effect effect() const {
        Effect e;
        const auto now = keys();
        for (const auto& [label, key] : keysBefore)
            e[label] = now.count(label) && now.at(label) != key ? QStringLiteral("refreshed")
                                                                : QStringLiteral("skipped");
        return e;
    }
};

const Effect kExpected{{QStringLiteral("a"), QStringLiteral("refreshed")},
                       {QStringLiteral("b"), QStringLiteral("refreshed")},
                       {QStringLiteral("brief"), QStringLiteral("skipped")},
                       {QStringLiteral("gone"), QStringLiteral("skipped")}};

} // namespace

class TestFrontEndsBatch : public QObject {
    Q_OBJECT

    Store m_stores[3]; // 0: CLI, 1: window, 2: tray

    std::unique_ptr<ui::AppContext> startApp(Store& store) {
        ui::AppOptions options;
        options.dataDir = store.dataDir();
        options.apiUrl = store.server.url().toString();
        options.keychainService =
            store.cli->environment().value(QStringLiteral("WALLET_SESSIONS_KEYCHAIN_SERVICE"));
        options.show = true;
        // No demo here: the stores are the test's own, so no demo backend is given.
        auto app = std::make_unique<ui::AppContext>(options, ui::DemoBackendFactory{});
        app->start();
        return app;
    }

    static QString lastResult(ui::MainWindow* window) {
        // The label shows a mark and a time, two spaces, then the message (elided on screen; its full text
        // is kept whole).
        return window->findChild<ui::ElidedLabel*>(QStringLiteral("lastResult"))
            ->fullText()
            .section(QStringLiteral("  "), 1, -1);
    }

    static int rows(ui::MainWindow* window) {
        return window->findChild<QTableView*>(QStringLiteral("sessionTable"))->model()->rowCount();
    }

    static QAction* trayAction(ui::AppContext& app, const char* name) {
        auto* icon = app.findChild<QSystemTrayIcon*>();
        if (!icon || !icon->contextMenu())
            return nullptr;
        Q_EMIT icon->contextMenu()->aboutToShow(); // what the tray host's right click causes
        return icon->contextMenu()->findChild<QAction*>(QString::fromLatin1(name));
    }

    static void confirmClearAll(ui::MainWindow* window) {
        ui::ConfirmClearAllDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<ui::ConfirmClearAllDialog*>()) != nullptr &&
                                     dialog->isVisible(),
                                 kTimeoutMs);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("clearAllConfirmButton")),
                          Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() {
        if (!systemTrayAppears())
            QFAIL(QByteArray("no system tray (run under ws_headless, scripts/lib/headless.sh): " +
                             trayDiagnosis())
                      .constData());
        QElapsedTimer sinceBrief;
        for (int i = 0; i < 3; ++i) {
            Store& s = m_stores[i];
            QVERIFY(s.dir.isValid());
            const Result<void> started = s.server.start();
            QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().toString()));
            s.cli = std::make_unique<CliRunner>(
                s.dataDir(), uniqueTestService(QStringLiteral("frontends%1").arg(i)), s.server.url());
            // "gone": the server forgets its key when "a" logs in with --invalidate-existing, and a
            // verify records that it is revoked.
            QCOMPARE(s.cli->login(s.server, QStringLiteral("gone")).exitCode, 0);
            QCOMPARE(s.cli->login(s.server, QStringLiteral("a"), {QStringLiteral("--invalidate-existing")})
                         .exitCode,
                     0);
            QCOMPARE(s.cli->run({QStringLiteral("verify"), QStringLiteral("gone")}).exitCode, 4);
            QCOMPARE(s.cli->login(s.server, QStringLiteral("b")).exitCode, 0);
            QCOMPARE(s.cli
                         ->login(s.server, QStringLiteral("brief"),
                                 {QStringLiteral("--expiration-seconds"), QStringLiteral("30")})
                         .exitCode,
                     0);
            sinceBrief.start();
        }
        QTest::qWait(int(std::max<qint64>(0, 32000 - sinceBrief.elapsed()))); // every "brief" has expired
        for (Store& s : m_stores) {
            s.keysBefore = s.keys();
            QCOMPARE(int(s.keysBefore.size()), 4);
        }
    }

    void refreshAllGivesTheSameResultEverywhere() {
        // CLI
        const CliResult r = m_stores[0].cli->run({QStringLiteral("refresh"), QStringLiteral("--all")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe())); // skipped sessions do not fail the run
        Effect cliSaid;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
            cliSaid[v[QStringLiteral("sessionKey")].toString()] =
                v[QStringLiteral("outcome")].toString() == QStringLiteral("refreshed")
                    ? QStringLiteral("refreshed")
                    : QStringLiteral("skipped");
        QCOMPARE(cliSaid, kExpected);
        QCOMPARE(m_stores[0].effect(), kExpected);

        // Window: its Refresh all action.
        QString windowReport;
        {
            auto app = startApp(m_stores[1]);
            QTRY_COMPARE_WITH_TIMEOUT(rows(app->window()), 4, kTimeoutMs);
            auto* action = app->window()->findChild<QAction*>(QStringLiteral("actionRefreshAll"));
            QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), kTimeoutMs);
            action->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(lastResult(app->window()).startsWith(QStringLiteral("Refreshed")),
                                     kTimeoutMs);
            windowReport = lastResult(app->window());
        }
        QCOMPARE(m_stores[1].effect(), kExpected);

        // Tray: the tray menu's Refresh all.
        QString trayReport;
        {
            auto app = startApp(m_stores[2]);
            QTRY_COMPARE_WITH_TIMEOUT(rows(app->window()), 4, kTimeoutMs);
            QAction* action = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((action = trayAction(*app, "refreshAll")) && action->isEnabled(),
                                     kTimeoutMs);
            action->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(lastResult(app->window()).startsWith(QStringLiteral("Refreshed")),
                                     kTimeoutMs);
            trayReport = lastResult(app->window());
        }
        QCOMPARE(m_stores[2].effect(), kExpected);
        QCOMPARE(trayReport, windowReport);
        QVERIFY2(windowReport.startsWith(QStringLiteral("Refreshed 2 session(s); 2 skipped")),
                 qPrintable(windowReport));
    }

    void clearAllGivesTheSameResultEverywhere() {
        const CliResult r = m_stores[0].cli->run({QStringLiteral("clear-all"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(QJsonDocument::fromJson(r.out)[QStringLiteral("cleared")].toArray().size(), 4);

        QString windowReport;
        {
            auto app = startApp(m_stores[1]);
            QTRY_COMPARE_WITH_TIMEOUT(rows(app->window()), 4, kTimeoutMs);
            auto* action = app->window()->findChild<QAction*>(QStringLiteral("actionClearAll"));
            QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), kTimeoutMs);
            action->trigger();
            confirmClearAll(app->window());
            QTRY_VERIFY_WITH_TIMEOUT(lastResult(app->window()).startsWith(QStringLiteral("Cleared")),
                                     kTimeoutMs);
            windowReport = lastResult(app->window());
        }
        QString trayReport;
        {
            auto app = startApp(m_stores[2]);
            QTRY_COMPARE_WITH_TIMEOUT(rows(app->window()), 4, kTimeoutMs);
            QAction* action = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((action = trayAction(*app, "clearAll")) && action->isEnabled(),
                                     kTimeoutMs);
            action->trigger();
            confirmClearAll(app->window());
            QTRY_VERIFY_WITH_TIMEOUT(lastResult(app->window()).startsWith(QStringLiteral("Cleared")),
                                     kTimeoutMs);
            trayReport = lastResult(app->window());
        }
        QCOMPARE(trayReport, windowReport);
        QCOMPARE(windowReport, QStringLiteral("Cleared 4 session(s)"));
        for (const Store& s : m_stores) {
            const Result<IndexData> index = readIndex(s.dataDir());
            QVERIFY(index);
            QVERIFY(index->sessions.empty());
            QVERIFY2(index->keys.empty(), "every session's key left the keychain and the index");
        }
    }
};

QTEST_MAIN(TestFrontEndsBatch)
#include "tst_frontends_batch.moc"
