// The log-in dialog's OpenID path under a real display (ws_headless: Xvfb): "Continue with Demo ID"
// against the in-process devserver (its Auth Proxy lists the provider; the demo's override names it),
// the waiting page, the browser step played by the test over real HTTP through the dialog's loopback
// listener, and the session stored with the real keychain; denied consent in plain words and Cancel,
// each leaving nothing behind. Saves the waiting page as a PNG when WS_SCREENSHOT_DIR is set.
// Hosted mode: the same button through Turnkey's hosted pages (played by the devserver), the answer
// `wallet-sessions://?id_token=…` handed over by launching the real `wallet-sessions URL`, as the
// desktop does, to this process's single-instance channel.
#include "OidcBrowser.h"
#include "OidcProvider.h"
#include "OnlineHarness.h"
#include "TestEnvironment.h"
#include "api/AuthProxyClient.h"
#include "app/SingleInstance.h"
#include "dialogs/signin/SignInDialog.h"
#include "oidc/HostedCallbackInbox.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using namespace ws::test;
using namespace ws::ui;

class TestSignInOidc : public QObject {
    Q_OBJECT

    std::unique_ptr<OnlineHarness> h;
    std::unique_ptr<AuthProxyClient> m_proxy;
    QList<QUrl> m_opened; // what the dialog asked the "browser" to show
    bool m_hosted = false;
    oidc::HostedCallbackInbox m_inbox;

    std::unique_ptr<SignInDialog> dialog() {
        SignInServices services;
        services.sessions = &h->manager();
        services.proxy = m_proxy.get();
        services.clock = &h->clock();
        services.defaultLifetimeSecs = 1200;
        services.oidcOverrides = [issuer = h->server().oidcProvider()->issuer(),
                                  hosted = m_hosted](const QString& name) {
            if (name != QLatin1String("oidc"))
                return oidc::ProviderOverride();
            oidc::ProviderOverride override{issuer, {}, QStringLiteral("Demo ID")};
            override.hosted = hosted;
            override.hostedOrigin = issuer.resolved(QUrl(QStringLiteral("/oauth-origin")));
            override.hostedRedirect = issuer.resolved(QUrl(QStringLiteral("/oauth-redirect")));
            return override;
        };
        services.oauthInbox = &m_inbox;
        services.openBrowser = [this](const QUrl& url) {
            m_opened.append(url);
            return true;
        };
        auto d = std::make_unique<SignInDialog>(services);
        d->show();
        return d;
    }
    static QPushButton* demoIdButton(SignInDialog& d) {
        return d.findChild<QPushButton*>(QStringLiteral("signInOidc_oidc"));
    }
    static QString pageTitle(SignInDialog& d) {
        return d.findChild<QLabel*>(QStringLiteral("oidcWaitingTitle"))->text();
    }
    static bool onWaitingPage(SignInDialog& d) {
        return d.findChild<QStackedWidget*>()->currentWidget()->objectName() ==
               QLatin1String("oidcWaitingPage");
    }
    void chooseDemoId(SignInDialog& d) {
        QPushButton* button = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((button = demoIdButton(d)) && button->isVisible(), scaledMs(20000));
        QCOMPARE(button->text(), QStringLiteral("Continue with Demo ID"));
        QVERIFY(!button->icon().isNull());
        QCOMPARE(button->accessibleName(), QStringLiteral("Sign in with Demo ID"));
        if (const QString dir = qEnvironmentVariable("WS_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(d.grab().save(dir + QStringLiteral("/signin-oidc-methods.png")));
        }
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), 1, scaledMs(20000));
        QTRY_VERIFY(onWaitingPage(d));
        QCOMPARE(pageTitle(d), QStringLiteral("Finish signing in in your browser"));
    }
    void verifyNothingLeft() {
        QVERIFY(h->manager().getAllSessions(SessionManager::SignatureCheck::Skip).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(h->recordedKeys(), QStringList(), scaledMs(20000));
    }

private Q_SLOTS:
    void init() {
        m_opened.clear();
        m_hosted = false;
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

    void continueWithDemoIdSignsIn() {
        QVERIFY(!qEnvironmentVariableIsEmpty("DISPLAY")); // a real X display (Xvfb), not offscreen
        auto d = dialog();
        QSignalSpy signedIn(d.get(), &SignInDialog::signedIn);
        chooseDemoId(*d);
        if (const QString dir = qEnvironmentVariable("WS_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(d->grab().save(dir + QStringLiteral("/signin-oidc-waiting.png")));
        }
        // The browser: the provider's consent page, Allow, the redirect to the dialog's listener.
        OidcBrowser browser;
        const OidcBrowser::Page page = browser.open(m_opened.constFirst());
        QCOMPARE(page.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, scaledMs(30000));
        const QString key = signedIn.at(0).at(0).toString();
        auto info = h->manager().getSession(key);
        QVERIFY(info.ok());
        QCOMPARE(info->token.claims.userId, h->server().userId());
        QCOMPARE(h->manager().getActiveSessionKey(), key);
        QTRY_VERIFY(!d->isVisible()); // accepted
        QCOMPARE(d->result(), int(QDialog::Accepted));
    }

    void deniedConsentIsSaidInPlainWords() {
        auto d = dialog();
        QSignalSpy failed(d.get(), &SignInDialog::signInFailed);
        chooseDemoId(*d);
        OidcBrowser browser;
        browser.decision = QStringLiteral("deny");
        browser.open(m_opened.constFirst());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, scaledMs(30000));
        QCOMPARE(pageTitle(*d), QStringLiteral("Signing in with Demo ID did not work"));
        const QString text = d->findChild<QLabel*>(QStringLiteral("oidcWaitingText"))->text();
        QVERIFY2(text.contains(QStringLiteral("You declined at Demo ID")), qPrintable(text));
        QVERIFY(d->isVisible());
        verifyNothingLeft();
        // Back to the ways to sign in; the button works again.
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("oidcBackButton")), Qt::LeftButton);
        QTRY_VERIFY(!onWaitingPage(*d));
        QVERIFY(demoIdButton(*d)->isEnabled());
    }

    void cancelWhileWaitingLeavesNothing() {
        auto d = dialog();
        chooseDemoId(*d);
        QCOMPARE(h->recordedKeys().size(), 1); // the key exists before the browser step
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("oidcCancelButton")), Qt::LeftButton);
        QTRY_VERIFY(!onWaitingPage(*d));
        verifyNothingLeft();
        // The browser that comes back late reaches no listener.
        OidcBrowser browser;
        const OidcBrowser::Page late = browser.open(m_opened.constFirst());
        QVERIFY(late.status != 200 || !late.body.contains("Signed in"));
        QVERIFY(h->manager().getAllSessions(SessionManager::SignatureCheck::Skip).isEmpty());
    }

    void hostedPagesSignInThroughTheAppScheme() {
        // The single-instance socket lives in TMPDIR: a private one, for this process and the launch.
        QTemporaryDir socketDir;
        QVERIFY(socketDir.isValid());
        qputenv("TMPDIR", socketDir.path().toLocal8Bit());
        SingleInstance running(QStringLiteral("wallet-sessions"));
        QVERIFY(running.claim());
        // As AppContext: a sign-in waiting here takes the offered link.
        running.setOfferHandler([this](const QUrl& url) { return m_inbox.deliver(url); });
        QSignalSpy shown(&running, &SingleInstance::urlReceived);

        m_hosted = true;
        auto d = dialog();
        QSignalSpy signedIn(d.get(), &SignInDialog::signedIn);
        chooseDemoId(*d);
        QCOMPARE(m_opened.constFirst().path(), QStringLiteral("/oauth-origin"));
        QVERIFY(m_inbox.isWaiting());
        OidcBrowser browser; // consent, Allow, the hosted redirect page, then our URL scheme
        const OidcBrowser::Page page = browser.open(m_opened.constFirst());
        QCOMPARE(page.url.scheme(), QStringLiteral("wallet-sessions"));
        QCOMPARE(signedIn.size(), 0);

        // What the desktop does with the link: `wallet-sessions URL` (the .desktop file's %u).
        QProcess launch;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        launch.setProcessEnvironment(environment);
        launch.start(binDir() + QStringLiteral("/wallet-sessions"), {page.url.toString(QUrl::FullyEncoded)});
        QVERIFY(launch.waitForFinished(scaledMs(20000)));
        QCOMPARE(launch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(launch.exitCode(), 0); // handed over, not a second window
        QCOMPARE(shown.size(), 0);      // taken by the offer, not shown as a stray link

        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, scaledMs(30000));
        auto info = h->manager().getSession(signedIn.at(0).at(0).toString());
        QVERIFY(info.ok());
        QCOMPARE(info->token.claims.userId, h->server().userId());
        QVERIFY(!m_inbox.isWaiting());
        qunsetenv("TMPDIR");
    }

    void hostedConsentDeniedLeavesNothing() {
        m_hosted = true;
        auto d = dialog();
        QSignalSpy failed(d.get(), &SignInDialog::signInFailed);
        chooseDemoId(*d);
        OidcBrowser browser;
        browser.decision = QStringLiteral("deny");
        const OidcBrowser::Page page = browser.open(m_opened.constFirst());
        QVERIFY(m_inbox.deliver(page.url));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, scaledMs(30000));
        const QString text = d->findChild<QLabel*>(QStringLiteral("oidcWaitingText"))->text();
        QVERIFY2(text.contains(QStringLiteral("You declined at Demo ID")), qPrintable(text));
        verifyNothingLeft();
    }
};

QTEST_MAIN(TestSignInOidc)
#include "tst_signin_oidc.moc"
