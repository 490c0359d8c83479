// After a scripted CLI run (login, refresh, refresh --all, clear, clear-all) no private key involved
// — the API key and every session key, read from the keyring while they exist — appears as hex (either
// case) or as raw bytes in the data directory, the settings, the cache, the temporary directory, the
// captured output or the CLI's command line; the index is 0600 in a 0700 directory.
#include "CliHarness.h"
#include "TestEnvironment.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ws;
using namespace ws::test;

class TestSecretsAtRest : public QObject {
    Q_OBJECT
private:
    CliSuite m_suite;
    QList<QByteArray> m_secretsHex; // lower-case hex
    QByteArray m_log;

    void record(const CliResult& r) { m_log += r.out + '\n' + r.err + '\n'; }

    void run(const QStringList& command) {
        const CliResult r = m_suite.cli->run(command);
        record(r);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    void collectSessionKeys() {
        Result<IndexData> index = readIndex(m_suite.cli->dataDir());
        QVERIFY(index);
        for (const auto& [pub, key] : index->keys) {
            Result<QByteArray> secret = keyring::lookup(
                m_suite.service,
                (key.kind == KeyKind::ApiKey ? QStringLiteral("api-key/") : QStringLiteral("session-key/")) +
                    pub);
            if (secret && !m_secretsHex.contains(secret->trimmed().toLower()))
                m_secretsHex.append(secret->trimmed().toLower());
        }
    }

    QStringList findSecrets(const QByteArray& data, const QString& where) const {
        QStringList hits;
        for (const QByteArray& hex : m_secretsHex) {
            const QByteArray raw = QByteArray::fromHex(hex);
            if (data.contains(hex) || data.contains(hex.toUpper()) || data.contains(raw) ||
                data.contains(raw.toBase64()))
                hits.append(QStringLiteral("%1 holds key %2…").arg(where, QString::fromLatin1(hex.left(8))));
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase() {
        WS_START_PROCESS_SUITE(m_suite.dir, m_suite.server, {});
        m_suite.open(QStringLiteral("secrets"));
        m_secretsHex.append(m_suite.server.apiPrivateKey().toLatin1().toLower());
        QCOMPARE(m_secretsHex.first().size(), 64);
    }

    void cleanupTestCase() { m_suite.close(); }

    void scriptedRunLeavesNoKeyBehind() {
        for (const QString& label : {QStringLiteral("alpha"), QStringLiteral("beta")}) {
            const CliResult r = m_suite.cli->login(m_suite.server, label);
            record(r);
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        }
        collectSessionKeys();
        run({QStringLiteral("refresh")});
        collectSessionKeys();

        // The command line of a running CLI, read while the server holds the reply back.
        QVERIFY(m_suite.server.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 1500}}));
        std::unique_ptr<QProcess> running =
            m_suite.cli->start({QStringLiteral("refresh"), QStringLiteral("--all")});
        QVERIFY(running->waitForStarted(30000));
        running->closeWriteChannel();
        QThread::msleep(500);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(running->processId()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        const QByteArray commandLine = cmdline.readAll();
        QVERIFY(commandLine.contains("refresh"));
        const CliResult all = CliRunner::collect(*running, 60000);
        record(all);
        QVERIFY2(all.exitCode == 0, qPrintable(all.describe()));
        QVERIFY(m_suite.server.setFaults(QJsonObject{{QStringLiteral("reset"), true}}));
        collectSessionKeys();

        run({QStringLiteral("clear"), QStringLiteral("beta")});
        const CliResult gamma = m_suite.cli->login(m_suite.server, QStringLiteral("gamma"));
        record(gamma);
        QVERIFY2(gamma.exitCode == 0, qPrintable(gamma.describe()));
        collectSessionKeys();
        run({QStringLiteral("clear-all"), QStringLiteral("--yes")});
        QVERIFY2(m_secretsHex.size() >= 6, "expected the API key and at least five session keys");

        QStringList hits = findSecrets(commandLine, QStringLiteral("the CLI's command line"));
        hits += findSecrets(m_log, QStringLiteral("the CLI's output"));
        QStringList roots{m_suite.cli->dataDir()};
        for (const char* variable : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "TMPDIR"})
            if (qEnvironmentVariableIsSet(variable))
                roots.append(qEnvironmentVariable(variable));
        int scanned = 0;
        for (const QString& root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                ++scanned;
                hits += findSecrets(f.read(64 * 1024 * 1024), path);
            }
        }
        qInfo("%lld keys checked against %d files", qlonglong(m_secretsHex.size()), scanned);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        QVERIFY(scanned > 0);
    }

    void dataFilesArePrivate() {
        QVERIFY2(m_suite.cli->login(m_suite.server, QStringLiteral("delta")).exitCode == 0, "login");
        const QFileInfo dir(m_suite.cli->dataDir());
        QCOMPARE(int(dir.permissions() & 0x7777), int(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                      QFile::ReadUser | QFile::WriteUser | QFile::ExeUser));
        QDirIterator it(m_suite.cli->dataDir(), QDir::Files | QDir::Hidden);
        int files = 0;
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            ++files;
            QVERIFY2((file.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther |
                                            QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther)) == 0,
                     qPrintable(file.filePath() + QStringLiteral(" is readable by others")));
        }
        QVERIFY(files > 0);
        const QFileInfo index(m_suite.cli->indexPath());
        QCOMPARE(int(index.permissions() & 0x7777),
                 int(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
        m_suite.cli->run({QStringLiteral("clear-all"), QStringLiteral("--yes")});
    }
};

QTEST_GUILESS_MAIN(TestSecretsAtRest)
#include "tst_secrets_at_rest.moc"
