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

#include <QJsonObject>
#include <QTest>

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
