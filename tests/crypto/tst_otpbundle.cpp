// The one-time code's bundle both ways in C++ (the Node conformance test checks the same against
// @turnkey/crypto): the enclave's target bundle, the checks before encrypting, the enclave's decryption;
// and the verification token's signature, expiry and claims.
#include "crypto/Encoding.h"
#include "crypto/OtpBundle.h"
#include "crypto/P256KeyPair.h"
#include "crypto/VerificationToken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ws;

class TestOtpBundle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encryptsToTheTargetAndTheEnclaveReadsIt() {
        auto signer = P256KeyPair::generate();
        auto target = P256KeyPair::generate();
        auto session = P256KeyPair::generate();
        auto bundle = otpbundle::makeTargetBundle(*signer, target->uncompressedPublicKeyHex());
        QVERIFY(bundle.ok());
        auto encrypted = otpbundle::encryptOtpCode("483920", *bundle, session->publicKeyHex(),
                                                   signer->uncompressedPublicKeyHex());
        QVERIFY2(encrypted.ok(), encrypted.ok() ? "" : qPrintable(encrypted.error().toString()));
        auto plain = otpbundle::decrypt(*target, *encrypted);
        QVERIFY(plain.ok());
        QCOMPARE(plain->code.view(), QByteArrayView("483920"));
        QCOMPARE(plain->publicKey, session->publicKeyHex());
        // Another target key cannot read it.
        auto other = P256KeyPair::generate();
        QVERIFY(!otpbundle::decrypt(*other, *encrypted).ok());
    }

    void refusesAWrongSignerOrSignature() {
        auto signer = P256KeyPair::generate();
        auto other = P256KeyPair::generate();
        auto target = P256KeyPair::generate();
        auto bundle = otpbundle::makeTargetBundle(*signer, target->uncompressedPublicKeyHex());
        auto wrongSigner = otpbundle::encryptOtpCode("1", *bundle, "02aa", other->uncompressedPublicKeyHex());
        QVERIFY(!wrongSigner.ok());
        QCOMPARE(wrongSigner.error().code, ErrorCode::Unauthorized);

        // Same quorum key claimed, but the signature made by another key.
        auto forged = otpbundle::makeTargetBundle(*other, target->uncompressedPublicKeyHex());
        QJsonObject o = QJsonDocument::fromJson(*forged).object();
        o.insert(QStringLiteral("enclaveQuorumPublic"),
                 QString::fromLatin1(signer->uncompressedPublicKeyHex()));
        auto refused = otpbundle::encryptOtpCode("1", QJsonDocument(o).toJson(), "02aa",
                                                 signer->uncompressedPublicKeyHex());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
        QVERIFY(!otpbundle::encryptOtpCode("1", "not json", "02aa", signer->uncompressedPublicKeyHex()).ok());
    }

    void verificationTokenSignatureExpiryAndClaims() {
        auto signer = P256KeyPair::generate();
        vtoken::Claims c;
        c.expMs = 2'000'000'000'000;
        c.id = QStringLiteral("token-1");
        c.contact = QStringLiteral("a@example.com");
        c.verificationType = QStringLiteral("OTP_TYPE_EMAIL");
        c.publicKey = signer->publicKeyHex();
        auto token = vtoken::sign(*signer, c);
        QVERIFY(token.ok());
        auto ok = vtoken::verify(*token, signer->uncompressedPublicKeyHex(), c.expMs - 1);
        QVERIFY(ok.ok());
        QCOMPARE(ok->id, c.id);
        QCOMPARE(ok->publicKey, c.publicKey);
        QCOMPARE(vtoken::verify(*token, signer->uncompressedPublicKeyHex(), c.expMs).error().code,
                 ErrorCode::Unauthorized); // expired
        auto other = P256KeyPair::generate();
        QCOMPARE(vtoken::verify(*token, other->uncompressedPublicKeyHex(), 0).error().code,
                 ErrorCode::Unauthorized);
        // The fixture token's exp is a millisecond string.
        auto fixture =
            vtoken::decode("eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9."
                           "eyJleHAiOiIxNzgyOTE5NjUxMjYxIiwiaWQiOiJlYjM5YjE5OS0zMzUyLTQyODktYjMxZi01N"
                           "zE5NGM3OTYwOWMiLCJvcmdhbml6YXRpb25faWQiOiI3ZmYxODlmYi1kZjdkLTQ1MmUtODU0MC01NzYzMm"
                           "UzODBiNzciLCJ2ZXJpZmljYXRpb25f"
                           "dHlwZSI6Ik9UUF9UWVBFX0VNQUlMIiwiY29udGFjdCI6InVzZXJAZXhhbXBsZS5jb20iLCJwdWJsaWNfa"
                           "2V5IjoiMDM2MzM1Yjc4ZjkyNzM2ZT"
                           "MyZTk5ZGM2YWVkOTc5YWZmMGI1YzI0MTkyZTc2YjE2MjhhYTU0ZWRhZjU4YzhjMTVkIn0."
                           "YMtLA5vVUTiYhW5CIitrGXb-fk4MWx-MNVC4etopk"
                           "KVro6tn0CP-Uz7biSZOunASsEc3jkjJWnFIn2AMpuZomg");
        QVERIFY(fixture.ok());
        QCOMPARE(fixture->expMs, 1782919651261LL);
        QCOMPARE(fixture->contact, QStringLiteral("user@example.com"));
    }
};

QTEST_GUILESS_MAIN(TestOtpBundle)
#include "tst_otpbundle.moc"
