// Fault injection (latency, failures, drops, malformed bodies, pending activities) and the admin endpoint.

#include "DevServerFixture.h"
#include "crypto/Stamp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace ws;
using ws::test::DevServerFixture;

namespace {

const QString kStampLogin = QStringLiteral("/public/v1/submit/stamp_login");
const QString kWhoami = QStringLiteral("/public/v1/query/whoami");
const QString kGetActivity = QStringLiteral("/public/v1/query/get_activity");

P256KeyPair newKey() {
    auto key = P256KeyPair::generate();
    if (!key)
        qFatal("cannot generate a P-256 key: %s", qPrintable(key.error().message));
    return std::move(*key);
}

QString statusOf(const QJsonObject& reply) {
    return reply.value(QStringLiteral("activity")).toObject().value(QStringLiteral("status")).toString();
}

} // namespace

class TestDevServerFaults : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<DevServerFixture> m_fixture;
    std::optional<P256KeyPair> m_demoKey;
    DevServerFixture& fx() { return *m_fixture; }

    DevServerFixture::Reply whoami() { return fx().post(kWhoami, fx().queryBody(), &*m_demoKey); }

    DevServerFixture::Reply admin(const QByteArray& json) {
        return fx().postWithStamp(QStringLiteral("/admin/faults"), json, {});
    }

private Q_SLOTS:
    void init() {
        m_fixture = std::make_unique<DevServerFixture>();
        QVERIFY(m_fixture->start().ok());
        auto demo = m_fixture->demoKey();
        QVERIFY(demo.ok());
        m_demoKey.emplace(std::move(*demo));
    }

    void cleanup() {
        m_demoKey.reset();
        m_fixture.reset();
    }

    void latencyDelaysReplies() {
        fx().server().addLatency(800);
        QElapsedTimer timer;
        timer.start();
        const auto reply = whoami();
        // Only a lower bound: a delay can be longer on a loaded machine, never shorter.
        QVERIFY2(timer.elapsed() >= 750, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(reply.status, 200);
        fx().server().addLatency(0);
        QCOMPARE(whoami().status, 200);
    }

    void clientHangingUpDuringLatencyIsHarmless() {
        fx().server().addLatency(600);
        QNetworkAccessManager network;
        QUrl url = fx().url();
        url.setPath(kWhoami);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = network.post(request, fx().queryBody());
        QSignalSpy handled(&fx().server(), &devserver::DevServer::requestHandled);
        QVERIFY(handled.wait(30000));
        reply->abort();
        reply->deleteLater();
        // The delayed reply fires into a closed (or deleted) connection; the server carries on.
        QTest::qWait(900);
        fx().server().addLatency(0);
        QCOMPARE(whoami().status, 200);
        QCOMPARE(fx().server().requestCount(), 2);
    }

    void failNextAnswersWithTheStatusForNRequests() {
        fx().server().failNext(503, 2);
        const auto first = whoami();
        QCOMPARE(first.status, 503);
        QCOMPARE(first.json().value(QStringLiteral("code")).toInt(), 14);
        QVERIFY(first.json().contains(QStringLiteral("message")));
        QCOMPARE(whoami().status, 503);
        QCOMPARE(whoami().status, 200);
    }

    void failNextWithACustomBody() {
        fx().server().failNext(429, 1, QByteArrayLiteral("rate limited"));
        const auto reply = whoami();
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.body, QByteArrayLiteral("rate limited"));
    }

    void failedRequestsChangeNothing() {
        fx().server().failNext(500, 1);
        const P256KeyPair sessionKey = newKey();
        QCOMPARE(fx().post(kStampLogin, fx().stampLoginBody(sessionKey.publicKeyHex()), &*m_demoKey).status,
                 500);
        QCOMPARE(fx().server().keyCount(fx().userId()), 1);
    }

    void dropClosesTheConnectionWithoutAResponse() {
        fx().server().dropNext(1);
        const QByteArray body = fx().queryBody();
        auto stampHeader = stamp::make(*m_demoKey, body);
        QVERIFY(stampHeader.ok());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, fx().url().port());
        QVERIFY(socket.waitForConnected(30000));
        socket.write(QByteArrayLiteral("POST /public/v1/query/whoami HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                       "Content-Type: application/json\r\nX-Stamp: ") +
                     *stampHeader + QByteArrayLiteral("\r\nContent-Length: ") +
                     QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body);
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        QVERIFY(disconnected.wait(30000) || socket.state() == QAbstractSocket::UnconnectedState);
        QCOMPARE(socket.readAll(), QByteArray());
        // The fault is used up: the next request is answered.
        QCOMPARE(whoami().status, 200);
    }

    void dropIsSeenAsANetworkErrorByQNetworkAccessManager() {
        // More drops than QNetworkAccessManager's own resend attempts.
        fx().server().dropNext(5);
        const auto reply = whoami();
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.networkError != QNetworkReply::NoError);
        fx().server().resetFaults();
        QCOMPARE(whoami().status, 200);
    }

    void malformedBodyIsUnparsableButTheRequestRan() {
        fx().server().malformNext(1);
        const P256KeyPair sessionKey = newKey();
        const auto reply =
            fx().post(kStampLogin, fx().stampLoginBody(sessionKey.publicKeyHex()), &*m_demoKey);
        QCOMPARE(reply.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(reply.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QVERIFY(!reply.body.isEmpty());
        QCOMPARE(fx().server().keyCount(fx().userId()), 2);
        QCOMPARE(fx().post(kWhoami, fx().queryBody(), &sessionKey).status, 200);
    }

    void activityStaysPendingForNPolls() {
        fx().server().pendingPolls(2);
        const P256KeyPair sessionKey = newKey();
        const QByteArray body = fx().stampLoginBody(sessionKey.publicKeyHex());
        auto stampHeader = stamp::make(*m_demoKey, body);
        QVERIFY(stampHeader.ok());
        const auto submitted = fx().postWithStamp(kStampLogin, body, *stampHeader);
        QCOMPARE(submitted.status, 200);
        QCOMPARE(statusOf(submitted.json()), QStringLiteral("ACTIVITY_STATUS_PENDING"));
        QVERIFY(submitted.json()
                    .value(QStringLiteral("activity"))
                    .toObject()
                    .value(QStringLiteral("result"))
                    .toObject()
                    .isEmpty());
        const QString id = submitted.json()
                               .value(QStringLiteral("activity"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        const QByteArray poll = fx().queryBody({{QStringLiteral("activityId"), id}});

        QCOMPARE(statusOf(fx().post(kGetActivity, poll, &*m_demoKey).json()),
                 QStringLiteral("ACTIVITY_STATUS_PENDING"));
        // A resend of the same request shows the current state without counting as a poll.
        QCOMPARE(statusOf(fx().postWithStamp(kStampLogin, body, *stampHeader).json()),
                 QStringLiteral("ACTIVITY_STATUS_PENDING"));
        QCOMPARE(statusOf(fx().post(kGetActivity, poll, &*m_demoKey).json()),
                 QStringLiteral("ACTIVITY_STATUS_PENDING"));
        const auto done = fx().post(kGetActivity, poll, &*m_demoKey);
        QCOMPARE(statusOf(done.json()), QStringLiteral("ACTIVITY_STATUS_COMPLETED"));
        QVERIFY(!done.json()
                     .value(QStringLiteral("activity"))
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("stampLoginResult"))
                     .toObject()
                     .value(QStringLiteral("session"))
                     .toString()
                     .isEmpty());
        QCOMPARE(statusOf(fx().postWithStamp(kStampLogin, body, *stampHeader).json()),
                 QStringLiteral("ACTIVITY_STATUS_COMPLETED"));
        // Only that one activity was held back.
        const P256KeyPair next = newKey();
        QCOMPARE(
            statusOf(fx().post(kStampLogin, fx().stampLoginBody(next.publicKeyHex()), &*m_demoKey).json()),
            QStringLiteral("ACTIVITY_STATUS_COMPLETED"));
    }

    void adminEndpointSetsFaults() {
        const auto set =
            admin(QByteArrayLiteral("{\"failNext\":{\"status\":502,\"count\":1},\"pendingPolls\":1}"));
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().value(QStringLiteral("pendingPolls")).toInt(), 1);
        QCOMPARE(whoami().status, 502);
        QCOMPARE(whoami().status, 200);
        QCOMPARE(fx().server().faults().pendingPolls, 1);
        QCOMPARE(admin(QByteArrayLiteral("{\"reset\":true}")).status, 200);
        QCOMPARE(fx().server().faults().pendingPolls, 0);

        QCOMPARE(admin(QByteArrayLiteral("{\"dropNext\":-1}")).status, 400);
        QCOMPARE(admin(QByteArrayLiteral("{\"failNext\":{\"status\":42}}")).status, 400);
        QCOMPARE(admin(QByteArrayLiteral("not json")).status, 400);
        QCOMPARE(admin(QByteArrayLiteral("{\"latencyMs\":\"slow\"}")).status, 400);
    }

    void adminRequestsAreNotFaulted() {
        fx().server().dropNext(3);
        fx().server().failNext(500, 3);
        const auto state = fx().get(QStringLiteral("/admin/state"));
        QCOMPARE(state.status, 200);
        const QJsonObject json = state.json();
        QCOMPARE(json.value(QStringLiteral("apiKeys")).toArray().size(), 1);
        QCOMPARE(json.value(QStringLiteral("users"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("userId"))
                     .toString(),
                 fx().userId());
        QCOMPARE(json.value(QStringLiteral("faults")).toObject().value(QStringLiteral("dropNext")).toInt(),
                 3);
    }

    void adminPeerMustBeLoopback() {
        QVERIFY(devserver::DevServer::isAdminPeerAllowed(QHostAddress(QStringLiteral("127.0.0.1"))));
        QVERIFY(devserver::DevServer::isAdminPeerAllowed(QHostAddress(QStringLiteral("::1"))));
        QVERIFY(devserver::DevServer::isAdminPeerAllowed(QHostAddress(QStringLiteral("::ffff:127.0.0.1"))));
        QVERIFY(!devserver::DevServer::isAdminPeerAllowed(QHostAddress(QStringLiteral("192.0.2.2"))));
        QVERIFY(!devserver::DevServer::isAdminPeerAllowed(QHostAddress(QStringLiteral("10.0.0.1"))));
    }

    void adminEndpointRefusesNonLoopbackPeers() {
        QHostAddress external;
        const auto addresses = QNetworkInterface::allAddresses();
        for (const QHostAddress& address : addresses) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
                external = address;
        }
        if (external.isNull())
            QSKIP("this machine has no non-loopback IPv4 address to connect from");

        ManualClock clock(QDateTime::currentDateTimeUtc());
        devserver::DevServerConfig config;
        config.demo = true;
        devserver::DevServer server(config, clock);
        QVERIFY(server.listen(QHostAddress::AnyIPv4, 0).ok());
        QNetworkAccessManager network;
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(external.toString());
        url.setPort(server.port());
        url.setPath(QStringLiteral("/admin/state"));
        QNetworkReply* reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        QVERIFY(!reply->readAll().contains("apiKeys"));
        reply->deleteLater();

        url.setPath(QStringLiteral("/admin/faults"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* post = network.post(request, QByteArrayLiteral("{\"dropNext\":5}"));
        QSignalSpy posted(post, &QNetworkReply::finished);
        QVERIFY(posted.wait(30000));
        QCOMPARE(post->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        QCOMPARE(server.faults().dropCount, 0);
        post->deleteLater();
    }
};

QTEST_MAIN(TestDevServerFaults)
#include "tst_devserver_faults.moc"
