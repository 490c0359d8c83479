// Faults seen through the CLI process: devserver faults during refresh, refresh --all and
// clear-all --revoke; the keychain unreachable; a data directory that cannot take a write. Each case
// checks the exit code and the --json error code a script sees, and that no session was lost.
#include "CliHarness.h"
#include "FaultSupport.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocalServer>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <unistd.h>

using namespace ws;
using namespace ws::test;

namespace {
const QStringList kLabels{QStringLiteral("alpha"), QStringLiteral("beta")};

QByteArray readBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCliFaults : public QObject {
    Q_OBJECT
private:
    CliSuite m_suite;

    void ensureSessions() {
        Result<IndexData> index = readIndex(m_suite.cli->dataDir());
        QVERIFY(index);
        for (const QString& label : kLabels) {
            if (index->findSession(label))
                continue;
            const CliResult r = m_suite.cli->login(m_suite.server, label);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        }
        if (index->activeSessionKey.isEmpty())
            QCOMPARE(m_suite.cli->run({QStringLiteral("use"), kLabels.first()}).exitCode, 0);
    }

    std::map<QString, QString> sessionKeys() {
        Result<IndexData> index = readIndex(m_suite.cli->dataDir());
        return index ? sessionPublicKeys(*index) : std::map<QString, QString>();
    }

    // Nothing lost: same sessions with the same keys, consistent with the keyring, all usable.
    void checkNothingLost(const std::map<QString, QString>& before) {
        QCOMPARE(sessionKeys(), before);
        Result<IndexData> index = readIndex(m_suite.cli->dataDir());
        QVERIFY(index);
        const QStringList problems = consistencyProblems(*index, m_suite.service);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        for (const auto& [label, key] : before) {
            const CliResult v = m_suite.cli->run({QStringLiteral("verify"), label});
            QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
        }
    }

private Q_SLOTS:
    void initTestCase() {
        WS_START_PROCESS_SUITE(m_suite.dir, m_suite.server, {});
        m_suite.open(QStringLiteral("clifaults"));
    }

    void cleanupTestCase() { m_suite.close(); }

    void init() {
        if (m_suite.cli) {
            QVERIFY(m_suite.server.setFaults(QJsonObject{{QStringLiteral("reset"), true}}));
            ensureSessions();
        }
    }

    void serverFault_data() {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errorCode");
        const QList<std::pair<const char*, QStringList>> commands{
            {"refresh", {QStringLiteral("refresh")}},
            {"refresh --all", {QStringLiteral("refresh"), QStringLiteral("--all")}},
            {"clear-all --revoke",
             {QStringLiteral("clear-all"), QStringLiteral("--yes"), QStringLiteral("--revoke")}},
        };
        const auto failNext = [](int status) {
            return QJsonObject{{QStringLiteral("failNext"), QJsonObject{{QStringLiteral("status"), status},
                                                                        {QStringLiteral("count"), 1000}}}};
        };
        const QList<std::tuple<const char*, QJsonObject, int, QString>> faults{
            {"503", failNext(503), 5, QStringLiteral("SERVER_ERROR")},
            {"500", failNext(500), 5, QStringLiteral("SERVER_ERROR")},
            {"429", failNext(429), 5, QStringLiteral("RATE_LIMITED")},
            {"dropped", QJsonObject{{QStringLiteral("dropNext"), 1000}}, 5, QStringLiteral("NETWORK")},
            {"malformed", QJsonObject{{QStringLiteral("malformNext"), 1000}}, 1,
             QStringLiteral("BAD_RESPONSE")},
        };
        for (const auto& [commandName, command] : commands)
            for (const auto& [faultName, fault, exitCode, errorCode] : faults)
                QTest::addRow("%s, %s", commandName, faultName) << command << fault << exitCode << errorCode;
        // pendingPolls applies to the next activity only: one refresh.
        QTest::addRow("refresh, pending beyond polling")
            << QStringList{QStringLiteral("refresh")} << QJsonObject{{QStringLiteral("pendingPolls"), 50}}
            << 5 << QStringLiteral("TIMEOUT");
    }

    void serverFault() {
        QFETCH(QStringList, command);
        QFETCH(QJsonObject, fault);
        QFETCH(int, exitCode);
        QFETCH(QString, errorCode);
        const auto before = sessionKeys();
        QVERIFY(m_suite.server.setFaults(fault));
        const CliResult r = m_suite.cli->run(command, {}, 120000);
        QVERIFY(m_suite.server.setFaults(QJsonObject{{QStringLiteral("reset"), true}}));
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QVERIFY2(r.exitCode == exitCode && r.errorCode() == errorCode, qPrintable(r.describe()));
        QVERIFY2(!r.errorJson().value(QStringLiteral("message")).toString().isEmpty(),
                 qPrintable(r.describe()));
        checkNothingLost(before);
    }

    // Faults that a command must ride out: the run succeeds and every session is still there.
    void serverSlowOrPending_data() {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addRow("slow replies") << QJsonObject{{QStringLiteral("latencyMs"), 1500}};
        QTest::addRow("pending, then completed") << QJsonObject{{QStringLiteral("pendingPolls"), 1}};
        QTest::addRow("one 503, retried")
            << QJsonObject{{QStringLiteral("failNext"),
                            QJsonObject{{QStringLiteral("status"), 503}, {QStringLiteral("count"), 1}}}};
    }

    void serverSlowOrPending() {
        QFETCH(QJsonObject, fault);
        const auto before = sessionKeys();
        QVERIFY(m_suite.server.setFaults(fault));
        const CliResult r =
            m_suite.cli->run({QStringLiteral("refresh"), QStringLiteral("--all")}, {}, 120000);
        QVERIFY(m_suite.server.setFaults(QJsonObject{{QStringLiteral("reset"), true}}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const auto after = sessionKeys();
        QCOMPARE(int(after.size()), int(before.size()));
        for (const auto& [label, key] : before)
            QVERIFY2(after.at(label) != key, "a refreshed session must have a new key");
        checkNothingLost(after);
    }

    void keychainUnavailable_data() {
        QTest::addColumn<QStringList>("command");
        QTest::addRow("refresh") << QStringList{QStringLiteral("refresh")};
        QTest::addRow("refresh --all") << QStringList{QStringLiteral("refresh"), QStringLiteral("--all")};
        QTest::addRow("clear-all") << QStringList{QStringLiteral("clear-all"), QStringLiteral("--yes")};
    }

    // No session bus at all: the Secret Service cannot be reached.
    void keychainUnavailable() {
        QFETCH(QStringList, command);
        const auto before = sessionKeys();
        CliRunner broken = *m_suite.cli;
        broken.environment().insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                    QStringLiteral("unix:path=/nonexistent/ws-no-bus"));
        const CliResult r = broken.run(command, {}, 120000);
        QVERIFY2(r.exitCode == 6 && r.errorCode().startsWith(QLatin1String("KEYCHAIN_")),
                 qPrintable(r.describe()));
        // A recovery run with the keychain back finishes what the failed run recorded.
        QCOMPARE(m_suite.cli->run({QStringLiteral("keys"), QStringLiteral("clean")}).exitCode, 0);
        if (command.first() != QLatin1String("clear-all")) {
            checkNothingLost(before);
            return;
        }
        // clear-all removes the sessions as asked and leaves their keys doomed; recovery deletes them.
        QVERIFY(sessionKeys().empty());
        Result<IndexData> index = readIndex(m_suite.cli->dataDir());
        QVERIFY(index);
        QVERIFY2(index->keys.empty(), "recovery left key records behind");
        QCOMPARE(keyring::entries(m_suite.service), QStringList());
    }

    // A bus that accepts the connection and never answers: the keychain watchdog must end the wait.
    void keychainSlowBeyondWatchdog() {
        const auto before = sessionKeys();
        QLocalServer silent;
        const QString socket = m_suite.dir.filePath(QStringLiteral("silent-bus"));
        QVERIFY(silent.listen(socket));
        QList<QLocalSocket*> held;
        connect(&silent, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket* s = silent.nextPendingConnection())
                held.append(s);
        });
        CliRunner stuck = *m_suite.cli;
        stuck.environment().insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                   QStringLiteral("unix:path=") + socket);
        std::unique_ptr<QProcess> process = stuck.start({QStringLiteral("refresh")});
        QVERIFY(process->waitForStarted(30000));
        process->closeWriteChannel();
        // The event loop must run so the silent server accepts; the CLI's watchdog is 10 s.
        QTRY_VERIFY_WITH_TIMEOUT(process->state() == QProcess::NotRunning, scaledMs(60000));
        const CliResult r = CliRunner::collect(*process, 1000);
        QVERIFY2(r.exitCode == 6 && r.errorCode().startsWith(QLatin1String("KEYCHAIN_")),
                 qPrintable(r.describe()));
        QCOMPARE(m_suite.cli->run({QStringLiteral("keys"), QStringLiteral("clean")}).exitCode, 0);
        checkNothingLost(before);
    }

    // Two ways the index cannot be written:
    // - full: the file size limit makes every write fail with EFBIG, as a full disk does (SIGXFSZ
    //   ignored, so the write reports the error instead of killing the process);
    // - read-only: the data directory is r-x for its owner. The tests run as root, which chmod
    //   does not stop, so the CLI then runs without the capabilities that override file
    //   permissions (setpriv drops them from its bounding set), like any other user.
    void dataDirectoryNotWritable_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QStringList>("command");
        for (const QString& fault : {QStringLiteral("full"), QStringLiteral("read-only")}) {
            const QByteArray f = fault.toLatin1();
            QTest::addRow("%s: refresh", f.constData()) << fault << QStringList{QStringLiteral("refresh")};
            QTest::addRow("%s: refresh --all", f.constData())
                << fault << QStringList{QStringLiteral("refresh"), QStringLiteral("--all")};
            QTest::addRow("%s: clear-all", f.constData())
                << fault << QStringList{QStringLiteral("clear-all"), QStringLiteral("--yes")};
            QTest::addRow("%s: login", f.constData()) << fault << QStringList{QStringLiteral("login")};
        }
    }

    void dataDirectoryNotWritable() {
        QFETCH(QString, fault);
        QFETCH(QStringList, command);
        const auto before = sessionKeys();
        const QByteArray indexBefore = readBytes(m_suite.cli->indexPath());
        QVERIFY(indexBefore.size() > 512);
        QStringList args = m_suite.cli->arguments(command);
        QByteArray input;
        if (command.first() == QLatin1String("login")) {
            args = m_suite.cli->arguments({QStringLiteral("login"), QStringLiteral("--organization-id"),
                                           m_suite.server.organizationId(),
                                           QStringLiteral("--api-public-key"), m_suite.server.apiPublicKey(),
                                           QStringLiteral("--api-private-key-file"), QStringLiteral("-"),
                                           QStringLiteral("--session-key"), QStringLiteral("gamma")});
            input = m_suite.server.apiPrivateKey().toLatin1() + '\n';
        }
        const QString dataDir = QFileInfo(m_suite.cli->indexPath()).absolutePath();
        const auto makeWritable = [dataDir] {
            QFile::setPermissions(dataDir,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        };
        const auto restoreOnFailure = qScopeGuard(makeWritable);
        QString program = QStringLiteral("bash");
        QStringList wrapper;
        if (fault == QLatin1String("full")) {
            // bash's ulimit -f counts 1024-byte blocks: 0 forbids growing any file.
            wrapper = {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 0; exec \"$0\" \"$@\"")};
        } else {
            QVERIFY(QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            if (::geteuid() == 0) {
                program = QStringLiteral("setpriv");
                wrapper = {QStringLiteral("--bounding-set"),
                           QStringLiteral("-dac_override,-dac_read_search,-fowner"), QStringLiteral("--")};
            } else {
                wrapper = {QStringLiteral("-c"), QStringLiteral("exec \"$0\" \"$@\"")};
            }
        }
        QProcess process;
        process.setProcessEnvironment(m_suite.cli->environment());
        process.start(program, wrapper + QStringList{CliRunner::cliPath()} + args);
        QVERIFY(process.waitForStarted(30000));
        process.write(input);
        process.closeWriteChannel();
        const CliResult r = CliRunner::collect(process, 120000);
        QVERIFY2(r.exitCode == 1 && r.errorCode() == QLatin1String("STORAGE"), qPrintable(r.describe()));
        if (fault == QLatin1String("read-only"))
            QVERIFY2(r.err.contains("writable"), qPrintable(r.describe()));
        makeWritable(); // the checks below run the CLI, which may write again
        QCOMPARE(readBytes(m_suite.cli->indexPath()), indexBefore);
        checkNothingLost(before);
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
