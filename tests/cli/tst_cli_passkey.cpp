// `login --passkey` and `refresh --stamp-with passkey` as a user runs them: the built wallet-sessions-cli
// against a wallet-sessions-devserver process and the real keyring, on a machine with no security key
// plugged in (libfido2's real device discovery finds none). What is checked here is the CLI's own part:
// its usage errors (exit 2), where the site comes from (--rp-id, $WALLET_SESSIONS_RP_ID, the session's
// own), the touch prompt, and the exit codes and one-line errors of a security key that is not there,
// each leaving the sessions, the index and the keyring exactly as they were. The sign-in and refresh
// with a key itself run against the software security key in tst_passkey_online (the key hangs off
// libfido2's I/O hooks, which only reach into the process that sets them).
#include "CliHarness.h"
#include "TestEnvironment.h"

#include <QTest>

using namespace ws;
using namespace ws::test;

class TestCliPasskey : public QObject {
    Q_OBJECT

    CliSuite m_suite;
    CliRunner& cli() { return *m_suite.cli; }

    struct State {
        QStringList sessions;
        QStringList keys;
        QStringList entries;
        bool operator==(const State&) const = default;
    };
    State state() const {
        State s;
        if (Result<IndexData> index = readIndex(m_suite.cli->dataDir()); index) {
            for (const auto& entry : index->sessions)
                s.sessions << entry.first + QLatin1Char('=') + entry.second.token.claims.publicKey;
            for (const auto& entry : index->keys)
                s.keys << entry.first;
        }
        s.entries = keyring::entries(m_suite.service);
        s.entries.sort();
        return s;
    }
    CliResult login(const QStringList& args) {
        return cli().run(QStringList{QStringLiteral("login")} + args);
    }
    QStringList passkeyLogin(const QString& rpId) const {
        QStringList args{QStringLiteral("--passkey"), QStringLiteral("--organization-id"),
                         m_suite.server.organizationId()};
        if (!rpId.isEmpty())
            args << QStringLiteral("--rp-id") << rpId;
        return args;
    }

private Q_SLOTS:
    void initTestCase() {
        WS_START_PROCESS_SUITE(m_suite.dir, m_suite.server, QStringList{QStringLiteral("--demo")});
        m_suite.open(QStringLiteral("tst_cli_passkey"));
    }
    void cleanupTestCase() { m_suite.close(); }
    void init() { cli().environment().remove(QStringLiteral("WALLET_SESSIONS_RP_ID")); }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        const QString org = QStringLiteral("org-1");
        QTest::newRow("no site") << QStringList{QStringLiteral("--passkey"),
                                                QStringLiteral("--organization-id"), org}
                                 << QStringLiteral("--rp-id");
        QTest::newRow("no organization")
            << QStringList{QStringLiteral("--passkey"), QStringLiteral("--rp-id"),
                           QStringLiteral("a.example")}
            << QStringLiteral("--organization-id");
        QTest::newRow("with an email") << QStringList{QStringLiteral("--passkey"), QStringLiteral("--email"),
                                                      QStringLiteral("a@b.example")}
                                       << QStringLiteral("--email");
        QTest::newRow("with a key file")
            << QStringList{QStringLiteral("--passkey"), QStringLiteral("--api-private-key-file"),
                           QStringLiteral("-")}
            << QStringLiteral("--api-private-key-file");
        QTest::newRow("site without --passkey")
            << QStringList{QStringLiteral("--rp-id"), QStringLiteral("a.example"),
                           QStringLiteral("--organization-id"), org}
            << QStringLiteral("--passkey");
        QTest::newRow("empty site") << QStringList{QStringLiteral("--passkey"), QStringLiteral("--rp-id"),
                                                   QStringLiteral(" "), QStringLiteral("--organization-id"),
                                                   org}
                                    << QStringLiteral("--rp-id");
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const State before = state();
        const CliResult r = login(args);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(says), qPrintable(r.describe()));
        QVERIFY(!r.err.contains("Touch your security key"));
        QVERIFY(state() == before);
    }

    // No key: the touch is asked for (naming the site), then exit 3 with one line saying to plug it in;
    // the pending session key is gone again. The site comes from $WALLET_SESSIONS_RP_ID too.
    void noSecurityKeyPluggedIn() {
        const State before = state();
        const CliResult r = login(passkeyLogin(QStringLiteral("wallet.example")));
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QCOMPARE(r.errorCode(), QStringLiteral("NOT_FOUND"));
        QVERIFY2(r.err.contains("Touch your security key to sign in to wallet.example"),
                 qPrintable(r.describe()));
        QVERIFY2(r.errorJson()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("No security key is plugged in")),
                 qPrintable(r.describe()));
        QVERIFY(state() == before);

        cli().environment().insert(QStringLiteral("WALLET_SESSIONS_RP_ID"), QStringLiteral("env.example"));
        const CliResult fromEnvironment = login(passkeyLogin(QString()));
        QVERIFY2(fromEnvironment.exitCode == 3, qPrintable(fromEnvironment.describe()));
        QVERIFY2(fromEnvironment.err.contains("sign in to env.example"),
                 qPrintable(fromEnvironment.describe()));
        QVERIFY(state() == before);
    }

    // --stamp-with passkey on a session made with an API key: without a site it is unusable (exit 1,
    // naming --rp-id, the key not even asked); with one, the missing key makes it unusable (exit 1). The
    // session keeps its key, and nothing is left over. --rp-id without --stamp-with passkey is usage.
    void refreshStampedByAMissingKey() {
        const CliResult made = cli().login(m_suite.server, QStringLiteral("work"));
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        const State before = state();

        const CliResult noSite = cli().run({QStringLiteral("refresh"), QStringLiteral("work"),
                                            QStringLiteral("--stamp-with"), QStringLiteral("passkey")});
        QVERIFY2(noSite.exitCode == 1, qPrintable(noSite.describe()));
        QCOMPARE(noSite.errorCode(), QStringLiteral("NOT_SUPPORTED"));
        QVERIFY2(noSite.err.contains("--rp-id"), qPrintable(noSite.describe()));
        QVERIFY(state() == before);

        const CliResult noKey = cli().run({QStringLiteral("refresh"), QStringLiteral("work"),
                                           QStringLiteral("--stamp-with"), QStringLiteral("passkey"),
                                           QStringLiteral("--rp-id"), QStringLiteral("wallet.example")});
        QVERIFY2(noKey.exitCode == 1, qPrintable(noKey.describe()));
        QVERIFY2(noKey.err.contains("Touch your security key to refresh work"), qPrintable(noKey.describe()));
        QVERIFY2(noKey.errorJson()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("No security key is plugged in")),
                 qPrintable(noKey.describe()));
        QVERIFY(state() == before);

        const CliResult misplaced = cli().run({QStringLiteral("refresh"), QStringLiteral("work"),
                                               QStringLiteral("--rp-id"), QStringLiteral("wallet.example")});
        QVERIFY2(misplaced.exitCode == 2, qPrintable(misplaced.describe()));
        QVERIFY(state() == before);
        QVERIFY2(cli().run({QStringLiteral("clear"), QStringLiteral("work")}).exitCode == 0, "clear");
    }
};

QTEST_GUILESS_MAIN(TestCliPasskey)
#include "tst_cli_passkey.moc"
