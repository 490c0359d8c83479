// The devserver's public API over real HTTP on loopback, with real stamps and real JWT signatures.

#include "DevServerFixture.h"
#include "crypto/Encoding.h"
#include "crypto/SessionJwtSignature.h"
#include "crypto/Stamp.h"
#include "token/SessionToken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ws;
using ws::test::DevServerFixture;

namespace {

const QString kStampLogin = QStringLiteral("/public/v1/submit/stamp_login");
const QString kDeleteApiKeys = QStringLiteral("/public/v1/submit/delete_api_keys");
const QString kWhoami = QStringLiteral("/public/v1/query/whoami");
const QString kGetActivity = QStringLiteral("/public/v1/query/get_activity");
const QString kGetApiKeys = QStringLiteral("/public/v1/query/get_api_keys");

P256KeyPair newKey() {
    auto key = P256KeyPair::generate();
    if (!key)
        qFatal("cannot generate a P-256 key: %s", qPrintable(key.error().message));
    return std::move(*key);
}

QString turnkeyCode(const QJsonObject& error) {
    return error.value(QStringLiteral("details"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("turnkeyErrorCode"))
        .toString();
}

} // namespace

class TestDevServerApi : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<DevServerFixture> m_fixture;
    std::optional<P256KeyPair> m_demoKey;

    DevServerFixture& fx() { return *m_fixture; }

    // Logs a new session key in with the demo key; returns the reply.
    DevServerFixture::Reply login(const P256KeyPair& sessionKey,
                                  const QString& expiration = QStringLiteral("900"), bool invalidate = false,
                                  const P256KeyPair* stamper = nullptr) {
        return fx().post(kStampLogin, fx().stampLoginBody(sessionKey.publicKeyHex(), expiration, invalidate),
                         stamper ? stamper : &*m_demoKey);
    }

private Q_SLOTS:
    void init() {
        m_fixture = std::make_unique<DevServerFixture>();
        auto started = m_fixture->start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        auto demo = m_fixture->demoKey();
        QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().message));
        m_demoKey.emplace(std::move(*demo));
    }

    void cleanup() {
        m_demoKey.reset();
        m_fixture.reset();
    }

    void listensOnLoopbackWithAPickedPort() {
        QCOMPARE(fx().url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(fx().url().port() > 0);
        QCOMPARE(fx().server().notarizerPublicKeyHex().size(), 130);
        QVERIFY(fx().server().notarizerPublicKeyHex().startsWith("04"));
    }

    void whoamiAnswersTheCallersUser() {
        const auto reply = fx().post(kWhoami, fx().queryBody(), &*m_demoKey);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QStringLiteral("organizationId")).toString(), fx().organizationId());
        QCOMPARE(body.value(QStringLiteral("userId")).toString(), fx().userId());
        QCOMPARE(body.value(QStringLiteral("username")).toString(), QStringLiteral("demo"));
        QVERIFY(!body.value(QStringLiteral("organizationName")).toString().isEmpty());
    }

    void stampLoginRegistersTheKeyAndReturnsAVerifiableSession() {
        const P256KeyPair sessionKey = newKey();
        const qint64 before = fx().clock().nowSecs();
        const auto reply = login(sessionKey, QStringLiteral("1200"));
        QCOMPARE(reply.status, 200);
        const QJsonObject activity = reply.json().value(QStringLiteral("activity")).toObject();
        QCOMPARE(activity.value(QStringLiteral("status")).toString(),
                 QStringLiteral("ACTIVITY_STATUS_COMPLETED"));
        QCOMPARE(activity.value(QStringLiteral("type")).toString(),
                 QStringLiteral("ACTIVITY_TYPE_STAMP_LOGIN"));
        QCOMPARE(activity.value(QStringLiteral("organizationId")).toString(), fx().organizationId());
        QVERIFY(!activity.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(
            activity.value(QStringLiteral("fingerprint")).toString().startsWith(QStringLiteral("sha256:")));
        QVERIFY(activity.value(QStringLiteral("createdAt")).toObject().contains(QStringLiteral("seconds")));

        const QByteArray jwt = DevServerFixture::sessionOf(reply).toLatin1();
        auto verified = jwtsig::verify(jwt, fx().server().notarizerPublicKeyHex());
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().message));
        // Turnkey's production key did not sign it: the check really depends on the key.
        QVERIFY(!jwtsig::verify(jwt).ok());

        auto token = decodeSessionToken(jwt);
        QVERIFY2(token.ok(), token.ok() ? "" : qPrintable(token.error().message));
        QCOMPARE(token->claims.publicKey, QString::fromLatin1(sessionKey.publicKeyHex()));
        QCOMPARE(token->claims.userId, fx().userId());
        QCOMPARE(token->claims.organizationId, fx().organizationId());
        QCOMPARE(token->claims.sessionType, QStringLiteral("SESSION_TYPE_READ_WRITE"));
        QCOMPARE(token->claims.exp, before + 1200);

        // The header is ES256/JWT and the claims are in Turnkey's order.
        const QList<QByteArray> parts = jwt.split('.');
        QCOMPARE(parts.size(), 3);
        QCOMPARE(*encoding::fromBase64Url(parts.at(0)),
                 QByteArrayLiteral("{\"alg\":\"ES256\",\"typ\":\"JWT\"}"));
        QVERIFY(encoding::fromBase64Url(parts.at(1))->startsWith("{\"exp\":"));

        // The new key now authenticates on its own, and is an expiring key of the user.
        const auto whoami = fx().post(kWhoami, fx().queryBody(), &sessionKey);
        QCOMPARE(whoami.status, 200);
        const auto keys = fx().server().apiKeysForUser(fx().userId());
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.at(1).publicKey, sessionKey.publicKeyHex());
        QCOMPARE(keys.at(1).expirationSeconds, 1200);
    }

    void stampLoginDefaultsToFifteenMinutes() {
        const P256KeyPair sessionKey = newKey();
        QJsonObject body = QJsonDocument::fromJson(fx().stampLoginBody(sessionKey.publicKeyHex())).object();
        QJsonObject parameters = body.value(QStringLiteral("parameters")).toObject();
        parameters.remove(QStringLiteral("expirationSeconds"));
        body.insert(QStringLiteral("parameters"), parameters);
        const auto reply =
            fx().post(kStampLogin, QJsonDocument(body).toJson(QJsonDocument::Compact), &*m_demoKey);
        QCOMPARE(reply.status, 200);
        auto token = decodeSessionToken(DevServerFixture::sessionOf(reply).toLatin1());
        QVERIFY(token.ok());
        QCOMPARE(token->claims.exp, fx().clock().nowSecs() + 900);
    }

    void badExpirationSecondsAreRejected_data() {
        QTest::addColumn<QString>("expiration");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("negative") << QStringLiteral("-5");
        QTest::newRow("fraction") << QStringLiteral("1.5");
        QTest::newRow("letters") << QStringLiteral("abc");
        QTest::newRow("empty") << QString();
        QTest::newRow("exponent") << QStringLiteral("1e3");
    }

    void badExpirationSecondsAreRejected() {
        QFETCH(QString, expiration);
        const P256KeyPair sessionKey = newKey();
        const auto reply = login(sessionKey, expiration);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("invalid api key expiration"));
        QCOMPARE(reply.json().value(QStringLiteral("code")).toInt(), 3);
        QCOMPARE(fx().server().keyCount(fx().userId()), 1);
    }

    void expirationSecondsAsANumberIsRejected() {
        const P256KeyPair sessionKey = newKey();
        QByteArray body = fx().stampLoginBody(sessionKey.publicKeyHex());
        body.replace("\"expirationSeconds\":\"900\"", "\"expirationSeconds\":900");
        QVERIFY(body.contains("\"expirationSeconds\":900"));
        QCOMPARE(fx().post(kStampLogin, body, &*m_demoKey).status, 400);
    }

    void missingStampIsRejected() {
        const auto reply = fx().post(kWhoami, fx().queryBody(), nullptr);
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("without a stamp")));
        QCOMPARE(reply.json().value(QStringLiteral("code")).toInt(), 16);
    }

    void malformedStampIsRejected() {
        const auto reply = fx().postWithStamp(kWhoami, fx().queryBody(), QByteArrayLiteral("not-a-stamp"));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("malformed activity stamp"));
    }

    void signatureOverOtherBytesIsRejected() {
        const QByteArray body = fx().queryBody();
        auto stampHeader = stamp::make(*m_demoKey, body);
        QVERIFY(stampHeader.ok());
        // One byte more than what was signed (trailing whitespace keeps the JSON valid).
        const auto reply = fx().postWithStamp(kWhoami, body + ' ', *stampHeader);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("could not verify api key signature"));
        QCOMPARE(turnkeyCode(reply.json()), QStringLiteral("SIGNATURE_INVALID"));
        // The same stamp on the exact bytes passes: the rejection was about the byte.
        QCOMPARE(fx().postWithStamp(kWhoami, body, *stampHeader).status, 200);
    }

    void signatureByAnotherKeyIsRejected() {
        // A stamp naming the demo public key but signed by a different key.
        const P256KeyPair other = newKey();
        const QByteArray body = fx().queryBody();
        auto signature = other.signDer(body);
        QVERIFY(signature.ok());
        const QByteArray stampJson =
            QByteArrayLiteral("{\"publicKey\":\"") + m_demoKey->publicKeyHex() +
            QByteArrayLiteral("\",\"scheme\":\"SIGNATURE_SCHEME_TK_API_P256\",\"signature\":\"") +
            encoding::toHex(*signature) + QByteArrayLiteral("\"}");
        const auto reply = fx().postWithStamp(kWhoami, body, encoding::toBase64Url(stampJson));
        QCOMPARE(reply.status, 401);
        QCOMPARE(turnkeyCode(reply.json()), QStringLiteral("SIGNATURE_INVALID"));
    }

    void unknownKeyIsRejected() {
        const P256KeyPair stranger = newKey();
        const auto reply = fx().post(kWhoami, fx().queryBody(), &stranger);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("could not find public key in organization or its parent organization"));
        QCOMPARE(turnkeyCode(reply.json()), QStringLiteral("PUBLIC_KEY_NOT_FOUND"));
    }

    void wrongOrganizationIsRejected() {
        // Another organization that exists but is not the key's (nor its child).
        QVERIFY(fx().server()
                    .state()
                    .addOrganization({QStringLiteral("other-org"), QStringLiteral("Other"), {}})
                    .ok());
        const auto reply = fx().post(kWhoami, fx().queryBody({}, QStringLiteral("other-org")), &*m_demoKey);
        QCOMPARE(reply.status, 401);
        QCOMPARE(turnkeyCode(reply.json()), QStringLiteral("PUBLIC_KEY_NOT_FOUND"));
        const auto unknown =
            fx().post(kWhoami, fx().queryBody({}, QStringLiteral("no-such-org")), &*m_demoKey);
        QCOMPARE(unknown.status, 401);
    }

    void parentOrganizationKeyWorksForSubOrganization() {
        QVERIFY(
            fx().server()
                .state()
                .addOrganization({QStringLiteral("sub-org"), QStringLiteral("Sub"), fx().organizationId()})
                .ok());
        const auto reply = fx().post(kWhoami, fx().queryBody({}, QStringLiteral("sub-org")), &*m_demoKey);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("userId")).toString(), fx().userId());
    }

    void expiredKeyIsRejectedOnceTheClockPassesItsExpiry() {
        const P256KeyPair sessionKey = newKey();
        QCOMPARE(login(sessionKey, QStringLiteral("60")).status, 200);
        fx().clock().advanceSecs(59);
        QCOMPARE(fx().post(kWhoami, fx().queryBody(), &sessionKey).status, 200);
        fx().clock().advanceSecs(1);
        const auto reply = fx().post(kWhoami, fx().queryBody(), &sessionKey);
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("expired api key")));
        QCOMPARE(turnkeyCode(reply.json()), QStringLiteral("API_KEY_EXPIRED"));
        // The long-lived demo key does not expire.
        fx().clock().advanceSecs(10LL * 365 * 24 * 3600);
        QCOMPARE(fx().post(kWhoami, fx().queryBody(), &*m_demoKey).status, 200);
    }

    void malformedBodiesAreRejected_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("query not json") << kWhoami << QByteArrayLiteral("{\"organizationId\":");
        QTest::newRow("query array") << kWhoami << QByteArrayLiteral("[1,2]");
        QTest::newRow("query no org") << kWhoami << QByteArrayLiteral("{}");
        QTest::newRow("submit not json") << kStampLogin << QByteArrayLiteral("{{{");
        QTest::newRow("submit empty") << kStampLogin << QByteArray();
    }

    void malformedBodiesAreRejected() {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const auto reply = fx().post(path, body, &*m_demoKey);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("code")).toInt(), 3);
    }

    void malformedActivityFieldsAreRejected_data() {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("wrong type") << QByteArrayLiteral("ACTIVITY_TYPE_STAMP_LOGIN")
                                    << QByteArrayLiteral("ACTIVITY_TYPE_DELETE_API_KEYS");
        QTest::newRow("bad public key")
            << QByteArrayLiteral("\"publicKey\":\"0") << QByteArrayLiteral("\"publicKey\":\"z");
        QTest::newRow("invalidate not bool") << QByteArrayLiteral("\"invalidateExisting\":false")
                                             << QByteArrayLiteral("\"invalidateExisting\":\"no\"");
        QTest::newRow("timestamp not string")
            << QByteArrayLiteral("\"timestampMs\":\"") << QByteArrayLiteral("\"timestampMs\":1,\"x\":\"");
    }

    void malformedActivityFieldsAreRejected() {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        const P256KeyPair sessionKey = newKey();
        QByteArray body = fx().stampLoginBody(sessionKey.publicKeyHex());
        QVERIFY(body.contains(from));
        body.replace(from, to);
        const auto reply = fx().post(kStampLogin, body, &*m_demoKey);
        QCOMPARE(reply.status, 400);
        QCOMPARE(fx().server().keyCount(fx().userId()), 1);
    }

    void timestampTooFarFromNowIsRejected() {
        const P256KeyPair sessionKey = newKey();
        const QByteArray body = fx().stampLoginBody(sessionKey.publicKeyHex());
        // The server's clock moves six minutes on: the request is now too old.
        fx().clock().advanceSecs(6 * 60);
        const auto stale = fx().post(kStampLogin, body, &*m_demoKey);
        QCOMPARE(stale.status, 400);
        QVERIFY(
            stale.json().value(QStringLiteral("message")).toString().contains(QStringLiteral("timestampMs")));
        // And a request from six minutes in the future is rejected too.
        fx().clock().advanceSecs(-12 * 60);
        QCOMPARE(fx().post(kStampLogin, body, &*m_demoKey).status, 400);
        // Within the skew it passes.
        fx().clock().advanceSecs(6 * 60 + 200);
        QCOMPARE(fx().post(kStampLogin, body, &*m_demoKey).status, 200);
    }

    void onlyPostIsAllowedAndUnknownPathsAre404() {
        QCOMPARE(fx().get(kWhoami).status, 405);
        QCOMPARE(
            fx().post(QStringLiteral("/public/v1/query/list_users"), fx().queryBody(), &*m_demoKey).status,
            404);
        // The wallet queries exist (issue 20); an unknown wallet is 404, a missing walletId 400.
        QCOMPARE(
            fx().post(QStringLiteral("/public/v1/query/list_wallets"), fx().queryBody(), &*m_demoKey).status,
            200);
        QCOMPARE(fx().post(QStringLiteral("/public/v1/query/list_wallet_accounts"),
                           fx().queryBody(QJsonObject{{QStringLiteral("walletId"), QStringLiteral("nope")}}),
                           &*m_demoKey)
                     .status,
                 404);
        QCOMPARE(
            fx().post(QStringLiteral("/public/v1/query/list_wallet_accounts"), fx().queryBody(), &*m_demoKey)
                .status,
            400);
    }

    void invalidateExistingDeletesTheUsersOtherSessionKeys() {
        const P256KeyPair first = newKey();
        const P256KeyPair second = newKey();
        const P256KeyPair third = newKey();
        QCOMPARE(login(first).status, 200);
        QCOMPARE(login(second).status, 200);
        QCOMPARE(fx().server().keyCount(fx().userId()), 3);
        // Refresh from the first session with invalidateExisting: every other session key goes,
        // including the stamping one; the long-lived API key stays.
        QCOMPARE(login(third, QStringLiteral("900"), true, &first).status, 200);
        const auto keys = fx().server().apiKeysForUser(fx().userId());
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.at(0).publicKey, m_demoKey->publicKeyHex());
        QCOMPARE(keys.at(1).publicKey, third.publicKeyHex());
        QCOMPARE(fx().post(kWhoami, fx().queryBody(), &second).status, 401);
        QCOMPARE(fx().post(kWhoami, fx().queryBody(), &first).status, 401);
        QCOMPARE(fx().post(kWhoami, fx().queryBody(), &third).status, 200);
    }

    void tenKeyLimitEvictsExpiredKeysFirst() {
        std::vector<P256KeyPair> keys;
        // Key 0 and key 1 are short-lived; the others long enough.
        for (int i = 0; i < 10; ++i) {
            keys.push_back(newKey());
            QCOMPARE(login(keys.back(), i == 1 ? QStringLiteral("30") : QStringLiteral("3600")).status, 200);
            fx().clock().advanceSecs(1);
        }
        QCOMPARE(fx().server().keyCount(fx().userId()), 11);
        fx().clock().advanceSecs(60); // key 1 has expired, key 0 (the oldest) has not
        const P256KeyPair eleventh = newKey();
        QCOMPARE(login(eleventh).status, 200);
        QCOMPARE(fx().server().keyCount(fx().userId()), 11); // 10 expiring + the long-lived demo key
        QCOMPARE(fx().post(kWhoami, fx().queryBody(), &keys.at(0)).status, 200);
        QCOMPARE(turnkeyCode(fx().post(kWhoami, fx().queryBody(), &keys.at(1)).json()),
                 QStringLiteral("PUBLIC_KEY_NOT_FOUND"));
    }

    void tenKeyLimitThenEvictsTheOldest() {
        std::vector<P256KeyPair> keys;
        for (int i = 0; i < 12; ++i) {
            keys.push_back(newKey());
            QCOMPARE(login(keys.back()).status, 200);
            fx().clock().advanceSecs(1);
        }
        QCOMPARE(fx().server().keyCount(fx().userId()), 11);
        // The two oldest were evicted, in order; the rest and the long-lived key work.
        QCOMPARE(fx().post(kWhoami, fx().queryBody(), &keys.at(0)).status, 401);
        QCOMPARE(fx().post(kWhoami, fx().queryBody(), &keys.at(1)).status, 401);
        for (int i = 2; i < 12; ++i)
            QCOMPARE(fx().post(kWhoami, fx().queryBody(), &keys.at(i)).status, 200);
        QCOMPARE(fx().post(kWhoami, fx().queryBody(), &*m_demoKey).status, 200);
    }

    void resendingTheSameRequestReturnsTheSameActivity() {
        const P256KeyPair sessionKey = newKey();
        const QByteArray body = fx().stampLoginBody(sessionKey.publicKeyHex());
        auto stampHeader = stamp::make(*m_demoKey, body);
        QVERIFY(stampHeader.ok());
        const auto first = fx().postWithStamp(kStampLogin, body, *stampHeader);
        const auto second = fx().postWithStamp(kStampLogin, body, *stampHeader);
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, first.body);
        QCOMPARE(fx().server().activityCount(), 1);
        QCOMPARE(fx().server().keyCount(fx().userId()), 2);
        // The same body under a fresh stamp is a new request: the key exists already.
        const auto third = fx().post(kStampLogin, body, &*m_demoKey);
        QCOMPARE(third.status, 400);
        QCOMPARE(fx().server().keyCount(fx().userId()), 2);
    }

    void getActivityReturnsTheActivity() {
        const P256KeyPair sessionKey = newKey();
        const auto created = login(sessionKey);
        const QJsonObject activity = created.json().value(QStringLiteral("activity")).toObject();
        const QString id = activity.value(QStringLiteral("id")).toString();
        const auto polled =
            fx().post(kGetActivity, fx().queryBody({{QStringLiteral("activityId"), id}}), &sessionKey);
        QCOMPARE(polled.status, 200);
        QCOMPARE(polled.json().value(QStringLiteral("activity")).toObject(), activity);
        const auto missing =
            fx().post(kGetActivity, fx().queryBody({{QStringLiteral("activityId"), QStringLiteral("nope")}}),
                      &sessionKey);
        QCOMPARE(missing.status, 404);
        QCOMPARE(fx().post(kGetActivity, fx().queryBody(), &sessionKey).status, 400);
    }

    void getApiKeysListsTheUsersKeys() {
        const P256KeyPair sessionKey = newKey();
        QCOMPARE(login(sessionKey, QStringLiteral("600")).status, 200);
        const auto reply =
            fx().post(kGetApiKeys, fx().queryBody({{QStringLiteral("userId"), fx().userId()}}), &sessionKey);
        QCOMPARE(reply.status, 200);
        const QJsonArray keys = reply.json().value(QStringLiteral("apiKeys")).toArray();
        QCOMPARE(keys.size(), 2);
        const QJsonObject session = keys.at(1).toObject();
        QCOMPARE(session.value(QStringLiteral("credential"))
                     .toObject()
                     .value(QStringLiteral("publicKey"))
                     .toString(),
                 QString::fromLatin1(sessionKey.publicKeyHex()));
        QCOMPARE(
            session.value(QStringLiteral("credential")).toObject().value(QStringLiteral("type")).toString(),
            QStringLiteral("CREDENTIAL_TYPE_LOGIN"));
        QCOMPARE(session.value(QStringLiteral("expirationSeconds")).toString(), QStringLiteral("600"));
        QVERIFY(!session.value(QStringLiteral("apiKeyId")).toString().isEmpty());
        QVERIFY(!keys.at(0).toObject().contains(QStringLiteral("expirationSeconds")));
        // Without userId: the caller's own keys.
        QCOMPARE(fx().post(kGetApiKeys, fx().queryBody(), &sessionKey)
                     .json()
                     .value(QStringLiteral("apiKeys"))
                     .toArray()
                     .size(),
                 2);
    }

    void deleteApiKeysRevokesAKey() {
        const P256KeyPair sessionKey = newKey();
        QCOMPARE(login(sessionKey).status, 200);
        const QString id = fx().server().apiKeysForUser(fx().userId()).at(1).id;
        const QJsonObject body{
            {QStringLiteral("type"), QStringLiteral("ACTIVITY_TYPE_DELETE_API_KEYS")},
            {QStringLiteral("timestampMs"), QString::number(fx().clock().nowMSecs())},
            {QStringLiteral("organizationId"), fx().organizationId()},
            {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("userId"), fx().userId()},
                                                       {QStringLiteral("apiKeyIds"), QJsonArray{id}}}}};
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const auto reply = fx().post(kDeleteApiKeys, bytes, &*m_demoKey);
        QCOMPARE(reply.status, 200);
        const QJsonObject activity = reply.json().value(QStringLiteral("activity")).toObject();
        QCOMPARE(activity.value(QStringLiteral("type")).toString(),
                 QStringLiteral("ACTIVITY_TYPE_DELETE_API_KEYS"));
        QCOMPARE(activity.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("deleteApiKeysResult"))
                     .toObject()
                     .value(QStringLiteral("apiKeyIds"))
                     .toArray(),
                 QJsonArray{id});
        QCOMPARE(fx().server().keyCount(fx().userId()), 1);
        QCOMPARE(fx().post(kWhoami, fx().queryBody(), &sessionKey).status, 401);

        // Deleting it again: unknown id.
        QJsonObject again = body;
        again.insert(QStringLiteral("timestampMs"), QString::number(fx().clock().nowMSecs() + 1));
        QCOMPARE(fx().post(kDeleteApiKeys, QJsonDocument(again).toJson(QJsonDocument::Compact), &*m_demoKey)
                     .status,
                 404);
    }

    void seedFileStateIsServed() {
        const P256KeyPair seeded = newKey();
        devserver::DevServerConfig config;
        config.seed =
            QJsonDocument::fromJson(
                QByteArrayLiteral("{\"organizations\":[{\"organizationId\":\"org-1\",\"name\":\"Seeded\"}],"
                                  "\"users\":[{\"userId\":\"user-1\",\"organizationId\":\"org-1\","
                                  "\"username\":\"alice\"}],\"apiKeys\":[{\"userId\":\"user-1\","
                                  "\"publicKey\":\"") +
                seeded.uncompressedPublicKeyHex() + QByteArrayLiteral("\"}]}"))
                .object();
        DevServerFixture seededServer(config);
        QVERIFY(seededServer.start().ok());
        QCOMPARE(seededServer.organizationId(), QStringLiteral("org-1"));
        QCOMPARE(seededServer.server().demoApiPublicKeyHex(), QByteArray());
        const auto reply = seededServer.post(kWhoami, seededServer.queryBody(), &seeded);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    }

    void invalidSeedFailsToListen() {
        devserver::DevServerConfig config;
        config.seed =
            QJsonDocument::fromJson(
                QByteArrayLiteral("{\"users\":[{\"userId\":\"u\",\"organizationId\":\"missing\"}]}"))
                .object();
        devserver::DevServer server(config, fx().clock());
        const auto listening = server.listen();
        QVERIFY(!listening.ok());
        QVERIFY(listening.error().message.contains(QStringLiteral("unknown organization")));
    }
};

QTEST_MAIN(TestDevServerApi)
#include "tst_devserver_api.moc"
