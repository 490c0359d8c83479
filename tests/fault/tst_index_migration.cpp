// The move from sessions.json to sessions.db at the first start of either program, end to end against
// the devserver and the real keyring: a store of real logins, its index written out as the old JSON
// file and the database removed (what an upgrade finds), then the CLI's or the application's first
// start. The sessions must all be there and usable (index and keyring agree, verify answers), the
// JSON renamed aside as sessions.json.migrated-*; and a sessions.json that shows up again later is
// merged, renamed aside as .merged-*, and the user is told (the CLI on stderr, the application in its
// banner, which the log shows).
#include "CliHarness.h"
#include "FaultSupport.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using namespace ws::test;

namespace {

const QStringList kLabels{QStringLiteral("a"), QStringLiteral("b")};

QStringList filesLike(const QString& dir, const QString& pattern) {
    return QDir(dir).entryList({pattern}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestIndexMigration : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DevServerProcess m_server;
    QString m_service;
    int m_round = 0;

    std::unique_ptr<Store> freshStore() {
        keyring::removeAll(m_service);
        auto store = std::make_unique<Store>(m_dir.filePath(QStringLiteral("data%1").arg(++m_round)),
                                             m_service, m_server);
        const QString problem = ensureSessions(*store, kLabels, {demoUser(m_server)});
        if (!problem.isEmpty()) {
            qWarning("%s", qPrintable(problem));
            return nullptr;
        }
        return store;
    }

    // The store's index as the JSON file of the previous version, and no database.
    static QByteArray downgradeToJson(const Store& store) {
        const Result<IndexData> index = readIndex(store.cli->dataDir());
        if (!index)
            return {};
        const QByteArray json = serializeIndex(*index);
        for (const char* suffix : {"", "-wal", "-shm"}) {
            const QString path = store.cli->indexPath() + QLatin1String(suffix);
            if (QFile::exists(path) && !QFile::remove(path))
                return {};
        }
        QFile file(QDir(store.cli->dataDir()).filePath(QStringLiteral("sessions.json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            return {};
        return json;
    }

    CliResult firstStart(const Store& store, bool gui) {
        if (!gui)
            return store.cli->run({QStringLiteral("list"), QStringLiteral("--json")});
#ifdef WS_TEST_HAVE_GUI
        const GuiRunner runner(store, m_dir.filePath(QStringLiteral("gui%1").arg(m_round)));
        return runner.runFor(3 * timeScale());
#else
        QTest::qFail("the application is not built (WS_BUILD_GUI=OFF)", __FILE__, __LINE__);
        return {};
#endif
    }

private Q_SLOTS:
    void initTestCase() {
        WS_START_PROCESS_SUITE(m_dir, m_server, {});
        m_service = uniqueTestService(QStringLiteral("migration"));
    }

    void cleanupTestCase() {
        if (!m_service.isEmpty())
            keyring::removeAll(m_service);
    }

    void firstStartImportsTheJson_data() {
        QTest::addColumn<bool>("gui");
        QTest::newRow("CLI") << false;
#ifdef WS_TEST_HAVE_GUI
        QTest::newRow("application") << true;
#endif
    }

    void firstStartImportsTheJson() {
        QFETCH(bool, gui);
        std::unique_ptr<Store> store = freshStore();
        QVERIFY(store);
        const Result<IndexData> before = readIndex(store->cli->dataDir());
        QVERIFY(before.ok());
        const QByteArray json = downgradeToJson(*store);
        QVERIFY(!json.isEmpty());
        QVERIFY(!QFile::exists(store->cli->indexPath()));

        const CliResult first = firstStart(*store, gui);
        QVERIFY2(first.finished && first.exitCode == 0, qPrintable(first.describe()));
        if (!gui) {
            QCOMPARE(first.json().array().size(), kLabels.size());
            QVERIFY2(first.err.trimmed().isEmpty(), qPrintable(first.describe())); // nothing to tell
        }
        const QString dataDir = store->cli->dataDir();
        QVERIFY(QFile::exists(store->cli->indexPath()));
        QVERIFY(!QFile::exists(QDir(dataDir).filePath(QStringLiteral("sessions.json"))));
        const QStringList aside = filesLike(dataDir, QStringLiteral("sessions.json.migrated-*"));
        QCOMPARE(aside.size(), 1);
        QFile moved(QDir(dataDir).filePath(aside.first()));
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), json);

        const Result<IndexData> after = readIndex(dataDir);
        QVERIFY(after.ok());
        QCOMPARE(sessionPublicKeys(*after), sessionPublicKeys(*before));
        QCOMPARE(after->activeSessionKey, before->activeSessionKey);
        const QStringList problems = consistencyProblems(*after, store->service);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const CliResult verified = store->cli->run({QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
    }

    void lateJsonIsMergedAndTheUserIsTold_data() {
        firstStartImportsTheJson_data();
    }

    void lateJsonIsMergedAndTheUserIsTold() {
        QFETCH(bool, gui);
        std::unique_ptr<Store> store = freshStore();
        QVERIFY(store);
        const QString dataDir = store->cli->dataDir();
        // An older version was run again and wrote its own file: one session the database lacks
        // (a copy of "a" under another label) and one it has.
        Result<IndexData> current = readIndex(dataDir);
        QVERIFY(current.ok());
        IndexData old;
        SessionRecord copy = current->sessions.at(QStringLiteral("a"));
        copy.sessionKey = QStringLiteral("from-old");
        old.sessions.emplace(QStringLiteral("from-old"), copy);
        old.sessions.emplace(QStringLiteral("b"), current->sessions.at(QStringLiteral("b")));
        for (const auto& [label, session] : old.sessions)
            old.keys.emplace(session.token.claims.publicKey,
                             current->keys.at(session.token.claims.publicKey));
        const QByteArray json = serializeIndex(old);
        {
            QFile file(QDir(dataDir).filePath(QStringLiteral("sessions.json")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(json), json.size());
        }

        const CliResult start = firstStart(*store, gui);
        QVERIFY2(start.finished && start.exitCode == 0, qPrintable(start.describe()));
        QVERIFY2(start.err.contains("did not have them: 1 session.") &&
                     start.err.contains("sessions.json.merged-"),
                 qPrintable(start.describe()));
        const QStringList aside = filesLike(dataDir, QStringLiteral("sessions.json.merged-*"));
        QCOMPARE(aside.size(), 1);
        QVERIFY(!QFile::exists(QDir(dataDir).filePath(QStringLiteral("sessions.json"))));
        const Result<IndexData> after = readIndex(dataDir);
        QVERIFY(after.ok());
        QCOMPARE(after->sessions.size(), kLabels.size() + 1);
        QVERIFY(after->findSession(QStringLiteral("from-old")));
        const QStringList problems = consistencyProblems(*after, store->service);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Told once: the next start has nothing to say.
        const CliResult again = store->cli->run({QStringLiteral("list")});
        QVERIFY2(again.exitCode == 0 && !again.err.contains("merged"), qPrintable(again.describe()));
    }
};

QTEST_GUILESS_MAIN(TestIndexMigration)
#include "tst_index_migration.moc"
