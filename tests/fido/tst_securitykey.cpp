// fido::getAssertion() through libfido2 1.12's own code (CTAPHID, CTAP2 getInfo and getAssertion, the
// CBOR-wrapped authenticator data) against a software security key on its I/O hooks: the assertion it
// returns is a passkey stamp the devserver accepts for exactly the body; the key's refusals become
// clear errors; with no key plugged in (this machine has none) the real device search says so.
#include "DevServerFixture.h"
#include "SoftwarePasskey.h"
#include "SoftwareSecurityKey.h"
#include "crypto/Ecdsa.h"
#include "crypto/WebAuthnStamp.h"
#include "fido/SecurityKey.h"
#include "token/SessionToken.h"

#include <QJsonObject>
#include <QTest>

using namespace ws;
using namespace ws::test;

namespace {

const QString kRpId = QStringLiteral("wallet.example");

fido::AssertionRequest requestFor(QByteArrayView body) {
    fido::AssertionRequest request;
    request.rpId = kRpId;
    request.clientDataJson =
        webauthn::clientDataJson(webauthn::challengeFor(body), QStringLiteral("https://") + kRpId);
    request.timeoutMs = 5000;
    return request;
}

} // namespace

class TestSecurityKey : public QObject {
    Q_OBJECT

private:
    std::optional<SoftwarePasskey> m_passkey;

private Q_SLOTS:
    void init() {
        Result<SoftwarePasskey> passkey = SoftwarePasskey::create(kRpId);
        QVERIFY(passkey);
        m_passkey.emplace(std::move(*passkey));
    }

    // The key signs the hash of exactly the client data it was given; the assertion verifies for the body.
    void anAssertionForExactlyTheBody() {
        SoftwareSecurityKey key(*m_passkey);
        const QByteArray body = QByteArrayLiteral("{\"organizationId\":\"org\"}");
        const fido::AssertionRequest request = requestFor(body);
        Result<webauthn::Assertion> assertion = fido::getAssertion(request, key.seam());
        QVERIFY2(assertion, assertion ? "" : qPrintable(assertion.error().message));
        QCOMPARE(key.assertionsMade(), 1);
        QCOMPARE(key.lastClientDataHash(), ecdsa::sha256(request.clientDataJson));
        QCOMPARE(assertion->credentialId, m_passkey->credentialId());
        QCOMPARE(assertion->authenticatorData.size(), 37); // unwrapped from libfido2's CBOR byte string
        QCOMPARE(assertion->clientDataJson, request.clientDataJson);
        const Result<void> verified =
            webauthn::verify(*assertion, body, {kRpId, m_passkey->publicKeyHex(), false});
        QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message));
    }

    // A key with passkeys of two accounts for the site: one touch signs with both; without a choice
    // nothing is used and both are named; the chosen account's passkey is the one in the assertion.
    void theAccountIsChosenWhenTheKeyHoldsSeveral() {
        Result<SoftwarePasskey> second = SoftwarePasskey::create(kRpId);
        QVERIFY(second);
        SoftwareSecurityKey key(*m_passkey);
        key.addAccount(*second, QByteArrayLiteral("user-2"), QStringLiteral("bob"));
        const QByteArray body = QByteArrayLiteral("{\"organizationId\":\"org\"}");
        fido::AssertionRequest request = requestFor(body);
        Result<webauthn::Assertion> undecided = fido::getAssertion(request, key.seam());
        QVERIFY(!undecided);
        QCOMPARE(undecided.error().code, ErrorCode::AccountChoiceNeeded);
        QCOMPARE(undecided.error().choices, (QStringList{QStringLiteral("ann"), QStringLiteral("bob")}));
        QVERIFY(undecided.error().message.contains(QLatin1String("ann, bob")));

        request.account = QStringLiteral("bob");
        Result<webauthn::Assertion> bob = fido::getAssertion(request, key.seam());
        QVERIFY2(bob, bob ? "" : qPrintable(bob.error().message));
        QCOMPARE(bob->credentialId, second->credentialId());
        QVERIFY(webauthn::verify(*bob, body, {kRpId, second->publicKeyHex(), false}));
        request.account = QStringLiteral("ann");
        Result<webauthn::Assertion> ann = fido::getAssertion(request, key.seam());
        QVERIFY(ann);
        QCOMPARE(ann->credentialId, m_passkey->credentialId());

        request.account = QStringLiteral("carol");
        Result<webauthn::Assertion> nobody = fido::getAssertion(request, key.seam());
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().code, ErrorCode::NotFound);
        QVERIFY(nobody.error().message.contains(QLatin1String("carol")));
    }

    // End to end: the security key's stamp signs a session in at the devserver.
    void theDevserverAcceptsTheKeysStamp() {
        DevServerFixture fixture;
        QVERIFY(fixture.start().ok());
        QVERIFY(fixture.server()
                    .state()
                    .addAuthenticator({QString(), fixture.userId(), m_passkey->credentialId(),
                                       m_passkey->publicKeyHex(), kRpId})
                    .ok());
        Result<P256KeyPair> session = P256KeyPair::generate();
        QVERIFY(session);
        const QByteArray body = fixture.stampLoginBody(session->publicKeyHex());
        SoftwareSecurityKey key(*m_passkey);
        Result<webauthn::Assertion> assertion = fido::getAssertion(requestFor(body), key.seam());
        QVERIFY2(assertion, assertion ? "" : qPrintable(assertion.error().message));
        const DevServerFixture::Reply reply =
            fixture.postWithHeader(QStringLiteral("/public/v1/submit/stamp_login"), body,
                                   webauthn::kHeaderName, webauthn::headerValue(*assertion));
        QVERIFY2(reply.status == 200, reply.body.constData());
        const QString jwt = DevServerFixture::sessionOf(reply);
        QCOMPARE(decodeSessionToken(jwt.toLatin1())->claims.publicKey,
                 QString::fromLatin1(session->publicKeyHex()));
    }

    void theKeysRefusalsAreClearErrors() {
        SoftwareSecurityKey key(*m_passkey);
        const QByteArray body = QByteArrayLiteral("{}");
        key.holdNoCredential(true);
        Result<webauthn::Assertion> none = fido::getAssertion(requestFor(body), key.seam());
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        QVERIFY2(none.error().message.contains(QLatin1String("no passkey for this site")),
                 qPrintable(none.error().message));
        key.holdNoCredential(false);
        fido::AssertionRequest otherSite = requestFor(body);
        otherSite.rpId = QStringLiteral("other.example");
        QCOMPARE(fido::getAssertion(otherSite, key.seam()).error().code, ErrorCode::NotFound);
        key.neverTouched(true);
        Result<webauthn::Assertion> untouched = fido::getAssertion(requestFor(body), key.seam());
        QVERIFY(!untouched);
        QCOMPARE(untouched.error().code, ErrorCode::Timeout);
        QVERIFY2(untouched.error().message.contains(QLatin1String("not touched")),
                 qPrintable(untouched.error().message));
        QCOMPARE(key.assertionsMade(), 0);
    }

    // The real device search (USB HID through libfido2): this machine has no security key.
    void withNoKeyPluggedInItSaysSo() {
        Result<webauthn::Assertion> assertion = fido::getAssertion(requestFor("{}"));
        QVERIFY(!assertion);
        QCOMPARE(assertion.error().code, ErrorCode::NotFound);
        QVERIFY2(assertion.error().message.contains(QLatin1String("No security key is plugged in")),
                 qPrintable(assertion.error().message));
    }

    void cborByteStringsAreUnwrapped() {
        QCOMPARE(*fido::unwrapCborByteString(QByteArray("\x43"
                                                        "abc",
                                                        4)),
                 QByteArray("abc"));
        const QByteArray long37 = QByteArray("\x58\x25", 2) + QByteArray(37, 'x');
        const QByteArray short37 = QByteArray("\x58\x26", 2) + QByteArray(37, 'x');
        QCOMPARE(fido::unwrapCborByteString(long37)->size(), 37);
        QVERIFY(!fido::unwrapCborByteString(short37)); // one byte promised more than there is
        QVERIFY(!fido::unwrapCborByteString(QByteArray("\x63"
                                                       "abc",
                                                       4))); // a text string
        QVERIFY(!fido::unwrapCborByteString(QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestSecurityKey)
#include "tst_securitykey.moc"
