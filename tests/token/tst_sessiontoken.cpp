#include "Fixtures.h"
#include "crypto/Encoding.h"
#include "crypto/P256KeyPair.h"
#include "crypto/SessionJwtSignature.h"
#include "session/IssuedToken.h"
#include "token/SessionToken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <optional>

using namespace ws;

namespace {

constexpr char kHeader[] = "{\"alg\":\"ES256\",\"typ\":\"JWT\"}";
constexpr char kPub[] = "0399fe2ace6208af0adf848f44bc48210b594b7e69ecd91ec968fd75b3bb448336";

QJsonObject tokenVector(const char* section) {
    return test::turnkeyVectors().value(QLatin1String(section)).toObject();
}

QJsonObject validPayload() {
    return tokenVector("sessionJwt").value(QLatin1String("claims")).toObject();
}

QByteArray fakeSignature() {
    return encoding::toBase64Url(QByteArray(64, '\x5a'));
}

QByteArray unsignedToken(const QByteArray& payloadJson, const QByteArray& headerJson = kHeader) {
    return encoding::toBase64Url(headerJson) + '.' + encoding::toBase64Url(payloadJson) + '.' +
           fakeSignature();
}

QByteArray json(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSessionToken : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodesTheFixtureToken() {
        const QJsonObject vector = tokenVector("sessionJwt");
        const QByteArray raw = vector.value(QLatin1String("token")).toString().toUtf8();
        auto token = decodeSessionToken(raw);
        QVERIFY2(token, token ? "" : qPrintable(token.error().toString()));
        QCOMPARE(token->raw, raw);
        const QJsonObject claims = vector.value(QLatin1String("claims")).toObject();
        SessionClaims expected;
        expected.exp = claims.value(QLatin1String("exp")).toInteger();
        expected.publicKey = claims.value(QLatin1String("public_key")).toString();
        expected.sessionType = claims.value(QLatin1String("session_type")).toString();
        expected.userId = claims.value(QLatin1String("user_id")).toString();
        expected.organizationId = claims.value(QLatin1String("organization_id")).toString();
        QCOMPARE(token->claims, expected);
        QCOMPARE(token->claims.exp, Q_INT64_C(1748876837));
        QVERIFY(token->claims.sessionProfileId.isEmpty());
        QVERIFY(token->claims.scope.isEmpty());
    }

    // Login, sign-in and refresh store a token only if it names the key they asked for.
    void anIssuedTokenMustNameTheRequestedKey() {
        const QJsonObject vector = tokenVector("sessionJwt");
        const QByteArray raw = vector.value(QLatin1String("token")).toString().toUtf8();
        const QString itsKey =
            vector.value(QLatin1String("claims")).toObject().value(QLatin1String("public_key")).toString();
        QVERIFY(decodeIssuedToken(raw, itsKey));
        QVERIFY(decodeIssuedToken(raw, itsKey.toUpper())); // hex, in either case
        const QString otherKey = QString::fromLatin1(P256KeyPair::generate().value().publicKeyHex());
        const auto other = decodeIssuedToken(raw, otherKey);
        QVERIFY(!other);
        QCOMPARE(other.error().code, ErrorCode::BadResponse);
        QVERIFY2(other.error().message.contains(QLatin1String("does not fit")) &&
                     other.error().message.contains(itsKey.left(12)) &&
                     other.error().message.contains(otherKey.left(12)),
                 qPrintable(other.error().message));
        const auto malformed = decodeIssuedToken("not.a.jwt", itsKey);
        QVERIFY(!malformed);
        QCOMPARE(malformed.error().code, ErrorCode::BadResponse); // the server's answer, not the user's input
    }

    void rejectsTheOtpTokenNamingExp() {
        const QByteArray raw =
            tokenVector("otpVerificationToken").value(QLatin1String("token")).toString().toUtf8();
        auto token = decodeSessionToken(raw);
        QVERIFY(!token);
        QCOMPARE(token.error().code, ErrorCode::InvalidInput);
        QVERIFY2(token.error().message.contains(QStringLiteral("'exp'")), qPrintable(token.error().message));
        QVERIFY2(token.error().message.contains(QStringLiteral("string")), qPrintable(token.error().message));
    }

    void decodesBase64UrlOnlyCharactersAndOptionalClaims() {
        QJsonObject payload = validPayload();
        payload.insert(QStringLiteral("session_profile_id"), QStringLiteral("profile-1"));
        payload.insert(QStringLiteral("scope"),
                       QStringLiteral("activity.amount > 100 && x ?~ y >>> z ??? ~~~"));
        payload.insert(QStringLiteral("session_type"), QStringLiteral("my scoped profile"));
        const QByteArray payloadJson = json(payload);
        const QByteArray segment = encoding::toBase64Url(payloadJson);
        QVERIFY2(segment.contains('-') || segment.contains('_'), segment.constData());
        QVERIFY(segment.size() % 4 != 0 || payloadJson.size() % 3 == 0); // unpadded
        auto token = decodeSessionToken(unsignedToken(payloadJson));
        QVERIFY2(token, token ? "" : qPrintable(token.error().toString()));
        QCOMPARE(token->claims.scope, payload.value(QLatin1String("scope")).toString());
        QCOMPARE(token->claims.sessionProfileId, QStringLiteral("profile-1"));
        QCOMPARE(token->claims.sessionType, QStringLiteral("my scoped profile"));
    }

    void missingPaddingAtEveryLengthDecodes() {
        // Grow a claim one character at a time so the payload hits every length mod 3.
        for (int extra = 0; extra < 6; ++extra) {
            QJsonObject payload = validPayload();
            payload.insert(QStringLiteral("scope"), QString(extra, QLatin1Char('~')));
            auto token = decodeSessionToken(unsignedToken(json(payload)));
            QVERIFY2(token, token ? "" : qPrintable(token.error().toString()));
            QCOMPARE(token->claims.scope.size(), extra);
        }
    }

    void signedTokenDecodesAndVerifies() {
        auto notarizer = P256KeyPair::generate();
        QVERIFY(notarizer);
        auto raw = jwtsig::sign(*notarizer, kHeader, json(validPayload()));
        QVERIFY(raw);
        QVERIFY(decodeSessionToken(*raw));
        QVERIFY(jwtsig::verify(*raw, notarizer->publicKeyHex()));
    }

    void wrongStructureIsRejected_data() {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("mentions");
        const QByteArray h = encoding::toBase64Url(kHeader);
        const QByteArray p = encoding::toBase64Url(json(validPayload()));
        const QByteArray s = fakeSignature();
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("1 segment") << h << QStringLiteral("three");
        QTest::newRow("2 segments") << QByteArray(h + '.' + p) << QStringLiteral("three");
        QTest::newRow("4 segments") << QByteArray(h + '.' + p + '.' + s + '.' + s) << QStringLiteral("three");
        QTest::newRow("many dots") << QByteArray(h + "......") << QStringLiteral("three");
        QTest::newRow("empty header") << QByteArray('.' + p + '.' + s) << QStringLiteral("header");
        QTest::newRow("empty payload") << QByteArray(h + ".." + s) << QStringLiteral("payload");
        QTest::newRow("empty signature") << QByteArray(h + '.' + p + '.') << QStringLiteral("signature");
        QTest::newRow("plus in payload")
            << QByteArray(h + '.' + p.left(4) + '+' + p.mid(5) + '.' + s) << QStringLiteral("payload");
        QTest::newRow("slash in header")
            << QByteArray(h.left(3) + '/' + h.mid(4) + '.' + p + '.' + s) << QStringLiteral("header");
        QTest::newRow("space in signature")
            << QByteArray(h + '.' + p + '.' + s.left(5) + ' ' + s.mid(6)) << QStringLiteral("signature");
        QTest::newRow("padding mid-payload")
            << QByteArray(h + '.' + p.left(8) + "==" + p.mid(8) + '.' + s) << QStringLiteral("payload");
        QTest::newRow("impossible length") << QByteArray(h + '.' + p + "A." + s) << QStringLiteral("payload");
        QTest::newRow("non-JSON payload")
            << unsignedToken("not json") << QStringLiteral("payload is not JSON");
        QTest::newRow("array payload")
            << unsignedToken("[1,2]") << QStringLiteral("payload is not a JSON object");
        QTest::newRow("string payload") << unsignedToken("\"x\"") << QStringLiteral("payload");
        QTest::newRow("non-JSON header")
            << unsignedToken(json(validPayload()), "{alg") << QStringLiteral("header");
        QTest::newRow("array header")
            << unsignedToken(json(validPayload()), "[]") << QStringLiteral("header");
        QTest::newRow("alg none") << unsignedToken(json(validPayload()), "{\"alg\":\"none\"}")
                                  << QStringLiteral("'none'");
        QTest::newRow("alg HS256") << unsignedToken(json(validPayload()),
                                                    "{\"alg\":\"HS256\",\"typ\":\"JWT\"}")
                                   << QStringLiteral("ES256");
        QTest::newRow("alg missing") << unsignedToken(json(validPayload()), "{\"typ\":\"JWT\"}")
                                     << QStringLiteral("alg");
        QTest::newRow("oversized") << unsignedToken(QByteArray(kMaxSessionTokenBytes, ' ') +
                                                    json(validPayload()))
                                   << QStringLiteral("bytes");
    }
    void wrongStructureIsRejected() {
        QFETCH(QByteArray, token);
        QFETCH(QString, mentions);
        auto r = decodeSessionToken(token);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    void claimErrors_data() {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QJsonValue>("value"); // Undefined = remove the claim
        QTest::addColumn<QString>("mentions");
        for (const char* claim : {"exp", "public_key", "session_type", "user_id", "organization_id"}) {
            QTest::addRow("missing %s", claim)
                << QString::fromLatin1(claim) << QJsonValue(QJsonValue::Undefined)
                << QStringLiteral("missing");
            QTest::addRow("null %s", claim)
                << QString::fromLatin1(claim) << QJsonValue(QJsonValue::Null) << QStringLiteral("null");
            QTest::addRow("bool %s", claim)
                << QString::fromLatin1(claim) << QJsonValue(true) << QStringLiteral("boolean");
            QTest::addRow("array %s", claim)
                << QString::fromLatin1(claim) << QJsonValue(QJsonArray{1}) << QStringLiteral("array");
        }
        for (const char* claim : {"public_key", "session_type", "user_id", "organization_id"}) {
            QTest::addRow("number %s", claim)
                << QString::fromLatin1(claim) << QJsonValue(42) << QStringLiteral("number");
            QTest::addRow("empty %s", claim)
                << QString::fromLatin1(claim) << QJsonValue(QString()) << QStringLiteral("empty");
        }
        for (const char* claim : {"session_profile_id", "scope"}) {
            QTest::addRow("number %s", claim)
                << QString::fromLatin1(claim) << QJsonValue(7) << QStringLiteral("must be a string");
            QTest::addRow("object %s", claim) << QString::fromLatin1(claim) << QJsonValue(QJsonObject{})
                                              << QStringLiteral("must be a string");
        }
        QTest::newRow("exp string") << QStringLiteral("exp") << QJsonValue(QStringLiteral("1748876837"))
                                    << QStringLiteral("string");
        QTest::newRow("exp fraction")
            << QStringLiteral("exp") << QJsonValue(1748876837.5) << QStringLiteral("fraction");
        QTest::newRow("exp zero") << QStringLiteral("exp") << QJsonValue(0) << QStringLiteral("positive");
        QTest::newRow("exp negative")
            << QStringLiteral("exp") << QJsonValue(-5) << QStringLiteral("positive");
        QTest::newRow("exp milliseconds")
            << QStringLiteral("exp") << QJsonValue(qint64(1782919651261)) << QStringLiteral("too large");
        QTest::newRow("exp huge") << QStringLiteral("exp") << QJsonValue(1e300)
                                  << QStringLiteral("too large");
        QTest::newRow("public_key short") << QStringLiteral("public_key")
                                          << QJsonValue(QStringLiteral("03abcd")) << QStringLiteral("66 hex");
        QTest::newRow("public_key uncompressed")
            << QStringLiteral("public_key")
            << QJsonValue(QStringLiteral("04") + QString(128, QLatin1Char('a'))) << QStringLiteral("66 hex");
        QTest::newRow("public_key 04 prefix")
            << QStringLiteral("public_key") << QJsonValue(QStringLiteral("04") + QLatin1String(kPub).mid(2))
            << QStringLiteral("02/03");
        QTest::newRow("public_key non-hex")
            << QStringLiteral("public_key")
            << QJsonValue(QStringLiteral("03") + QString(64, QLatin1Char('z')))
            << QStringLiteral("public_key");
    }
    void claimErrors() {
        QFETCH(QString, claim);
        QFETCH(QJsonValue, value);
        QFETCH(QString, mentions);
        QJsonObject payload = validPayload();
        if (value.isUndefined()) {
            payload.remove(claim);
        } else {
            payload.insert(claim, value);
        }
        auto r = decodeSessionToken(unsignedToken(json(payload)));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(QLatin1Char('\'') + claim + QLatin1Char('\'')),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    void integralFloatExpAndExtraClaimsAreAccepted() {
        // "1748876837.0" is a whole number of seconds; unknown claims are ignored.
        const QByteArray payload = json(validPayload())
                                       .replace("1748876837", "1748876837.0")
                                       .replace("{", "{\"iat\":1,\"nested\":{\"a\":[1,2]},");
        auto r = decodeSessionToken(unsignedToken(payload));
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->claims.exp, Q_INT64_C(1748876837));
    }

    void exactlyTheSizeLimitIsAccepted() {
        QJsonObject payload = validPayload();
        payload.insert(QStringLiteral("scope"), QString());
        const qsizetype base = unsignedToken(json(payload)).size();
        // Each 3 bytes of JSON add 4 base64url characters; pad the scope to land exactly on the limit.
        qsizetype scopeLength = (kMaxSessionTokenBytes - base) * 3 / 4;
        QByteArray token;
        while (true) {
            payload.insert(QStringLiteral("scope"), QString(scopeLength, QLatin1Char('a')));
            token = unsignedToken(json(payload));
            if (token.size() <= kMaxSessionTokenBytes) {
                break;
            }
            --scopeLength;
        }
        QVERIFY(token.size() <= kMaxSessionTokenBytes && token.size() > kMaxSessionTokenBytes - 4);
        QVERIFY(decodeSessionToken(token));
        payload.insert(QStringLiteral("scope"), QString(scopeLength + 4, QLatin1Char('a')));
        QVERIFY(!decodeSessionToken(unsignedToken(json(payload))));
    }

    void randomAndMutatedInputsNeverCrash() {
        const QByteArray fixture =
            tokenVector("sessionJwt").value(QLatin1String("token")).toString().toUtf8();
        const QByteArray otp =
            tokenVector("otpVerificationToken").value(QLatin1String("token")).toString().toUtf8();
        auto* rng = QRandomGenerator::global();
        static const char alphabet[] = "eyJhbGciOiJFUzI1NiJ9.-_=+/ {}\"\\\x01\x80\xff";
        int decoded = 0;
        for (int i = 0; i < 5000; ++i) {
            QByteArray input;
            switch (i % 3) {
            case 0: { // pure noise
                input.resize(rng->bounded(0, 200));
                for (char& c : input) {
                    c = alphabet[rng->bounded(int(sizeof(alphabet) - 1))];
                }
                break;
            }
            case 1: { // mutate a valid token
                input = (i % 2) ? fixture : otp;
                const int edits = 1 + rng->bounded(4);
                for (int e = 0; e < edits && !input.isEmpty(); ++e) {
                    const int at = rng->bounded(input.size());
                    switch (rng->bounded(4)) {
                    case 0:
                        input[at] = alphabet[rng->bounded(int(sizeof(alphabet) - 1))];
                        break;
                    case 1:
                        input.remove(at, 1 + rng->bounded(10));
                        break;
                    case 2:
                        input.insert(at, alphabet[rng->bounded(int(sizeof(alphabet) - 1))]);
                        break;
                    default:
                        input.truncate(at);
                        break;
                    }
                }
                break;
            }
            default: { // random JSON-ish payload inside a well-formed envelope
                QByteArray payload;
                payload.resize(rng->bounded(0, 120));
                for (char& c : payload) {
                    c = static_cast<char>(rng->bounded(256));
                }
                if (rng->bounded(2)) {
                    payload = json(validPayload()).left(rng->bounded(200)) + payload;
                }
                input = unsignedToken(payload);
                break;
            }
            }
            auto r = decodeSessionToken(input);
            if (r) {
                ++decoded;
                QVERIFY(!r->claims.publicKey.isEmpty());
                QVERIFY(r->claims.exp > 0);
            } else {
                QCOMPARE(r.error().code, ErrorCode::InvalidInput);
                QVERIFY(!r.error().message.isEmpty());
            }
        }
        QVERIFY(decoded < 5000);
    }
};

QTEST_GUILESS_MAIN(TestSessionToken)
#include "tst_sessiontoken.moc"
