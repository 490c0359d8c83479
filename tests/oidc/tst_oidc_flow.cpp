// The OpenID sign-in's browser round trip against the devserver's provider, all over real HTTP on
// loopback: discovery, the authorization redirect (played by OidcBrowser), the app's loopback
// listener, the PKCE token exchange and the id_token checks, for success and each failure.

#include "AuthorizationRun.h"
#include "Clock.h"
#include "OidcBrowser.h"
#include "OidcProvider.h"
#include "oidc/OidcAuthorization.h"
#include "oidc/Pkce.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace ws;
using namespace ws::oidc;
using devserver::OidcProvider;
using devserver::OidcProviderSettings;

namespace {

const QString kClientId = QStringLiteral("wallet-sessions-test");
const QByteArray kSessionKey = "03a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";

using Run = ws::test::AuthorizationRun;

} // namespace

class TestOidcFlow : public QObject {
    Q_OBJECT

private:
    SystemClock m_clock;
    QNetworkAccessManager m_nam;
    std::unique_ptr<OidcProvider> m_provider;

    Run start(OidcAuthorization::Options options) { return Run::start(&m_nam, m_clock, std::move(options)); }
    OidcAuthorization::Options options() const {
        OidcAuthorization::Options o;
        o.provider = ProviderConfig{QStringLiteral("demo"), QStringLiteral("Demo ID"), m_provider->issuer(),
                                    kClientId};
        o.nonce = nonceForSessionKey(kSessionKey);
        o.httpTimeout = std::chrono::seconds(5);
        return o;
    }
    static Result<VerifiedIdToken> resultOf(const Run& run) { return run.result(); }
    void setProvider(const QJsonObject& settings) {
        auto parsed = OidcProviderSettings::fromJson(settings, OidcProviderSettings());
        QVERIFY(parsed.ok());
        m_provider->setSettings(*parsed);
    }
    // Start, play the browser, return the outcome and the listener's page.
    Result<VerifiedIdToken> signIn(OidcBrowser& browser, OidcBrowser::Page* lastPage = nullptr) {
        Run run = start(options());
        if (!run.urls->wait(10000))
            return resultOf(run);
        const QUrl url = run.urls->at(0).at(0).toUrl();
        const OidcBrowser::Page page = browser.open(url);
        if (lastPage)
            *lastPage = page;
        return resultOf(run);
    }

private Q_SLOTS:
    void initTestCase() {
        m_provider = std::make_unique<OidcProvider>(
            m_clock, kClientId,
            OidcProvider::Identity{QStringLiteral("demo-subject"), QStringLiteral("demo@example.com")});
        auto started = m_provider->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    }
    void init() { m_provider->setSettings(OidcProviderSettings()); }

    void succeedsThroughConsentPage_data() {
        QTest::addColumn<QString>("alg");
        QTest::newRow("RS256") << "RS256";
        QTest::newRow("ES256") << "ES256";
    }
    void succeedsThroughConsentPage() {
        QFETCH(QString, alg);
        setProvider({{QStringLiteral("alg"), alg}});
        Run run = start(options());
        QVERIFY(run.urls->wait(10000));
        const QUrl url = run.urls->at(0).at(0).toUrl();
        const QUrlQuery query(url);
        // What RFC 8252 and Turnkey ask of the request.
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("nonce")).toLatin1(), nonceForSessionKey(kSessionKey));
        QVERIFY(query.queryItemValue(QStringLiteral("state")).size() >= 43);
        const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirect.port() > 0);

        OidcBrowser browser;
        const OidcBrowser::Page page = browser.open(url);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("You can close this window"));
        auto result = resultOf(run);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->claims.subject, QStringLiteral("demo-subject"));
        QCOMPARE(result->claims.email, QStringLiteral("demo@example.com"));
        QVERIFY(result->idToken.count('.') == 2);

        // One redirect only: a replay finds the listener closed.
        OidcBrowser again;
        const OidcBrowser::Page replay =
            again.get(QUrl(redirect.toString() + QStringLiteral("?code=x&state=y")));
        QCOMPARE(replay.status, 0);
    }

    void consentDenied() {
        OidcBrowser browser;
        browser.decision = QStringLiteral("deny");
        const int tokensBefore = m_provider->tokensIssued();
        OidcBrowser::Page page;
        auto result = signIn(browser, &page);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QVERIFY(result.error().message.contains(QStringLiteral("denied")));
        QCOMPARE(page.status, 200);
        QCOMPARE(m_provider->tokensIssued(), tokensBefore);
    }

    void stateMismatch() {
        setProvider({{QStringLiteral("autoConsent"), true}});
        OidcBrowser browser;
        browser.tamper = [](const QUrl& url) {
            QUrlQuery query(url);
            query.removeQueryItem(QStringLiteral("state"));
            query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
            QUrl changed = url;
            changed.setQuery(query);
            return changed;
        };
        OidcBrowser::Page page;
        auto result = signIn(browser, &page);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY(result.error().message.contains(QStringLiteral("state")));
        QCOMPARE(page.status, 400);
    }

    void otherPathsDoNotEndTheAttempt() {
        setProvider({{QStringLiteral("autoConsent"), true}});
        Run run = start(options());
        QVERIFY(run.urls->wait(10000));
        OidcBrowser browser;
        QUrl favicon = run.flow->redirectUri();
        favicon.setPath(QStringLiteral("/favicon.ico"));
        QCOMPARE(browser.get(favicon).status, 404);
        QVERIFY(!run.finished->has_value());
        QCOMPARE(browser.open(run.urls->at(0).at(0).toUrl()).status, 200);
        QVERIFY(resultOf(run).ok());
    }

    void badIdTokens_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("message");
        for (const QString& alg : {QStringLiteral("RS256"), QStringLiteral("ES256")}) {
            QTest::addRow("wrongNonce %s", qPrintable(alg)) << "wrongNonce"
                                                            << "nonce";
            QTest::addRow("wrongAudience %s", qPrintable(alg)) << "wrongAudience"
                                                               << "for client";
            QTest::addRow("wrongIssuer %s", qPrintable(alg)) << "wrongIssuer"
                                                             << "impostor.example";
            QTest::addRow("expired %s", qPrintable(alg)) << "expired"
                                                         << "expired";
            QTest::addRow("badSignature %s", qPrintable(alg)) << "badSignature"
                                                              << "signature";
        }
    }
    void badIdTokens() {
        QFETCH(QString, fault);
        QFETCH(QString, message);
        const QString alg = QString::fromLatin1(QTest::currentDataTag()).section(QLatin1Char(' '), 1);
        setProvider({{QStringLiteral("autoConsent"), true},
                     {QStringLiteral("fault"), fault},
                     {QStringLiteral("alg"), alg}});
        OidcBrowser browser;
        auto result = signIn(browser);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Unauthorized);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    }

    void slowProviderTimesOut() {
        setProvider({{QStringLiteral("autoConsent"), true}, {QStringLiteral("latencyMs"), 3000}});
        OidcAuthorization::Options o = options();
        o.httpTimeout = std::chrono::milliseconds(500);
        Run run = start(o);
        auto result = resultOf(run);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Timeout);
        QVERIFY(run.urls->isEmpty());
    }

    void unreachableProvider() {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        OidcAuthorization::Options o = options();
        o.provider.issuer = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        Run run = start(o);
        auto result = resultOf(run);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Network);
    }

    // RFC 8252 §8.3: the listener is on the loopback interface only. A connection to its port through
    // any other address of this machine is refused; through 127.0.0.1 (the control) it is accepted.
    void theListenerAnswersOnLoopbackOnly() {
        Run run = start(options());
        QVERIFY(run.urls->wait(10000));
        const QUrl redirect(QUrlQuery(run.urls->at(0).at(0).toUrl())
                                .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        const quint16 port = quint16(redirect.port());
        auto connects = [port](const QHostAddress& address) {
            QTcpSocket socket;
            socket.connectToHost(address, port);
            return socket.waitForConnected(3000);
        };
        QVERIFY(connects(QHostAddress::LocalHost));
        QList<QHostAddress> others;
        for (const QHostAddress& address : QNetworkInterface::allAddresses())
            if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
                others.append(address);
        for (const QHostAddress& address : std::as_const(others))
            QVERIFY2(!connects(address), qPrintable(address.toString()));
        // And what the kernel says, which needs no other interface: the socket listening on that port
        // is bound to 127.0.0.1 (0100007F in /proc/net/tcp), not to 0.0.0.0.
        QFile table(QStringLiteral("/proc/net/tcp"));
        QVERIFY(table.open(QIODevice::ReadOnly));
        const QByteArray suffix =
            QByteArray(":") + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
        QByteArrayList bound;
        for (const QByteArray& line : table.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() > 3 && fields.at(1).endsWith(suffix) && fields.at(3) == "0A") // LISTEN
                bound.append(fields.at(1));
        }
        QCOMPARE(bound, QByteArrayList{QByteArray("0100007F") + suffix});
        run.flow->cancel();
        QCOMPARE(resultOf(run).error().code, ErrorCode::Cancelled);
    }

    void noRedirectTimesOut() {
        OidcAuthorization::Options o = options();
        o.redirectTimeout = std::chrono::milliseconds(300);
        Run run = start(o);
        QVERIFY(run.urls->wait(10000));
        auto result = resultOf(run);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Timeout);
        // The listener is gone with the attempt.
        OidcBrowser browser;
        QCOMPARE(browser.get(run.flow->redirectUri()).status, 0);
    }

    void cancelEndsTheAttempt() {
        Run run = start(options());
        QVERIFY(run.urls->wait(10000));
        run.flow->cancel();
        auto result = resultOf(run);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
    }

    void providerRefusesForeignClientAndRedirects() {
        OidcBrowser browser;
        QUrl authorize = m_provider->issuer();
        authorize.setPath(QStringLiteral("/authorize"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("client_id"), kClientId);
        query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example/cb"));
        query.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid"));
        query.addQueryItem(QStringLiteral("nonce"), QStringLiteral("n"));
        query.addQueryItem(QStringLiteral("code_challenge"), QStringLiteral("c"));
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        authorize.setQuery(query);
        QCOMPARE(browser.get(authorize).status, 400);
        // A PKCE verifier that does not match the challenge gets no token, for a real code; the same
        // request with the right verifier (the control) does.
        setProvider({{QStringLiteral("autoConsent"), true}});
        const Pkce pkce = makePkce();
        const QString redirect = QStringLiteral("http://127.0.0.1:9/callback");
        auto codeFor = [&] {
            QUrl authorizeUrl = m_provider->issuer().resolved(QUrl(QStringLiteral("/authorize")));
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
            q.addQueryItem(QStringLiteral("client_id"), kClientId);
            q.addQueryItem(QStringLiteral("redirect_uri"), redirect);
            q.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid"));
            q.addQueryItem(QStringLiteral("state"), QStringLiteral("s"));
            q.addQueryItem(QStringLiteral("nonce"), QStringLiteral("n"));
            q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge));
            q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            authorizeUrl.setQuery(q);
            const OidcBrowser::Page page = browser.get(authorizeUrl);
            return QUrlQuery(page.url).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        };
        auto exchange = [&](const QString& code, const QByteArray& verifier) {
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
            form.addQueryItem(QStringLiteral("code"), code);
            form.addQueryItem(QStringLiteral("client_id"), kClientId);
            form.addQueryItem(QStringLiteral("redirect_uri"), redirect);
            form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
            return browser.postForm(m_provider->issuer().resolved(QUrl(QStringLiteral("/token"))),
                                    form.toString(QUrl::FullyEncoded).toLatin1());
        };
        const QString code = codeFor();
        QVERIFY(!code.isEmpty());
        const OidcBrowser::Page refused = exchange(code, makePkce().verifier);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.body.contains("PKCE verification failed"), refused.body.constData());
        QCOMPARE(exchange(code, pkce.verifier).status, 400); // a code is good once, even after a refusal
        const OidcBrowser::Page granted = exchange(codeFor(), pkce.verifier);
        QCOMPARE(granted.status, 200);
        QVERIFY(granted.body.contains("id_token"));
    }
};

QTEST_GUILESS_MAIN(TestOidcFlow)
#include "tst_oidc_flow.moc"
