// `serve`, `exec` and `api` as processes: the built CLI against the devserver executable and the real
// keyring. The session is cleared by another CLI process while `serve` runs.
#include "CliHarness.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

using namespace ws;
using namespace ws::test;

namespace {

// One request to the proxy in another process (blocking is fine: nothing here serves it).
int post(const QUrl& url, const QByteArray& token, const QByteArray& body, QByteArray* answer = nullptr) {
    QTcpSocket s;
    s.connectToHost(url.host(), quint16(url.port()));
    if (!s.waitForConnected(5000))
        return 0;
    s.write("POST /public/v1/query/whoami HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token +
            "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
            body);
    QByteArray raw;
    while (s.waitForReadyRead(5000))
        raw += s.readAll();
    raw += s.readAll();
    if (answer)
        *answer = raw.mid(raw.indexOf("\r\n\r\n") + 4);
    return raw.startsWith("HTTP/1.1 ") ? raw.mid(9, 3).toInt() : 0;
}

} // namespace

class TestProxyCli : public QObject {
    Q_OBJECT
    CliSuite m_suite;

    QByteArray orgBody() const {
        return "{\"organizationId\":\"" + m_suite.server.organizationId().toUtf8() + "\"}";
    }

private Q_SLOTS:
    void initTestCase() {
        WS_START_PROCESS_SUITE(m_suite.dir, m_suite.server, {});
        m_suite.open(QStringLiteral("proxycli"));
    }
    void cleanupTestCase() { m_suite.close(); }

    void serveStopsWhenClearedElsewhere() {
        const CliResult login = m_suite.cli->login(m_suite.server, QStringLiteral("served"));
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        auto serve = m_suite.cli->start(
            {QStringLiteral("serve"), QStringLiteral("--session"), QStringLiteral("served")});
        QVERIFY(serve->waitForStarted(scaledMs(10000)));
        QVERIFY(QTest::qWaitFor(
            [&] { return serve->canReadLine() || serve->state() == QProcess::NotRunning; }, scaledMs(15000)));
        const QJsonObject started = QJsonDocument::fromJson(serve->readLine()).object();
        const QUrl url(started.value(QStringLiteral("url")).toString());
        const QByteArray token = started.value(QStringLiteral("token")).toString().toLatin1();
        QVERIFY2(url.isValid() && token.size() == 43, serve->readAllStandardError().constData());
        QCOMPARE(started.value(QStringLiteral("sessionKey")).toString(), QStringLiteral("served"));

        QByteArray answer;
        QCOMPARE(post(url, token, orgBody(), &answer), 200);
        QVERIFY(answer.contains(m_suite.server.userId().toUtf8()));

        // serve may see the clear before the clear command has exited: its second of 401s is counted
        // from no earlier than the clear's start.
        QElapsedTimer sinceClearStarted;
        sinceClearStarted.start();
        const CliResult clear = m_suite.cli->run({QStringLiteral("clear"), QStringLiteral("served")});
        QVERIFY2(clear.exitCode == 0, qPrintable(clear.describe()));
        QElapsedTimer sinceClear;
        sinceClear.start();
        int status = 0;
        while (sinceClear.elapsed() < 1000 && (status = post(url, token, orgBody(), &answer)) != 401)
            QTest::qWait(20);
        QCOMPARE(status, 401);
        QVERIFY2(answer.contains("'served'"), answer.constData());
        QVERIFY(sinceClear.elapsed() < 1000);
        QVERIFY(serve->waitForFinished(scaledMs(5000)));
        QVERIFY2(sinceClearStarted.elapsed() >= 1000,
                 qPrintable(QString::number(sinceClearStarted.elapsed())));
        QCOMPARE(serve->exitCode(), 4);
    }

    void tokenFile() {
        const CliResult login = m_suite.cli->login(m_suite.server, QStringLiteral("tokenfile"));
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        const QString file = m_suite.dir.filePath(QStringLiteral("token"));
        QFile stale(file);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("an old token that is much longer than the new one\n");
        stale.close();
        auto serve = m_suite.cli->start({QStringLiteral("serve"), QStringLiteral("--session"),
                                         QStringLiteral("tokenfile"), QStringLiteral("--token-file"), file});
        QVERIFY(QTest::qWaitFor([&] { return serve->canReadLine(); }, scaledMs(15000)));
        const QJsonObject started = QJsonDocument::fromJson(serve->readLine()).object();
        QVERIFY(!started.contains(QStringLiteral("token"))); // written to the file only
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray content = written.readAll();
        QCOMPARE(content.size(), 44);
        QVERIFY(content.endsWith('\n'));
        QCOMPARE(int(QFileInfo(file).permissions() & 0x7077), 0x6000);
        QCOMPARE(post(QUrl(started.value(QStringLiteral("url")).toString()), content.trimmed(), orgBody()),
                 200);
        serve->terminate(); // SIGTERM: a clean stop
        QVERIFY(serve->waitForFinished(scaledMs(5000)));
        QCOMPARE(serve->exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve->exitCode(), 0);
    }

    void execGivesTheChildAProxyAndItsStatus() {
        const CliResult login = m_suite.cli->login(m_suite.server, QStringLiteral("exec"));
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        const QString envFile = m_suite.dir.filePath(QStringLiteral("child-env"));
        const QString script =
            QStringLiteral("env > '%1'; curl -sf -H \"Authorization: Bearer $WALLET_SESSIONS_PROXY_TOKEN\" "
                           "--data \"{\\\"organizationId\\\":\\\"$TURNKEY_ORGANIZATION_ID\\\"}\" "
                           "\"$TURNKEY_API_BASE_URL/public/v1/query/whoami\" || exit 99; exit 7")
                .arg(envFile);
        const CliResult r =
            m_suite.cli->run({QStringLiteral("exec"), QStringLiteral("--session"), QStringLiteral("exec"),
                              QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.out.contains(m_suite.server.userId().toUtf8()), qPrintable(r.describe()));
        QFile env(envFile);
        QVERIFY(env.open(QIODevice::ReadOnly));
        const QByteArray environment = env.readAll();
        QVERIFY(environment.contains("TURNKEY_API_BASE_URL=http://127.0.0.1:"));
        QVERIFY(environment.contains("WALLET_SESSIONS_PROXY_TOKEN="));
        QVERIFY(environment.contains(
            QByteArray("TURNKEY_ORGANIZATION_ID=" + m_suite.server.organizationId().toUtf8())));
        // No private key in the child's environment: none of the keyring's secrets appears in it.
        const QStringList entries = keyring::entries(m_suite.service);
        QVERIFY(!entries.isEmpty());
        for (const QString& entry : entries) {
            const Result<QByteArray> secret = keyring::lookup(m_suite.service, entry);
            QVERIFY(secret && !secret->isEmpty());
            QVERIFY(!environment.contains(*secret));
        }

        const CliResult missing =
            m_suite.cli->run({QStringLiteral("exec"), QStringLiteral("--session"), QStringLiteral("exec"),
                              QStringLiteral("--"), QStringLiteral("/nonexistent/program")});
        QCOMPARE(missing.exitCode, 127);
    }

    void apiCommand() {
        const CliResult login = m_suite.cli->login(m_suite.server, QStringLiteral("api"));
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        const CliResult who =
            m_suite.cli->run({QStringLiteral("api"), QStringLiteral("--session"), QStringLiteral("api"),
                              QStringLiteral("/public/v1/query/whoami")});
        QVERIFY2(who.exitCode == 0, qPrintable(who.describe()));
        QCOMPARE(who.json().object().value(QStringLiteral("userId")).toString(), m_suite.server.userId());
        QCOMPARE(m_suite.cli
                     ->run({QStringLiteral("api"), QStringLiteral("-X"), QStringLiteral("GET"),
                            QStringLiteral("/public/v1/query/whoami")})
                     .exitCode,
                 2);
        QCOMPARE(m_suite.cli
                     ->run({QStringLiteral("api"), QStringLiteral("--session"), QStringLiteral("nobody"),
                            QStringLiteral("/public/v1/query/whoami")})
                     .exitCode,
                 3);
        QCOMPARE(m_suite.cli->run({QStringLiteral("api"), QStringLiteral("/admin/state")}).exitCode, 2);
        QCOMPARE(m_suite.cli
                     ->run({QStringLiteral("api"), QStringLiteral("query/whoami"), QStringLiteral("--data"),
                            QStringLiteral("{not json")})
                     .exitCode,
                 2);
        const CliResult keys =
            m_suite.cli->run({QStringLiteral("api"), QStringLiteral("--session"), QStringLiteral("api"),
                              QStringLiteral("query/get_api_keys"), QStringLiteral("--data"),
                              QStringLiteral("{\"userId\":\"%1\"}").arg(m_suite.server.userId())});
        QVERIFY2(keys.exitCode == 0, qPrintable(keys.describe()));
        QVERIFY(keys.json().object().value(QStringLiteral("apiKeys")).isArray());
    }
};

QTEST_GUILESS_MAIN(TestProxyCli)
#include "tst_proxy_cli.moc"
