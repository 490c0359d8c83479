// stamp_login stamped by a passkey (X-Stamp-WebAuthn) against the devserver over loopback: a registered
// authenticator's assertion for exactly this body signs a session in; every way it can be wrong is 401
// and registers nothing; the stamp log names the passkey's key.
#include "DevServerFixture.h"
#include "SeedLoader.h"
#include "SoftwarePasskey.h"
#include "StampLog.h"
#include "crypto/Encoding.h"
#include "crypto/WebAuthnStamp.h"
#include "token/SessionToken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ws;
using namespace ws::test;

namespace {

const QString kStampLogin = QStringLiteral("/public/v1/submit/stamp_login");
const QString kWhoami = QStringLiteral("/public/v1/query/whoami");
const QString kRpId = QStringLiteral("wallet.example");

QString messageOf(const DevServerFixture::Reply& reply) {
    return reply.json().value(QStringLiteral("message")).toString();
}

} // namespace

class TestDevServerWebAuthn : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<DevServerFixture> m_fixture;
    std::optional<SoftwarePasskey> m_passkey;

    DevServerFixture& fx() { return *m_fixture; }

    // stamp_login of a fresh key, stamped by the passkey; `body` overrides the one that is stamped.
    DevServerFixture::Reply loginWithPasskey(const QByteArray& newKey, const QByteArray& sentBody = {}) {
        const QByteArray body = fx().stampLoginBody(newKey);
        Result<QByteArray> stamp = m_passkey->stamp(body);
        if (!stamp)
            return {};
        return fx().postWithHeader(kStampLogin, sentBody.isEmpty() ? body : sentBody,
                                   QByteArrayLiteral("X-Stamp-WebAuthn"), *stamp);
    }
    static QByteArray newPublicKey() {
        Result<P256KeyPair> key = P256KeyPair::generate();
        return key ? key->publicKeyHex() : QByteArray();
    }
    int keyCount() { return fx().server().keyCount(fx().userId()); }

private Q_SLOTS:
    void init() {
        m_fixture = std::make_unique<DevServerFixture>();
        auto started = m_fixture->start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        Result<SoftwarePasskey> passkey = SoftwarePasskey::create(kRpId);
        QVERIFY(passkey);
        m_passkey.emplace(std::move(*passkey));
        auto added = fx().server().state().addAuthenticator(
            {QString(), fx().userId(), m_passkey->credentialId(), m_passkey->publicKeyHex(), kRpId});
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    }
    void cleanup() {
        m_passkey.reset();
        m_fixture.reset();
    }

    // The session is the new key's, for the passkey's user; the stamp log names the passkey's key.
    void aRegisteredPasskeySignsASessionIn() {
        const int before = keyCount();
        const QByteArray key = newPublicKey();
        const DevServerFixture::Reply reply = loginWithPasskey(key);
        QVERIFY2(reply.status == 200, reply.body.constData());
        Result<SessionToken> session = decodeSessionToken(DevServerFixture::sessionOf(reply).toLatin1());
        QVERIFY2(session, reply.body.constData());
        QCOMPARE(session->claims.publicKey, QString::fromLatin1(key));
        QCOMPARE(session->claims.userId, fx().userId());
        QCOMPARE(keyCount(), before + 1);
        const QList<devserver::StampLog::Entry>& stamps = fx().server().stampLog().entries();
        QVERIFY(!stamps.isEmpty());
        QCOMPARE(stamps.last().publicKey, m_passkey->publicKeyHex());
    }

    // The header name is case-insensitive, as Turnkey's own spelling (X-Stamp-Webauthn) shows.
    void theSdkSpellingIsAccepted() {
        const QByteArray body = fx().stampLoginBody(newPublicKey());
        Result<QByteArray> stamp = m_passkey->stamp(body);
        QVERIFY(stamp);
        const DevServerFixture::Reply reply =
            fx().postWithHeader(kStampLogin, body, QByteArrayLiteral("X-Stamp-Webauthn"), *stamp);
        QVERIFY2(reply.status == 200, reply.body.constData());
    }

    void wrongAssertionsAreRefused_data() {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("says");
        QTest::newRow("another body") << 0 << QStringLiteral("challenge");
        QTest::newRow("another site") << 1 << QStringLiteral("relying party");
        QTest::newRow("not touched") << 2 << QStringLiteral("not present");
        QTest::newRow("forged signature") << 3 << QStringLiteral("signature");
        QTest::newRow("unknown credential") << 4 << QStringLiteral("could not find an authenticator");
        QTest::newRow("malformed header") << 5 << QStringLiteral("Malformed X-Stamp-WebAuthn");
    }
    void wrongAssertionsAreRefused() {
        QFETCH(int, fault);
        QFETCH(QString, says);
        const int before = keyCount();
        const QByteArray key = newPublicKey();
        DevServerFixture::Reply reply;
        switch (fault) {
        case 0: // the stamp is for one body, another is sent
            reply = loginWithPasskey(key, fx().stampLoginBody(newPublicKey()));
            break;
        case 1:
            m_passkey->claimRpId(QStringLiteral("evil.example"));
            reply = loginWithPasskey(key);
            break;
        case 2:
            m_passkey->setFlags(0x00);
            reply = loginWithPasskey(key);
            break;
        case 3: {
            Result<P256KeyPair> other = P256KeyPair::generate();
            QVERIFY(other);
            m_passkey->signWith(std::move(*other));
            reply = loginWithPasskey(key);
            break;
        }
        case 4: {
            Result<SoftwarePasskey> stranger = SoftwarePasskey::create(kRpId);
            QVERIFY(stranger);
            const QByteArray body = fx().stampLoginBody(key);
            reply = fx().postWithHeader(kStampLogin, body, QByteArrayLiteral("X-Stamp-WebAuthn"),
                                        *stranger->stamp(body));
            break;
        }
        default:
            reply =
                fx().postWithHeader(kStampLogin, fx().stampLoginBody(key),
                                    QByteArrayLiteral("X-Stamp-WebAuthn"), QByteArrayLiteral("{\"a\":1}"));
        }
        QCOMPARE(reply.status, 401);
        QVERIFY2(messageOf(reply).contains(says), reply.body.constData());
        QCOMPARE(keyCount(), before); // nothing registered
    }

    // A passkey stamps stamp_login only here; a query with it is refused, not answered.
    void onlyStampLoginTakesAPasskeyStamp() {
        const QByteArray body = fx().queryBody();
        Result<QByteArray> stamp = m_passkey->stamp(body);
        QVERIFY(stamp);
        const DevServerFixture::Reply reply =
            fx().postWithHeader(kWhoami, body, QByteArrayLiteral("X-Stamp-WebAuthn"), *stamp);
        QCOMPARE(reply.status, 401);
        QVERIFY2(messageOf(reply).contains(QLatin1String("only accepted by stamp_login")),
                 reply.body.constData());
    }

    // Seeds can register passkeys too (the credential id in base64url), and /admin/state lists them.
    void seedsRegisterPasskeys() {
        const QJsonArray authenticators =
            QJsonDocument::fromJson(fx().get(QStringLiteral("/admin/state")).body)
                .object()
                .value(QStringLiteral("authenticators"))
                .toArray();
        QCOMPARE(authenticators.size(), qsizetype(1));
        const QJsonObject registered = authenticators.first().toObject();
        QCOMPARE(registered.value(QStringLiteral("credentialId")).toString().toLatin1(),
                 encoding::toBase64Url(m_passkey->credentialId()));
        QCOMPARE(registered.value(QStringLiteral("rpId")).toString(), kRpId);

        devserver::DevServerState state;
        QVERIFY(state.addOrganization({QStringLiteral("org"), QStringLiteral("Org"), QString()}).ok());
        QVERIFY(state.addUser({QStringLiteral("u"), QStringLiteral("org"), QStringLiteral("ann")}).ok());
        const QJsonObject seed{
            {QStringLiteral("authenticators"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("userId"), QStringLiteral("u")},
                             {QStringLiteral("credentialId"), QStringLiteral("Y3JlZA")},
                             {QStringLiteral("publicKey"), QString::fromLatin1(m_passkey->publicKeyHex())},
                             {QStringLiteral("rpId"), kRpId}}}}};
        QVERIFY(devserver::seed::apply(seed, state, 0).ok());
        QVERIFY(state.authenticatorByCredentialId("cred"));
        QVERIFY(!devserver::seed::apply(seed, state, 0).ok()); // the same credential twice
    }
};

QTEST_GUILESS_MAIN(TestDevServerWebAuthn)
#include "tst_devserver_webauthn.moc"
