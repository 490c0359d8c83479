// The wallet-sessions-devserver executable: its start-up JSON line, its options, and that a client can
// log in with what it prints.

#include "TestEnvironment.h"
#include "crypto/P256KeyPair.h"
#include "crypto/SessionJwtSignature.h"
#include "crypto/Stamp.h"
#include "token/SessionToken.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

struct Started {
    std::unique_ptr<QProcess> process;
    QJsonObject info;
};

struct Reply {
    int status = 0;
    QByteArray body;
};

} // namespace

class TestDevServerExe : public QObject {
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static QString program() { return ws::test::binDir() + QStringLiteral("/wallet-sessions-devserver"); }

    // Starts the executable and reads its first stdout line.
    static Started start(const QStringList& arguments) {
        Started started;
        started.process = std::make_unique<QProcess>();
        started.process->setProgram(program());
        started.process->setArguments(arguments);
        started.process->start();
        if (!started.process->waitForStarted(30000))
            return started;
        QElapsedTimer timer;
        timer.start();
        while (!started.process->canReadLine() && timer.elapsed() < 60000 &&
               started.process->state() == QProcess::Running)
            started.process->waitForReadyRead(1000);
        if (started.process->canReadLine())
            started.info = QJsonDocument::fromJson(started.process->readLine()).object();
        return started;
    }

    static void stop(Started& started) {
        started.process->terminate();
        if (!started.process->waitForFinished(30000))
            started.process->kill();
    }

    Reply post(const QJsonObject& info, const QString& path, const QByteArray& body, const P256KeyPair& key) {
        QUrl url(info.value(QStringLiteral("url")).toString());
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        auto stampHeader = stamp::make(key, body);
        if (stampHeader)
            request.setRawHeader(QByteArrayLiteral("X-Stamp"), *stampHeader);
        QNetworkReply* reply = m_network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(60000);
        Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return result;
    }

    static QByteArray whoamiBody(const QJsonObject& info) {
        return QJsonDocument(QJsonObject{{QStringLiteral("organizationId"),
                                          info.value(QStringLiteral("organizationId"))}})
            .toJson(QJsonDocument::Compact);
    }

    static P256KeyPair demoKey(const QJsonObject& info) {
        auto key =
            P256KeyPair::fromPrivateKeyHex(info.value(QStringLiteral("apiPrivateKey")).toString().toLatin1(),
                                           info.value(QStringLiteral("apiPublicKey")).toString().toLatin1());
        if (!key)
            qFatal("the printed demo key pair does not import: %s", qPrintable(key.error().message));
        return std::move(*key);
    }

private Q_SLOTS:
    void demoPrintsTheStartupLineAndServesLogins() {
        Started started = start({QStringLiteral("--demo")});
        QVERIFY2(!started.info.isEmpty(),
                 qPrintable(QString::fromUtf8(started.process->readAllStandardError())));
        const QJsonObject& info = started.info;
        const QUrl url(info.value(QStringLiteral("url")).toString());
        QCOMPARE(url.scheme(), QStringLiteral("http"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QVERIFY(!info.value(QStringLiteral("organizationId")).toString().isEmpty());
        QVERIFY(!info.value(QStringLiteral("userId")).toString().isEmpty());
        QCOMPARE(info.value(QStringLiteral("notarizerPublicKey")).toString().size(), 130);
        QCOMPARE(info.value(QStringLiteral("apiPublicKey")).toString().size(), 66);
        QCOMPARE(info.value(QStringLiteral("apiPrivateKey")).toString().size(), 64);

        const P256KeyPair key = demoKey(info);
        const Reply whoami = post(info, QStringLiteral("/public/v1/query/whoami"), whoamiBody(info), key);
        QCOMPARE(whoami.status, 200);
        QCOMPARE(QJsonDocument::fromJson(whoami.body).object().value(QStringLiteral("userId")),
                 info.value(QStringLiteral("userId")));

        auto sessionKey = P256KeyPair::generate();
        QVERIFY(sessionKey.ok());
        const QJsonObject login{
            {QStringLiteral("type"), QStringLiteral("ACTIVITY_TYPE_STAMP_LOGIN")},
            {QStringLiteral("timestampMs"), QString::number(QDateTime::currentMSecsSinceEpoch())},
            {QStringLiteral("organizationId"), info.value(QStringLiteral("organizationId"))},
            {QStringLiteral("parameters"),
             QJsonObject{{QStringLiteral("publicKey"), QString::fromLatin1(sessionKey->publicKeyHex())},
                         {QStringLiteral("expirationSeconds"), QStringLiteral("900")},
                         {QStringLiteral("invalidateExisting"), false}}}};
        const Reply created = post(info, QStringLiteral("/public/v1/submit/stamp_login"),
                                   QJsonDocument(login).toJson(QJsonDocument::Compact), key);
        QCOMPARE(created.status, 200);
        const QByteArray jwt = QJsonDocument::fromJson(created.body)
                                   .object()
                                   .value(QStringLiteral("activity"))
                                   .toObject()
                                   .value(QStringLiteral("result"))
                                   .toObject()
                                   .value(QStringLiteral("stampLoginResult"))
                                   .toObject()
                                   .value(QStringLiteral("session"))
                                   .toString()
                                   .toLatin1();
        QVERIFY(
            jwtsig::verify(jwt, info.value(QStringLiteral("notarizerPublicKey")).toString().toLatin1()).ok());
        auto token = decodeSessionToken(jwt);
        QVERIFY(token.ok());
        QCOMPARE(token->claims.publicKey, QString::fromLatin1(sessionKey->publicKeyHex()));
        stop(started);
    }

    void failNextAndLatencyOptions() {
        Started started = start({QStringLiteral("--demo"), QStringLiteral("--fail-next"),
                                 QStringLiteral("503:1"), QStringLiteral("--latency"), QStringLiteral("10")});
        QVERIFY(!started.info.isEmpty());
        const P256KeyPair key = demoKey(started.info);
        QCOMPARE(post(started.info, QStringLiteral("/public/v1/query/whoami"), whoamiBody(started.info), key)
                     .status,
                 503);
        QCOMPARE(post(started.info, QStringLiteral("/public/v1/query/whoami"), whoamiBody(started.info), key)
                     .status,
                 200);
        stop(started);
    }

    void seedWithoutDemoPrintsNoKeys() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto key = P256KeyPair::generate();
        QVERIFY(key.ok());
        QFile seed(dir.filePath(QStringLiteral("seed.json")));
        QVERIFY(seed.open(QIODevice::WriteOnly));
        seed.write(QByteArrayLiteral(
                       "{\"organizations\":[{\"organizationId\":\"org-s\",\"name\":\"Seeded\"}],"
                       "\"users\":[{\"userId\":\"user-s\",\"organizationId\":\"org-s\",\"username\":\"s\"}],"
                       "\"apiKeys\":[{\"userId\":\"user-s\",\"publicKey\":\"") +
                   key->publicKeyHex() + QByteArrayLiteral("\"}]}"));
        seed.close();
        Started started = start({QStringLiteral("--seed"), seed.fileName()});
        QVERIFY(!started.info.isEmpty());
        QCOMPARE(started.info.value(QStringLiteral("organizationId")).toString(), QStringLiteral("org-s"));
        QCOMPARE(started.info.value(QStringLiteral("userId")).toString(), QStringLiteral("user-s"));
        QVERIFY(!started.info.contains(QStringLiteral("apiPrivateKey")));
        QVERIFY(!started.info.contains(QStringLiteral("apiPublicKey")));
        QCOMPARE(post(started.info, QStringLiteral("/public/v1/query/whoami"), whoamiBody(started.info), *key)
                     .status,
                 200);
        stop(started);
    }

    void refusesBadOptions_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("non-loopback host")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--host"), QStringLiteral("0.0.0.0")};
        QTest::newRow("no state") << QStringList{};
        QTest::newRow("bad fail-next")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--fail-next"), QStringLiteral("abc")};
        QTest::newRow("missing seed")
            << QStringList{QStringLiteral("--seed"), QStringLiteral("/nonexistent/seed.json")};
    }

    void refusesBadOptions() {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(program(), arguments);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
};

QTEST_MAIN(TestDevServerExe)
#include "tst_devserver_exe.moc"
