// TLS: a loopback server with a self-signed certificate made at test time by the openssl tool.
// The client must refuse it (NETWORK, naming the TLS problem, not retried, body never sent), and must
// accept the same server once the certificate is trusted, which shows the refusal is verification.
#include "ClientTestSupport.h"
#include "Clock.h"
#include "SeamServer.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using namespace ws::test;

namespace {

class TlsSeamServer : public SeamServer {
public:
    TlsSeamServer(QSslCertificate certificate, QSslKey key)
        : m_certificate(std::move(certificate))
        , m_key(std::move(key)) {}
    int connections = 0;

protected:
    QTcpSocket* wrapSocket(qintptr descriptor) override {
        ++connections;
        auto* socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->setProtocol(QSsl::TlsV1_2OrLater);
        socket->startServerEncryption();
        return socket;
    }
    QString scheme() const override { return QStringLiteral("https"); }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestTurnkeyClientTls : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    ManualClock m_clock;
    TurnkeyClient::Signer m_signer;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
        QVERIFY(m_dir.isValid());
        const QString keyPath = m_dir.filePath(QStringLiteral("key.pem"));
        const QString certPath = m_dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(30000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        m_certificate = QSslCertificate(readFile(certPath), QSsl::Pem);
        m_key = QSslKey(readFile(keyPath), QSsl::Ec, QSsl::Pem);
        QVERIFY(!m_certificate.isNull());
        QVERIFY(!m_key.isNull());
        m_signer = makeSigner();
    }

    void selfSignedCertificateIsRefused() {
        TlsSeamServer server(m_certificate, m_key);
        QVERIFY(server.start());
        server.setResponder([](const SeamRequest&, QTcpSocket* socket) {
            SeamServer::send(socket, SeamServer::reply(200, R"({"organizationId":"o","userId":"u"})"));
        });
        TurnkeyClient client(fastConfig(server.baseUrl()), m_clock);
        Waiter<WhoamiInfo> w;
        client.whoami(m_signer, QStringLiteral("o"), this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.error().code, ErrorCode::Network);
        QVERIFY2(w.error().message.contains(QLatin1String("TLS")), qPrintable(w.error().message));
        QVERIFY2(w.error().message.contains(QLatin1String("self signed"), Qt::CaseInsensitive) ||
                     w.error().message.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
                 qPrintable(w.error().message));
        QCOMPARE(server.requests().size(), 0);
        QCOMPARE(server.connections, 1); // a TLS failure is not retried
    }

    void trustedCertificateIsAccepted() {
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = saved;
        trusting.addCaCertificate(m_certificate);
        QSslConfiguration::setDefaultConfiguration(trusting);
        TlsSeamServer server(m_certificate, m_key);
        QVERIFY(server.start());
        server.setResponder([](const SeamRequest&, QTcpSocket* socket) {
            SeamServer::send(socket, SeamServer::reply(200, R"({"organizationId":"o","userId":"u"})"));
        });
        TurnkeyClient client(fastConfig(server.baseUrl()), m_clock);
        Waiter<WhoamiInfo> w;
        client.whoami(m_signer, QStringLiteral("o"), this, w.callback());
        const bool done = w.wait();
        QSslConfiguration::setDefaultConfiguration(saved);
        QVERIFY(done);
        QVERIFY2(w.ok(), qPrintable(w.describe()));
        QCOMPARE(server.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTurnkeyClientTls)
#include "tst_turnkeyclient_tls.moc"
