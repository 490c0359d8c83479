// Two wallet-sessions-cli processes refreshing the same session at once, against a devserver process
// whose replies are delayed so both refreshes are in flight together; and a stamp_login reply cut
// short. Real keyring, real HTTP. The loser of a race must exit 0 and say that another process
// refreshed the session; neither a race nor a malformed reply may leave a key registered on the
// server that no session uses.
#include "CliHarness.h"
#include "TestEnvironment.h"
#include "keychain/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace ws;
using namespace ws::test;

namespace {

const QString kLabel = QStringLiteral("race");

QStringList added(const QStringList& after, const QStringList& before) {
    QStringList out;
    for (const QString& key : after)
        if (!before.contains(key))
            out.append(key);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestCliRefreshRace : public QObject {
    Q_OBJECT

    CliSuite m_suite;

    QString sessionPublicKey() {
        const Result<IndexData> index = readIndex(m_suite.cli->dataDir());
        const SessionRecord* session = index ? index->findSession(kLabel) : nullptr;
        return session ? session->token.claims.publicKey : QString();
    }

    // `refresh race`, started and not awaited; text output unless `json`.
    std::unique_ptr<QProcess> startRefresh(bool json) {
        QStringList args = m_suite.cli->arguments({QStringLiteral("refresh"), kLabel});
        if (!json)
            args.removeAll(QStringLiteral("--json"));
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_suite.cli->environment());
        process->start(CliRunner::cliPath(), args);
        return process;
    }

    static bool saysRefreshedElsewhere(const CliResult& r, bool json) {
        if (json)
            return QJsonDocument::fromJson(r.out)
                .object()
                .value(QStringLiteral("refreshedElsewhere"))
                .toBool();
        return QString::fromUtf8(r.out).contains(
            QStringLiteral("Session 'race' was refreshed by another process"));
    }

    // One session, on `key`, the only key recorded and in the keyring, accepted by the server.
    void verifyOneWorkingSession(const QString& key) {
        const Result<IndexData> index = readIndex(m_suite.cli->dataDir());
        QVERIFY(index);
        QCOMPARE(index->sessions.size(), std::size_t(1));
        QCOMPARE(index->findSession(kLabel)->token.claims.publicKey, key);
        QCOMPARE(index->keys.size(), std::size_t(1));
        const QStringList problems = consistencyProblems(*index, m_suite.service);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(keyring::entries(m_suite.service), QStringList{sessionKeyEntryName(key)});
        const CliResult v = m_suite.cli->run({QStringLiteral("verify"), kLabel});
        QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
    }

private Q_SLOTS:
    void initTestCase() {
        WS_START_PROCESS_SUITE(m_suite.dir, m_suite.server, {});
        m_suite.open(QStringLiteral("clirace"));
        const CliResult login = m_suite.cli->login(m_suite.server, kLabel);
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
    }

    void cleanupTestCase() { m_suite.close(); }

    void init() { QVERIFY(m_suite.server.setFaults(QJsonObject{{QStringLiteral("reset"), true}})); }

    // Repeated, half in text and half in --json: the loser loses in its keychain read of the old key
    // (the winner deleted it) or in the swap (the session already moved), depending on timing.
    void concurrentRefreshes() {
        const int latency = scaledMs(1000);
        for (int round = 0; round < 6; ++round) {
            const bool json = round % 2 == 1;
            QVERIFY(m_suite.server.setFaults(QJsonObject{{QStringLiteral("reset"), true}}));
            const QStringList before = m_suite.server.serverPublicKeys();
            QVERIFY(m_suite.server.setFaults(QJsonObject{{QStringLiteral("latencyMs"), latency}}));
            auto first = startRefresh(json);
            auto second = startRefresh(json);
            const CliResult a = CliRunner::collect(*first, 120000);
            const CliResult b = CliRunner::collect(*second, 120000);
            QVERIFY(m_suite.server.setFaults(QJsonObject{{QStringLiteral("reset"), true}}));
            const QString where =
                QStringLiteral("round %1:\n%2\n%3").arg(round).arg(a.describe(), b.describe());
            QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(where));
            QVERIFY2(saysRefreshedElsewhere(a, json) != saysRefreshedElsewhere(b, json), qPrintable(where));
            const QString key = sessionPublicKey();
            // The loser's key, registered on the server by its stamp_login, was revoked there.
            QCOMPARE(added(m_suite.server.serverPublicKeys(), before), QStringList{key});
            verifyOneWorkingSession(key);
        }
    }

    // The devserver registers the new key, then cuts its reply short: the key is revoked on the
    // server (stamped with itself) and destroyed locally; the session keeps its old key.
    void malformedStampLoginReply() {
        const QString oldKey = sessionPublicKey();
        const QStringList before = m_suite.server.serverPublicKeys();
        QVERIFY(m_suite.server.setFaults(QJsonObject{{QStringLiteral("malformNext"), 1}}));
        const CliResult r = m_suite.cli->run({QStringLiteral("refresh"), kLabel});
        QVERIFY2(r.exitCode == 1 && r.errorCode() == QStringLiteral("BAD_RESPONSE"),
                 qPrintable(r.describe()));
        QCOMPARE(added(m_suite.server.serverPublicKeys(), before), QStringList());
        verifyOneWorkingSession(oldKey);
    }
};

QTEST_GUILESS_MAIN(TestCliRefreshRace)
#include "tst_cli_refresh_race.moc"
