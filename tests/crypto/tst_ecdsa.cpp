#include "crypto/Ecdsa.h"
#include "crypto/Encoding.h"
#include "crypto/P256KeyPair.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ws;

namespace {

constexpr char kGeneratorCompressed[] = "036b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296";
constexpr char kGeneratorUncompressed[] = "046b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296"
                                          "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315e"
                                          "cecbb6406837bf51f5";

QByteArray hex(const char* text) {
    return QByteArray::fromHex(text);
}

} // namespace

class TestEcdsa : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sha256Known() {
        QCOMPARE(encoding::toHex(ecdsa::sha256("abc")),
                 QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(encoding::toHex(ecdsa::sha256({})),
                 QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void derRawRoundTripEdgeCases_data() {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("der");
        const QByteArray r32(32, '\x11');
        const QByteArray high(32, '\x80');
        // High bit set: DER needs a 0x00 sign byte (33-byte INTEGER).
        QTest::newRow("high-bit") << high + r32 << hex("3045022100") + high + hex("0220") + r32;
        // Leading zero bytes in raw are stripped in DER.
        QByteArray small(32, '\0');
        small[31] = '\x01';
        QTest::newRow("leading-zeros") << small + r32 << hex("3025020101") + hex("0220") + r32;
        QByteArray zeroThenHigh(32, '\0');
        zeroThenHigh[1] = '\x90';
        for (int i = 2; i < 32; ++i) {
            zeroThenHigh[i] = '\x42';
        }
        QTest::newRow("zero-then-high")
            << r32 + zeroThenHigh << hex("3044") + hex("0220") + r32 + hex("0220") + zeroThenHigh;
        QByteArray twoZeros(32, '\x05');
        twoZeros[0] = '\0';
        twoZeros[1] = '\0';
        QTest::newRow("two-leading-zeros")
            << twoZeros + high << hex("3043") + hex("021e") + twoZeros.mid(2) + hex("022100") + high;
    }
    void derRawRoundTripEdgeCases() {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, der);
        auto toDer = ecdsa::rawToDer(raw);
        QVERIFY(toDer);
        QCOMPARE(encoding::toHex(*toDer), encoding::toHex(der));
        auto back = ecdsa::derToRaw(der);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(*back, raw);
    }

    void derRawRandomRoundTrip() {
        auto key = P256KeyPair::generate();
        QVERIFY(key);
        int highBit = 0;
        for (int i = 0; i < 200; ++i) {
            const QByteArray message = QByteArray::number(i);
            auto der = key->signDer(message);
            QVERIFY(der);
            auto raw = ecdsa::derToRaw(*der);
            QVERIFY(raw);
            QCOMPARE(raw->size(), 64);
            highBit += (static_cast<unsigned char>(raw->at(0)) & 0x80) ? 1 : 0;
            QCOMPARE(*ecdsa::rawToDer(*raw), *der);
            QVERIFY(ecdsa::verifyDigestRaw(key->publicKeyHex(), ecdsa::sha256(message), *raw));
        }
        QVERIFY(highBit > 0); // about half of the r values have the top bit set
    }

    void derRejects_data() {
        QTest::addColumn<QByteArray>("der");
        const QByteArray r32(32, '\x11');
        const QByteArray good = hex("3044") + hex("0220") + r32 + hex("0220") + r32;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("trailing") << good + '\0';
        QTest::newRow("short-seq-len") << hex("3043") + good.mid(2);
        QTest::newRow("long-seq-len") << hex("3045") + good.mid(2);
        QTest::newRow("not-seq") << hex("3144") + good.mid(2);
        QTest::newRow("long-form-len") << hex("308144") + good.mid(2);
        QTest::newRow("missing-s") << hex("3022") + hex("0220") + r32;
        QTest::newRow("negative-r") << hex("3044") + hex("0220") + QByteArray(32, '\x80') + hex("0220") + r32;
        QTest::newRow("superfluous-zero") << hex("3045") + hex("022100") + r32 + hex("0220") + r32;
        QTest::newRow("r-33-bytes") << hex("3046") + hex("022101") + r32 + hex("0220") + r32;
        QTest::newRow("r-too-long") << hex("3046") + hex("02220000") + r32 + hex("0220") + r32;
        QTest::newRow("zero-length-r") << hex("3024") + hex("0200") + hex("0220") + r32;
        QTest::newRow("zero-r") << hex("3025") + hex("020100") + hex("0220") + r32;
        QTest::newRow("not-integer") << hex("3044") + hex("0320") + r32 + hex("0220") + r32;
        QTest::newRow("int-overruns") << hex("3044") + hex("0220") + r32 + hex("0221") + r32;
    }
    void derRejects() {
        QFETCH(QByteArray, der);
        auto r = ecdsa::derToRaw(der);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    }

    void rawRejects() {
        QVERIFY(!ecdsa::rawToDer(QByteArray(63, '\x01')));
        QVERIFY(!ecdsa::rawToDer(QByteArray(65, '\x01')));
        QVERIFY(!ecdsa::rawToDer(QByteArray(64, '\0')));
        QVERIFY(!ecdsa::rawToDer(QByteArray(QByteArray(32, '\0') + QByteArray(32, '\x01'))));
    }

    void compressUncompressRoundTrip() {
        QCOMPARE(*ecdsa::uncompressPublicKeyHex(kGeneratorCompressed), QByteArray(kGeneratorUncompressed));
        QCOMPARE(*ecdsa::compressPublicKeyHex(kGeneratorUncompressed), QByteArray(kGeneratorCompressed));
        QCOMPARE(*ecdsa::compressPublicKeyHex(kGeneratorCompressed), QByteArray(kGeneratorCompressed));
        QCOMPARE(*ecdsa::uncompressPublicKeyHex(kGeneratorUncompressed), QByteArray(kGeneratorUncompressed));
        QCOMPARE(*ecdsa::uncompressPublicKeyHex(QByteArray(kGeneratorCompressed).toUpper()),
                 QByteArray(kGeneratorUncompressed));
        for (int i = 0; i < 20; ++i) {
            auto key = P256KeyPair::generate();
            QVERIFY(key);
            auto full = ecdsa::uncompressPublicKeyHex(key->publicKeyHex());
            QVERIFY(full);
            QCOMPARE(*full, key->uncompressedPublicKeyHex());
            QCOMPARE(*ecdsa::compressPublicKeyHex(*full), key->publicKeyHex());
        }
    }

    void notOnCurveIsRejected() {
        // G with y + 1: right size and prefix, not on the curve.
        QByteArray offCurve(kGeneratorUncompressed);
        offCurve.back() = '6';
        for (auto r : {ecdsa::compressPublicKeyHex(offCurve), ecdsa::uncompressPublicKeyHex(offCurve)}) {
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
            QVERIFY2(r.error().message.contains(QStringLiteral("not a point")),
                     qPrintable(r.error().message));
        }
        QVERIFY(!ecdsa::verifyDer(offCurve, "m", hex("3006020101020101")));
        // x = 1: x^3 - 3x + b is not a square mod p, so no y exists for either parity.
        for (const char* prefix : {"02", "03"}) {
            const QByteArray x1 = QByteArray(prefix) + QByteArray(62, '0') + "01";
            auto r = ecdsa::uncompressPublicKeyHex(x1);
            QVERIFY(!r);
            QVERIFY2(r.error().message.contains(QStringLiteral("not a point")),
                     qPrintable(r.error().message));
        }
        // x = 5 is on the curve: both parities decode and compress back.
        const QByteArray x5 = QByteArrayLiteral("03") + QByteArray(62, '0') + "05";
        auto full5 = ecdsa::uncompressPublicKeyHex(x5);
        QVERIFY(full5);
        QCOMPARE(*ecdsa::compressPublicKeyHex(*full5), x5);
        // x >= p is never a valid coordinate.
        const QByteArray xTooBig = QByteArrayLiteral("02") + QByteArray(64, 'f');
        QVERIFY(!ecdsa::uncompressPublicKeyHex(xTooBig));
    }

    void malformedKeysAreRejected_data() {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << QByteArray(kGeneratorCompressed).left(64);
        QTest::newRow("65 chars") << QByteArray(kGeneratorCompressed).left(65);
        QTest::newRow("bad prefix 04 on 33 bytes") << "04" + QByteArray(kGeneratorCompressed).mid(2);
        QTest::newRow("bad prefix 02 on 65 bytes") << "02" + QByteArray(kGeneratorUncompressed).mid(2);
        QTest::newRow("prefix 05") << "05" + QByteArray(kGeneratorCompressed).mid(2);
        QTest::newRow("non-hex") << "03" + QByteArray(64, 'g');
    }
    void malformedKeysAreRejected() {
        QFETCH(QByteArray, key);
        auto c = ecdsa::compressPublicKeyHex(key);
        QVERIFY(!c);
        QCOMPARE(c.error().code, ErrorCode::InvalidInput);
        QVERIFY(!ecdsa::uncompressPublicKeyHex(key));
        auto v = ecdsa::verifyDer(key, "m", hex("3006020101020101"));
        QVERIFY(!v);
        QCOMPARE(v.error().code, ErrorCode::InvalidInput);
    }

    void verifyRejectsMalformedSignaturesWithoutCrashing() {
        auto key = P256KeyPair::generate();
        QVERIFY(key);
        auto der = key->signDer("message");
        QVERIFY(der);
        auto* rng = QRandomGenerator::global();
        for (int i = 0; i < 2000; ++i) {
            QByteArray mutated = *der;
            const int edits = 1 + rng->bounded(3);
            for (int e = 0; e < edits; ++e) {
                switch (rng->bounded(3)) {
                case 0:
                    mutated[rng->bounded(mutated.size())] ^= static_cast<char>(1 + rng->bounded(255));
                    break;
                case 1:
                    mutated.truncate(rng->bounded(mutated.size()));
                    break;
                default:
                    mutated.append(static_cast<char>(rng->bounded(256)));
                    break;
                }
                if (mutated.isEmpty()) {
                    break;
                }
            }
            if (mutated == *der) {
                continue;
            }
            QVERIFY(!ecdsa::verifyDer(key->publicKeyHex(), "message", mutated));
            auto raw = ecdsa::derToRaw(mutated);
            if (raw) {
                QCOMPARE(*ecdsa::rawToDer(*raw), mutated);
            }
        }
        QVERIFY(!ecdsa::verifyDigestRaw(key->publicKeyHex(), QByteArray(31, 'x'), QByteArray(64, 'x')));
        QVERIFY(!ecdsa::verifyDigestRaw(key->publicKeyHex(), QByteArray(32, 'x'), QByteArray(63, 'x')));
        auto wrong = ecdsa::verifyDigestRaw(key->publicKeyHex(), QByteArray(32, 'x'), QByteArray(64, 'x'));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::Unauthorized);
    }
};

QTEST_GUILESS_MAIN(TestEcdsa)
#include "tst_ecdsa.moc"
