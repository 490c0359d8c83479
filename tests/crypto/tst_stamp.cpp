#include "Fixtures.h"
#include "crypto/Encoding.h"
#include "crypto/P256KeyPair.h"
#include "crypto/Stamp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace ws;

namespace {

QByteArray vector(const char* field) {
    return test::turnkeyVectors()
        .value(QLatin1String("stamp"))
        .toObject()
        .value(QLatin1String(field))
        .toString()
        .toUtf8();
}

QByteArray stampOf(const QByteArray& json) {
    return encoding::toBase64Url(json);
}

} // namespace

class TestStamp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void vectorStampVerifiesOverVectorBody() {
        auto r = stamp::verify(vector("xStamp"), vector("body"));
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->publicKey, vector("publicKeyHex"));
        QCOMPARE(r->scheme, QByteArray(stamp::kScheme));
        QVERIFY(r->signatureHex.startsWith("3044"));
    }

    void vectorStampFailsOverBodyPlusOneByte() {
        const QList<QByteArray> bodies{QByteArray(vector("body") + ' '), vector("body").chopped(1),
                                       QByteArray(), vector("body").toUpper()};
        for (const QByteArray& body : bodies) {
            auto r = stamp::verify(vector("xStamp"), body);
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::Unauthorized);
            QCOMPARE(r.error().message, QStringLiteral("could not verify api key signature"));
        }
    }

    void freshStampHasExactShapeAndVerifies() {
        auto key = P256KeyPair::fromPrivateKeyHex(vector("privateKeyHex"), vector("publicKeyHex"));
        QVERIFY(key);
        const QByteArray body = vector("body");
        auto header = stamp::make(*key, body);
        QVERIFY(header);
        QVERIFY(!header->contains('=') && !header->contains('+') && !header->contains('/'));
        QVERIFY(*header != vector("xStamp")); // ECDSA is randomised
        auto verified = stamp::verify(*header, body);
        QVERIFY2(verified, verified ? "" : qPrintable(verified.error().toString()));
        QCOMPARE(verified->publicKey, vector("publicKeyHex"));

        const QByteArray json = *encoding::fromBase64Url(*header);
        static const QRegularExpression shape(QStringLiteral(
            "^\\{\"publicKey\":\"02af7776ac2d0a8edb9f40740967f8ec863c6fbb72a4be7f8ca7c157a4bd73889d\","
            "\"scheme\":\"SIGNATURE_SCHEME_TK_API_P256\",\"signature\":\"30[0-9a-f]{2,}\"\\}$"));
        QVERIFY2(shape.match(QString::fromUtf8(json)).hasMatch(), json.constData());
        // The vector stamp decodes to the same shape.
        QVERIFY(shape.match(QString::fromUtf8(*encoding::fromBase64Url(vector("xStamp")))).hasMatch());
        QVERIFY(!stamp::verify(*header, QByteArray(body + 'x')));
    }

    void stampFromOtherKeyFails() {
        auto key = P256KeyPair::generate();
        auto other = P256KeyPair::generate();
        QVERIFY(key && other);
        auto header = stamp::make(*key, "body");
        QVERIFY(header);
        auto contents = stamp::parse(*header);
        QVERIFY(contents);
        // Swap in another public key: well formed, but the signature must not verify.
        const QByteArray forged =
            stampOf("{\"publicKey\":\"" + other->publicKeyHex() + "\",\"scheme\":\"" +
                    QByteArray(stamp::kScheme) + "\",\"signature\":\"" + contents->signatureHex + "\"}");
        auto r = stamp::verify(forged, "body");
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Unauthorized);
    }

    void parseRejects_data() {
        QTest::addColumn<QByteArray>("header");
        const QByteArray pub = vector("publicKeyHex");
        const QByteArray sig = QByteArrayLiteral("3006020101020101");
        auto build = [&](const QByteArray& json) {
            return stampOf(json);
        };
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("too big") << QByteArray(4097, 'A');
        QTest::newRow("bad base64") << QByteArrayLiteral("eyJ+");
        QTest::newRow("not json") << build("not json");
        QTest::newRow("array") << build("[]");
        QTest::newRow("missing publicKey")
            << build("{\"scheme\":\"SIGNATURE_SCHEME_TK_API_P256\",\"signature\":\"" + sig + "\"}");
        QTest::newRow("missing scheme")
            << build("{\"publicKey\":\"" + pub + "\",\"signature\":\"" + sig + "\"}");
        QTest::newRow("missing signature")
            << build("{\"publicKey\":\"" + pub + "\",\"scheme\":\"SIGNATURE_SCHEME_TK_API_P256\"}");
        QTest::newRow("numeric signature")
            << build("{\"publicKey\":\"" + pub + "\",\"scheme\":\"S\",\"signature\":3}");
        QTest::newRow("null scheme") << build("{\"publicKey\":\"" + pub +
                                              "\",\"scheme\":null,\"signature\":\"" + sig + "\"}");
        QTest::newRow("uncompressed key") << build("{\"publicKey\":\"04" + QByteArray(128, 'a') +
                                                   "\",\"scheme\":\"S\",\"signature\":\"" + sig + "\"}");
        QTest::newRow("non-hex key") << build("{\"publicKey\":\"02" + QByteArray(64, 'z') +
                                              "\",\"scheme\":\"S\",\"signature\":\"" + sig + "\"}");
        QTest::newRow("non-hex signature")
            << build("{\"publicKey\":\"" + pub + "\",\"scheme\":\"S\",\"signature\":\"30zz\"}");
        QTest::newRow("odd signature")
            << build("{\"publicKey\":\"" + pub + "\",\"scheme\":\"S\",\"signature\":\"300\"}");
    }
    void parseRejects() {
        QFETCH(QByteArray, header);
        auto r = stamp::parse(header);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(!stamp::verify(header, "body"));
        QCOMPARE(stamp::verify(header, "body").error().code, ErrorCode::InvalidInput);
    }

    void unknownSchemeParsesButDoesNotVerify() {
        const QByteArray json = *encoding::fromBase64Url(vector("xStamp"));
        QByteArray other = json;
        other.replace("SIGNATURE_SCHEME_TK_API_P256", "SIGNATURE_SCHEME_TK_API_SECP256K1");
        auto parsed = stamp::parse(stampOf(other));
        QVERIFY(parsed);
        QCOMPARE(parsed->scheme, QByteArrayLiteral("SIGNATURE_SCHEME_TK_API_SECP256K1"));
        auto r = stamp::verify(stampOf(other), vector("body"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(QStringLiteral("scheme")), qPrintable(r.error().message));
    }

    void paddedHeaderStillParses() {
        // Missing padding is the norm; correct padding is tolerated.
        QByteArray padded = vector("xStamp");
        while (padded.size() % 4 != 0) {
            padded.append('=');
        }
        QVERIFY(stamp::verify(padded, vector("body")));
    }

    void upperCaseHexIsNormalised() {
        const QByteArray json = *encoding::fromBase64Url(vector("xStamp"));
        QByteArray upper = json;
        upper.replace(vector("publicKeyHex"), vector("publicKeyHex").toUpper());
        QVERIFY(upper != json);
        auto r = stamp::verify(stampOf(upper), vector("body"));
        QVERIFY(r);
        QCOMPARE(r->publicKey, vector("publicKeyHex"));
    }

    void mutatedStampsNeverCrash() {
        const QByteArray original = vector("xStamp");
        const QByteArray body = vector("body");
        const auto expected = stamp::parse(original);
        QVERIFY(expected);
        auto* rng = QRandomGenerator::global();
        static const char alphabet[] = "ABCxyz0189-_=+/ .";
        for (int i = 0; i < 3000; ++i) {
            QByteArray mutated = original;
            const int edits = 1 + rng->bounded(4);
            for (int e = 0; e < edits && !mutated.isEmpty(); ++e) {
                const int at = rng->bounded(mutated.size());
                switch (rng->bounded(3)) {
                case 0:
                    mutated[at] = alphabet[rng->bounded(int(sizeof(alphabet) - 1))];
                    break;
                case 1:
                    mutated.remove(at, 1 + rng->bounded(4));
                    break;
                default:
                    mutated.insert(at, alphabet[rng->bounded(int(sizeof(alphabet) - 1))]);
                    break;
                }
            }
            auto r = stamp::verify(mutated, body);
            if (r) {
                // Only edits that leave the stamp equivalent may still verify ('=' padding, discarded low
                // bits of the last character, hex case).
                QCOMPARE(r->publicKey, expected->publicKey);
                QCOMPARE(r->signatureHex, expected->signatureHex);
                QCOMPARE(r->scheme, expected->scheme);
            } else {
                QVERIFY(!r.error().message.isEmpty());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStamp)
#include "tst_stamp.moc"
