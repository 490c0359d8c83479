// SessionManager::signIn() with the OpenID source end to end: the session key made and stored first,
// OidcAttestation's browser round trip against the in-process devserver's provider (the browser played
// by OidcBrowser over real HTTP to the real loopback listener), the account lookup by id_token, the
// attested stamp_login and the session stored, with the real keychain. After a refusal and after a
// cancel while the browser step is pending: no session, no keychain entry, no index record.
#include "OidcBrowser.h"
#include "OidcProvider.h"
#include "OnlineHarness.h"
#include "TestEnvironment.h"
#include "api/AuthProxyClient.h"
#include "session/OidcAttestation.h"

#include <QJsonObject>
#include <QTest>
#include <QTimer>

using namespace ws;
using namespace ws::test;

class TestOidcSignInOnline : public QObject {
    Q_OBJECT

    std::unique_ptr<OnlineHarness> h;
    std::unique_ptr<AuthProxyClient> m_proxy;
    SessionManager& m() { return h->manager(); }

    std::shared_ptr<OidcAttestation> demoId() {
        OidcSignInOptions options;
        options.provider = oidc::ProviderConfig{QStringLiteral("oidc"), QStringLiteral("Demo ID"),
                                                h->server().oidcProvider()->issuer(),
                                                QString::fromLatin1(devserver::DevServer::kOidcClientId)};
        options.httpTimeout = std::chrono::seconds(20);
        return std::make_shared<OidcAttestation>(*m_proxy, h->clock(), options);
    }
    void setProvider(const QJsonObject& json) {
        auto settings =
            devserver::OidcProviderSettings::fromJson(json, h->server().oidcProvider()->settings());
        QVERIFY(settings.ok());
        h->server().oidcProvider()->setSettings(*settings);
    }
    // The browser, once the URL is out: `decision` on the consent page.
    static void playBrowser(OidcAttestation& source, const QString& decision) {
        connect(&source, &OidcAttestation::authorizationUrlReady, &source, [decision](const QUrl& url) {
            QTimer::singleShot(0, [url, decision] {
                OidcBrowser browser;
                browser.decision = decision;
                browser.open(url);
            });
        });
    }
    Result<QString> signIn(std::shared_ptr<AttestationSource> source, const QString& label,
                           SignInHandle* handle = nullptr) {
        return waitFor<QString>([&](QObject* c, Callback<QString> cb) {
            SignInRequest request;
            request.sessionKey = label;
            request.expirationSeconds = 1200;
            const SignInHandle started = m().signIn(request, source, c, cb);
            if (handle)
                *handle = started;
        });
    }
    void verifyNothingLeft() {
        QVERIFY(m().getAllSessions(SessionManager::SignatureCheck::Skip).isEmpty());
        QCOMPARE(h->recordedKeys(), QStringList());
    }

private Q_SLOTS:
    void init() {
        h = std::make_unique<OnlineHarness>();
        const auto started = h->start();
        WS_REQUIRE_KEYRING_OR_SKIP(started.ok(), started.ok() ? QString() : started.error().toString());
        ApiConfig config = h->client().config();
        config.baseUrl = h->fixture().url();
        m_proxy = std::make_unique<AuthProxyClient>(config, h->server().authProxyConfigId());
    }
    void cleanup() {
        m_proxy.reset();
        h.reset();
    }

    void signsInWithDemoId() {
        auto source = demoId();
        playBrowser(*source, QStringLiteral("allow"));
        const auto key = signIn(source, QStringLiteral("demo-id"));
        WS_VERIFY_OK(key);
        auto info = m().getSession(QStringLiteral("demo-id"));
        WS_VERIFY_OK(info);
        QCOMPARE(info->token.claims.organizationId, h->server().organizationId());
        QCOMPARE(info->token.claims.userId, h->server().userId());
        QCOMPARE(source->claims().email, QStringLiteral("newcomer@demo-id.example"));
        QVERIFY(h->local().keychainHasSessionKey(info->token.claims.publicKey));
        // The server registered exactly that key, for the demo user.
        bool registered = false;
        for (const auto& apiKey : h->server().apiKeysForUser(h->server().userId()))
            registered = registered || apiKey.publicKey == info->token.claims.publicKey.toLatin1();
        QVERIFY(registered);
    }

    void deniedConsentLeavesNothing() {
        auto source = demoId();
        playBrowser(*source, QStringLiteral("deny"));
        const auto refused = signIn(source, QStringLiteral("denied"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Cancelled);
        verifyNothingLeft();
    }

    void aRefusedIdTokenSendsNothingToTurnkey() {
        setProvider(
            {{QStringLiteral("autoConsent"), true}, {QStringLiteral("fault"), QStringLiteral("wrongNonce")}});
        const int keysBefore = h->server().keyCount(h->server().userId());
        auto source = demoId();
        playBrowser(*source, QStringLiteral("allow"));
        const auto refused = signIn(source, QStringLiteral("nonce"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
        QVERIFY2(refused.error().message.contains(QStringLiteral("nonce")),
                 qPrintable(refused.error().message));
        QCOMPARE(h->server().keyCount(h->server().userId()), keysBefore);
        verifyNothingLeft();
    }

    void cancelWhileTheBrowserIsOpenLeavesNothing() {
        auto source = demoId();
        SignInHandle handle;
        QUrl url;
        QStringList pendingAtUrl;
        connect(source.get(), &OidcAttestation::authorizationUrlReady, this, [&](const QUrl& u) {
            url = u;
            pendingAtUrl = h->recordedKeys(); // the key exists before the redirect (its nonce is in the URL)
            QTimer::singleShot(0, [&handle] { handle.cancel(); });
        });
        const auto cancelled = signIn(source, QStringLiteral("cancelled"), &handle);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QCOMPARE(pendingAtUrl.size(), 1);
        QVERIFY(!h->local().keychainHasSessionKey(pendingAtUrl.constFirst()));
        verifyNothingLeft();
        // The listener is gone: a late redirect from the browser reaches nobody.
        OidcBrowser browser;
        const OidcBrowser::Page late = browser.open(url);
        QVERIFY(late.status != 200 || !late.body.contains("Signed in"));
        QCOMPARE(h->server().oidcProvider()->tokensIssued(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOidcSignInOnline)
#include "tst_oidc_signin_online.moc"
