// TurnkeyClient against a hand-written loopback HTTP server: the seam for transport faults the
// devserver cannot produce on demand (redirects, oversized replies, dropped connections, silence).
#include "ClientTestSupport.h"
#include "Clock.h"
#include "SeamServer.h"
#include "crypto/Stamp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace ws;
using namespace ws::test;

namespace {

const QString kOrg = QStringLiteral("org-1");

QByteArray whoamiJson() {
    return QByteArrayLiteral(
        R"({"organizationId":"org-1","organizationName":"Org","userId":"user-1","username":"alice"})");
}

QByteArray activityJson(const char* status, const QByteArray& result = {}) {
    QByteArray json =
        QByteArrayLiteral(R"({"activity":{"id":"act-1","organizationId":"org-1","status":")") + status + "\"";
    if (!result.isEmpty())
        json += ",\"result\":" + result;
    return json + "}}";
}

QByteArray completedLogin() {
    return activityJson("ACTIVITY_STATUS_COMPLETED",
                        R"({"stampLoginResult":{"session":"header.claims.sig"}})");
}

SeamServer::Responder always(int status, QByteArray body) {
    return [status, body](const SeamRequest&, QTcpSocket* socket) {
        SeamServer::send(socket, SeamServer::reply(status, body));
    };
}

StampLoginParams loginParams() {
    StampLoginParams params;
    params.publicKey = QByteArray("02") + QByteArray(64, 'b');
    return params;
}

} // namespace

class TestTurnkeyClientSeam : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<SeamServer> m_server;
    ManualClock m_clock;
    TurnkeyClient::Signer m_signer;

    std::unique_ptr<TurnkeyClient> client(const ApiConfig& config) {
        return std::make_unique<TurnkeyClient>(config, m_clock);
    }
    std::unique_ptr<TurnkeyClient> client() { return client(fastConfig(m_server->baseUrl())); }

private Q_SLOTS:
    void initTestCase() { m_signer = makeSigner(); }

    void init() {
        m_server = std::make_unique<SeamServer>();
        QVERIFY(m_server->start());
    }
    void cleanup() { m_server.reset(); }

    void headersAndStampCoverTheBody() {
        m_server->setResponder(always(200, whoamiJson()));
        auto c = client();
        Waiter<WhoamiInfo> w;
        c->whoami(m_signer, kOrg, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY2(w.ok(), qPrintable(w.describe()));
        QCOMPARE(w.result->value().userId, QStringLiteral("user-1"));
        QCOMPARE(w.result->value().username, QStringLiteral("alice"));

        QCOMPARE(m_server->requests().size(), 1);
        const SeamRequest& r = m_server->requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/public/v1/query/whoami"));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(r.headers.value("x-client-version"), QByteArray("wallet-sessions/" WS_VERSION));
        QCOMPARE(r.body, QByteArray(R"({"organizationId":"org-1"})"));
        auto verified = stamp::verify(r.headers.value("x-stamp"), r.body);
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().toString()));
        QCOMPARE(verified->publicKey, m_signer->publicKeyHex());
        QVERIFY(!stamp::verify(r.headers.value("x-stamp"), QByteArray(r.body + ' ')).ok());
    }

    void stampLoginSendsAnActivity() {
        m_server->setResponder(always(200, completedLogin()));
        auto c = client();
        Waiter<QByteArray> w;
        c->stampLogin(m_signer, kOrg, loginParams(), this, w.callback());
        QVERIFY(w.wait());
        QVERIFY2(w.ok(), qPrintable(w.describe()));
        QCOMPARE(w.result->value(), QByteArray("header.claims.sig"));
        const SeamRequest& r = m_server->requests().first();
        QCOMPARE(r.path, QByteArray("/public/v1/submit/stamp_login"));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("ACTIVITY_TYPE_STAMP_LOGIN"));
        QCOMPARE(body.value(QLatin1String("timestampMs")).toString(), QString::number(m_clock.nowMSecs()));
        QCOMPARE(body.value(QLatin1String("organizationId")).toString(), kOrg);
        QCOMPARE(body.value(QLatin1String("parameters"))
                     .toObject()
                     .value(QLatin1String("expirationSeconds"))
                     .toString(),
                 QStringLiteral("900"));
        QVERIFY(stamp::verify(r.headers.value("x-stamp"), r.body).ok());
    }

    void redirectIsNotFollowed() {
        SeamServer elsewhere;
        QVERIFY(elsewhere.start());
        elsewhere.setResponder(always(200, whoamiJson()));
        const QByteArray target = elsewhere.baseUrl().toEncoded() + "/public/v1/query/whoami";
        m_server->setResponder([target](const SeamRequest&, QTcpSocket* socket) {
            SeamServer::send(socket, SeamServer::reply(307, {}, "Location: " + target + "\r\n"));
        });
        auto c = client();
        Waiter<WhoamiInfo> w;
        c->whoami(m_signer, kOrg, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(!w.ok());
        QCOMPARE(w.error().code, ErrorCode::BadResponse);
        QVERIFY2(w.error().message.contains(QLatin1String("redirect")), qPrintable(w.error().message));
        QVERIFY2(w.error().message.contains(QString::fromLatin1(target)), qPrintable(w.error().message));
        QCOMPARE(w.error().httpStatus, 307);
        QTest::qWait(100);
        QCOMPARE(elsewhere.requests().size(), 0);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void oversizedReplyByContentLength() {
        const QByteArray big = "{\"x\":\"" + QByteArray(1024 * 1024, 'a') + "\"}";
        m_server->setResponder(always(200, big));
        auto c = client();
        Waiter<WhoamiInfo> w;
        c->whoami(m_signer, kOrg, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(!w.ok());
        QCOMPARE(w.error().code, ErrorCode::BadResponse);
        QVERIFY2(w.error().message.contains(QLatin1String("larger than 1048576")),
                 qPrintable(w.error().message));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void oversizedChunkedReply() {
        m_server->setResponder([](const SeamRequest&, QTcpSocket* socket) {
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                "Connection: close\r\n\r\n");
            const QByteArray chunk(64 * 1024, 'a');
            for (int i = 0; i < 20; ++i)
                socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
            socket->write("0\r\n\r\n");
            socket->disconnectFromHost();
        });
        auto c = client();
        Waiter<WhoamiInfo> w;
        c->whoami(m_signer, kOrg, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(!w.ok());
        QCOMPARE(w.error().code, ErrorCode::BadResponse);
        QVERIFY2(w.error().message.contains(QLatin1String("larger than")), qPrintable(w.error().message));
    }

    void replyJustUnderTheCapIsRead() {
        ApiConfig config = fastConfig(m_server->baseUrl());
        config.maxReplyBytes = whoamiJson().size();
        m_server->setResponder(always(200, whoamiJson()));
        auto c = client(config);
        Waiter<WhoamiInfo> w;
        c->whoami(m_signer, kOrg, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY2(w.ok(), qPrintable(w.describe()));
    }

    void nonJsonErrorBody() {
        ApiConfig config = fastConfig(m_server->baseUrl());
        config.maxRetries = 1;
        m_server->setResponder(always(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"));
        auto c = client(config);
        Waiter<WhoamiInfo> w;
        c->whoami(m_signer, kOrg, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.error().code, ErrorCode::ServerError);
        QCOMPARE(w.error().httpStatus, 502);
        QVERIFY2(w.error().serverMessage.contains(QLatin1String("502 Bad Gateway")),
                 qPrintable(w.error().serverMessage));
        QCOMPARE(m_server->requests().size(), 2);

        m_server->setResponder(always(401, "Unauthorized"));
        Waiter<WhoamiInfo> w2;
        c->whoami(m_signer, kOrg, this, w2.callback());
        QVERIFY(w2.wait());
        QCOMPARE(w2.error().code, ErrorCode::Unauthorized);
        QCOMPARE(m_server->requests().size(), 3);
    }

    void retryResendsTheSameBytesAndStamp() {
        int n = 0;
        m_server->setResponder([&n](const SeamRequest&, QTcpSocket* socket) {
            ++n;
            SeamServer::send(socket, n <= 2 ? SeamServer::reply(503, R"({"code":14,"message":"unavailable"})")
                                            : SeamServer::reply(200, completedLogin()));
        });
        auto c = client();
        Waiter<QByteArray> w;
        c->stampLogin(m_signer, kOrg, loginParams(), this, w.callback());
        QVERIFY(w.wait());
        QVERIFY2(w.ok(), qPrintable(w.describe()));
        const auto& requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        for (const SeamRequest& r : requests) {
            QCOMPARE(r.body, requests.first().body);
            QCOMPARE(r.headers.value("x-stamp"), requests.first().headers.value("x-stamp"));
        }
    }

    void droppedConnectionIsRetried() {
        int n = 0;
        m_server->setResponder([&n](const SeamRequest&, QTcpSocket* socket) {
            if (++n == 1)
                socket->abort();
            else
                SeamServer::send(socket, SeamServer::reply(200, whoamiJson()));
        });
        auto c = client();
        Waiter<WhoamiInfo> w;
        c->whoami(m_signer, kOrg, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY2(w.ok(), qPrintable(w.describe()));
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(0).body, m_server->requests().at(1).body);
    }

    void connectionRefusedIsNetwork() {
        quint16 port = 0;
        {
            SeamServer closed;
            QVERIFY(closed.start());
            port = closed.serverPort();
        }
        ApiConfig config = fastConfig(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        config.maxRetries = 1;
        auto c = client(config);
        Waiter<WhoamiInfo> w;
        c->whoami(m_signer, kOrg, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.error().code, ErrorCode::Network);
        QVERIFY2(w.error().message.contains(QLatin1String("2 attempts")), qPrintable(w.error().message));
    }

    void silenceHitsTheInactivityTimeout() {
        ApiConfig config = fastConfig(m_server->baseUrl());
        config.inactivityTimeout = std::chrono::milliseconds(300);
        m_server->setResponder([](const SeamRequest&, QTcpSocket*) {});
        auto c = client(config);
        Waiter<WhoamiInfo> w;
        c->whoami(m_signer, kOrg, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.error().code, ErrorCode::Timeout);
        QVERIFY2(w.error().message.contains(QLatin1String("sent nothing")), qPrintable(w.error().message));
    }

    void overallDeadline() {
        ApiConfig config = fastConfig(m_server->baseUrl());
        config.deadline = std::chrono::milliseconds(300);
        m_server->setResponder([](const SeamRequest&, QTcpSocket*) {});
        auto c = client(config);
        Waiter<WhoamiInfo> w;
        c->whoami(m_signer, kOrg, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.error().code, ErrorCode::Timeout);
        QVERIFY2(w.error().message.contains(QLatin1String("within")), qPrintable(w.error().message));
    }

    void cancelIsNotTimeout() {
        m_server->setResponder([](const SeamRequest&, QTcpSocket*) {});
        auto c = client();
        Waiter<WhoamiInfo> w;
        QPointer<ApiCall> call = c->whoami(m_signer, kOrg, this, w.callback());
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 20000);
        QVERIFY(call);
        call->cancel();
        call->cancel();
        QCOMPARE(w.calls, 0); // never synchronous
        QVERIFY(w.wait());
        QCOMPARE(w.error().code, ErrorCode::Cancelled);
        QTRY_VERIFY(call.isNull());
        QTest::qWait(50);
        QCOMPARE(w.calls, 1);
    }

    void deadContextGetsNoCallback() {
        m_server->setResponder([](const SeamRequest&, QTcpSocket*) {});
        auto c = client();
        auto context = std::make_unique<QObject>();
        int calls = 0;
        QPointer<ApiCall> call =
            c->whoami(m_signer, kOrg, context.get(), [&calls](Result<WhoamiInfo>) { ++calls; });
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 20000);
        context.reset();
        QTRY_VERIFY(call.isNull());
        QTest::qWait(100);
        QCOMPARE(calls, 0);
    }

    void clientDestroyedWhileInFlight() {
        m_server->setResponder([](const SeamRequest&, QTcpSocket*) {});
        auto c = client();
        Waiter<WhoamiInfo> w;
        c->whoami(m_signer, kOrg, this, w.callback());
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 20000);
        c.reset();
        QVERIFY(w.wait());
        QCOMPARE(w.error().code, ErrorCode::Cancelled);
    }

    void refusedBaseUrlFailsEveryCallAsynchronously() {
        auto c = client(fastConfig(QUrl(QStringLiteral("http://example.com"))));
        Waiter<WhoamiInfo> w;
        c->whoami(m_signer, kOrg, this, w.callback());
        QCOMPARE(w.calls, 0);
        QVERIFY(w.wait());
        QCOMPARE(w.error().code, ErrorCode::InvalidInput);
        QVERIFY2(w.error().message.contains(QLatin1String("example.com")), qPrintable(w.error().message));

        QVERIFY(!c->setBaseUrl(QUrl(QStringLiteral("http://10.0.0.1"))).ok());
        QVERIFY(c->setBaseUrl(m_server->baseUrl()).ok());
        m_server->setResponder(always(200, whoamiJson()));
        Waiter<WhoamiInfo> w2;
        c->whoami(m_signer, kOrg, this, w2.callback());
        QVERIFY(w2.wait());
        QVERIFY2(w2.ok(), qPrintable(w2.describe()));
    }

    void missingInputsAreRefused() {
        auto c = client();
        Waiter<WhoamiInfo> w;
        c->whoami(nullptr, kOrg, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.error().code, ErrorCode::InvalidInput);
        Waiter<QStringList> w2;
        c->deleteApiKeys(m_signer, kOrg, QStringLiteral("user-1"), {}, this, w2.callback());
        QVERIFY(w2.wait());
        QCOMPARE(w2.error().code, ErrorCode::InvalidInput);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void pendingActivityIsPolled() {
        m_server->setResponder([](const SeamRequest& r, QTcpSocket* socket) {
            const bool poll = r.path.endsWith("/get_activity");
            SeamServer::send(socket, SeamServer::reply(200, poll ? completedLogin()
                                                                 : activityJson("ACTIVITY_STATUS_PENDING")));
        });
        auto c = client();
        Waiter<QByteArray> w;
        c->stampLogin(m_signer, kOrg, loginParams(), this, w.callback());
        QVERIFY(w.wait());
        QVERIFY2(w.ok(), qPrintable(w.describe()));
        QCOMPARE(m_server->requests().size(), 2);
        const SeamRequest& poll = m_server->requests().at(1);
        QCOMPARE(poll.path, QByteArray("/public/v1/query/get_activity"));
        const QJsonObject body = QJsonDocument::fromJson(poll.body).object();
        QCOMPARE(body.value(QLatin1String("activityId")).toString(), QStringLiteral("act-1"));
        QCOMPARE(body.value(QLatin1String("organizationId")).toString(), kOrg);
        QVERIFY(stamp::verify(poll.headers.value("x-stamp"), poll.body).ok());
    }

    void pendingBeyondAttemptsIsTimeout() {
        ApiConfig config = fastConfig(m_server->baseUrl());
        config.pollAttempts = 2;
        m_server->setResponder(always(200, activityJson("ACTIVITY_STATUS_PENDING")));
        auto c = client(config);
        Waiter<QByteArray> w;
        c->stampLogin(m_signer, kOrg, loginParams(), this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.error().code, ErrorCode::Timeout);
        QVERIFY2(w.error().message.contains(QLatin1String("still ACTIVITY_STATUS_PENDING after 2 polls")),
                 qPrintable(w.error().message));
        QCOMPARE(m_server->requests().size(), 3);
    }

    void terminalFailureIsActivityFailed_data() {
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("failed") << QByteArray("ACTIVITY_STATUS_FAILED");
        QTest::newRow("rejected") << QByteArray("ACTIVITY_STATUS_REJECTED");
        QTest::newRow("consensus") << QByteArray("ACTIVITY_STATUS_CONSENSUS_NEEDED");
        QTest::newRow("authenticators") << QByteArray("ACTIVITY_STATUS_AUTHENTICATORS_NEEDED");
    }

    void terminalFailureIsActivityFailed() {
        QFETCH(QByteArray, status);
        m_server->setResponder(always(200, activityJson(status.constData())));
        auto c = client();
        Waiter<QStringList> w;
        c->deleteApiKeys(m_signer, kOrg, QStringLiteral("user-1"), {QStringLiteral("k1")}, this,
                         w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.error().code, ErrorCode::ActivityFailed);
        QVERIFY2(w.error().message.contains(QString::fromLatin1(status)), qPrintable(w.error().message));
    }

    void malformedSuccessBody() {
        m_server->setResponder(always(200, "this is not json"));
        auto c = client();
        Waiter<WhoamiInfo> w;
        c->whoami(m_signer, kOrg, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.error().code, ErrorCode::BadResponse);
        QVERIFY2(w.error().message.contains(QLatin1String("invalid JSON")), qPrintable(w.error().message));

        m_server->setResponder(always(200, R"({"organizationId":"org-1"})"));
        Waiter<WhoamiInfo> w2;
        c->whoami(m_signer, kOrg, this, w2.callback());
        QVERIFY(w2.wait());
        QCOMPARE(w2.error().code, ErrorCode::BadResponse);
        QVERIFY2(w2.error().message.contains(QLatin1String("userId")), qPrintable(w2.error().message));
    }
};

QTEST_GUILESS_MAIN(TestTurnkeyClientSeam)
#include "tst_turnkeyclient_seam.moc"
