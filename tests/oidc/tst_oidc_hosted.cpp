// Issue 16, hosted mode: the sign-in through Turnkey's hosted OAuth pages (played by the devserver's
// provider) over real HTTP on loopback. The test browser follows /oauth-origin → consent →
// /oauth-redirect → `wallet-sessions://?id_token=…`, and that URL is handed to the inbox the way the
// desktop's launch of `wallet-sessions URL` does. Every id_token check still runs.

#include "AuthorizationRun.h"
#include "Clock.h"
#include "OidcBrowser.h"
#include "OidcProvider.h"
#include "oidc/HostedCallbackInbox.h"
#include "oidc/OidcAuthorization.h"
#include "oidc/Pkce.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace ws;
using namespace ws::oidc;
using devserver::OidcProvider;
using devserver::OidcProviderSettings;

namespace {

const QString kClientId = QStringLiteral("wallet-sessions-web-client");
const QByteArray kSessionKey = "02b1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";

using Run = ws::test::AuthorizationRun;

} // namespace

class TestOidcHosted : public QObject {
    Q_OBJECT

private:
    SystemClock m_clock;
    QNetworkAccessManager m_nam;
    std::unique_ptr<OidcProvider> m_provider;
    mutable HostedCallbackInbox m_inbox; // options() hands it out

    OidcAuthorization::Options options() const {
        OidcAuthorization::Options o;
        o.provider = ProviderConfig{QStringLiteral("oidc"), QStringLiteral("Demo ID"), m_provider->issuer(),
                                    kClientId};
        HostedPages pages;
        pages.origin = m_provider->issuer().resolved(QUrl(QStringLiteral("/oauth-origin")));
        pages.redirect = m_provider->issuer().resolved(QUrl(QStringLiteral("/oauth-redirect")));
        o.provider.hosted = pages;
        o.nonce = nonceForSessionKey(kSessionKey);
        o.httpTimeout = std::chrono::seconds(5);
        o.inbox = &m_inbox;
        return o;
    }
    Run start(OidcAuthorization::Options o) { return Run::start(&m_nam, m_clock, std::move(o)); }
    static Result<VerifiedIdToken> resultOf(const Run& run) { return run.result(); }
    void setProvider(const QJsonObject& settings) {
        auto parsed = OidcProviderSettings::fromJson(settings, OidcProviderSettings());
        QVERIFY(parsed.ok());
        m_provider->setSettings(*parsed);
    }
    // The app URL the browser ends on (empty when it ended on a web page).
    static QUrl browse(const Run& run, OidcBrowser& browser) {
        if (!run.urls->wait(10000))
            return {};
        const OidcBrowser::Page page = browser.open(run.urls->at(0).at(0).toUrl());
        return page.url.scheme() == HostedCallbackInbox::appScheme() ? page.url : QUrl();
    }

private Q_SLOTS:
    void initTestCase() {
        m_provider = std::make_unique<OidcProvider>(
            m_clock, kClientId,
            OidcProvider::Identity{QStringLiteral("hosted-subject"), QStringLiteral("hosted@example.com")});
        auto started = m_provider->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    }
    void init() { m_provider->setSettings(OidcProviderSettings()); }
    void cleanup() { QVERIFY(!m_inbox.isWaiting()); }

    void signsInThroughTheHostedPages_data() {
        QTest::addColumn<QString>("alg");
        QTest::newRow("RS256") << "RS256";
        QTest::newRow("ES256") << "ES256";
    }
    void signsInThroughTheHostedPages() {
        QFETCH(QString, alg);
        setProvider({{QStringLiteral("alg"), alg}});
        Run run = start(options());
        QVERIFY(run.urls->wait(10000));
        const QUrl url = run.urls->at(0).at(0).toUrl();
        // The Swift and Kotlin SDKs' request, exactly: no state, no PKCE; the nonce binds the answer.
        QCOMPARE(url.path(), QStringLiteral("/oauth-origin"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("provider")), QStringLiteral("oidc"));
        QCOMPARE(query.queryItemValue(QStringLiteral("clientId")), kClientId);
        QCOMPARE(query.queryItemValue(QStringLiteral("nonce")).toLatin1(), nonceForSessionKey(kSessionKey));
        QVERIFY(!query.hasQueryItem(QStringLiteral("state")));
        QVERIFY(!query.hasQueryItem(QStringLiteral("code_challenge")));
        // encodeURIComponent(redirect?scheme=wallet-sessions): one opaque value in the query.
        QVERIFY2(url.toString(QUrl::FullyEncoded)
                     .contains(QStringLiteral("redirectUri=http%3A%2F%2F127.0.0.1%3A")),
                 qPrintable(url.toString(QUrl::FullyEncoded)));
        const QUrl redirect(query.queryItemValue(QStringLiteral("redirectUri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.path(), QStringLiteral("/oauth-redirect"));
        QCOMPARE(QUrlQuery(redirect).queryItemValue(QStringLiteral("scheme")),
                 QStringLiteral("wallet-sessions"));
        QVERIFY(m_inbox.isWaiting());

        OidcBrowser browser; // clicks Allow on the consent page
        const OidcBrowser::Page page = browser.open(url);
        QCOMPARE(page.status, 302);
        QCOMPARE(page.url.scheme(), QStringLiteral("wallet-sessions"));
        QVERIFY(QUrlQuery(page.url).hasQueryItem(QStringLiteral("id_token")));
        QVERIFY(!run.finished->has_value()); // nothing until the desktop hands the URL over
        QVERIFY(m_inbox.deliver(page.url));
        auto result = resultOf(run);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->claims.subject, QStringLiteral("hosted-subject"));
        QCOMPARE(result->claims.audience, kClientId);
        // A second launch with the same link finds nobody waiting.
        QVERIFY(!m_inbox.deliver(page.url));
    }

    void consentDeniedIsCancelled() {
        OidcBrowser browser;
        browser.decision = QStringLiteral("deny");
        const int issued = m_provider->tokensIssued();
        Run run = start(options());
        const QUrl answer = browse(run, browser);
        QCOMPARE(QUrlQuery(answer).queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QVERIFY(m_inbox.deliver(answer));
        auto result = resultOf(run);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QCOMPARE(m_provider->tokensIssued(), issued); // no token minted on deny
    }

    void badIdTokensAreRefused_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrongNonce") << "wrongNonce"
                                    << "nonce";
        QTest::newRow("wrongAudience") << "wrongAudience"
                                       << "for client";
        QTest::newRow("expired") << "expired"
                                 << "expired";
        QTest::newRow("badSignature") << "badSignature"
                                      << "signature";
    }
    void badIdTokensAreRefused() {
        QFETCH(QString, fault);
        QFETCH(QString, message);
        setProvider({{QStringLiteral("autoConsent"), true}, {QStringLiteral("fault"), fault}});
        OidcBrowser browser;
        Run run = start(options());
        const QUrl answer = browse(run, browser);
        QVERIFY(!answer.isEmpty());
        QVERIFY(m_inbox.deliver(answer));
        auto result = resultOf(run);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Unauthorized);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    }

    // An id_token made for another sign-in (another session key's nonce) is refused, not accepted
    // because it is well signed.
    void anAnswerForAnotherSignInIsRefused() {
        setProvider({{QStringLiteral("autoConsent"), true}});
        OidcAuthorization::Options other = options();
        other.nonce = nonceForSessionKey(QByteArray("03" + QByteArray(64, 'a')));
        OidcBrowser browser;
        QUrl foreignAnswer;
        {
            Run first = start(other);
            foreignAnswer = browse(first, browser);
            first.flow->cancel();
            QVERIFY(!resultOf(first).ok());
        }
        QVERIFY(!foreignAnswer.isEmpty());
        Run run = start(options());
        QVERIFY(run.urls->wait(10000));
        QVERIFY(m_inbox.deliver(foreignAnswer));
        auto result = resultOf(run);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Unauthorized);
        QVERIFY2(result.error().message.contains(QStringLiteral("nonce")),
                 qPrintable(result.error().message));
    }

    void anAnswerWithoutATokenIsABadResponse() {
        Run run = start(options());
        QVERIFY(run.urls->wait(10000));
        // Another scheme is not ours to take.
        QVERIFY(!m_inbox.deliver(QUrl(QStringLiteral("https://example.com/?id_token=x"))));
        QVERIFY(m_inbox.deliver(QUrl(QStringLiteral("wallet-sessions://?nothing=here"))));
        auto result = resultOf(run);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::BadResponse);
        QVERIFY2(result.error().message.contains(QStringLiteral("no id_token")),
                 qPrintable(result.error().message));
    }

    void noAnswerTimesOutAndStopsWaiting() {
        OidcAuthorization::Options o = options();
        o.redirectTimeout = std::chrono::milliseconds(300);
        Run run = start(o);
        auto result = resultOf(run);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Timeout);
        QVERIFY(!m_inbox.isWaiting());
    }

    void withoutAnInboxItSaysSo() {
        OidcAuthorization::Options o = options();
        o.inbox = nullptr;
        Run run = start(o);
        auto result = resultOf(run);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Internal);
        QVERIFY2(result.error().message.contains(QStringLiteral("cannot receive")),
                 qPrintable(result.error().message));
        QVERIFY(run.urls->isEmpty());
    }

    // The inbox has one waiter: a second hosted sign-in is refused, and the first still gets its answer.
    void aSecondWaitingSignInIsRefused() {
        setProvider({{QStringLiteral("autoConsent"), true}});
        Run first = start(options());
        QVERIFY(first.urls->wait(10000));
        Run second = start(options());
        auto refused = resultOf(second);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(second.urls->isEmpty());
        QVERIFY(m_inbox.isWaiting());
        OidcBrowser browser;
        const OidcBrowser::Page page = browser.open(first.urls->at(0).at(0).toUrl());
        QVERIFY(m_inbox.deliver(page.url));
        QVERIFY2(resultOf(first).ok(), "the first sign-in still finishes");
    }

    // A configured redirect page with a query of its own keeps it; `scheme` is added to it.
    void aRedirectPageKeepsItsOwnQuery() {
        OidcAuthorization::Options o = options();
        o.provider.hosted->redirect.setQuery(QStringLiteral("tenant=acme"));
        Run run = start(o);
        QVERIFY(run.urls->wait(10000));
        const QUrl redirect(QUrlQuery(run.urls->at(0).at(0).toUrl())
                                .queryItemValue(QStringLiteral("redirectUri"), QUrl::FullyDecoded));
        QCOMPARE(QUrlQuery(redirect).queryItemValue(QStringLiteral("tenant")), QStringLiteral("acme"));
        QCOMPARE(QUrlQuery(redirect).queryItemValue(QStringLiteral("scheme")),
                 QStringLiteral("wallet-sessions"));
        run.flow->cancel();
        QCOMPARE(resultOf(run).error().code, ErrorCode::Cancelled);
    }

    void cancelStopsWaiting() {
        Run run = start(options());
        QVERIFY(run.urls->wait(10000));
        QVERIFY(m_inbox.isWaiting());
        run.flow->cancel();
        QCOMPARE(resultOf(run).error().code, ErrorCode::Cancelled);
        QVERIFY(!m_inbox.isWaiting());
    }

    // The devserver's origin page is no open redirector: only its own redirect page, with an app scheme.
    void theOriginPageRefusesForeignRedirects_data() {
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<int>("status");
        QTest::newRow("its own (the control)") << "%1/oauth-redirect?scheme=wallet-sessions" << 302;
        QTest::newRow("another host") << "https://evil.example/oauth-redirect?scheme=wallet-sessions" << 400;
        QTest::newRow("another path") << "%1/authorize?scheme=wallet-sessions" << 400;
        QTest::newRow("web scheme") << "%1/oauth-redirect?scheme=https" << 400;
        QTest::newRow("no scheme") << "%1/oauth-redirect" << 400;
    }
    void theOriginPageRefusesForeignRedirects() {
        QFETCH(QString, redirect);
        QFETCH(int, status);
        if (redirect.contains(QLatin1String("%1")))
            redirect = redirect.arg(m_provider->issuer().toString());
        setProvider({{QStringLiteral("autoConsent"), true}});
        const int issued = m_provider->tokensIssued();
        QUrl origin = m_provider->issuer().resolved(QUrl(QStringLiteral("/oauth-origin")));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("provider"), QStringLiteral("oidc"));
        query.addQueryItem(QStringLiteral("clientId"), kClientId);
        query.addQueryItem(QStringLiteral("nonce"), QStringLiteral("abc"));
        query.addQueryItem(QStringLiteral("redirectUri"),
                           QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
        origin.setQuery(query);
        OidcBrowser browser;
        QCOMPARE(browser.get(origin).status, status);
        QCOMPARE(m_provider->tokensIssued(), status == 302 ? issued + 1 : issued);
    }
};

QTEST_MAIN(TestOidcHosted)
#include "tst_oidc_hosted.moc"
