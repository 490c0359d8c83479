// `clear --revoke` racing a second CLI process (issue 12, item 2): the built CLI twice, against the
// devserver executable with latency and a failing answer, and the real keyring. While the first process
// waits for the server, the second one's recovery must leave the session it is revoking alone, and what
// the first one finally says must be true.
#include "CliHarness.h"
#include "TestEnvironment.h"
#include "keychain/SecretStore.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using namespace ws::test;

class TestClearRevokeRace : public QObject {
    Q_OBJECT
private:
    CliSuite m_suite;

    QString publicKeyOf(const QString& label) {
        const Result<IndexData> index = readIndex(m_suite.cli->dataDir());
        const SessionRecord* session = index ? index->findSession(label) : nullptr;
        return session ? session->token.claims.publicKey : QString();
    }

    // Starts `clear <label> --revoke` with every server reply 1.5 s late and the first one failing,
    // and returns once the index shows the session marked Revoking, which is the window the race
    // needs (the audit's reproduction waited 0.7 s for it).
    std::unique_ptr<QProcess> startFailingRevoke(const QString& label) {
        const QJsonObject faults{{QStringLiteral("latencyMs"), 1500},
                                 {QStringLiteral("failNext"), QJsonObject{{QStringLiteral("status"), 400},
                                                                          {QStringLiteral("count"), 1}}}};
        if (!m_suite.server.setFaults(faults))
            return nullptr;
        auto clear = m_suite.cli->start({QStringLiteral("clear"), label, QStringLiteral("--revoke")});
        if (!clear->waitForStarted(scaledMs(10000)))
            return nullptr;
        clear->closeWriteChannel();
        const bool marked = QTest::qWaitFor(
            [&]() {
                const Result<IndexData> index = readIndex(m_suite.cli->dataDir());
                const SessionRecord* s = index ? index->findSession(label) : nullptr;
                return s && s->serverState == ServerState::Revoking;
            },
            scaledMs(10000));
        return marked ? std::move(clear) : nullptr;
    }

    void checkConsistent() {
        const Result<IndexData> index = readIndex(m_suite.cli->dataDir());
        QVERIFY(index);
        const QStringList problems = consistencyProblems(*index, m_suite.service);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void initTestCase() {
        WS_START_PROCESS_SUITE(m_suite.dir, m_suite.server, {});
        m_suite.open(QStringLiteral("revokerace"));
    }

    void cleanupTestCase() { m_suite.close(); }

    void init() {
        if (m_suite.cli)
            QVERIFY(m_suite.server.setFaults(QJsonObject{{QStringLiteral("reset"), true}}));
    }

    // The audit's reproduction: `keys clean` (its start-up recovery, then the sweep) in a second
    // process while the first one's revocation is in flight and then fails.
    void keysCleanDuringFailingRevoke() {
        const QString label = QStringLiteral("racing");
        const CliResult login = m_suite.cli->login(m_suite.server, label);
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        const CliResult other = m_suite.cli->login(m_suite.server, QStringLiteral("bystander"));
        QVERIFY2(other.exitCode == 0, qPrintable(other.describe()));
        const QString pub = publicKeyOf(label);
        QVERIFY(!pub.isEmpty());

        std::unique_ptr<QProcess> clear = startFailingRevoke(label);
        QVERIFY2(clear, "the clear did not mark the session Revoking");
        const CliResult clean = m_suite.cli->run({QStringLiteral("keys"), QStringLiteral("clean")});
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.describe()));
        const CliResult cleared = CliRunner::collect(*clear, 60000);
        QVERIFY(m_suite.server.setFaults(QJsonObject{{QStringLiteral("reset"), true}}));

        // The revocation failed, so the session must still be here, usable, with its key.
        QVERIFY2(cleared.finished && cleared.exitCode != 0, qPrintable(cleared.describe()));
        const QString message = cleared.errorJson().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("kept on this computer")), qPrintable(cleared.describe()));
        const Result<IndexData> index = readIndex(m_suite.cli->dataDir());
        QVERIFY(index);
        const SessionRecord* session = index->findSession(label);
        QVERIFY2(session, "the session was lost");
        QCOMPARE(session->token.claims.publicKey, pub);
        QVERIFY(session->serverState != ServerState::Revoking);
        QVERIFY(!session->lease.isSet());
        QVERIFY(keyring::entries(m_suite.service).contains(sessionKeyEntryName(pub)));
        QVERIFY(m_suite.server.serverPublicKeys().contains(pub, Qt::CaseInsensitive));
        checkConsistent();
        const CliResult verify = m_suite.cli->run({QStringLiteral("verify"), label});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.describe()));
    }

    // The user clears the session explicitly in a second process while the first one's revocation is
    // in flight and then fails: the session cannot be restored, and the first process must say so
    // (its key is still valid on the server) instead of claiming it was kept.
    void explicitClearDuringFailingRevoke() {
        const QString label = QStringLiteral("removed-meanwhile");
        const CliResult login = m_suite.cli->login(m_suite.server, label);
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        const QString pub = publicKeyOf(label);
        QVERIFY(!pub.isEmpty());

        std::unique_ptr<QProcess> clear = startFailingRevoke(label);
        QVERIFY2(clear, "the clear did not mark the session Revoking");
        const CliResult local = m_suite.cli->run({QStringLiteral("clear"), label});
        QVERIFY2(local.exitCode == 0, qPrintable(local.describe()));
        const CliResult cleared = CliRunner::collect(*clear, 60000);
        QVERIFY(m_suite.server.setFaults(QJsonObject{{QStringLiteral("reset"), true}}));

        QVERIFY2(cleared.finished && cleared.exitCode != 0, qPrintable(cleared.describe()));
        const QString message = cleared.errorJson().value(QStringLiteral("message")).toString();
        QVERIFY2(!message.contains(QStringLiteral("kept")), qPrintable(cleared.describe()));
        QVERIFY2(message.contains(QStringLiteral("could not be restored")), qPrintable(cleared.describe()));
        QVERIFY2(message.contains(QStringLiteral("still valid on the server")),
                 qPrintable(cleared.describe()));
        QVERIFY2(message.contains(QStringLiteral("removed")), qPrintable(cleared.describe()));
        // Both halves of that message are true.
        QVERIFY(m_suite.server.serverPublicKeys().contains(pub, Qt::CaseInsensitive));
        QVERIFY(publicKeyOf(label).isEmpty());
        checkConsistent();
    }

    // A revocation that succeeds while a second process sweeps: the clear completes, nothing is left.
    void keysCleanDuringSuccessfulRevoke() {
        const QString label = QStringLiteral("revoked");
        const CliResult login = m_suite.cli->login(m_suite.server, label);
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        const QString pub = publicKeyOf(label);
        QVERIFY(!pub.isEmpty());

        QVERIFY(m_suite.server.setFaults(QJsonObject{{QStringLiteral("latencyMs"), 1500}}));
        auto clear = m_suite.cli->start({QStringLiteral("clear"), label, QStringLiteral("--revoke")});
        QVERIFY(clear->waitForStarted(scaledMs(10000)));
        clear->closeWriteChannel();
        QTest::qWait(700);
        const CliResult clean = m_suite.cli->run({QStringLiteral("keys"), QStringLiteral("clean")});
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.describe()));
        const CliResult cleared = CliRunner::collect(*clear, 60000);
        QVERIFY(m_suite.server.setFaults(QJsonObject{{QStringLiteral("reset"), true}}));

        QVERIFY2(cleared.finished && cleared.exitCode == 0, qPrintable(cleared.describe()));
        QVERIFY(publicKeyOf(label).isEmpty());
        QVERIFY(!keyring::entries(m_suite.service).contains(sessionKeyEntryName(pub)));
        QVERIFY(!m_suite.server.serverPublicKeys().contains(pub, Qt::CaseInsensitive));
        checkConsistent();
    }
};

QTEST_GUILESS_MAIN(TestClearRevokeRace)
#include "tst_clear_revoke_race.moc"
