// Transport refusals seen through the CLI: plain http to a non-loopback host, a redirect from the API
// (the redirect target must get nothing) and an HTTPS endpoint whose certificate does not verify.
#include "CliHarness.h"
#include "SeamServer.h"
#include "TestEnvironment.h"

#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using namespace ws::test;

class TestTransportRefusal : public QObject {
    Q_OBJECT
private:
    CliSuite m_suite;

    // Runs the CLI while this test's event loop serves the seam servers.
    CliResult runAsync(const CliRunner& cli, const QStringList& command) {
        std::unique_ptr<QProcess> process = cli.start(command);
        if (!process->waitForStarted(30000))
            return {};
        process->closeWriteChannel();
        if (!QTest::qWaitFor([&] { return process->state() == QProcess::NotRunning; }, scaledMs(120000)))
            return CliRunner::collect(*process, 0);
        return CliRunner::collect(*process, 1000);
    }

private Q_SLOTS:
    void initTestCase() {
        WS_START_PROCESS_SUITE(m_suite.dir, m_suite.server, {});
        m_suite.open(QStringLiteral("transport"));
        const CliResult login = m_suite.cli->login(m_suite.server, QStringLiteral("alpha"));
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
    }

    void cleanupTestCase() { m_suite.close(); }

    void plainHttpToRemoteHostIsRefused() {
        CliRunner cli = *m_suite.cli;
        cli.setApiUrl(QUrl(QStringLiteral("http://example.com")));
        const CliResult r = cli.run({QStringLiteral("verify"), QStringLiteral("alpha")});
        QVERIFY2(r.exitCode == 2 || r.exitCode == 1, qPrintable(r.describe()));
        const QString message = r.errorJson().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QLatin1String("https"), Qt::CaseInsensitive), qPrintable(r.describe()));
        // Also from the environment, where it is not a usage error but still refused.
        CliRunner fromEnv = *m_suite.cli;
        fromEnv.setApiUrl(QUrl());
        fromEnv.environment().insert(QStringLiteral("WALLET_SESSIONS_API_URL"),
                                     QStringLiteral("http://example.com"));
        const CliResult e = fromEnv.run({QStringLiteral("verify"), QStringLiteral("alpha")});
        QVERIFY2(e.exitCode != 0 && e.errorCode() == QLatin1String("INVALID_INPUT"),
                 qPrintable(e.describe()));
    }

    void redirectIsRefused() {
        SeamServer target;
        QVERIFY(target.start());
        target.setResponder([](const SeamRequest&, QTcpSocket* socket) {
            SeamServer::send(socket, SeamServer::reply(200, R"({"organizationId":"o","userId":"u"})"));
        });
        SeamServer redirecting;
        QVERIFY(redirecting.start());
        const QByteArray location = target.baseUrl().toString().toLatin1() + "/public/v1/query/whoami";
        redirecting.setResponder([location](const SeamRequest&, QTcpSocket* socket) {
            SeamServer::send(socket, SeamServer::reply(307, "{}", "Location: " + location + "\r\n"));
        });
        CliRunner cli = *m_suite.cli;
        cli.setApiUrl(redirecting.baseUrl());
        const CliResult r = runAsync(cli, {QStringLiteral("verify"), QStringLiteral("alpha")});
        QVERIFY2(r.finished && r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.errorJson()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("redirect"), Qt::CaseInsensitive),
                 qPrintable(r.describe()));
        QVERIFY(redirecting.requests().size() >= 1);
        QCOMPARE(target.requests().size(), 0);
    }

    void selfSignedCertificateIsRefused() {
        const QString key = m_suite.dir.filePath(QStringLiteral("key.pem"));
        const QString cert = m_suite.dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        // A free port for openssl's own TLS server, which answers any request it gets with 200.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral("openssl"),
                     {QStringLiteral("s_server"), QStringLiteral("-accept"),
                      QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"), cert,
                      QStringLiteral("-key"), key, QStringLiteral("-www")});
        QVERIFY(server.waitForStarted(30000));
        const auto listening = [port] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            return socket.waitForConnected(1000);
        };
        QTRY_VERIFY_WITH_TIMEOUT(listening() || server.state() != QProcess::Running, 30000);
        QCOMPARE(server.state(), QProcess::Running);

        CliRunner cli = *m_suite.cli;
        cli.setApiUrl(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
        const CliResult r = runAsync(cli, {QStringLiteral("verify"), QStringLiteral("alpha")});
        server.kill();
        server.waitForFinished(10000);
        QVERIFY2(r.finished && r.exitCode == 5 && r.errorCode() == QLatin1String("NETWORK"),
                 qPrintable(r.describe()));
        const QString message = r.errorJson().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QLatin1String("self signed"), Qt::CaseInsensitive) ||
                     message.contains(QLatin1String("self-signed"), Qt::CaseInsensitive) ||
                     message.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
                 qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestTransportRefusal)
#include "tst_transport_refusal.moc"
