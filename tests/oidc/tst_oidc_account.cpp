// The Auth Proxy's account lookup by OpenID id_token (/v1/account, filterType "OIDC_TOKEN") through
// AuthProxyClient against the devserver over loopback, with id_tokens that the core OpenID client got
// from the devserver's own provider through the loopback redirect: the registered user's organization,
// no account for an identity nobody registered, and refusals of tokens that do not verify.

#include "ClientTestSupport.h"
#include "Clock.h"
#include "DevServer.h"
#include "OidcBrowser.h"
#include "OidcProvider.h"
#include "api/AuthProxyClient.h"
#include "oidc/OidcAuthorization.h"
#include "oidc/Pkce.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ws;
using namespace ws::test;
using ws::devserver::DevServer;
using ws::devserver::DevServerConfig;

class TestOidcAccount : public QObject {
    Q_OBJECT

private:
    SystemClock m_clock;
    QNetworkAccessManager m_nam;
    std::unique_ptr<DevServer> m_server;

    // An id_token from the devserver's provider (nonce bound to a throwaway key), checked by core.
    QByteArray idToken() {
        oidc::OidcAuthorization::Options options;
        options.provider = oidc::ProviderConfig{QStringLiteral("oidc"), QStringLiteral("Demo ID"),
                                                m_server->oidcProvider()->issuer(),
                                                QString::fromLatin1(DevServer::kOidcClientId)};
        options.nonce = oidc::nonceForSessionKey(makeSigner()->publicKeyHex());
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
    Result<QString> account(const QByteArray& token) {
        AuthProxyClient proxy(fastConfig(m_server->url()), m_server->authProxyConfigId());
        Waiter<QString> w;
        proxy.accountByOidcToken(token, this, w.callback());
        if (!w.wait())
            return Error(ErrorCode::Timeout, QStringLiteral("no answer"));
        return *w.result;
    }
    void setProvider(const QJsonObject& json) {
        auto settings = devserver::OidcProviderSettings::fromJson(json, m_server->oidcProvider()->settings());
        QVERIFY(settings.ok());
        m_server->oidcProvider()->setSettings(*settings);
    }

private Q_SLOTS:
    void init() {
        DevServerConfig config;
        config.demo = true;
        m_server = std::make_unique<DevServer>(config, m_clock);
        QVERIFY(m_server->listen().ok());
        setProvider({{QStringLiteral("autoConsent"), true}});
    }
    void cleanup() { m_server.reset(); }

    void walletKitConfigOffersTheProvider() {
        AuthProxyClient proxy(fastConfig(m_server->url()), m_server->authProxyConfigId());
        Waiter<WalletKitConfig> w;
        proxy.walletKitConfig(this, w.callback());
        QVERIFY(w.wait());
        QVERIFY2(w.ok(), qPrintable(w.describe()));
        const WalletKitConfig config = w.result->value();
        QVERIFY(config.enabledProviders.contains(QStringLiteral("oidc")));
        QCOMPARE(config.oauthClientIds.value(QStringLiteral("oidc")).toString(),
                 QString::fromLatin1(DevServer::kOidcClientId));
    }

    void registeredUserHasAnAccount() {
        const QByteArray token = idToken();
        QVERIFY(!token.isEmpty());
        auto organization = account(token);
        QVERIFY2(organization.ok(),
                 qPrintable(organization.ok() ? QString() : organization.error().toString()));
        QCOMPARE(*organization, m_server->organizationId());
    }

    void esSignedTokenToo() {
        setProvider({{QStringLiteral("alg"), QStringLiteral("ES256")}});
        const QByteArray token = idToken();
        QVERIFY(!token.isEmpty());
        auto organization = account(token);
        QVERIFY(organization.ok());
        QCOMPARE(*organization, m_server->organizationId());
    }

    void unregisteredIdentityHasNone() {
        setProvider({{QStringLiteral("subject"), QStringLiteral("nobody-registered-this")},
                     {QStringLiteral("email"), QStringLiteral("stranger@demo-id.example")}});
        const QByteArray token = idToken();
        QVERIFY(!token.isEmpty());
        auto organization = account(token);
        QVERIFY2(organization.ok(),
                 qPrintable(organization.ok() ? QString() : organization.error().toString()));
        QVERIFY(organization->isEmpty());
    }

    void tamperedTokenIsRefused() {
        QByteArray token = idToken();
        QVERIFY(!token.isEmpty());
        const qsizetype at = token.lastIndexOf('.') + 1;
        token[at] = token[at] == 'A' ? 'B' : 'A';
        auto refused = account(token);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
        QCOMPARE(refused.error().httpStatus, 401);
    }

    void garbageIsRefused() {
        auto refused = account("not.a.jwt");
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, 401);
    }
};

QTEST_GUILESS_MAIN(TestOidcAccount)
#include "tst_oidc_account.moc"
