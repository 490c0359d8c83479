// The CLI killed with SIGKILL at random moments of refresh, refresh --all and clear-all (the devserver
// adds latency so the kill lands anywhere from start-up to the index write after the reply), then a
// recovery run, then the invariant of design.md checked from outside: the index parses, no session
// that existed before is lost (a killed clear-all removes a session fully or not at all), every
// remaining session answers verify, and the index and the keyring agree entry for entry.
#include "CliHarness.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <map>

using namespace ws;
using namespace ws::test;

namespace {

constexpr int kKills = 100;
constexpr int kLatencyMs = 300;
constexpr int kMaxKillDelayMs = 600;
const QStringList kLabels{QStringLiteral("alpha"), QStringLiteral("beta")};

struct Operation {
    QString name;
    QStringList arguments;
    bool removesSessions = false;
};

const std::array<Operation, 3>& operations() {
    static const std::array<Operation, 3> ops{{
        {QStringLiteral("refresh"), {QStringLiteral("refresh")}, false},
        {QStringLiteral("refresh --all"), {QStringLiteral("refresh"), QStringLiteral("--all")}, false},
        {QStringLiteral("clear-all"), {QStringLiteral("clear-all"), QStringLiteral("--yes")}, true},
    }};
    return ops;
}

} // namespace

class TestCrashKill : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DevServerProcess m_server;
    std::unique_ptr<CliRunner> m_cli;
    QString m_service;

    QString ensureSessions() {
        Result<IndexData> index = readIndex(m_cli->dataDir());
        if (!index)
            return index.error().message;
        for (const QString& label : kLabels) {
            if (index->findSession(label))
                continue;
            const CliResult r = m_cli->login(m_server, label);
            if (r.exitCode != 0)
                return QStringLiteral("login %1: %2").arg(label, r.describe());
        }
        if (index->activeSessionKey.isEmpty()) {
            const CliResult r = m_cli->run({QStringLiteral("use"), kLabels.first()});
            if (r.exitCode != 0)
                return QStringLiteral("use: %1").arg(r.describe());
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        WS_REQUIRE_KEYRING_OR_SKIP(keyring::available(),
                                   QStringLiteral("secret-tool cannot reach a keyring"));
        const Result<void> started = m_server.start();
        QVERIFY2(started, started ? "" : qPrintable(started.error().message));
        m_service = uniqueTestService(QStringLiteral("crash"));
        m_cli =
            std::make_unique<CliRunner>(m_dir.filePath(QStringLiteral("data")), m_service, m_server.url());
        m_cli->environment().insert(QStringLiteral("WALLET_SESSIONS_NOTARIZER_KEY"),
                                    m_server.notarizerPublicKey());
        const QString problem = ensureSessions();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The keyring must really be in use: a session whose key is not there would be useless.
        Result<IndexData> index = readIndex(m_cli->dataDir());
        QVERIFY(index);
        QCOMPARE(int(index->sessions.size()), int(kLabels.size()));
        const QStringList problems = consistencyProblems(*index, m_service);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase() {
        if (!m_service.isEmpty())
            keyring::removeAll(m_service);
    }

    void killAtRandomMomentsAndRecover() {
        const quint32 seed = qEnvironmentVariableIsSet("WS_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("WS_CRASH_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("seed %u (set WS_CRASH_SEED to repeat)", seed);
        QRandomGenerator random(seed);
        QElapsedTimer total;
        total.start();

        QStringList violations;
        std::map<QString, int> killed;
        std::map<QString, int> completed;
        int removedByKilledClearAll = 0;
        int keptByKilledClearAll = 0;

        int kills = 0;
        for (int i = 0; kills < kKills && i < kKills * 2; ++i) {
            const QString setUp = ensureSessions();
            QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
            Result<IndexData> before = readIndex(m_cli->dataDir());
            QVERIFY(before);

            const Operation& op = operations()[random.bounded(int(operations().size()))];
            // clear-all without --revoke makes no request: its whole run fits in the first 200 ms.
            const int delayMs = int(random.bounded((op.removesSessions ? 200 : kMaxKillDelayMs) + 1));
            QVERIFY(m_server.setFaults(QJsonObject{{QStringLiteral("latencyMs"), kLatencyMs}}));

            std::unique_ptr<QProcess> process = m_cli->start(op.arguments);
            QVERIFY(process->waitForStarted(30000));
            process->closeWriteChannel();
            const bool finishedFirst = process->waitForFinished(delayMs);
            const QString where =
                QStringLiteral("iteration %1, %2, kill after %3 ms").arg(i).arg(op.name).arg(delayMs);
            if (finishedFirst) {
                ++completed[op.name];
                if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0)
                    violations.append(where + QStringLiteral(": finished unkilled with exit %1: %2")
                                                  .arg(process->exitCode())
                                                  .arg(QString::fromUtf8(process->readAllStandardError())));
            } else {
                ++killed[op.name];
                ++kills;
                process->kill(); // SIGKILL
                QVERIFY(process->waitForFinished(30000));
            }

            // Recovery and the checks run without latency: only the kill needs the window.
            QVERIFY(m_server.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 0}}));
            const CliResult recovered = m_cli->run({QStringLiteral("keys"), QStringLiteral("clean")});
            if (recovered.exitCode != 0)
                violations.append(where + QStringLiteral(": recovery failed: ") + recovered.describe());

            Result<IndexData> after = readIndex(m_cli->dataDir());
            QVERIFY2(after, qPrintable(where + QStringLiteral(": the index does not parse: ") +
                                       (after ? QString() : after.error().message)));

            for (const auto& [label, session] : before->sessions) {
                const SessionRecord* now = after->findSession(label);
                if (!now) {
                    if (!op.removesSessions)
                        violations.append(where + QStringLiteral(": session %1 was lost").arg(label));
                    else if (!finishedFirst)
                        ++removedByKilledClearAll;
                    continue;
                }
                if (op.removesSessions && !finishedFirst)
                    ++keptByKilledClearAll;
                if (op.removesSessions && finishedFirst)
                    violations.append(
                        where + QStringLiteral(": clear-all succeeded but %1 is still there").arg(label));
            }
            if (!op.removesSessions && after->activeSessionKey != before->activeSessionKey)
                violations.append(where + QStringLiteral(": the active session changed from '%1' to '%2'")
                                              .arg(before->activeSessionKey, after->activeSessionKey));
            for (const auto& [pub, key] : after->keys) {
                if (key.state == KeyState::Doomed)
                    violations.append(where +
                                      QStringLiteral(": key %1 still doomed after recovery").arg(pub));
            }
            for (const QString& problem : consistencyProblems(*after, m_service))
                violations.append(where + QStringLiteral(": ") + problem);

            for (const auto& [label, session] : after->sessions) {
                const CliResult verified = m_cli->run({QStringLiteral("verify"), label});
                if (verified.exitCode == 0)
                    continue;
                violations.append(
                    where + QStringLiteral(": session %1 is not usable: %2").arg(label, verified.describe()));
                // Start the next round from a clean slate so one defect is not counted a hundred times.
                m_cli->run({QStringLiteral("clear"), label});
            }
            // Keeps the live keys the newest on the server: it evicts the oldest beyond 10 per user, and
            // killed refreshes leave server-side keys the client never stored.
            if (i % 3 == 2 && !after->sessions.empty()) {
                const CliResult all = m_cli->run({QStringLiteral("refresh"), QStringLiteral("--all")});
                if (all.exitCode != 0)
                    violations.append(where + QStringLiteral(": a later refresh --all failed: ") +
                                      all.describe());
            }
        }

        QStringList summary;
        for (const Operation& op : operations())
            summary.append(QStringLiteral("%1: %2 killed, %3 finished first")
                               .arg(op.name)
                               .arg(killed[op.name])
                               .arg(completed[op.name]));
        qInfo("%s; killed clear-all removed %d and kept %d sessions; %lld ms in all",
              qPrintable(summary.join(QStringLiteral("; "))), removedByKilledClearAll, keptByKilledClearAll,
              total.elapsed());
        QVERIFY2(violations.isEmpty(),
                 qPrintable(QStringLiteral("%1 violation(s):\n").arg(violations.size()) +
                            violations.mid(0, 40).join(QLatin1Char('\n'))));
        QVERIFY2(kills >= kKills,
                 qPrintable(QStringLiteral("only %1 of %2 runs were killed").arg(kills).arg(kKills)));
    }

    // clear-all --revoke killed in the window after the server deleted the keys and before the index
    // write: the issue asks for "fully there and usable, or fully gone". The kill is aimed, not random:
    // the server's state is polled until the first session key is gone, then SIGKILL.
    void killAfterServerRevokedBeforeLocalClear() {
        const QString setUp = ensureSessions();
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
        Result<IndexData> before = readIndex(m_cli->dataDir());
        QVERIFY(before);
        QStringList keys;
        for (const auto& [label, session] : before->sessions)
            keys.append(session.token.claims.publicKey);
        QVERIFY(m_server.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 2000}}));
        std::unique_ptr<QProcess> process =
            m_cli->start({QStringLiteral("clear-all"), QStringLiteral("--yes"), QStringLiteral("--revoke")});
        QVERIFY(process->waitForStarted(30000));
        process->closeWriteChannel();
        bool revokedOnServer = false;
        for (int poll = 0; poll < 400 && !revokedOnServer; ++poll) {
            const QStringList known = m_server.serverPublicKeys();
            for (const QString& key : std::as_const(keys))
                revokedOnServer = revokedOnServer || !known.contains(key);
            if (!revokedOnServer)
                QThread::msleep(25);
        }
        QVERIFY2(revokedOnServer, "the server never saw the revocation");
        QVERIFY2(process->state() == QProcess::Running, "the CLI finished before the kill");
        process->kill();
        QVERIFY(process->waitForFinished(30000));
        QVERIFY(m_server.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 0}}));

        const CliResult recovered = m_cli->run({QStringLiteral("keys"), QStringLiteral("clean")});
        QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.describe()));
        Result<IndexData> after = readIndex(m_cli->dataDir());
        QVERIFY(after);
        const QStringList problems = consistencyProblems(*after, m_service);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QStringList halfCleared;
        for (const auto& [label, session] : after->sessions) {
            const CliResult verified = m_cli->run({QStringLiteral("verify"), label});
            if (verified.exitCode != 0)
                halfCleared.append(label + QStringLiteral(": ") + verified.describe());
        }
        for (const QString& label : kLabels)
            m_cli->run({QStringLiteral("clear"), label});
        QVERIFY2(halfCleared.isEmpty(),
                 qPrintable(QStringLiteral("sessions kept on this computer although the server already "
                                           "revoked their keys:\n") +
                            halfCleared.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCrashKill)
#include "tst_crash_kill.moc"
