#include "api/ActivityPoller.h"
#include "api/ErrorMapping.h"
#include "api/RequestBodies.h"
#include "api/ResponseParsers.h"

#include <QJsonDocument>
#include <QTest>

using namespace ws;

namespace {
QByteArray turnkeyError(int grpc, const char* message, const char* code = nullptr) {
    QByteArray body =
        "{\"code\":" + QByteArray::number(grpc) + ",\"message\":\"" + message + "\",\"details\":[";
    if (code)
        body += "{\"@type\":\"type.googleapis.com/errors.v1.TurnkeyErrorDetail\",\"turnkeyErrorCode\":\"" +
                QByteArray(code) + "\"}";
    return body + "]}";
}

QJsonObject json(const QByteArray& text) {
    return QJsonDocument::fromJson(text).object();
}
} // namespace

class TestErrorMapping : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void httpStatus_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("401 public key not found")
            << 401
            << turnkeyError(16, "could not find public key in organization or its parent organization",
                            "PUBLIC_KEY_NOT_FOUND")
            << ErrorCode::SessionExpired << false;
        QTest::newRow("401 message only")
            << 401 << turnkeyError(16, "could not find public key in organization or its parent organization")
            << ErrorCode::SessionExpired << false;
        QTest::newRow("401 expired api key")
            << 401
            << turnkeyError(16, "rpc error: code = Unauthenticated desc = expired api key publicKey 02ab")
            << ErrorCode::SessionExpired << false;
        QTest::newRow("401 code only")
            << 401 << turnkeyError(16, "something", "API_KEY_EXPIRED") << ErrorCode::SessionExpired << false;
        QTest::newRow("403 public key not found")
            << 403 << turnkeyError(7, "x", "PUBLIC_KEY_NOT_FOUND") << ErrorCode::SessionExpired << false;
        QTest::newRow("401 bad signature")
            << 401 << turnkeyError(16, "could not verify api key signature", "SIGNATURE_INVALID")
            << ErrorCode::Unauthorized << false;
        QTest::newRow("403 not authorized")
            << 403 << turnkeyError(7, "request not authorized", "REQUEST_NOT_AUTHORIZED")
            << ErrorCode::Unauthorized << false;
        QTest::newRow("401 html") << 401 << QByteArray("<html>nope</html>") << ErrorCode::Unauthorized
                                  << false;
        QTest::newRow("429") << 429 << turnkeyError(8, "user has exceeded maximum short-lived api keys")
                             << ErrorCode::RateLimited << false;
        QTest::newRow("400") << 400 << turnkeyError(3, "invalid api key expiration")
                             << ErrorCode::InvalidInput << false;
        QTest::newRow("404 json") << 404 << turnkeyError(5, "activity not found") << ErrorCode::NotFound
                                  << false;
        QTest::newRow("404 html") << 404 << QByteArray("<h1>Not Found</h1>") << ErrorCode::BadResponse
                                  << false;
        QTest::newRow("500") << 500 << turnkeyError(13, "internal") << ErrorCode::ServerError << true;
        QTest::newRow("503 empty") << 503 << QByteArray() << ErrorCode::ServerError << true;
        QTest::newRow("502 html") << 502 << QByteArray("<html><body>Bad Gateway</body></html>")
                                  << ErrorCode::ServerError << true;
    }

    void httpStatus() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(ErrorCode, code);
        QFETCH(bool, retryable);
        const Error e = api::errorFromHttpReply(status, body, QStringLiteral("whoami"));
        QCOMPARE(errorCodeName(e.code), errorCodeName(code));
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(api::isRetryableHttpStatus(status), retryable);
        QVERIFY2(e.message.startsWith(QLatin1String("whoami: ")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QString::number(status)), qPrintable(e.message));
    }

    void keepsServerFields() {
        const Error e = api::errorFromHttpReply(
            401,
            turnkeyError(16, "could not find public key in organization or its parent organization",
                         "PUBLIC_KEY_NOT_FOUND"),
            QStringLiteral("whoami"));
        QCOMPARE(e.serverMessage,
                 QStringLiteral("could not find public key in organization or its parent organization"));
        QCOMPARE(e.turnkeyErrorCodes, QStringList{QStringLiteral("PUBLIC_KEY_NOT_FOUND")});
        QVERIFY(e.message.contains(QLatin1String("log in again")));
    }

    void nonJsonBodyIsQuotedSafely() {
        QByteArray body = "<html>" + QByteArray(5000, 'x') + "\x01\x02</html>";
        const Error e = api::errorFromHttpReply(502, body, QStringLiteral("whoami"), 4);
        QCOMPARE(e.code, ErrorCode::ServerError);
        QVERIFY(e.serverMessage.startsWith(QLatin1String("<html>")));
        QVERIFY(e.serverMessage.size() < 300);
        QVERIFY2(e.message.contains(QLatin1String("non-JSON")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("4 attempts")), qPrintable(e.message));
    }

    void transport() {
        using NE = QNetworkReply::NetworkError;
        auto refused = api::errorFromTransport(
            NE::ConnectionRefusedError, QStringLiteral("Connection refused"), {}, QStringLiteral("whoami"));
        QCOMPARE(refused.error.code, ErrorCode::Network);
        QVERIFY(refused.retryable);
        QVERIFY(api::errorFromTransport(NE::RemoteHostClosedError, {}, {}, {}).retryable);
        QVERIFY(api::errorFromTransport(NE::HostNotFoundError, {}, {}, {}).retryable);
        auto tls = api::errorFromTransport(NE::SslHandshakeFailedError, QStringLiteral("handshake failed"),
                                           {QStringLiteral("The certificate is self-signed, and untrusted")},
                                           QStringLiteral("whoami"));
        QCOMPARE(tls.error.code, ErrorCode::Network);
        QVERIFY(!tls.retryable);
        QVERIFY(tls.error.message.contains(QLatin1String("TLS")));
        QVERIFY(tls.error.message.contains(QLatin1String("self-signed")));
    }

    void activityStatuses() {
        using api::ActivityOutcome;
        QCOMPARE(api::classifyActivityStatus(QStringLiteral("ACTIVITY_STATUS_COMPLETED")),
                 ActivityOutcome::Completed);
        QCOMPARE(api::classifyActivityStatus(QStringLiteral("ACTIVITY_STATUS_PENDING")),
                 ActivityOutcome::Pending);
        QCOMPARE(api::classifyActivityStatus(QStringLiteral("ACTIVITY_STATUS_CREATED")),
                 ActivityOutcome::Pending);
        for (const char* s : {"ACTIVITY_STATUS_FAILED", "ACTIVITY_STATUS_REJECTED",
                              "ACTIVITY_STATUS_CONSENSUS_NEEDED", "ACTIVITY_STATUS_AUTHENTICATORS_NEEDED"}) {
            const QString status = QString::fromLatin1(s);
            QCOMPARE(api::classifyActivityStatus(status), ActivityOutcome::Failed);
            api::ActivityInfo info{QStringLiteral("act-1"), status, QStringLiteral("policy denied"), {}};
            const Error e = api::activityFailedError(info, QStringLiteral("stamp_login"));
            QCOMPARE(e.code, ErrorCode::ActivityFailed);
            QVERIFY2(e.message.contains(status), qPrintable(e.message));
            QVERIFY2(e.message.contains(QLatin1String("policy denied")), qPrintable(e.message));
        }
        api::ActivityInfo odd{QStringLiteral("act-2"), QStringLiteral("ACTIVITY_STATUS_WEIRD"), {}, {}};
        QCOMPARE(api::activityFailedError(odd, QStringLiteral("x")).code, ErrorCode::BadResponse);
    }

    // Byte for byte the body of the `stamp` vector (tests/data/turnkey-vectors.json, made by the SDK),
    // so the field order matches the SDK's (docs/protocol.md §1, §3).
    void stampLoginBodyMatchesSdk() {
        StampLoginParams params;
        params.publicKey = QByteArray("02") + QByteArray(64, 'a');
        params.expirationSeconds = 900;
        const QByteArray body = api::stampLoginBody(
            1767225600000, QStringLiteral("c75ecb07-c84a-4dd5-932c-539dfafc6864"), params);
        QCOMPARE(
            body,
            QByteArray("{\"type\":\"ACTIVITY_TYPE_STAMP_LOGIN\",\"timestampMs\":\"1767225600000\","
                       "\"organizationId\":\"c75ecb07-c84a-4dd5-932c-539dfafc6864\",\"parameters\":{"
                       "\"publicKey\":\"02aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\","
                       "\"expirationSeconds\":\"900\",\"invalidateExisting\":false}}"));
        params.sessionProfileId = QStringLiteral("prof\"1");
        QVERIFY(
            api::stampLoginBody(1, QStringLiteral("o"), params)
                .endsWith(QByteArray("\"invalidateExisting\":false,\"sessionProfileId\":\"prof\\\"1\"}}")));
        QCOMPARE(
            api::deleteApiKeysBody(5, QStringLiteral("o"), QStringLiteral("u"), {QStringLiteral("k1")}),
            QByteArray(
                "{\"type\":\"ACTIVITY_TYPE_DELETE_API_KEYS\",\"timestampMs\":\"5\",\"organizationId\":\"o\","
                "\"parameters\":{\"userId\":\"u\",\"apiKeyIds\":[\"k1\"]}}"));
        QCOMPARE(api::whoamiBody(QStringLiteral("o")), QByteArray("{\"organizationId\":\"o\"}"));
    }

    void parsers() {
        const QString w = QStringLiteral("stamp_login");
        auto ok = api::parseStampLoginResult(
            json("{\"result\":{\"stampLoginResult\":{\"session\":\"a.b.c\"}}}"), w);
        QVERIFY(ok.ok());
        QCOMPARE(*ok, QByteArray("a.b.c"));
        auto empty =
            api::parseStampLoginResult(json("{\"result\":{\"stampLoginResult\":{\"session\":\"\"}}}"), w);
        QCOMPARE(empty.error().code, ErrorCode::BadResponse);
        QVERIFY2(empty.error().message.contains(QLatin1String("activity.result.stampLoginResult.session")),
                 qPrintable(empty.error().message));
        auto noResult = api::parseStampLoginResult(json("{}"), w);
        QVERIFY(noResult.error().message.contains(QLatin1String("activity.result")));

        auto who =
            api::parseWhoami(json("{\"organizationId\":\"o\",\"organizationName\":\"n\",\"userId\":\"u\","
                                  "\"username\":\"x\"}"),
                             QStringLiteral("whoami"));
        QVERIFY(who.ok());
        QCOMPARE(who->userId, QStringLiteral("u"));
        auto noUser =
            api::parseWhoami(json("{\"organizationId\":\"o\",\"userId\":5}"), QStringLiteral("whoami"));
        QVERIFY(noUser.error().message.contains(QLatin1String("userId")));

        auto keys = api::parseApiKeys(
            json("{\"apiKeys\":[{\"apiKeyId\":\"k\",\"apiKeyName\":\"n\",\"credential\":{\"publicKey\":"
                 "\"02ab\","
                 "\"type\":\"CREDENTIAL_TYPE_LOGIN\"},\"expirationSeconds\":\"900\"},{\"apiKeyId\":\"k2\","
                 "\"credential\":{\"publicKey\":\"03cd\"}}]}"),
            QStringLiteral("get_api_keys"));
        QVERIFY(keys.ok());
        QCOMPARE(keys->size(), 2);
        QCOMPARE(keys->at(0).expirationSeconds, 900);
        QCOMPARE(keys->at(0).credentialType, QStringLiteral("CREDENTIAL_TYPE_LOGIN"));
        QCOMPARE(keys->at(1).expirationSeconds, 0);
        auto badKey = api::parseApiKeys(json("{\"apiKeys\":[{\"apiKeyId\":\"k\",\"credential\":{}}]}"),
                                        QStringLiteral("get_api_keys"));
        QVERIFY2(badKey.error().message.contains(QLatin1String("apiKeys[0].credential.publicKey")),
                 qPrintable(badKey.error().message));

        auto deleted = api::parseDeleteApiKeysResult(
            json("{\"result\":{\"deleteApiKeysResult\":{\"apiKeyIds\":[\"a\",\"b\"]}}}"),
            QStringLiteral("d"));
        QCOMPARE(*deleted, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        auto envelope =
            api::parseActivityEnvelope(json("{\"activity\":{\"id\":\"x\"}}"), QStringLiteral("d"));
        QVERIFY(envelope.error().message.contains(QLatin1String("activity.status")));
    }
};

QTEST_GUILESS_MAIN(TestErrorMapping)
#include "tst_errormapping.moc"
