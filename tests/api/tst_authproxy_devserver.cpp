// AuthProxyClient against the devserver's Auth Proxy over loopback, the whole one-time-code chain as
// the sign-in will run it: wallet_kit_config, otp_init_v2, the code from the devserver's outbox,
// the bundle encrypted by core, otp_verify_v2, account, signup_v2 with the client signature, and the
// attested stamp_login; and the proxy's refusals: wrong code (attempts left), used-up code, the
// "Max number of OTPs" limit, a wrong config id, a proxy that is down.
#include "ClientTestSupport.h"
#include "Clock.h"
#include "DevServer.h"
#include "api/AuthProxyClient.h"
#include "crypto/AttestedStamp.h"
#include "crypto/Ecdsa.h"
#include "crypto/Encoding.h"
#include "crypto/OtpBundle.h"
#include "crypto/P256KeyPair.h"
#include "crypto/VerificationToken.h"
#include "token/SessionToken.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

using namespace ws;
using namespace ws::test;
using ws::devserver::DevServer;
using ws::devserver::DevServerConfig;

class TestAuthProxyDevServer : public QObject {
    Q_OBJECT
private:
    ManualClock m_clock;
    std::unique_ptr<DevServer> m_server;

    std::unique_ptr<AuthProxyClient> proxy(const QString& configId = {}) {
        return std::make_unique<AuthProxyClient>(
            fastConfig(m_server->url()), configId.isEmpty() ? m_server->authProxyConfigId() : configId);
    }
    template <typename T, typename Call>
    Result<T> run(Call call) {
        Waiter<T> w;
        call(w.callback());
        if (!w.wait())
            return Error(ErrorCode::Timeout, QStringLiteral("no answer"));
        return *w.result;
    }
    QByteArray lastCode() const {
        return m_server->sentOtpCodes().last().toObject().value(QStringLiteral("code")).toString().toLatin1();
    }
    Result<QByteArray> verify(AuthProxyClient& c, const OtpInitResult& init, const QByteArray& code,
                              const P256KeyPair& session) {
        Result<QByteArray> bundle = otpbundle::encryptOtpCode(code, init.targetBundle, session.publicKeyHex(),
                                                              m_server->otpSignerPublicKeyHex());
        if (!bundle)
            return bundle.error();
        return run<QByteArray>([&](auto cb) { c.otpVerify(init.otpId, *bundle, this, cb); });
    }

    // POST a raw body to the Auth Proxy (routes the app's client does not call): {status, JSON body}.
    std::pair<int, QJsonObject> proxyPost(const QString& path, const QJsonObject& body) {
        QNetworkAccessManager network;
        QUrl url = m_server->url();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("X-Auth-Proxy-Config-ID", m_server->authProxyConfigId().toUtf8());
        QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return {status, answer};
    }
    static QJsonObject clientSignature(const P256KeyPair& key, const QByteArray& message) {
        auto raw = key.signDigestRaw(ecdsa::sha256(message));
        return {{QStringLiteral("publicKey"), QString::fromLatin1(key.publicKeyHex())},
                {QStringLiteral("scheme"), QStringLiteral("CLIENT_SIGNATURE_SCHEME_API_P256")},
                {QStringLiteral("message"), QString::fromUtf8(message)},
                {QStringLiteral("signature"), QString::fromLatin1(encoding::toHex(raw.value()))}};
    }

private Q_SLOTS:
    void init() {
        m_clock.set(QDateTime::currentDateTimeUtc());
        DevServerConfig cfg;
        cfg.demo = true;
        m_server = std::make_unique<DevServer>(cfg, m_clock);
        QVERIFY(m_server->listen().ok());
    }
    void cleanup() { m_server.reset(); }

    void signsUpAndLogsInWithAnEmailedCode() {
        auto c = proxy();
        auto config = run<WalletKitConfig>([&](auto cb) { c->walletKitConfig(this, cb); });
        QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().toString()));
        QVERIFY(config->enabledProviders.contains(QStringLiteral("email")));
        QCOMPARE(config->otpLength, 6);

        const QString contact = QStringLiteral("new.user@example.com");
        auto init = run<OtpInitResult>([&](auto cb) { c->otpInit(OtpType::Email, contact, this, cb); });
        QVERIFY2(init.ok(), init.ok() ? "" : qPrintable(init.error().toString()));
        auto session = makeSigner();
        auto token = verify(*c, *init, lastCode(), *session);
        QVERIFY2(token.ok(), token.ok() ? "" : qPrintable(token.error().toString()));
        auto claims = vtoken::verify(*token, m_server->otpSignerPublicKeyHex(), m_clock.nowMSecs());
        QVERIFY(claims.ok());
        QCOMPARE(claims->publicKey, session->publicKeyHex());

        auto account = run<QString>([&](auto cb) { c->account(OtpType::Email, contact, *token, this, cb); });
        QVERIFY(account.ok());
        QVERIFY(account->isEmpty()); // a new user

        SignupRequest signup{OtpType::Email, contact, *token, {}};
        signup.clientSignature.publicKey = session->publicKeyHex();
        signup.clientSignature.message = signupSignatureMessage(OtpType::Email, contact, claims->id);
        auto raw = session->signDigestRaw(ecdsa::sha256(signup.clientSignature.message));
        QVERIFY(raw.ok());
        signup.clientSignature.signature = encoding::toHex(*raw);
        auto created = run<SignupResult>([&](auto cb) { c->signup(signup, this, cb); });
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().toString()));

        account = run<QString>([&](auto cb) { c->account(OtpType::Email, contact, *token, this, cb); });
        QCOMPARE(*account, created->organizationId);

        TurnkeyClient api(fastConfig(m_server->url()), m_clock);
        StampLoginParams params;
        params.publicKey = session->publicKeyHex();
        auto jwt = run<QByteArray>([&](auto cb) {
            api.stampLoginAttested(session, attested::kSchemeVerificationToken, *token,
                                   created->organizationId, params, this, cb);
        });
        QVERIFY2(jwt.ok(), jwt.ok() ? "" : qPrintable(jwt.error().toString()));
        auto decoded = decodeSessionToken(*jwt);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->claims.organizationId, created->organizationId);
    }

    // The signed sign-up message, byte for byte as turnkey-protocol.md §2.5 spells it (field order
    // included): the devserver checks signups with the same function, so only a literal can catch a change.
    void signupMessageIsTurnkeysExactBytes() {
        const QByteArray email =
            "{\"signupV2\":{\"apiKeys\":[],\"authenticators\":[],\"oauthProviders\":[],"
            "\"email\":\"a@b.example\"},\"tokenId\":\"tid-1\",\"type\":\"USAGE_TYPE_SIGNUP\"}";
        QCOMPARE(
            signupSignatureMessage(OtpType::Email, QStringLiteral("a@b.example"), QStringLiteral("tid-1")),
            email);
        const QByteArray sms =
            "{\"signupV2\":{\"apiKeys\":[],\"authenticators\":[],\"oauthProviders\":[],"
            "\"phoneNumber\":\"+15555550100\"},\"tokenId\":\"t2\",\"type\":\"USAGE_TYPE_SIGNUP\"}";
        QCOMPARE(signupSignatureMessage(OtpType::Sms, QStringLiteral("+15555550100"), QStringLiteral("t2")),
                 sms);
    }

    // The proxy's otp_login_v2 (Swift SDK, older core): the login client signature over exactly
    // {"login":{"publicKey":…},"tokenId":…,"type":"USAGE_TYPE_LOGIN"}, the token bound to the key and
    // used once (also against the attested stamp_login), the session in the contact's organization.
    void otpLoginV2LogsInOnceWithTheLoginSignature() {
        auto c = proxy();
        const QString contact = QStringLiteral("proxy.login@example.com");
        auto init = run<OtpInitResult>([&](auto cb) { c->otpInit(OtpType::Email, contact, this, cb); });
        QVERIFY(init.ok());
        auto session = makeSigner();
        auto token = verify(*c, *init, lastCode(), *session);
        QVERIFY(token.ok());
        auto claims = vtoken::verify(*token, m_server->otpSignerPublicKeyHex(), m_clock.nowMSecs());
        QVERIFY(claims.ok());
        SignupRequest signup{OtpType::Email, contact, *token, {}};
        signup.clientSignature.publicKey = session->publicKeyHex();
        signup.clientSignature.message = signupSignatureMessage(OtpType::Email, contact, claims->id);
        signup.clientSignature.signature =
            encoding::toHex(*session->signDigestRaw(ecdsa::sha256(signup.clientSignature.message)));
        auto created = run<SignupResult>([&](auto cb) { c->signup(signup, this, cb); });
        QVERIFY(created.ok());

        const QByteArray pub = session->publicKeyHex();
        const QByteArray message = QByteArray("{\"login\":{\"publicKey\":\"" + pub + "\"},\"tokenId\":\"" +
                                              claims->id.toUtf8() + "\",\"type\":\"USAGE_TYPE_LOGIN\"}");
        QJsonObject body{{QStringLiteral("verificationToken"), QString::fromLatin1(*token)},
                         {QStringLiteral("publicKey"), QString::fromLatin1(pub)},
                         {QStringLiteral("organizationId"), created->organizationId}};
        // The sign-up's message is not the log-in's: refused, and the token is not used up by it.
        body.insert(QStringLiteral("clientSignature"),
                    clientSignature(*session, signup.clientSignature.message));
        QCOMPARE(proxyPost(QStringLiteral("/v1/otp_login_v2"), body).first, 401);
        // Another key's signature over the right message: refused.
        body.insert(QStringLiteral("clientSignature"), clientSignature(*makeSigner(), message));
        QCOMPARE(proxyPost(QStringLiteral("/v1/otp_login_v2"), body).first, 401);

        body.insert(QStringLiteral("clientSignature"), clientSignature(*session, message));
        const auto [status, answer] = proxyPost(QStringLiteral("/v1/otp_login_v2"), body);
        QCOMPARE(status, 200);
        auto decoded = decodeSessionToken(answer.value(QStringLiteral("session")).toString().toLatin1());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->claims.publicKey, QString::fromLatin1(pub));
        QCOMPARE(decoded->claims.organizationId, created->organizationId);
        // Used once, whichever way: neither otp_login_v2 nor the attested stamp_login takes it again.
        QCOMPARE(proxyPost(QStringLiteral("/v1/otp_login_v2"), body).first, 401);
        TurnkeyClient api(fastConfig(m_server->url()), m_clock);
        StampLoginParams params;
        params.publicKey = pub;
        auto again = run<QByteArray>([&](auto cb) {
            api.stampLoginAttested(session, attested::kSchemeVerificationToken, *token,
                                   created->organizationId, params, this, cb);
        });
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Unauthorized);
    }

    void wrongCodesCountDownThenTheCodeIsUsedUp() {
        auto c = proxy();
        auto init = run<OtpInitResult>(
            [&](auto cb) { c->otpInit(OtpType::Sms, QStringLiteral("+15555550100"), this, cb); });
        QVERIFY(init.ok());
        auto session = makeSigner();
        const QByteArray wrong = lastCode() == "000000" ? "111111" : "000000";
        auto first = verify(*c, *init, wrong, *session);
        QCOMPARE(first.error().code, ErrorCode::InvalidOtpCode);
        QVERIFY2(first.error().message.contains(QLatin1String("attempts left: 2")),
                 qPrintable(first.error().message));
        QCOMPARE(otpAttemptsLeft(first.error()), std::optional<int>(2));
        const Error second = verify(*c, *init, wrong, *session).error();
        QCOMPARE(second.code, ErrorCode::InvalidOtpCode);
        QCOMPARE(otpAttemptsLeft(second), std::optional<int>(1));
        QCOMPARE(otpAttemptsLeft(Error(ErrorCode::InvalidOtpCode, QStringLiteral("The code is wrong"))),
                 std::optional<int>());
        QCOMPARE(verify(*c, *init, wrong, *session).error().code, ErrorCode::OtpExpired);
        // Used up: even the right code no longer works.
        QCOMPARE(verify(*c, *init, lastCode(), *session).error().code, ErrorCode::OtpExpired);
    }

    void anExpiredCodeIsRefused() {
        auto c = proxy();
        auto init = run<OtpInitResult>(
            [&](auto cb) { c->otpInit(OtpType::Email, QStringLiteral("a@example.com"), this, cb); });
        QVERIFY(init.ok());
        m_clock.advanceSecs(6 * 60);
        auto session = makeSigner();
        QCOMPARE(verify(*c, *init, lastCode(), *session).error().code, ErrorCode::OtpExpired);
    }

    void tooManyCodesIsMaxOtpInitiated() {
        auto c = proxy();
        for (int i = 0; i < 5; ++i)
            QVERIFY(run<OtpInitResult>([&](auto cb) {
                        c->otpInit(OtpType::Email, QStringLiteral("b@example.com"), this, cb);
                    }).ok());
        auto sixth = run<OtpInitResult>(
            [&](auto cb) { c->otpInit(OtpType::Email, QStringLiteral("b@example.com"), this, cb); });
        QVERIFY(!sixth.ok());
        QCOMPARE(sixth.error().code, ErrorCode::MaxOtpInitiated);
    }

    void aWrongConfigIdOrNoneIsRefused() {
        auto wrong = proxy(QStringLiteral("not-the-config"));
        auto r = run<WalletKitConfig>([&](auto cb) { wrong->walletKitConfig(this, cb); });
        QCOMPARE(r.error().code, ErrorCode::Unauthorized);
        AuthProxyClient none(fastConfig(m_server->url()), QString());
        r = run<WalletKitConfig>([&](auto cb) { none.walletKitConfig(this, cb); });
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(r.error().message.contains(QLatin1String("--auth-proxy-config-id")));
    }

    void aProxyThatIsDownIsANetworkError() {
        const QUrl url = m_server->url();
        const QString configId = m_server->authProxyConfigId();
        m_server.reset();
        AuthProxyClient c(fastConfig(url), configId);
        auto r = run<WalletKitConfig>([&](auto cb) { c.walletKitConfig(this, cb); });
        QCOMPARE(r.error().code, ErrorCode::Network);
    }
};

QTEST_GUILESS_MAIN(TestAuthProxyDevServer)
#include "tst_authproxy_devserver.moc"
