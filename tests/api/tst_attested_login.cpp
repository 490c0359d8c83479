// stamp_login with an X-Stamp-Attested stamp (scheme STAMP_ATTESTED_SCHEME_P256_VERIFICATION_TOKEN)
// from TurnkeyClient to the real devserver over loopback: the token's signature, expiry, single use,
// its binding to the stamp's key and to parameters.publicKey.
#include "ClientTestSupport.h"
#include "Clock.h"
#include "DevServer.h"
#include "crypto/AttestedStamp.h"
#include "crypto/P256KeyPair.h"
#include "crypto/VerificationToken.h"
#include "token/SessionToken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace ws;
using namespace ws::test;
using ws::devserver::DevServer;
using ws::devserver::DevServerConfig;

namespace {
const QString kContact = QStringLiteral("alice@example.com");
}

class TestAttestedLogin : public QObject {
    Q_OBJECT
private:
    ManualClock m_clock;
    std::unique_ptr<DevServer> m_server;
    QString m_userId;

    vtoken::Claims claimsFor(const QByteArray& publicKey) const {
        vtoken::Claims c;
        c.expMs = m_clock.nowMSecs() + 3600 * 1000;
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.organizationId = m_server->organizationId();
        c.verificationType = QStringLiteral("OTP_TYPE_EMAIL");
        c.contact = kContact;
        c.publicKey = publicKey;
        return c;
    }
    QByteArray token(const vtoken::Claims& claims) const {
        Result<QByteArray> t = m_server->signVerificationToken(claims);
        if (!t)
            qFatal("cannot sign a token: %s", qPrintable(t.error().toString()));
        return *t;
    }
    // stamp_login for `sessionKey`'s public key (or `loginKey` when given), stamped by sessionKey.
    Result<QByteArray> login(const TurnkeyClient::Signer& sessionKey, const QByteArray& attestation,
                             const QByteArray& loginKey = {}) {
        TurnkeyClient client(fastConfig(m_server->url()), m_clock);
        StampLoginParams params;
        params.publicKey = loginKey.isEmpty() ? sessionKey->publicKeyHex() : loginKey;
        params.expirationSeconds = 600;
        Waiter<QByteArray> w;
        client.stampLoginAttested(sessionKey, attested::kSchemeVerificationToken, attestation,
                                  m_server->organizationId(), params, this, w.callback());
        if (!w.wait())
            return Error(ErrorCode::Timeout, QStringLiteral("no answer"));
        return *w.result;
    }

private Q_SLOTS:
    void init() {
        m_clock.set(QDateTime::currentDateTimeUtc());
        DevServerConfig cfg;
        cfg.demo = true;
        m_server = std::make_unique<DevServer>(cfg, m_clock);
        QVERIFY(m_server->listen().ok());
        m_userId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(m_server->state().addUser({m_userId, m_server->organizationId(), kContact}).ok());
    }
    void cleanup() { m_server.reset(); }

    void logsInWithTheTokenBoundKey() {
        auto session = makeSigner();
        Result<QByteArray> jwt = login(session, token(claimsFor(session->publicKeyHex())));
        QVERIFY2(jwt.ok(), jwt.ok() ? "" : qPrintable(jwt.error().toString()));
        Result<SessionToken> decoded = decodeSessionToken(*jwt);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->claims.publicKey, QString::fromLatin1(session->publicKeyHex()));
        QCOMPARE(decoded->claims.userId, m_userId);
        QCOMPARE(m_server->keyCount(m_userId), 1);
    }

    // A key inside a TPM (an external key) can block for tens of milliseconds per signature: the
    // attested stamp is made on the thread pool, never on the calling (GUI) thread.
    void anExternalKeySignsOffTheCallingThread() {
        auto software = makeSigner();
        QList<QThread*> signedOn;
        auto external = std::make_shared<const P256KeyPair>(
            P256KeyPair::external(software->publicKeyHex(), [software, &signedOn](QByteArrayView message) {
                signedOn.append(QThread::currentThread()); // read after the call has finished
                return software->signDer(message);
            }));
        QVERIFY(external->isExternal());
        Result<QByteArray> jwt = login(external, token(claimsFor(external->publicKeyHex())));
        QVERIFY2(jwt.ok(), jwt.ok() ? "" : qPrintable(jwt.error().toString()));
        QCOMPARE(signedOn.size(), 1);
        QVERIFY(signedOn.first() != QThread::currentThread());
        QCOMPARE(decodeSessionToken(*jwt)->claims.publicKey, QString::fromLatin1(external->publicKeyHex()));
    }

    void refusesATokenUsedTwice() {
        auto session = makeSigner();
        const QByteArray t = token(claimsFor(session->publicKeyHex()));
        QVERIFY(login(session, t).ok());
        m_clock.advance(5); // other bytes: not an idempotent resend
        Result<QByteArray> again = login(session, t);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Unauthorized);
        QVERIFY2(again.error().serverMessage.contains(QLatin1String("already been used")),
                 qPrintable(again.error().serverMessage));
        QCOMPARE(m_server->keyCount(m_userId), 1);
    }

    void refusesATokenBoundToAnotherKey() {
        auto session = makeSigner();
        auto other = makeSigner();
        Result<QByteArray> r = login(session, token(claimsFor(other->publicKeyHex())));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Unauthorized);
        QCOMPARE(m_server->keyCount(m_userId), 0);
    }

    void refusesALoginKeyThatIsNotTheBoundKey() {
        auto session = makeSigner();
        auto other = makeSigner();
        Result<QByteArray> r =
            login(session, token(claimsFor(session->publicKeyHex())), other->publicKeyHex());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Unauthorized);
        QCOMPARE(m_server->keyCount(m_userId), 0);
    }

    void refusesAnExpiredToken() {
        auto session = makeSigner();
        vtoken::Claims c = claimsFor(session->publicKeyHex());
        c.expMs = m_clock.nowMSecs() - 1;
        Result<QByteArray> r = login(session, token(c));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Unauthorized);
        QVERIFY(r.error().serverMessage.contains(QLatin1String("expired")));
    }

    void refusesATokenNotSignedByTheOtpSigner() {
        auto session = makeSigner();
        auto forger = makeSigner();
        Result<QByteArray> forged = vtoken::sign(*forger, claimsFor(session->publicKeyHex()));
        QVERIFY(forged.ok());
        Result<QByteArray> r = login(session, *forged);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Unauthorized);
        QCOMPARE(m_server->keyCount(m_userId), 0);
    }

    // The attested stamp signs exactly the body: a body changed after stamping (a longer session, a
    // different key) is refused. The same request untampered (the control) logs in.
    void refusesABodyChangedAfterStamping() {
        auto post = [this](const QByteArray& body, const QByteArray& header) {
            QNetworkAccessManager network;
            QUrl target = m_server->url();
            target.setPath(QStringLiteral("/public/v1/submit/stamp_login"));
            QNetworkRequest request(target);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader(QByteArrayLiteral("X-Stamp-Attested"), header);
            QNetworkReply* reply = network.post(request, body);
            const bool answered = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
            const int status =
                answered ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
            reply->deleteLater();
            return status;
        };
        auto bodyFor = [this](const QByteArray& publicKey, const QString& expirationSeconds) {
            return QJsonDocument(
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("ACTIVITY_TYPE_STAMP_LOGIN")},
                                   {QStringLiteral("timestampMs"), QString::number(m_clock.nowMSecs())},
                                   {QStringLiteral("organizationId"), m_server->organizationId()},
                                   {QStringLiteral("parameters"),
                                    QJsonObject{{QStringLiteral("publicKey"), QString::fromLatin1(publicKey)},
                                                {QStringLiteral("expirationSeconds"), expirationSeconds}}}})
                .toJson(QJsonDocument::Compact);
        };
        for (const bool tamper : {false, true}) {
            const P256KeyPair key = P256KeyPair::generate().value();
            const QByteArray body = bodyFor(key.publicKeyHex(), QStringLiteral("600"));
            const Result<QByteArray> header = attested::make(key, attested::kSchemeVerificationToken,
                                                             token(claimsFor(key.publicKeyHex())), body);
            QVERIFY(header);
            const int before = m_server->keyCount(m_userId);
            const int status =
                post(tamper ? bodyFor(key.publicKeyHex(), QStringLiteral("31536000")) : body, *header);
            QCOMPARE(status, tamper ? 401 : 200);
            QCOMPARE(m_server->keyCount(m_userId), tamper ? before : before + 1);
            m_clock.advance(5);
        }
    }

    void refusesAnUnknownScheme() {
        auto session = makeSigner();
        TurnkeyClient client(fastConfig(m_server->url()), m_clock);
        StampLoginParams params;
        params.publicKey = session->publicKeyHex();
        Waiter<QByteArray> w;
        client.stampLoginAttested(session, "STAMP_ATTESTED_SCHEME_NONE", token(claimsFor(params.publicKey)),
                                  m_server->organizationId(), params, this, w.callback());
        QVERIFY(w.wait());
        QVERIFY(!w.ok());
        QCOMPARE(w.error().code, ErrorCode::Unauthorized);
    }
};

QTEST_GUILESS_MAIN(TestAttestedLogin)
#include "tst_attested_login.moc"
