#include "crypto/Encoding.h"
#include "crypto/SecureBytes.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ws;

class TestEncoding : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hexRoundTrip() {
        const QByteArray bytes = QByteArray::fromHex("00ff10abCD7f80");
        QCOMPARE(encoding::toHex(bytes), QByteArrayLiteral("00ff10abcd7f80"));
        auto decoded = encoding::fromHex("00FF10abCD7f80");
        QVERIFY(decoded);
        QCOMPARE(*decoded, bytes);
        QCOMPARE(encoding::toHex({}), QByteArray());
        QVERIFY(encoding::fromHex(""));
    }

    void hexRejects_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("odd") << QByteArrayLiteral("abc") << QStringLiteral("odd");
        QTest::newRow("g") << QByteArrayLiteral("0g") << QStringLiteral("'g'");
        QTest::newRow("space") << QByteArrayLiteral("00 1") << QStringLiteral("0x20");
        QTest::newRow("prefix") << QByteArrayLiteral("0x00") << QStringLiteral("'x'");
        QTest::newRow("nul") << QByteArray("0\0", 2) << QStringLiteral("0x00");
    }
    void hexRejects() {
        QFETCH(QByteArray, input);
        QFETCH(QString, mentions);
        auto r = encoding::fromHex(input);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    void base64UrlKnown_data() {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("f") << QByteArrayLiteral("f") << QByteArrayLiteral("Zg");
        QTest::newRow("fo") << QByteArrayLiteral("fo") << QByteArrayLiteral("Zm8");
        QTest::newRow("foo") << QByteArrayLiteral("foo") << QByteArrayLiteral("Zm9v");
        QTest::newRow("dash-underscore") << QByteArray::fromHex("fbff") << QByteArrayLiteral("-_8");
        QTest::newRow(">?~") << QByteArrayLiteral("a>?~") << QByteArrayLiteral("YT4_fg");
    }
    void base64UrlKnown() {
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, encoded);
        QCOMPARE(encoding::toBase64Url(plain), encoded);
        auto decoded = encoding::fromBase64Url(encoded);
        QVERIFY(decoded);
        QCOMPARE(*decoded, plain);
    }

    void base64UrlAcceptsCorrectPadding() {
        QCOMPARE(*encoding::fromBase64Url("Zg=="), QByteArrayLiteral("f"));
        QCOMPARE(*encoding::fromBase64Url("Zm8="), QByteArrayLiteral("fo"));
    }

    void base64UrlRejects_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("plus") << QByteArrayLiteral("+_8");
        QTest::newRow("slash") << QByteArrayLiteral("-/8");
        QTest::newRow("space") << QByteArrayLiteral("Zm 9v");
        QTest::newRow("newline") << QByteArrayLiteral("Zm9v\n");
        QTest::newRow("len%4==1") << QByteArrayLiteral("Zm9vY");
        QTest::newRow("single") << QByteArrayLiteral("Z");
        QTest::newRow("pad-middle") << QByteArrayLiteral("Zg==Zm8=");
        QTest::newRow("eq-middle") << QByteArrayLiteral("Z=g");
        QTest::newRow("too-much-pad") << QByteArrayLiteral("Zg===");
        QTest::newRow("three-pad") << QByteArrayLiteral("Z===");
        QTest::newRow("wrong-pad") << QByteArrayLiteral("Zm8==");
        QTest::newRow("wrong-pad2") << QByteArrayLiteral("Zg=");
        QTest::newRow("pad-on-full") << QByteArrayLiteral("Zm9v====");
        QTest::newRow("only-pad") << QByteArrayLiteral("==");
        QTest::newRow("high-byte") << QByteArray("Zm\xc3\xa9", 4);
        QTest::newRow("nul") << QByteArray("Zm\0v", 4);
    }
    void base64UrlRejects() {
        QFETCH(QByteArray, input);
        auto r = encoding::fromBase64Url(input);
        QVERIFY2(!r, input.constData());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(!r.error().message.isEmpty());
    }

    void plusSlashMessageSaysStandardBase64() {
        auto r = encoding::fromBase64Url("ab+c");
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("standard base64")),
                 qPrintable(r.error().message));
    }

    void base64UrlRandomRoundTrip() {
        auto* rng = QRandomGenerator::global();
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes(rng->bounded(0, 80), Qt::Uninitialized);
            for (char& c : bytes) {
                c = static_cast<char>(rng->bounded(256));
            }
            const QByteArray encoded = encoding::toBase64Url(bytes);
            QVERIFY(!encoded.contains('=') && !encoded.contains('+') && !encoded.contains('/'));
            auto decoded = encoding::fromBase64Url(encoded);
            QVERIFY(decoded);
            QCOMPARE(*decoded, bytes);
            // The padded form decodes to the same bytes.
            const QByteArray padded = bytes.toBase64(QByteArray::Base64UrlEncoding);
            QCOMPARE(*encoding::fromBase64Url(padded), bytes);
            auto hex = encoding::fromHex(encoding::toHex(bytes));
            QVERIFY(hex);
            QCOMPARE(*hex, bytes);
        }
    }

    void randomInputsDoNotCrash() {
        auto* rng = QRandomGenerator::global();
        static const char alphabet[] = "AZaz09-_+/= \n.\x01\xff";
        for (int i = 0; i < 5000; ++i) {
            QByteArray text(rng->bounded(0, 40), Qt::Uninitialized);
            for (char& c : text) {
                c = alphabet[rng->bounded(int(sizeof(alphabet) - 1))];
            }
            auto b = encoding::fromBase64Url(text);
            auto h = encoding::fromHex(text);
            if (b) {
                // Whatever decodes re-encodes to the same data without padding.
                QCOMPARE(*encoding::fromBase64Url(encoding::toBase64Url(*b)), *b);
            } else {
                QVERIFY(!b.error().message.isEmpty());
            }
            if (!h) {
                QVERIFY(!h.error().message.isEmpty());
            }
        }
    }

    void secureBytesOwnsACopy() {
        QByteArray source = QByteArrayLiteral("secret-material").toLower(); // heap copy
        const char* sourceData = source.constData();
        SecureBytes secret = SecureBytes::takeAndWipe(source);
        QVERIFY(source.isEmpty());
        QCOMPARE(secret.view(), QByteArrayView("secret-material"));
        QVERIFY(secret.constData() != sourceData);

        SecureBytes moved(std::move(secret));
        QVERIFY(secret.isEmpty());
        QCOMPARE(moved.size(), 15);
        moved.clear();
        QVERIFY(moved.isEmpty());
    }

    void secureWipeZeroesTheBuffer() {
        QByteArray bytes(32, 'k');
        QByteArray alias = bytes; // shares the block: the wipe must reach it
        secureWipe(bytes);
        QVERIFY(bytes.isEmpty());
        QCOMPARE(alias, QByteArray(32, '\0'));

        QByteArray literal = QByteArrayLiteral("static");
        secureWipe(literal); // read-only data: must not crash
        QVERIFY(literal.isEmpty());
        QByteArray empty;
        secureWipe(empty);
        QVERIFY(empty.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
