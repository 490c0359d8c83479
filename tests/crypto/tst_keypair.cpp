#include "Fixtures.h"
#include "crypto/Ecdsa.h"
#include "crypto/Encoding.h"
#include "crypto/P256KeyPair.h"

#include <QJsonObject>
#include <QTest>

using namespace ws;

namespace {

// P-256 group order n.
constexpr char kOrderHex[] = "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551";

QByteArray vectorString(const char* section, const char* field) {
    return test::turnkeyVectors()
        .value(QLatin1String(section))
        .toObject()
        .value(QLatin1String(field))
        .toString()
        .toUtf8();
}

bool isHex(QByteArrayView text) {
    return encoding::fromHex(text).ok();
}

} // namespace

class TestKeyPair : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void generatedKeysAreCompressedHex() {
        QSet<QByteArray> seen;
        for (int i = 0; i < 20; ++i) {
            auto key = P256KeyPair::generate();
            QVERIFY(key);
            const QByteArray pub = key->publicKeyHex();
            QCOMPARE(pub.size(), 66);
            QVERIFY(pub.startsWith("02") || pub.startsWith("03"));
            QVERIFY(isHex(pub));
            QCOMPARE(pub, pub.toLower());
            const QByteArray full = key->uncompressedPublicKeyHex();
            QCOMPARE(full.size(), 130);
            QVERIFY(full.startsWith("04"));
            QCOMPARE(full.mid(2, 64), pub.mid(2));
            QCOMPARE(*ecdsa::compressPublicKeyHex(full), pub);
            seen.insert(pub);

            const SecureBytes priv = key->privateKeyHex();
            QCOMPARE(priv.size(), 64);
            QVERIFY(isHex(priv.view()));
            // Re-importing the exported scalar yields the same key.
            auto again = P256KeyPair::fromPrivateKeyHex(priv.view(), pub);
            QVERIFY2(again, again ? "" : qPrintable(again.error().message));
            QCOMPARE(again->publicKeyHex(), pub);
        }
        QCOMPARE(seen.size(), 20);
    }

    void vectorPrivateKeyYieldsVectorPublicKey() {
        const QByteArray priv = vectorString("stamp", "privateKeyHex");
        const QByteArray pub = vectorString("stamp", "publicKeyHex");
        QCOMPARE(pub.size(), 66);
        auto key = P256KeyPair::fromPrivateKeyHex(priv);
        QVERIFY(key);
        QCOMPARE(key->publicKeyHex(), pub);
        QCOMPARE(key->privateKeyHex().view(), QByteArrayView(priv));
        // The expected key may be given compressed, uncompressed, or in upper case.
        QVERIFY(P256KeyPair::fromPrivateKeyHex(priv, pub));
        QVERIFY(P256KeyPair::fromPrivateKeyHex(priv, key->uncompressedPublicKeyHex()));
        QVERIFY(P256KeyPair::fromPrivateKeyHex(priv.toUpper(), pub.toUpper()));
    }

    void mismatchedExpectedPublicKeyIsRejected() {
        const QByteArray priv = vectorString("stamp", "privateKeyHex");
        auto other = P256KeyPair::generate();
        QVERIFY(other);
        auto r = P256KeyPair::fromPrivateKeyHex(priv, other->publicKeyHex());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(QStringLiteral("does not match the public key")) &&
                     r.error().message.contains(QString::fromLatin1(other->publicKeyHex())),
                 qPrintable(r.error().message));
        // Same x, other parity: must not be accepted either.
        QByteArray flipped = vectorString("stamp", "publicKeyHex");
        flipped[1] = flipped[1] == '2' ? '3' : '2';
        QVERIFY(!P256KeyPair::fromPrivateKeyHex(priv, flipped));
    }

    void shortHexIsLeftPadded() {
        // Scalar 1: the public key is the generator G.
        auto one = P256KeyPair::fromPrivateKeyHex("1");
        QVERIFY(one);
        QCOMPARE(one->publicKeyHex(),
                 QByteArrayLiteral("036b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"));
        QCOMPARE(one->privateKeyHex().view(),
                 QByteArrayView("0000000000000000000000000000000000000000000000000000000000000001"));
        auto padded = P256KeyPair::fromPrivateKeyHex(
            "0000000000000000000000000000000000000000000000000000000000000001");
        QVERIFY(padded);
        QCOMPARE(padded->publicKeyHex(), one->publicKeyHex());
        // n - 1 is the largest valid scalar; its public key is -G.
        QByteArray nMinus1(kOrderHex);
        nMinus1.back() = '0';
        auto last = P256KeyPair::fromPrivateKeyHex(nMinus1);
        QVERIFY(last);
        QCOMPARE(last->publicKeyHex(),
                 QByteArrayLiteral("026b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"));
    }

    void invalidPrivateKeysAreRejected_data() {
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("too long") << QByteArray(66, '1');
        QTest::newRow("non-hex") << QByteArrayLiteral(
            "zz2f8fef177f370b51a6eafe5ae33fa5ff7e0ed715be3cb6561e50e5916ee187");
        QTest::newRow("space") << QByteArrayLiteral(
            "592f8fef177f370b51a6eafe5ae33fa5ff7e0ed715be3cb6561e50e5916ee18 ");
        QTest::newRow("zero") << QByteArray(64, '0');
        QTest::newRow("short zero") << QByteArrayLiteral("0");
        QTest::newRow("order") << QByteArray(kOrderHex);
        QTest::newRow("above order") << QByteArray(64, 'f');
    }
    void invalidPrivateKeysAreRejected() {
        QFETCH(QByteArray, hex);
        auto r = P256KeyPair::fromPrivateKeyHex(hex);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        // Errors never echo the secret.
        if (hex.size() > 8) {
            QVERIFY(!r.error().message.contains(QString::fromLatin1(hex)));
        }
    }

    void signDerRoundTrip() {
        auto key = P256KeyPair::generate();
        auto other = P256KeyPair::generate();
        QVERIFY(key && other);
        const QByteArray message = QByteArrayLiteral("{\"type\":\"ACTIVITY_TYPE_STAMP_LOGIN\"}");
        for (int i = 0; i < 10; ++i) {
            auto der = key->signDer(message);
            QVERIFY(der);
            QCOMPARE(static_cast<unsigned char>(der->at(0)), 0x30);
            QVERIFY(ecdsa::verifyDer(key->publicKeyHex(), message, *der));
            QVERIFY(ecdsa::verifyDer(key->uncompressedPublicKeyHex(), message, *der));
            auto tampered = ecdsa::verifyDer(key->publicKeyHex(), QByteArray(message + ' '), *der);
            QVERIFY(!tampered);
            QCOMPARE(tampered.error().code, ErrorCode::Unauthorized);
            QVERIFY(!ecdsa::verifyDer(other->publicKeyHex(), message, *der));
        }
        auto empty = key->signDer({});
        QVERIFY(empty);
        QVERIFY(ecdsa::verifyDer(key->publicKeyHex(), {}, *empty));
    }

    void signDigestRawDoesNotHash() {
        auto key = P256KeyPair::generate();
        QVERIFY(key);
        const QByteArray digest = ecdsa::sha256("payload");
        auto raw = key->signDigestRaw(digest);
        QVERIFY(raw);
        QCOMPARE(raw->size(), 64);
        QVERIFY(ecdsa::verifyDigestRaw(key->publicKeyHex(), digest, *raw));
        // A raw signature over sha256(m) is the same thing as an ordinary ECDSA-SHA256 signature of m.
        QVERIFY(ecdsa::verifyDer(key->publicKeyHex(), "payload", *ecdsa::rawToDer(*raw)));
        QVERIFY(!ecdsa::verifyDigestRaw(key->publicKeyHex(), ecdsa::sha256(digest), *raw));
        QVERIFY(!key->signDigestRaw("short"));
        QVERIFY(!key->signDigestRaw(QByteArray(33, 'x')));
    }

    void movedFromKeyFailsCleanly() {
        auto key = P256KeyPair::generate();
        QVERIFY(key);
        P256KeyPair moved = std::move(key.value());
        QVERIFY(!key->signDer("x"));
        QVERIFY(key->privateKeyHex().isEmpty());
        QVERIFY(moved.signDer("x"));
    }
};

QTEST_GUILESS_MAIN(TestKeyPair)
#include "tst_keypair.moc"
