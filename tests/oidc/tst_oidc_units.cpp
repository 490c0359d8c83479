// PKCE, the Turnkey nonce and every id_token check, with tokens signed by the devserver provider's
// real RSA and P-256 keys (OpenSSL), tampered one claim at a time.

#include "OidcSigningKeys.h"
#include "crypto/Encoding.h"
#include "oidc/IdTokenVerifier.h"
#include "oidc/Jwks.h"
#include "oidc/OidcDiscovery.h"
#include "oidc/OidcProviders.h"
#include "oidc/Pkce.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using namespace ws::oidc;

namespace {

const QString kIssuer = QStringLiteral("https://issuer.example");
const QString kClient = QStringLiteral("client-1");
const QByteArray kNonce = QByteArrayLiteral("8f1b0c1d");
constexpr qint64 kNow = 1'800'000'000;

QJsonObject goodClaims() {
    return {{QStringLiteral("iss"), kIssuer},
            {QStringLiteral("sub"), QStringLiteral("user-7")},
            {QStringLiteral("aud"), kClient},
            {QStringLiteral("iat"), kNow - 10},
            {QStringLiteral("exp"), kNow + 3600},
            {QStringLiteral("nonce"), QString::fromLatin1(kNonce)},
            {QStringLiteral("email"), QStringLiteral("a@example.com")}};
}

ExpectedClaims expected() {
    ExpectedClaims e;
    e.issuer = kIssuer;
    e.audience = kClient;
    e.nonce = kNonce;
    e.nowSecs = kNow;
    return e;
}

} // namespace

class TestOidcUnits : public QObject {
    Q_OBJECT

private:
    std::optional<devserver::OidcSigningKeys> m_keys;
    QList<Jwk> m_jwks;

    QByteArray sign(const QString& alg, const QJsonObject& claims) {
        auto token = m_keys->sign(alg, claims);
        if (!token)
            qFatal("signing failed");
        return *token;
    }

private Q_SLOTS:
    void initTestCase() {
        auto keys = devserver::OidcSigningKeys::generate();
        QVERIFY(keys.ok());
        m_keys.emplace(std::move(*keys));
        auto jwks = parseJwks(QJsonDocument(m_keys->jwks()).toJson());
        QVERIFY2(jwks.ok(), qPrintable(jwks.ok() ? QString() : jwks.error().message));
        m_jwks = *jwks;
        QCOMPARE(m_jwks.size(), 2);
    }

    void pkceMatchesRfc7636AppendixB() {
        QCOMPARE(pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const Pkce a = makePkce();
        const Pkce b = makePkce();
        QCOMPARE(a.verifier.size(), 43);
        QVERIFY(a.verifier != b.verifier);
        QCOMPARE(a.challenge, pkceChallenge(a.verifier));
        QVERIFY(randomToken() != randomToken());
    }

    void nonceIsHexSha256OfTheLowercaseHexKey() {
        const QByteArray key = "02ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789";
        const QByteArray expectedNonce =
            QCryptographicHash::hash(key.toLower(), QCryptographicHash::Sha256).toHex();
        QCOMPARE(nonceForSessionKey(key), expectedNonce);
        QCOMPARE(nonceForSessionKey(key).size(), 64);
    }

    void acceptsRs256AndEs256() {
        for (const QString& alg : {QStringLiteral("RS256"), QStringLiteral("ES256")}) {
            auto claims = verifyIdToken(sign(alg, goodClaims()), m_jwks, expected());
            QVERIFY2(claims.ok(), qPrintable(claims.ok() ? QString() : claims.error().message));
            QCOMPARE(claims->subject, QStringLiteral("user-7"));
            QCOMPARE(claims->email, QStringLiteral("a@example.com"));
        }
    }

    void refusesEachBadClaim_data() {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("iss") << "iss" << QJsonValue(QStringLiteral("https://evil.example")) << "issued by";
        QTest::newRow("aud") << "aud" << QJsonValue(QStringLiteral("client-2")) << "for client";
        QTest::newRow("aud array without us")
            << "aud" << QJsonValue(QJsonArray{QStringLiteral("x"), QStringLiteral("y")}) << "for client";
        QTest::newRow("aud array, azp missing")
            << "aud" << QJsonValue(QJsonArray{kClient, QStringLiteral("y")}) << "issued to client";
        QTest::newRow("exp") << "exp" << QJsonValue(kNow - 61) << "expired";
        QTest::newRow("exp missing") << "exp" << QJsonValue() << "no expiry";
        QTest::newRow("iat future") << "iat" << QJsonValue(kNow + 600) << "future";
        QTest::newRow("nonce") << "nonce" << QJsonValue(QStringLiteral("other")) << "nonce";
        QTest::newRow("nonce missing") << "nonce" << QJsonValue() << "nonce";
        QTest::newRow("sub missing") << "sub" << QJsonValue() << "subject";
    }
    void refusesEachBadClaim() {
        QFETCH(QString, claim);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject claims = goodClaims();
        if (value.isNull())
            claims.remove(claim);
        else
            claims.insert(claim, value);
        for (const QString& alg : {QStringLiteral("RS256"), QStringLiteral("ES256")}) {
            auto verified = verifyIdToken(sign(alg, claims), m_jwks, expected());
            QVERIFY(!verified.ok());
            QCOMPARE(verified.error().code, ErrorCode::Unauthorized);
            QVERIFY2(verified.error().message.contains(message), qPrintable(verified.error().message));
        }
    }

    void expiryHasLeeway() {
        QJsonObject claims = goodClaims();
        claims.insert(QStringLiteral("exp"), kNow - 30);
        QVERIFY(verifyIdToken(sign(QStringLiteral("ES256"), claims), m_jwks, expected()).ok());
    }

    void audArrayWithAzpIsAccepted() {
        QJsonObject claims = goodClaims();
        claims.insert(QStringLiteral("aud"), QJsonArray{kClient, QStringLiteral("y")});
        claims.insert(QStringLiteral("azp"), kClient);
        QVERIFY(verifyIdToken(sign(QStringLiteral("RS256"), claims), m_jwks, expected()).ok());
    }

    void refusesBadSignatures() {
        for (const QString& alg : {QStringLiteral("RS256"), QStringLiteral("ES256")}) {
            QByteArray token = sign(alg, goodClaims());
            // Another payload under the original signature.
            QList<QByteArray> parts = token.split('.');
            QJsonObject other = goodClaims();
            other.insert(QStringLiteral("sub"), QStringLiteral("user-8"));
            const QByteArray swapped =
                parts[0] + '.' + encoding::toBase64Url(QJsonDocument(other).toJson(QJsonDocument::Compact)) +
                '.' + parts[2];
            auto verified = verifyIdToken(swapped, m_jwks, expected());
            QVERIFY(!verified.ok());
            QVERIFY2(verified.error().message.contains(QStringLiteral("signature")),
                     qPrintable(verified.error().message));
        }
    }

    void refusesOtherAlgorithmsAndUnknownKeys() {
        const QByteArray good = sign(QStringLiteral("RS256"), goodClaims());
        const QByteArray payload = good.split('.')[1];
        const QByteArray signature = good.split('.')[2];
        for (const char* header : {R"({"alg":"none"})", R"({"alg":"HS256","kid":"devserver-rs256"})",
                                   R"({"alg":"RS256","kid":"nobody"})"}) {
            const QByteArray token = encoding::toBase64Url(header) + '.' + payload + '.' + signature;
            auto verified = verifyIdToken(token, m_jwks, expected());
            QVERIFY(!verified.ok());
            QCOMPARE(verified.error().code, ErrorCode::Unauthorized);
        }
        // An RS256 token checked against an EC-only key set has no candidate key.
        QList<Jwk> ecOnly;
        for (const Jwk& key : m_jwks)
            if (key.kty == QLatin1String("EC"))
                ecOnly.append(key);
        QVERIFY(!verifyIdToken(good, ecOnly, expected()).ok());
        QVERIFY(!verifyIdToken("not-a-jwt", m_jwks, expected()).ok());
    }

    void malformedJwksIsAnError() {
        QVERIFY(!parseJwks("[]").ok());
        QVERIFY(!parseJwks(R"({"keys":[{"kty":"RSA","n":"!!"}]})").ok());
        QCOMPARE(parseJwks(R"({"keys":[{"kty":"oct","k":"AAAA"}]})")->size(), 0);
    }

    void discoveryChecksIssuerAndEndpoints() {
        const QUrl issuer(QStringLiteral("https://accounts.example"));
        QCOMPARE(discoveryUrl(issuer).toString(),
                 QStringLiteral("https://accounts.example/.well-known/openid-configuration"));
        auto ok = parseDiscovery(
            R"({"issuer":"https://accounts.example","authorization_endpoint":"https://accounts.example/a",)"
            R"("token_endpoint":"https://accounts.example/t","jwks_uri":"https://accounts.example/k"})",
            issuer);
        QVERIFY(ok.ok());
        QCOMPARE(ok->tokenEndpoint.toString(), QStringLiteral("https://accounts.example/t"));
        QVERIFY(!parseDiscovery(R"({"issuer":"https://other.example","authorization_endpoint":"https://a/a",)"
                                R"("token_endpoint":"https://a/t","jwks_uri":"https://a/k"})",
                                issuer)
                     .ok());
        auto cleartext =
            parseDiscovery(R"({"issuer":"https://accounts.example","authorization_endpoint":"https://a/a",)"
                           R"("token_endpoint":"http://accounts.example/t","jwks_uri":"https://a/k"})",
                           issuer);
        QVERIFY(!cleartext.ok());
        QVERIFY(cleartext.error().message.contains(QStringLiteral("token_endpoint")));
        QVERIFY(!parseDiscovery("garbage", issuer).ok());
    }

    void nonceCheckIsOnlySkippedWhenAsked() {
        QJsonObject claims = goodClaims();
        claims.insert(QStringLiteral("nonce"), QStringLiteral("bound-to-another-key"));
        const QByteArray token = sign(QStringLiteral("RS256"), claims);
        QVERIFY(!verifyIdToken(token, m_jwks, expected()).ok());
        ExpectedClaims noNonce = expected();
        noNonce.nonce.clear();
        QVERIFY(!verifyIdToken(token, m_jwks, noNonce).ok()); // an empty nonce is not "any nonce"
        noNonce.checkNonce = false;
        QVERIFY(verifyIdToken(token, m_jwks, noNonce).ok());
    }

    void providersResolveFromDefaultsConfigAndOverrides() {
        const QJsonObject clientIds{{QStringLiteral("google"), QStringLiteral("g-client")},
                                    {QStringLiteral("oidc"), QStringLiteral("o-client")}};
        auto google = resolveProvider(QStringLiteral("google"), clientIds, {});
        QVERIFY(google.ok());
        QCOMPARE(google->issuer, QUrl(QStringLiteral("https://accounts.google.com")));
        QCOMPARE(google->clientId, QStringLiteral("g-client"));
        QCOMPARE(google->displayName, QStringLiteral("Google"));

        ProviderOverride local{QUrl(QStringLiteral("http://127.0.0.1:4444")), QStringLiteral("mine"), {}};
        auto overridden = resolveProvider(QStringLiteral("google"), clientIds, local);
        QVERIFY(overridden.ok());
        QCOMPARE(overridden->issuer, local.issuer);
        QCOMPARE(overridden->clientId, QStringLiteral("mine"));

        // The generic provider needs its issuer; its name is the issuer's host unless one is given.
        auto noIssuer = resolveProvider(QStringLiteral("oidc"), clientIds, {});
        QVERIFY(!noIssuer.ok());
        QVERIFY(noIssuer.error().message.contains(QStringLiteral("--oidc-issuer")));
        auto generic = resolveProvider(QStringLiteral("oidc"), clientIds,
                                       {QUrl(QStringLiteral("https://id.example.org")), {}, {}});
        QVERIFY(generic.ok());
        QCOMPARE(generic->displayName, QStringLiteral("id.example.org"));
        QCOMPARE(generic->clientId, QStringLiteral("o-client"));

        auto noClient = resolveProvider(QStringLiteral("google"), QJsonObject(), {});
        QVERIFY(!noClient.ok());
        QVERIFY(noClient.error().message.contains(QStringLiteral("--oidc-client-id")));
        QVERIFY(!resolveProvider(QStringLiteral("apple"), clientIds, {}).ok());
    }

    // Hosted mode: Turnkey's two pages by default, replaceable; never plain HTTP to another machine;
    // the generic provider only with a hosted page of its own (Turnkey's pages do not know it).
    void hostedPagesResolve() {
        const QJsonObject clientIds{{QStringLiteral("google"), QStringLiteral("g-client")},
                                    {QStringLiteral("oidc"), QStringLiteral("o-client")}};
        ProviderOverride hosted;
        hosted.hosted = true;
        auto google = resolveProvider(QStringLiteral("google"), clientIds, hosted);
        QVERIFY(google.ok());
        QVERIFY(google->hosted);
        QCOMPARE(google->hosted->origin, QUrl(QStringLiteral("https://oauth-origin.turnkey.com")));
        QCOMPARE(google->hosted->redirect, QUrl(QStringLiteral("https://oauth-redirect.turnkey.com")));
        QVERIFY(!resolveProvider(QStringLiteral("google"), clientIds, {})->hosted); // loopback by default

        ProviderOverride cleartext = hosted;
        cleartext.hostedOrigin = QUrl(QStringLiteral("http://pages.example.org/origin"));
        QVERIFY(!resolveProvider(QStringLiteral("google"), clientIds, cleartext).ok());

        ProviderOverride generic = hosted;
        generic.issuer = QUrl(QStringLiteral("https://id.example.org"));
        auto refused = resolveProvider(QStringLiteral("oidc"), clientIds, generic);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("--oauth-origin")),
                 qPrintable(refused.error().message));
        generic.hostedOrigin = QUrl(QStringLiteral("https://pages.example.org/origin"));
        auto own = resolveProvider(QStringLiteral("oidc"), clientIds, generic);
        QVERIFY(own.ok());
        QCOMPARE(own->hosted->origin, generic.hostedOrigin);
    }

    void offeredProvidersFollowEnabledProviders() {
        const QJsonObject clientIds{{QStringLiteral("google"), QStringLiteral("g-client")},
                                    {QStringLiteral("oidc"), QStringLiteral("o-client")}};
        const QStringList enabled{QStringLiteral("email"), QStringLiteral("oidc"), QStringLiteral("x"),
                                  QStringLiteral("google")};
        // Without an issuer the generic one is left out; with one (and a name) it is offered in order.
        auto offered = offeredProviders(enabled, clientIds, {});
        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered.at(0).name, QStringLiteral("google"));
        offered = offeredProviders(enabled, clientIds, [](const QString& name) {
            return name == QLatin1String("oidc")
                       ? ProviderOverride{QUrl(QStringLiteral("http://127.0.0.1:5555")),
                                          {},
                                          QStringLiteral("Demo ID")}
                       : ProviderOverride();
        });
        QCOMPARE(offered.size(), 2);
        QCOMPARE(offered.at(0).displayName, QStringLiteral("Demo ID"));
        QCOMPARE(offered.at(1).name, QStringLiteral("google"));
    }

    void providerOverridesFromTheSettingsFile() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("oauth/oidc/issuer"), QStringLiteral(" https://id.example.org "));
        settings.setValue(QStringLiteral("oauth/oidc/clientId"), QStringLiteral("from-settings"));
        settings.setValue(QStringLiteral("oauth/oidc/displayName"), QStringLiteral("Example ID"));
        const ProviderOverride o = providerOverrideFromSettings(&settings, QStringLiteral("oidc"));
        QCOMPARE(o.issuer, QUrl(QStringLiteral("https://id.example.org")));
        QCOMPARE(o.clientId, QStringLiteral("from-settings"));
        QCOMPARE(o.displayName, QStringLiteral("Example ID"));
        QCOMPARE(o.redirectPort, quint16(0)); // unset: the system picks a port
        settings.setValue(QStringLiteral("oauth/oidc/redirectPort"), 8765);
        const ProviderOverride withPort = providerOverrideFromSettings(&settings, QStringLiteral("oidc"));
        QCOMPARE(withPort.redirectPort, quint16(8765));
        QCOMPARE(resolveProvider(QStringLiteral("oidc"), {}, withPort)->redirectPort, quint16(8765));
        settings.setValue(QStringLiteral("oauth/oidc/redirectPort"), 99999); // not a port: ignored
        QCOMPARE(providerOverrideFromSettings(&settings, QStringLiteral("oidc")).redirectPort, quint16(0));
        QVERIFY(providerOverrideFromSettings(&settings, QStringLiteral("google")).clientId.isEmpty());
        QVERIFY(providerOverrideFromSettings(nullptr, QStringLiteral("oidc")).issuer.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOidcUnits)
#include "tst_oidc_units.moc"
