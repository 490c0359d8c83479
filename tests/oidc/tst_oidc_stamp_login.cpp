// The devserver's stamp_login under STAMP_ATTESTED_SCHEME_P256_OIDC, fed with id_tokens that the core
// OpenID client obtained from the devserver's own provider through the loopback redirect: the token's
// signature, nonce binding to the stamp's key, expiry and the user's registered provider.

#include "ClientTestSupport.h"
#include "Clock.h"
#include "DevServer.h"
#include "OidcBrowser.h"
#include "OidcProvider.h"
#include "crypto/AttestedStamp.h"
#include "oidc/OidcAuthorization.h"
#include "oidc/Pkce.h"
#include "token/SessionToken.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ws;
using namespace ws::test;
using ws::devserver::DevServer;
using ws::devserver::DevServerConfig;

class TestOidcStampLogin : public QObject {
    Q_OBJECT

private:
    SystemClock m_clock;
    QNetworkAccessManager m_nam;

    // An id_token from `server`'s provider whose nonce is bound to `nonceKey`.
    QByteArray idTokenFor(DevServer& server, const QByteArray& nonceKey) {
        oidc::OidcAuthorization::Options options;
        options.provider = oidc::ProviderConfig{QStringLiteral("demo"), QStringLiteral("Demo ID"),
                                                server.oidcProvider()->issuer(),
                                                QString::fromLatin1(DevServer::kOidcClientId)};
        options.nonce = oidc::nonceForSessionKey(nonceKey);
        oidc::OidcAuthorization flow(&m_nam, m_clock, options);
        QSignalSpy urls(&flow, &oidc::OidcAuthorization::authorizationUrlReady);
        Waiter<oidc::VerifiedIdToken> w;
        flow.start(w.callback());
        if (!urls.wait(10000))
            return {};
        OidcBrowser browser;
        browser.open(urls.at(0).at(0).toUrl());
        if (!w.wait() || !w.ok())
            return {};
        return w.result->value().idToken;
    }

    Result<QByteArray> login(DevServer& server, const TurnkeyClient::Signer& key, const QByteArray& idToken) {
        TurnkeyClient client(fastConfig(server.url()), m_clock);
        StampLoginParams params;
        params.publicKey = key->publicKeyHex();
        params.expirationSeconds = 600;
        Waiter<QByteArray> w;
        client.stampLoginAttested(key, attested::kSchemeOidc, idToken, server.organizationId(), params, this,
                                  w.callback());
        if (!w.wait())
            return Error(ErrorCode::Timeout, QStringLiteral("no answer"));
        return *w.result;
    }

private Q_SLOTS:
    void registeredUserSignsIn() {
        DevServerConfig config;
        config.demo = true;
        DevServer server(config, m_clock);
        QVERIFY(server.listen().ok());
        devserver::OidcProviderSettings settings;
        settings.autoConsent = true;
        server.oidcProvider()->setSettings(settings);
        const QJsonObject info = server.startupInfo(false);
        QCOMPARE(info.value(QStringLiteral("oidcIssuer")).toString(),
                 server.oidcProvider()->issuer().toString());

        const TurnkeyClient::Signer key = makeSigner();
        const QByteArray idToken = idTokenFor(server, key->publicKeyHex());
        QVERIFY(!idToken.isEmpty());
        auto jwt = login(server, key, idToken);
        QVERIFY2(jwt.ok(), qPrintable(jwt.ok() ? QString() : jwt.error().toString()));
        auto token = decodeSessionToken(*jwt);
        QVERIFY(token.ok());
        QCOMPARE(token->claims.publicKey.toLatin1(), key->publicKeyHex());
        QCOMPARE(token->claims.userId, server.userId());

        // A token whose nonce is bound to another key does not vouch for this one.
        const TurnkeyClient::Signer other = makeSigner();
        auto refused = login(server, other, idTokenFor(server, key->publicKeyHex()));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, 401);
        QVERIFY2(refused.error().serverMessage.contains(QStringLiteral("nonce")),
                 qPrintable(refused.error().serverMessage));
    }

    void tokenOfAnotherIssuerHasNoUser() {
        DevServerConfig config;
        config.demo = true;
        DevServer issuing(config, m_clock);
        DevServer other(config, m_clock);
        QVERIFY(issuing.listen().ok());
        QVERIFY(other.listen().ok());
        devserver::OidcProviderSettings settings;
        settings.autoConsent = true;
        issuing.oidcProvider()->setSettings(settings);
        const TurnkeyClient::Signer key = makeSigner();
        const QByteArray idToken = idTokenFor(issuing, key->publicKeyHex());
        QVERIFY(!idToken.isEmpty());
        // `other` registered its own provider on its user, not `issuing`'s.
        auto refused = login(other, key, idToken);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, 404);
        QCOMPARE(other.keyCount(other.userId()), 1); // the demo API key only
    }
};

QTEST_GUILESS_MAIN(TestOidcStampLogin)
#include "tst_oidc_stamp_login.moc"
