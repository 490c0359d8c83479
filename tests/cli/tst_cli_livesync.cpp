// The GUI and the CLI share the index (sessions.db): a SessionIndex in this process (as the GUI holds one)
// must see the CLI's changes through its file watcher, and one CLI process sees another's.
#include "CliHarness.h"
#include "TestEnvironment.h"
#include "store/SessionIndex.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ws;
using namespace ws::test;

class TestCliLiveSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void indexSeesCliChanges();
    void cliSeesIndexChanges();

private:
    QString activeKey(const CliRunner& cli);

    DevServerProcess m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliLiveSync::initTestCase() {
    const Result<void> started = m_server.start();
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
    const Result<void> keyFile = m_server.writeKeyFile();
    QVERIFY2(keyFile, keyFile ? "" : qPrintable(keyFile.error().message));
    m_cli = std::make_unique<CliRunner>(
        userCliRunner(m_dir.filePath(QStringLiteral("data")), uniqueTestService(QStringLiteral("cli-sync"))));
    m_cli->setServer(m_server);
    const CliResult r = m_cli->login(m_server, QStringLiteral("a"));
    WS_REQUIRE_KEYRING_OR_SKIP(r.exitCode == 0, QString::fromUtf8(r.err));
    QVERIFY2(m_cli->login(m_server, QStringLiteral("b")).exitCode == 0, "second login");
}

void TestCliLiveSync::cleanupTestCase() {
    if (m_cli)
        m_cli->run({QStringLiteral("clear-all"), QStringLiteral("--yes")});
}

QString TestCliLiveSync::activeKey(const CliRunner& cli) {
    const QJsonArray list = cli.run({QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    for (const QJsonValue& v : list)
        if (v.toObject().value(QStringLiteral("active")).toBool())
            return v.toObject().value(QStringLiteral("sessionKey")).toString();
    return {};
}

void TestCliLiveSync::indexSeesCliChanges() {
    SessionIndex index(m_cli->dataDir());
    QVERIFY(index.open().ok());
    QCOMPARE(index.data().activeSessionKey, QStringLiteral("b"));
    QSignalSpy changed(&index, &SessionIndex::changed);

    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_cli->run({QStringLiteral("use"), QStringLiteral("a")}).exitCode, 0);
    // Generous on a loaded machine; the latency is printed (the GUI's goal is under a second).
    QTRY_VERIFY_WITH_TIMEOUT(index.data().activeSessionKey == QStringLiteral("a"), 10000);
    QVERIFY(changed.count() >= 1);
    qInfo("index saw the CLI's 'use' %lld ms after the CLI started", timer.elapsed());

    const int before = int(changed.count());
    QCOMPARE(m_cli->run({QStringLiteral("clear"), QStringLiteral("b")}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(index.data().findSession(QStringLiteral("b")) == nullptr, 10000);
    QVERIFY(changed.count() > before);
}

void TestCliLiveSync::cliSeesIndexChanges() {
    // Another process (here: this one, as the GUI would) changes the index; a new CLI run sees it.
    QVERIFY(m_cli->login(m_server, QStringLiteral("c")).exitCode == 0);
    QCOMPARE(activeKey(*m_cli), QStringLiteral("c"));
    SessionIndex index(m_cli->dataDir());
    QVERIFY(index.open().ok());
    QVERIFY(index
                .update([](IndexData& d) -> Result<void> {
                    d.activeSessionKey = QStringLiteral("a");
                    return {};
                })
                .ok());
    QCOMPARE(activeKey(*m_cli), QStringLiteral("a"));

    // And a second CLI process sees the first one's change.
    CliRunner other = userCliRunner(
        m_cli->dataDir(), m_cli->environment().value(QStringLiteral("WALLET_SESSIONS_KEYCHAIN_SERVICE")));
    QCOMPARE(m_cli->run({QStringLiteral("use"), QStringLiteral("c")}).exitCode, 0);
    QCOMPARE(activeKey(other), QStringLiteral("c"));
}

QTEST_GUILESS_MAIN(TestCliLiveSync)
#include "tst_cli_livesync.moc"
