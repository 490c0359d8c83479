// `login --oauth` end to end: the built wallet-sessions-cli against a wallet-sessions-devserver process
// (its API, its Auth Proxy and its OpenID provider "Demo ID", all on loopback) and the real keyring. The
// CLI runs with --no-browser; the test reads its "Open: URL" line and plays the browser with OidcBrowser
// over real HTTP: the provider's consent page, then the redirect to the CLI's own loopback listener.
// Every failure is checked for its exit code and error code, and for leaving nothing behind: no
// session, no key record, no keyring entry. Hosted mode (--oauth-hosted): the browser ends on
// wallet-sessions://?id_token=…, and the test launches the real `wallet-sessions URL`, as the desktop
// does, which hands it to the waiting CLI.
#include "CliHarness.h"
#include "OidcBrowser.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <functional>

using namespace ws;
using namespace ws::test;

namespace {

struct Snapshot {
    QStringList sessions;
    QStringList keys;
    QStringList entries;
    bool operator==(const Snapshot&) const = default;
    QString describe() const {
        return QStringLiteral("sessions [%1] keys [%2] entries [%3]")
            .arg(sessions.join(QLatin1Char(',')), keys.join(QLatin1Char(',')),
                 entries.join(QLatin1Char(',')));
    }
};

// What the test does with the authorization URL the CLI printed.
using BrowserStep = std::function<void(const QUrl& url)>;

} // namespace

class TestCliOAuth : public QObject {
    Q_OBJECT
private:
    CliSuite m_suite;

    QStringList proxyOptions() const {
        return {QStringLiteral("--auth-proxy-url"), m_suite.server.authProxyUrl(),
                QStringLiteral("--auth-proxy-config-id"), m_suite.server.authProxyConfigId()};
    }
    QStringList demoId() const {
        return {QStringLiteral("--oauth"), QStringLiteral("oidc"), QStringLiteral("--oidc-issuer"),
                m_suite.server.oidcIssuer(), QStringLiteral("--no-browser")};
    }

    Snapshot snapshot() const {
        Snapshot s;
        Result<IndexData> index = readIndex(m_suite.cli->dataDir());
        if (index) {
            for (const auto& entry : index->sessions)
                s.sessions << entry.first;
            for (const auto& entry : index->keys)
                s.keys << entry.first;
        }
        s.entries = keyring::entries(m_suite.service);
        s.entries.sort();
        return s;
    }

    // POST {issuer}/admin/oidc: the provider's switches for the next sign-ins.
    bool setProvider(const QJsonObject& settings) {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_suite.server.oidcIssuer() + QStringLiteral("/admin/oidc")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply = network.post(request, QJsonDocument(settings).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(scaledMs(20000), &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status == 200;
    }

    static QUrl openUrl(const QByteArray& err) {
        // "Open: URL" as a line, or inside the --json notice object.
        static const QRegularExpression line(QStringLiteral("Open: ([^\"\\s]+)"));
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(err));
        return match.hasMatch() ? QUrl(match.captured(1), QUrl::StrictMode) : QUrl();
    }

    // Runs `[proxy options] login ARGS`, waits for the "Open: " line, runs `browser` on its URL and
    // collects the run.
    CliResult oauthLogin(const QStringList& args, const BrowserStep& browser, QUrl* printed = nullptr) {
        std::unique_ptr<QProcess> p =
            m_suite.cli->start(proxyOptions() + QStringList{QStringLiteral("login")} + args);
        if (!p->waitForStarted(scaledMs(30000)))
            return {};
        QByteArray err;
        QElapsedTimer waited;
        waited.start();
        while (openUrl(err).isEmpty() && p->state() == QProcess::Running &&
               waited.elapsed() < scaledMs(60000)) {
            p->waitForReadyRead(200);
            err += p->readAllStandardError();
        }
        const QUrl url = openUrl(err);
        if (printed)
            *printed = url;
        if (url.isValid() && browser)
            browser(url);
        CliResult r = CliRunner::collect(*p, 60000);
        r.err.prepend(err);
        return r;
    }
    static BrowserStep allow() {
        return [](const QUrl& url) {
            OidcBrowser browser;
            browser.open(url);
        };
    }

private Q_SLOTS:
    void initTestCase() {
        WS_START_PROCESS_SUITE(m_suite.dir, m_suite.server, QStringList{QStringLiteral("--demo")});
        m_suite.open(QStringLiteral("tst_cli_oauth"));
        QVERIFY(!m_suite.server.oidcIssuer().isEmpty());
    }
    void cleanupTestCase() { m_suite.close(); }
    void cleanup() {
        QVERIFY(setProvider({{QStringLiteral("autoConsent"), false},
                             {QStringLiteral("autoDecision"), QStringLiteral("allow")},
                             {QStringLiteral("fault"), QString()},
                             {QStringLiteral("latencyMs"), 0},
                             {QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("subject"), QString()},
                             {QStringLiteral("email"), QString()}}));
    }

    void signsInThroughTheConsentPageAndTheSessionWorks() {
        QUrl printed;
        OidcBrowser::Page listenerPage;
        const CliResult r = oauthLogin(
            demoId() + QStringList{QStringLiteral("--session-key"), QStringLiteral("demo-id"),
                                   QStringLiteral("--expiration-seconds"), QStringLiteral("1200")},
            [&](const QUrl& url) {
                OidcBrowser browser;
                listenerPage = browser.open(url);
            },
            &printed);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // The authorization request: PKCE S256, state, the nonce, a loopback IP redirect.
        const QUrlQuery query(printed);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QVERIFY(!query.queryItemValue(QStringLiteral("state")).isEmpty());
        QCOMPARE(query.queryItemValue(QStringLiteral("nonce")).size(), 64);
        const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirect.port() > 0);
        // The browser was told, with a 2xx page, that it can be closed.
        QCOMPARE(listenerPage.status, 200);
        QVERIFY(listenerPage.body.contains("close this window"));

        const QJsonObject session = r.json().object();
        QCOMPARE(session.value(QStringLiteral("sessionKey")).toString(), QStringLiteral("demo-id"));
        QCOMPARE(session.value(QStringLiteral("organizationId")).toString(), m_suite.server.organizationId());
        QCOMPARE(session.value(QStringLiteral("userId")).toString(), m_suite.server.userId());
        // --expiration-seconds reached Turnkey: the session token lives 1200 s.
        const qint64 lifetime =
            session.value(QStringLiteral("expiry")).toInteger() - QDateTime::currentSecsSinceEpoch();
        QVERIFY2(lifetime > 1100 && lifetime <= 1200, qPrintable(QString::number(lifetime)));
        // Like any other session: verify, refresh (stamped by its own key), clear --revoke.
        QVERIFY2(m_suite.cli->run({QStringLiteral("verify"), QStringLiteral("demo-id")}).exitCode == 0,
                 "verify");
        const CliResult refreshed = m_suite.cli->run({QStringLiteral("refresh"), QStringLiteral("demo-id")});
        QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.describe()));
        Result<IndexData> index = readIndex(m_suite.cli->dataDir());
        QVERIFY(index);
        QVERIFY2(consistencyProblems(*index, m_suite.service).isEmpty(), "consistent");
        const CliResult cleared = m_suite.cli->run(
            {QStringLiteral("clear"), QStringLiteral("demo-id"), QStringLiteral("--revoke")});
        QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.describe()));
    }

    // --invalidate-existing ends the user's earlier session at the server; without --json, the URL is
    // one stderr line beginning "Open: ".
    void invalidateExistingAndThePlainOpenLine() {
        QVERIFY(setProvider({{QStringLiteral("autoConsent"), true}}));
        const CliResult first = oauthLogin(
            demoId() + QStringList{QStringLiteral("--session-key"), QStringLiteral("first")}, allow());
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        m_suite.cli->setJsonOutput(false);
        const CliResult second =
            oauthLogin(demoId() + QStringList{QStringLiteral("--session-key"), QStringLiteral("second"),
                                              QStringLiteral("--invalidate-existing")},
                       allow());
        m_suite.cli->setJsonOutput(true);
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        static const QRegularExpression openLine(
            QStringLiteral("(^|\\n)Open: http://127\\.0\\.0\\.1:\\d+/\\S+\\n"));
        QVERIFY2(openLine.match(QString::fromUtf8(second.err)).hasMatch(), second.err.constData());
        const CliResult stale = m_suite.cli->run({QStringLiteral("verify"), QStringLiteral("first")});
        QVERIFY2(stale.exitCode != 0, qPrintable(stale.describe()));
        QVERIFY2(m_suite.cli->run({QStringLiteral("verify"), QStringLiteral("second")}).exitCode == 0,
                 "verify");
        // Signing in again the stored way (issue 18): `login --replace` names no --oauth, the stored
        // provider is used (the generic one still needs its issuer, as on the first sign-in).
        const CliResult again = oauthLogin({QStringLiteral("--replace"), QStringLiteral("--session-key"),
                                            QStringLiteral("first"), QStringLiteral("--oidc-issuer"),
                                            m_suite.server.oidcIssuer(), QStringLiteral("--no-browser")},
                                           allow());
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QVERIFY2(m_suite.cli->run({QStringLiteral("verify"), QStringLiteral("first")}).exitCode == 0,
                 "verify first after signing in again");
        for (const char* label : {"first", "second"})
            QVERIFY2(m_suite.cli->run({QStringLiteral("clear"), QString::fromLatin1(label)}).exitCode == 0,
                     label);
    }

    void googleOverriddenToTheDevserverWithEs256() {
        // The same flow a Google sign-in takes, its issuer and client id pointed at the devserver.
        QVERIFY(setProvider(
            {{QStringLiteral("autoConsent"), true}, {QStringLiteral("alg"), QStringLiteral("ES256")}}));
        const CliResult r = oauthLogin(
            {QStringLiteral("--oauth"), QStringLiteral("google"), QStringLiteral("--oidc-issuer"),
             m_suite.server.oidcIssuer(), QStringLiteral("--oidc-client-id"), m_suite.server.oidcClientId(),
             QStringLiteral("--no-browser"), QStringLiteral("--session-key"), QStringLiteral("google")},
            allow());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(QStringLiteral("sessionKey")).toString(), QStringLiteral("google"));
        QVERIFY2(
            m_suite.cli->run({QStringLiteral("clear"), QStringLiteral("google"), QStringLiteral("--revoke")})
                    .exitCode == 0,
            "clear");
    }

    void aSlowProviderStillSignsIn() {
        QVERIFY(setProvider({{QStringLiteral("autoConsent"), true}, {QStringLiteral("latencyMs"), 1500}}));
        const CliResult r = oauthLogin(
            demoId() + QStringList{QStringLiteral("--session-key"), QStringLiteral("slow")}, allow());
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(
            m_suite.cli->run({QStringLiteral("clear"), QStringLiteral("slow"), QStringLiteral("--revoke")})
                    .exitCode == 0,
            "clear");
    }

    void failuresLeaveNothingBehind_data() {
        QTest::addColumn<QJsonObject>("provider");
        QTest::addColumn<QString>("decision");
        QTest::addColumn<bool>("tamperState");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("says");
        const QJsonObject none;
        QTest::newRow("consent denied") << none << "deny" << false << 1 << "CANCELLED"
                                        << "denied";
        QTest::newRow("state mismatch") << none << "allow" << true << 1 << "INVALID_INPUT"
                                        << "state";
        QTest::newRow("wrong nonce") << QJsonObject{{QStringLiteral("fault"), QStringLiteral("wrongNonce")}}
                                     << "allow" << false << 4 << "UNAUTHORIZED"
                                     << "nonce";
        QTest::newRow("wrong audience")
            << QJsonObject{{QStringLiteral("fault"), QStringLiteral("wrongAudience")}} << "allow" << false
            << 4 << "UNAUTHORIZED"
            << "client";
        QTest::newRow("wrong issuer") << QJsonObject{{QStringLiteral("fault"), QStringLiteral("wrongIssuer")}}
                                      << "allow" << false << 4 << "UNAUTHORIZED"
                                      << "impostor.example";
        QTest::newRow("expired") << QJsonObject{{QStringLiteral("fault"), QStringLiteral("expired")}}
                                 << "allow" << false << 4 << "UNAUTHORIZED"
                                 << "expired";
        QTest::newRow("bad signature")
            << QJsonObject{{QStringLiteral("fault"), QStringLiteral("badSignature")}} << "allow" << false << 4
            << "UNAUTHORIZED"
            << "signature";
        QTest::newRow("no account")
            << QJsonObject{{QStringLiteral("subject"), QStringLiteral("nobody-registered-this")},
                           {QStringLiteral("email"), QStringLiteral("stranger@demo-id.example")}}
            << "allow" << false << 3 << "NOT_FOUND"
            << "stranger@demo-id.example";
    }
    void failuresLeaveNothingBehind() {
        QFETCH(QJsonObject, provider);
        QFETCH(QString, decision);
        QFETCH(bool, tamperState);
        QFETCH(int, exitCode);
        QFETCH(QString, errorCode);
        QFETCH(QString, says);
        QVERIFY(setProvider(provider));
        const Snapshot before = snapshot();
        const CliResult r = oauthLogin(demoId(), [&](const QUrl& url) {
            OidcBrowser browser;
            browser.decision = decision;
            if (tamperState)
                browser.tamper = [](const QUrl& redirect) {
                    QUrl forged = redirect;
                    QUrlQuery query(forged);
                    query.removeAllQueryItems(QStringLiteral("state"));
                    query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
                    forged.setQuery(query);
                    return forged;
                };
            browser.open(url);
        });
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        QCOMPARE(r.errorCode(), errorCode);
        const QString message = r.errorJson().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), "one line");
        QVERIFY2(snapshot() == before, qPrintable(snapshot().describe()));
    }

    void noRedirectInTimeIsExit5() {
        const Snapshot before = snapshot();
        const CliResult r =
            oauthLogin(demoId() + QStringList{QStringLiteral("--timeout"), QStringLiteral("2")},
                       BrowserStep()); // nobody opens the URL
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        QCOMPARE(r.errorCode(), QStringLiteral("TIMEOUT"));
        QVERIFY2(snapshot() == before, qPrintable(snapshot().describe()));
    }

    // A client registered with an exact redirect URI needs its port: --oidc-redirect-port.
    void aChosenRedirectPortIsUsed() {
        QTcpServer probe; // a port free a moment ago
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QVERIFY(setProvider({{QStringLiteral("autoConsent"), true}}));
        QUrl printed;
        const CliResult r =
            oauthLogin(demoId() + QStringList{QStringLiteral("--oidc-redirect-port"), QString::number(port),
                                              QStringLiteral("--session-key"), QStringLiteral("fixed-port")},
                       allow(), &printed);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(QUrlQuery(printed).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("http://127.0.0.1:%1/callback").arg(port));
        QVERIFY2(
            m_suite.cli
                    ->run({QStringLiteral("clear"), QStringLiteral("fixed-port"), QStringLiteral("--revoke")})
                    .exitCode == 0,
            "clear");
    }

    // The redirect port is taken (another program listens there): one clear line, exit 5, nothing
    // stored and no URL printed, since the browser could never come back.
    void aRedirectPortInUseIsExit5() {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost));
        const Snapshot before = snapshot();
        const CliResult r = m_suite.cli->run(
            proxyOptions() + QStringList{QStringLiteral("login")} + demoId() +
            QStringList{QStringLiteral("--oidc-redirect-port"), QString::number(occupant.serverPort())});
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        QCOMPARE(r.errorCode(), QStringLiteral("NETWORK"));
        const QByteArray said = QByteArray(QByteArray("port ") + QByteArray::number(occupant.serverPort()) +
                                           " on 127.0.0.1 is in use");
        QVERIFY2(r.err.contains(said), r.err.constData());
        QVERIFY2(!r.err.contains("Open: "), r.err.constData());
        QVERIFY2(snapshot() == before, qPrintable(snapshot().describe()));
    }

    void anUnreachableProviderIsExit5() {
        // A loopback port nobody listens on any more.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString issuer = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        const Snapshot before = snapshot();
        const CliResult r = m_suite.cli->run(
            proxyOptions() + QStringList{QStringLiteral("login"), QStringLiteral("--oauth"),
                                         QStringLiteral("oidc"), QStringLiteral("--oidc-issuer"), issuer,
                                         QStringLiteral("--no-browser")});
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        QCOMPARE(r.errorCode(), QStringLiteral("NETWORK"));
        QVERIFY2(!r.err.contains("Open: "), r.err.constData()); // no URL for a provider that is not there
        QVERIFY2(snapshot() == before, qPrintable(snapshot().describe()));
    }

    // A hosted sign-in: `Open:` the origin page; consent; the desktop's launch of the GUI binary with
    // the link hands it to this CLI (its channel in a private TMPDIR). `fault` breaks the id_token.
    CliResult hostedLogin(const QString& sessionKey, QUrl* printed, int* launchExit) {
        QTemporaryDir socketDir;
        if (!socketDir.isValid())
            return {};
        qputenv("TMPDIR", socketDir.path().toLocal8Bit()); // the launched GUI's
        m_suite.cli->environment().insert(QStringLiteral("TMPDIR"), socketDir.path());
        const QString issuer = m_suite.server.oidcIssuer();
        const CliResult r = oauthLogin(
            demoId() + QStringList{QStringLiteral("--oauth-hosted"), QStringLiteral("--oauth-origin"),
                                   issuer + QStringLiteral("/oauth-origin"),
                                   QStringLiteral("--oauth-redirect"),
                                   issuer + QStringLiteral("/oauth-redirect"),
                                   QStringLiteral("--session-key"), sessionKey},
            [launchExit](const QUrl& url) {
                OidcBrowser browser;
                const OidcBrowser::Page page = browser.open(url);
                QProcess launch;
                QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
                environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
                launch.setProcessEnvironment(environment);
                launch.start(binDir() + QStringLiteral("/wallet-sessions"),
                             {page.url.toString(QUrl::FullyEncoded)});
                const bool finished = launch.waitForFinished(scaledMs(30000));
                *launchExit =
                    finished && launch.exitStatus() == QProcess::NormalExit ? launch.exitCode() : -1;
            },
            printed);
        qunsetenv("TMPDIR");
        m_suite.cli->environment().remove(QStringLiteral("TMPDIR"));
        return r;
    }

    void hostedSignInReachesTheTerminal() {
        QVERIFY(setProvider({{QStringLiteral("autoConsent"), true}}));
        QUrl printed;
        int launchExit = -1;
        const CliResult r = hostedLogin(QStringLiteral("hosted"), &printed, &launchExit);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(launchExit, 0); // handed over to the CLI, not a window of its own
        QCOMPARE(printed.path(), QStringLiteral("/oauth-origin"));
        QCOMPARE(QUrlQuery(printed).queryItemValue(QStringLiteral("nonce")).size(), 64);
        QCOMPARE(r.json().object().value(QStringLiteral("sessionKey")).toString(), QStringLiteral("hosted"));
        QCOMPARE(r.json().object().value(QStringLiteral("userId")).toString(), m_suite.server.userId());
        const CliResult cleared =
            m_suite.cli->run({QStringLiteral("clear"), QStringLiteral("hosted"), QStringLiteral("--revoke")});
        QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.describe()));
    }

    void hostedBadIdTokenIsExit4AndLeavesNothing() {
        const Snapshot before = snapshot();
        QVERIFY(setProvider({{QStringLiteral("autoConsent"), true},
                             {QStringLiteral("fault"), QStringLiteral("wrongNonce")}}));
        QUrl printed;
        int launchExit = -1;
        const CliResult r = hostedLogin(QStringLiteral("hosted-bad"), &printed, &launchExit);
        QVERIFY2(r.exitCode == 4, qPrintable(r.describe()));
        QCOMPARE(launchExit, 0);
        QVERIFY2(r.errorJson().value(QStringLiteral("message")).toString().contains(QLatin1String("nonce")),
                 qPrintable(r.describe()));
        QTRY_VERIFY2_WITH_TIMEOUT(snapshot() == before, qPrintable(snapshot().describe()), scaledMs(10000));
    }

    // One CLI waits for a hosted answer at a time: a second is refused at once (exit 1); the first,
    // given no answer, times out (exit 5) and leaves nothing behind.
    void hostedWaitsAloneAndTimesOut() {
        QTemporaryDir socketDir;
        QVERIFY(socketDir.isValid());
        m_suite.cli->environment().insert(QStringLiteral("TMPDIR"), socketDir.path());
        const Snapshot before = snapshot();
        const QString issuer = m_suite.server.oidcIssuer();
        const QStringList hosted{QStringLiteral("--oauth-hosted"), QStringLiteral("--oauth-origin"),
                                 issuer + QStringLiteral("/oauth-origin"), QStringLiteral("--oauth-redirect"),
                                 issuer + QStringLiteral("/oauth-redirect")};
        CliResult second;
        const CliResult first =
            oauthLogin(demoId() + hosted + QStringList{QStringLiteral("--timeout"), QStringLiteral("4")},
                       [&](const QUrl&) {
                           second = m_suite.cli->run(proxyOptions() + QStringList{QStringLiteral("login")} +
                                                     demoId() + hosted);
                       });
        m_suite.cli->environment().remove(QStringLiteral("TMPDIR"));
        QVERIFY2(second.exitCode == 1, qPrintable(second.describe()));
        QCOMPARE(second.errorCode(), QStringLiteral("INVALID_INPUT"));
        QVERIFY2(
            second.errorJson().value(QStringLiteral("message")).toString().contains(QLatin1String("another")),
            qPrintable(second.describe()));
        QVERIFY2(first.exitCode == 5, qPrintable(first.describe()));
        QCOMPARE(first.errorCode(), QStringLiteral("TIMEOUT"));
        QTRY_VERIFY2_WITH_TIMEOUT(snapshot() == before, qPrintable(snapshot().describe()), scaledMs(10000));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown provider")
            << QStringList{QStringLiteral("--oauth"), QStringLiteral("myspace")};
        QTest::newRow("no-browser alone") << QStringList{QStringLiteral("--no-browser")};
        QTest::newRow("issuer alone")
            << QStringList{QStringLiteral("--oidc-issuer"), QStringLiteral("https://x.example")};
        QTest::newRow("with an API key")
            << QStringList{QStringLiteral("--oauth"), QStringLiteral("google"),
                           QStringLiteral("--organization-id"), QStringLiteral("o")};
        QTest::newRow("with email") << QStringList{QStringLiteral("--oauth"), QStringLiteral("google"),
                                                   QStringLiteral("--email"), QStringLiteral("a@b.example")};
        QTest::newRow("bad timeout") << QStringList{QStringLiteral("--oauth"), QStringLiteral("google"),
                                                    QStringLiteral("--timeout"), QStringLiteral("0")};
        QTest::newRow("bad redirect port")
            << QStringList{QStringLiteral("--oauth"), QStringLiteral("google"),
                           QStringLiteral("--oidc-redirect-port"), QStringLiteral("70000")};
        QTest::newRow("redirect port alone")
            << QStringList{QStringLiteral("--oidc-redirect-port"), QStringLiteral("8080")};
        QTest::newRow("hosted alone") << QStringList{QStringLiteral("--oauth-hosted")};
        QTest::newRow("origin without hosted")
            << QStringList{QStringLiteral("--oauth"), QStringLiteral("google"),
                           QStringLiteral("--oauth-origin"), QStringLiteral("https://o.example")};
        QTest::newRow("hosted with a redirect port") << QStringList{
            QStringLiteral("--oauth"), QStringLiteral("google"), QStringLiteral("--oauth-hosted"),
            QStringLiteral("--oidc-redirect-port"), QStringLiteral("8080")};
        QTest::newRow("bad hosted origin") << QStringList{
            QStringLiteral("--oauth"), QStringLiteral("google"), QStringLiteral("--oauth-hosted"),
            QStringLiteral("--oauth-origin"), QStringLiteral("ftp://o.example")};
        QTest::newRow("bad issuer") << QStringList{QStringLiteral("--oauth"), QStringLiteral("oidc"),
                                                   QStringLiteral("--oidc-issuer"),
                                                   QStringLiteral("not a url")};
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        const CliResult r = m_suite.cli->run(QStringList{QStringLiteral("login")} + args);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    }

    void genericProviderWithoutIssuerSaysHowToGiveOne() {
        const CliResult r = m_suite.cli->run(
            proxyOptions() + QStringList{QStringLiteral("login"), QStringLiteral("--oauth"),
                                         QStringLiteral("oidc"), QStringLiteral("--no-browser")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.errorJson()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("--oidc-issuer")),
                 qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliOAuth)
#include "tst_cli_oauth.moc"
