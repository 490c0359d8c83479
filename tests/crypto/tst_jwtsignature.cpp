#include "Fixtures.h"
#include "crypto/Ecdsa.h"
#include "crypto/Encoding.h"
#include "crypto/P256KeyPair.h"
#include "crypto/SessionJwtSignature.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace ws;

namespace {

QByteArray jwtVector(const char* field) {
    return test::turnkeyVectors()
        .value(QLatin1String("sessionJwt"))
        .toObject()
        .value(QLatin1String(field))
        .toString()
        .toUtf8();
}

QByteArray flipByteInSegment(const QByteArray& jwt, int segment) {
    QList<QByteArray> parts = jwt.split('.');
    QByteArray bytes = *encoding::fromBase64Url(parts[segment]);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
    parts[segment] = encoding::toBase64Url(bytes);
    return parts.join('.');
}

} // namespace

class TestJwtSignature : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixtureTokenVerifiesWithFixtureKeyAndProductionConstant() {
        const QByteArray token = jwtVector("token");
        auto r = jwtsig::verify(token, jwtVector("notarizerPublicKeyHex"));
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QVERIFY(jwtsig::verify(token));
        QCOMPARE(QByteArray(jwtsig::kProductionNotarizerPublicKey), jwtVector("notarizerPublicKeyHex"));
        // The compressed form of the notarizer key works too.
        auto compressed = ecdsa::compressPublicKeyHex(jwtsig::kProductionNotarizerPublicKey);
        QVERIFY(compressed);
        QVERIFY(jwtsig::verify(token, *compressed));
    }

    void flippedBytesDoNotVerify() {
        const QByteArray token = jwtVector("token");
        for (int segment : {0, 1, 2}) {
            const QByteArray tampered = flipByteInSegment(token, segment);
            QVERIFY(tampered != token);
            auto r = jwtsig::verify(tampered);
            QVERIFY2(!r, qPrintable(QString::number(segment)));
            QCOMPARE(r.error().code, ErrorCode::Unauthorized);
        }
    }

    void otherKeyDoesNotVerify() {
        auto other = P256KeyPair::generate();
        QVERIFY(other);
        auto r = jwtsig::verify(jwtVector("token"), other->publicKeyHex());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Unauthorized);
    }

    void fixtureTokenIsNotPlainEs256() {
        // A standard ES256 check (one SHA-256) must reject the fixture: the scheme hashes twice.
        const QByteArray token = jwtVector("token");
        const qsizetype lastDot = token.lastIndexOf('.');
        const QByteArray raw = *encoding::fromBase64Url(token.mid(lastDot + 1));
        QVERIFY(!ecdsa::verifyDigestRaw(jwtVector("notarizerPublicKeyHex"),
                                        ecdsa::sha256(token.left(lastDot)), raw));
        QVERIFY(ecdsa::verifyDigestRaw(jwtVector("notarizerPublicKeyHex"),
                                       ecdsa::sha256(ecdsa::sha256(token.left(lastDot))), raw));
    }

    void signThenVerifyRoundTrip() {
        auto notarizer = P256KeyPair::generate();
        QVERIFY(notarizer);
        const QByteArray header = "{\"alg\":\"ES256\",\"typ\":\"JWT\"}";
        const QByteArray payload =
            "{\"exp\":1748876837,\"public_key\":\"02aa\",\"scope\":\"amount > 100 ?~\"}";
        auto token = jwtsig::sign(*notarizer, header, payload);
        QVERIFY(token);
        QCOMPARE(token->count('.'), 2);
        QVERIFY(!token->contains('='));
        QCOMPARE(*encoding::fromBase64Url(token->split('.').at(1)), payload);
        QCOMPARE(encoding::fromBase64Url(token->split('.').at(2))->size(), 64);
        QVERIFY(jwtsig::verify(*token, notarizer->publicKeyHex()));
        QVERIFY(jwtsig::verify(*token, notarizer->uncompressedPublicKeyHex()));
        QVERIFY(!jwtsig::verify(*token)); // not the production notarizer
        QVERIFY(!jwtsig::verify(flipByteInSegment(*token, 1), notarizer->publicKeyHex()));
    }

    void singleHashTokenFails() {
        // A token signed the standard ES256 way (signature over SHA-256 once) must not pass.
        auto notarizer = P256KeyPair::generate();
        QVERIFY(notarizer);
        const QByteArray signingInput =
            encoding::toBase64Url("{\"alg\":\"ES256\"}") + '.' + encoding::toBase64Url("{\"exp\":1}");
        auto der = notarizer->signDer(signingInput);
        QVERIFY(der);
        const QByteArray token = signingInput + '.' + encoding::toBase64Url(*ecdsa::derToRaw(*der));
        QVERIFY(ecdsa::verifyDigestRaw(notarizer->publicKeyHex(), ecdsa::sha256(signingInput),
                                       *ecdsa::derToRaw(*der))); // it is a valid ES256 token
        auto r = jwtsig::verify(token, notarizer->publicKeyHex());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Unauthorized);
    }

    void malformedTokensAreRejected_data() {
        QTest::addColumn<QByteArray>("token");
        const QList<QByteArray> p = jwtVector("token").split('.');
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one segment") << p[0];
        QTest::newRow("two segments") << p[0] + '.' + p[1];
        QTest::newRow("four segments") << p[0] + '.' + p[1] + '.' + p[2] + '.' + p[2];
        QTest::newRow("empty signature") << p[0] + '.' + p[1] + '.';
        QTest::newRow("empty header") << '.' + p[1] + '.' + p[2];
        QTest::newRow("empty payload") << p[0] + ".." + p[2];
        QTest::newRow("bad base64 signature") << p[0] + '.' + p[1] + '.' + p[2].left(10) + '+' + p[2].mid(11);
        QTest::newRow("short signature") << p[0] + '.' + p[1] + '.' + p[2].left(80);
        QTest::newRow("DER signature")
            << p[0] + '.' + p[1] + '.' +
                   encoding::toBase64Url(*ecdsa::rawToDer(*encoding::fromBase64Url(p[2])));
        QTest::newRow("oversized") << p[0] + '.' + QByteArray(20000, 'A') + '.' + p[2];
    }
    void malformedTokensAreRejected() {
        QFETCH(QByteArray, token);
        auto r = jwtsig::verify(token);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    }

    void badNotarizerKeyIsRejected() {
        auto r = jwtsig::verify(jwtVector("token"), "04abcd");
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    }

    void randomInputsNeverCrash() {
        const QByteArray token = jwtVector("token");
        auto* rng = QRandomGenerator::global();
        for (int i = 0; i < 3000; ++i) {
            QByteArray mutated = token;
            const int at = rng->bounded(mutated.size());
            switch (rng->bounded(3)) {
            case 0:
                mutated[at] = static_cast<char>(rng->bounded(256));
                break;
            case 1:
                mutated.remove(at, 1 + rng->bounded(8));
                break;
            default:
                mutated.insert(at, '.');
                break;
            }
            auto r = jwtsig::verify(mutated);
            if (r) {
                // Only a change in the discarded low bits of a final base64url character can keep it valid.
                QCOMPARE(mutated.size(), token.size());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestJwtSignature)
#include "tst_jwtsignature.moc"
