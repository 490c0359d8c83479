// TurnkeyClient against the real devserver over loopback HTTP: happy paths, Turnkey error bodies and
// every fault the devserver can inject.
#include "ClientTestSupport.h"
#include "Clock.h"
#include "DevServer.h"
#include "crypto/P256KeyPair.h"

#include <QSignalSpy>
#include <QTest>

using namespace ws;
using namespace ws::test;
using ws::devserver::DevServer;
using ws::devserver::DevServerConfig;

class TestTurnkeyClientDevServer : public QObject {
    Q_OBJECT
private:
    ManualClock m_clock;
    std::unique_ptr<DevServer> m_server;
    TurnkeyClient::Signer m_demoKey; // the long-lived API key that logs in

    ApiConfig config() const { return fastConfig(m_server->url()); }
    std::unique_ptr<TurnkeyClient> client(const ApiConfig& c) {
        return std::make_unique<TurnkeyClient>(c, m_clock);
    }
    std::unique_ptr<TurnkeyClient> client() { return client(config()); }
    QString org() const { return m_server->organizationId(); }
    QString user() const { return m_server->userId(); }

    // stamp_login with the demo key for a new session key; returns the session key (null on failure).
    TurnkeyClient::Signer login(TurnkeyClient& c, qint64 expirationSeconds = 900) {
        auto session = makeSigner();
        StampLoginParams params;
        params.publicKey = session->publicKeyHex();
        params.expirationSeconds = expirationSeconds;
        Waiter<QByteArray> w;
        c.stampLogin(m_demoKey, org(), params, this, w.callback());
        if (!w.wait() || !w.ok()) {
            qWarning("login failed: %s", qPrintable(w.describe()));
            return nullptr;
        }
        return session;
    }

    Waiter<WhoamiInfo>* whoami(TurnkeyClient& c, const TurnkeyClient::Signer& key, Waiter<WhoamiInfo>& w) {
        c.whoami(key, org(), this, w.callback());
        w.wait();
        return &w;
    }

private Q_SLOTS:
    void init() {
        m_clock.set(QDateTime::currentDateTimeUtc());
        DevServerConfig cfg;
        cfg.demo = true;
        m_server = std::make_unique<DevServer>(cfg, m_clock);
        auto listening = m_server->listen();
        QVERIFY2(listening.ok(), listening.ok() ? "" : qPrintable(listening.error().toString()));
        auto key = P256KeyPair::fromPrivateKeyHex(m_server->demoApiPrivateKeyHex().view(),
                                                  m_server->demoApiPublicKeyHex());
        QVERIFY(key.ok());
        m_demoKey = std::make_shared<const P256KeyPair>(std::move(key.value()));
    }
    void cleanup() { m_server.reset(); }

    void stampLoginWhoamiGetAndDeleteKeys() {
        auto c = client();
        auto session = makeSigner();
        StampLoginParams params;
        params.publicKey = session->publicKeyHex();
        params.expirationSeconds = 600;
        Waiter<QByteArray> login;
        c->stampLogin(m_demoKey, org(), params, this, login.callback());
        QVERIFY(login.wait());
        QVERIFY2(login.ok(), qPrintable(login.describe()));
        QCOMPARE(login.result->value().count('.'), 2); // a JWT

        Waiter<WhoamiInfo> who;
        whoami(*c, session, who);
        QVERIFY2(who.ok(), qPrintable(who.describe()));
        QCOMPARE(who.result->value().organizationId, org());
        QCOMPARE(who.result->value().userId, user());

        Waiter<QList<ApiKeyInfo>> keys;
        c->getApiKeys(session, org(), user(), this, keys.callback());
        QVERIFY(keys.wait());
        QVERIFY2(keys.ok(), qPrintable(keys.describe()));
        QString sessionKeyId;
        for (const ApiKeyInfo& k : keys.result->value()) {
            if (k.publicKey == QString::fromLatin1(session->publicKeyHex())) {
                sessionKeyId = k.apiKeyId;
                QCOMPARE(k.expirationSeconds, 600);
            }
        }
        QVERIFY(!sessionKeyId.isEmpty());

        Waiter<QStringList> deleted;
        c->deleteApiKeys(m_demoKey, org(), user(), {sessionKeyId}, this, deleted.callback());
        QVERIFY(deleted.wait());
        QVERIFY2(deleted.ok(), qPrintable(deleted.describe()));
        QCOMPARE(deleted.result->value(), QStringList{sessionKeyId});

        // The deleted key is now unknown to the server: that is a dead session.
        Waiter<WhoamiInfo> after;
        whoami(*c, session, after);
        QCOMPARE(errorCodeName(after.error().code), errorCodeName(ErrorCode::SessionExpired));
        QCOMPARE(after.error().httpStatus, 401);
    }

    void unknownKeyIsSessionExpired() {
        auto c = client();
        Waiter<WhoamiInfo> w;
        whoami(*c, makeSigner(), w);
        QCOMPARE(errorCodeName(w.error().code), errorCodeName(ErrorCode::SessionExpired));
        QVERIFY2(w.error().serverMessage.contains(QLatin1String("could not find public key")),
                 qPrintable(w.error().serverMessage));
    }

    void expiredKeyIsSessionExpired() {
        auto c = client();
        auto session = login(*c, 60);
        QVERIFY(session);
        m_clock.advanceSecs(120);
        Waiter<WhoamiInfo> w;
        whoami(*c, session, w);
        QCOMPARE(errorCodeName(w.error().code), errorCodeName(ErrorCode::SessionExpired));
        QVERIFY2(w.error().serverMessage.contains(QLatin1String("expired api key")),
                 qPrintable(w.error().serverMessage));
    }

    void serverErrorRetriedThenSuccess() {
        auto c = client();
        m_server->failNext(503, 2);
        const int before = m_server->requestCount();
        Waiter<WhoamiInfo> w;
        whoami(*c, m_demoKey, w);
        QVERIFY2(w.ok(), qPrintable(w.describe()));
        QCOMPARE(m_server->requestCount() - before, 3);
    }

    void activityRetriedThenSuccessCreatesOneActivity() {
        auto c = client();
        const int activities = m_server->activityCount();
        m_server->failNext(500, 2);
        QVERIFY(login(*c));
        QCOMPARE(m_server->activityCount() - activities, 1);
    }

    void persistentServerError() {
        ApiConfig cfg = config();
        cfg.maxRetries = 2;
        auto c = client(cfg);
        m_server->failNext(502, 10);
        const int before = m_server->requestCount();
        Waiter<WhoamiInfo> w;
        whoami(*c, m_demoKey, w);
        QCOMPARE(errorCodeName(w.error().code), errorCodeName(ErrorCode::ServerError));
        QCOMPARE(w.error().httpStatus, 502);
        QCOMPARE(m_server->requestCount() - before, 3);
    }

    void rateLimitedIsNotRetried() {
        auto c = client();
        m_server->failNext(429, 5);
        const int before = m_server->requestCount();
        Waiter<WhoamiInfo> w;
        whoami(*c, m_demoKey, w);
        QCOMPARE(errorCodeName(w.error().code), errorCodeName(ErrorCode::RateLimited));
        QCOMPARE(w.error().httpStatus, 429);
        QCOMPARE(m_server->requestCount() - before, 1);
    }

    void droppedConnectionIsRetried() {
        auto c = client();
        m_server->dropNext(1);
        const int before = m_server->requestCount();
        Waiter<WhoamiInfo> w;
        whoami(*c, m_demoKey, w);
        QVERIFY2(w.ok(), qPrintable(w.describe()));
        QCOMPARE(m_server->requestCount() - before, 2);
    }

    void malformedBodyIsBadResponse() {
        auto c = client();
        m_server->malformNext(1);
        Waiter<WhoamiInfo> w;
        whoami(*c, m_demoKey, w);
        QCOMPARE(errorCodeName(w.error().code), errorCodeName(ErrorCode::BadResponse));
        QVERIFY2(w.error().message.contains(QLatin1String("JSON")), qPrintable(w.error().message));
    }

    void pendingActivityPolledToCompletion() {
        auto c = client();
        m_server->pendingPolls(2);
        QVERIFY(login(*c));
    }

    void pendingBeyondAttemptsIsTimeout() {
        ApiConfig cfg = config();
        cfg.pollAttempts = 2;
        auto c = client(cfg);
        m_server->pendingPolls(5);
        StampLoginParams params;
        params.publicKey = makeSigner()->publicKeyHex();
        Waiter<QByteArray> w;
        c->stampLogin(m_demoKey, org(), params, this, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(errorCodeName(w.error().code), errorCodeName(ErrorCode::Timeout));
        QVERIFY2(w.error().message.contains(QLatin1String("after 2 polls")), qPrintable(w.error().message));
    }

    void latencyBeyondInactivityTimeout() {
        ApiConfig cfg = config();
        cfg.inactivityTimeout = std::chrono::milliseconds(300);
        auto c = client(cfg);
        m_server->addLatency(3000);
        Waiter<WhoamiInfo> w;
        whoami(*c, m_demoKey, w);
        QCOMPARE(errorCodeName(w.error().code), errorCodeName(ErrorCode::Timeout));
    }

    void cancelIsCancelled() {
        auto c = client();
        m_server->addLatency(3000);
        Waiter<WhoamiInfo> w;
        QPointer<ApiCall> call = c->whoami(m_demoKey, org(), this, w.callback());
        QTest::qWait(100);
        QVERIFY(call);
        call->cancel();
        QVERIFY(w.wait());
        QCOMPARE(errorCodeName(w.error().code), errorCodeName(ErrorCode::Cancelled));
        QTest::qWait(50);
        QCOMPARE(w.calls, 1);
    }
};

QTEST_GUILESS_MAIN(TestTurnkeyClientDevServer)
#include "tst_turnkeyclient_devserver.moc"
