// The X-Stamp-WebAuthn header: its format (plain JSON, four base64url fields), the challenge a request
// body gives, and every check verify() makes, each failed on purpose with a software passkey.
#include "SoftwarePasskey.h"
#include "crypto/Encoding.h"
#include "crypto/WebAuthnStamp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ws;
using namespace ws::test;

namespace {

const QByteArray kBody = QByteArrayLiteral(
    R"({"type":"ACTIVITY_TYPE_STAMP_LOGIN","timestampMs":"1733500000000","organizationId":"org",)"
    R"("parameters":{"publicKey":"02aa","expirationSeconds":"900","invalidateExisting":false}})");

webauthn::Expectation expectationFor(const SoftwarePasskey& passkey) {
    return {passkey.rpId(), passkey.publicKeyHex(), false};
}

} // namespace

class TestWebAuthnStamp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The challenge is the UTF-8 of the lowercase hex SHA-256 of the body: 64 characters, 86 in base64url.
    void challengeIsTheHexDigestOfTheBody() {
        QCOMPARE(webauthn::challengeFor("abc"),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(encoding::toBase64Url(webauthn::challengeFor(kBody)).size(), 86);
        const QJsonObject client =
            QJsonDocument::fromJson(webauthn::clientDataJson(webauthn::challengeFor(kBody),
                                                             QStringLiteral("https://wallet.example")))
                .object();
        QCOMPARE(client.value(QStringLiteral("type")).toString(), QStringLiteral("webauthn.get"));
        QCOMPARE(client.value(QStringLiteral("origin")).toString(), QStringLiteral("https://wallet.example"));
        QCOMPARE(client.value(QStringLiteral("crossOrigin")).toBool(true), false);
        QCOMPARE(client.value(QStringLiteral("challenge")).toString().toLatin1(),
                 encoding::toBase64Url(webauthn::challengeFor(kBody)));
    }

    // Plain JSON, exactly the four fields, each base64url of the raw bytes; parse() gives them back.
    void headerIsPlainJsonOfFourFields() {
        Result<SoftwarePasskey> passkey = SoftwarePasskey::create(QStringLiteral("wallet.example"));
        QVERIFY(passkey);
        Result<webauthn::Assertion> assertion = passkey->assertionFor(kBody);
        QVERIFY(assertion);
        const QByteArray header = webauthn::headerValue(*assertion);
        const QJsonObject object = QJsonDocument::fromJson(header).object();
        QCOMPARE(object.keys(),
                 (QStringList{QStringLiteral("authenticatorData"), QStringLiteral("clientDataJson"),
                              QStringLiteral("credentialId"), QStringLiteral("signature")}));
        QCOMPARE(object.value(QStringLiteral("credentialId")).toString().toLatin1(),
                 encoding::toBase64Url(passkey->credentialId()));
        Result<webauthn::Assertion> parsed = webauthn::parse(header);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->authenticatorData, assertion->authenticatorData);
        QCOMPARE(parsed->clientDataJson, assertion->clientDataJson);
        QCOMPARE(parsed->credentialId, assertion->credentialId);
        QCOMPARE(parsed->signature, assertion->signature);
        const Result<void> verified = webauthn::verify(*parsed, kBody, expectationFor(*passkey));
        QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message));
    }

    void malformedHeadersAreRefused_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("says");
        QTest::newRow("not JSON") << QByteArray("eyJhIjoxfQ") << QStringLiteral("not a JSON object");
        QTest::newRow("missing field")
            << QByteArray(R"({"authenticatorData":"AA","clientDataJson":"AA","credentialId":"AA"})")
            << QStringLiteral("signature is missing");
        QTest::newRow("not base64url")
            << QByteArray(
                   R"({"authenticatorData":"A+/=","clientDataJson":"AA","credentialId":"AA","signature":"AA"})")
            << QStringLiteral("authenticatorData is not base64url");
        QTest::newRow("a number")
            << QByteArray(
                   R"({"authenticatorData":1,"clientDataJson":"AA","credentialId":"AA","signature":"AA"})")
            << QStringLiteral("authenticatorData is missing or not a string");
        QTest::newRow("over 16 KiB") << QByteArray(17 * 1024, ' ') << QStringLiteral("over 16 KiB");
    }
    void malformedHeadersAreRefused() {
        QFETCH(QByteArray, header);
        QFETCH(QString, says);
        const Result<webauthn::Assertion> parsed = webauthn::parse(header);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QVERIFY2(parsed.error().message.contains(says), qPrintable(parsed.error().message));
    }

    // Each check, failed on its own: the answer names it and is UNAUTHORIZED.
    void everyCheckCanFail() {
        Result<SoftwarePasskey> made = SoftwarePasskey::create(QStringLiteral("wallet.example"));
        QVERIFY(made);
        SoftwarePasskey& passkey = *made;
        const auto refusal = [&](QByteArrayView body, const webauthn::Expectation& expected) {
            Result<webauthn::Assertion> assertion = passkey.assertionFor(kBody);
            if (!assertion)
                return assertion.error().message;
            const Result<void> verified = webauthn::verify(*assertion, body, expected);
            if (verified)
                return QString();
            return verified.error().code == ErrorCode::Unauthorized ? verified.error().message
                                                                    : QStringLiteral("wrong code");
        };
        QVERIFY(refusal(kBody, expectationFor(passkey)).isEmpty());
        // Another body: the challenge is not its own.
        QVERIFY(refusal(QByteArray(kBody).replace("900", "901"), expectationFor(passkey))
                    .contains(QLatin1String("challenge")));
        // Another relying party expected than the one the credential signed for.
        QVERIFY(refusal(kBody, {QStringLiteral("evil.example"), passkey.publicKeyHex(), false})
                    .contains(QLatin1String("relying party evil.example")));
        // Another site's authenticator data.
        passkey.claimRpId(QStringLiteral("evil.example"));
        QVERIFY(
            refusal(kBody, expectationFor(passkey)).contains(QLatin1String("relying party wallet.example")));
        passkey.claimRpId(passkey.rpId());
        // Not touched: no user-present flag. Present but not verified, where verification is required.
        passkey.setFlags(0x00);
        QVERIFY(refusal(kBody, expectationFor(passkey)).contains(QLatin1String("not present")));
        passkey.setFlags(0x01);
        QVERIFY(refusal(kBody, expectationFor(passkey)).isEmpty());
        QVERIFY(refusal(kBody, {passkey.rpId(), passkey.publicKeyHex(), true})
                    .contains(QLatin1String("not verified")));
        passkey.setFlags(0x05);
        // Signed by a key that is not the credential's.
        Result<P256KeyPair> other = P256KeyPair::generate();
        QVERIFY(other);
        passkey.signWith(std::move(other.value()));
        QVERIFY(refusal(kBody, expectationFor(passkey)).contains(QLatin1String("signature")));
    }

    // A registration (webauthn.create) is not an assertion, and clientDataJSON must be JSON.
    void onlyAGetIsAnAssertion() {
        Result<SoftwarePasskey> passkey = SoftwarePasskey::create(QStringLiteral("wallet.example"));
        QVERIFY(passkey);
        Result<webauthn::Assertion> assertion = passkey->assertionFor(kBody);
        QVERIFY(assertion);
        webauthn::Assertion created = *assertion;
        created.clientDataJson.replace("webauthn.get", "webauthn.create");
        Result<void> verified = webauthn::verify(created, kBody, expectationFor(*passkey));
        QVERIFY(!verified && verified.error().message.contains(QLatin1String("webauthn.get")));
        created.clientDataJson = "not json";
        verified = webauthn::verify(created, kBody, expectationFor(*passkey));
        QVERIFY(!verified && verified.error().message.contains(QLatin1String("not a JSON object")));
    }
};

QTEST_GUILESS_MAIN(TestWebAuthnStamp)
#include "tst_webauthnstamp.moc"
