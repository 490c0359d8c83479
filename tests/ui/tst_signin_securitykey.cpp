// The log-in dialog's "Use a security key" and the security-key refresh, on a real display (ws_headless:
// Xvfb) against the in-process devserver (the demo user has the software passkey registered) and the
// real keychain. libfido2's real code talks to the software security key behind its I/O hooks, on the
// thread pool as for hardware, so the dialog stays live while the key waits for the touch: the prompt
// and Stop are shown, a touch signs in, Stop ends the wait (the key hears CTAPHID_CANCEL), a key that
// wants its PIN brings up the PIN field, a key without the passkey says so. Every failure leaves no
// session, key record or keychain entry. Saves the waiting page as a PNG when WS_SCREENSHOT_DIR is set.
#include "OnlineHarness.h"
#include "SoftwarePasskey.h"
#include "SoftwareSecurityKey.h"
#include "TestEnvironment.h"
#include "dialogs/signin/SignInDialog.h"
#include "window/SecurityKeyRefresh.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QThreadPool>

using namespace ws;
using namespace ws::test;
using namespace ws::ui;

namespace {
const QString kRpId = QStringLiteral("wallet.example");
}

class TestSignInSecurityKey : public QObject {
    Q_OBJECT

    std::unique_ptr<OnlineHarness> h;
    std::optional<SoftwarePasskey> m_passkey;
    std::unique_ptr<SoftwareSecurityKey> m_key;
    QStringList m_remembered; // what the dialog asked to remember as the site

    std::unique_ptr<SignInDialog> dialog(const QString& rpId = kRpId) {
        SignInServices services;
        services.sessions = &h->manager();
        services.clock = &h->clock();
        services.defaultLifetimeSecs = 1200;
        services.passkeyRpId = rpId;
        services.rememberPasskeyRpId = [this](const QString& site) {
            m_remembered << site;
        };
        services.securityKeySeam = m_key->seam();
        auto d = std::make_unique<SignInDialog>(services);
        d->show();
        return d;
    }
    template <typename T>
    static T* child(SignInDialog& d, const char* name) {
        return d.findChild<T*>(QString::fromLatin1(name));
    }
    static bool onSecurityKeyPage(SignInDialog& d) {
        return d.findChild<QStackedWidget*>()->currentWidget()->objectName() ==
               QLatin1String("securityKeyPage");
    }
    // From the ways to sign in to the security-key page by the keyboard (Alt+K), the organization typed.
    void openSecurityKeyPage(SignInDialog& d) {
        auto* button = child<QPushButton>(d, "signInSecurityKeyButton");
        QVERIFY(button && button->isVisible());
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QTest::keyClick(&d, Qt::Key_K, Qt::AltModifier);
        QTRY_VERIFY(onSecurityKeyPage(d));
        QCOMPARE(child<QLineEdit>(d, "securityKeyRpIdEdit")->text(), kRpId);     // the remembered site
        QVERIFY(!child<QPushButton>(d, "securityKeySignInButton")->isEnabled()); // no organization yet
        QVERIFY(child<QLineEdit>(d, "securityKeyOrganizationEdit")->hasFocus()); // the first empty field
        QTest::keyClicks(child<QLineEdit>(d, "securityKeyOrganizationEdit"), h->fixture().organizationId());
        QVERIFY(child<QPushButton>(d, "securityKeySignInButton")->isEnabled());
    }
    void verifyNothingLeft() {
        QVERIFY(h->manager().getAllSessions(SessionManager::SignatureCheck::Skip).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(h->recordedKeys(), QStringList(), scaledMs(20000));
    }
    static QString errorText(SignInDialog& d) {
        auto* label = child<QLabel>(d, "securityKeyError");
        return label->isVisible() ? label->text() : QString();
    }

private Q_SLOTS:
    void init() {
        m_remembered.clear();
        h = std::make_unique<OnlineHarness>();
        const auto started = h->start();
        WS_REQUIRE_KEYRING_OR_SKIP(started.ok(), started.ok() ? QString() : started.error().toString());
        Result<SoftwarePasskey> passkey = SoftwarePasskey::create(kRpId);
        QVERIFY(passkey);
        m_passkey.emplace(std::move(*passkey));
        auto added = h->server().state().addAuthenticator(
            {QString(), h->fixture().userId(), m_passkey->credentialId(), m_passkey->publicKeyHex(), kRpId});
        QVERIFY(added.ok());
        m_key = std::make_unique<SoftwareSecurityKey>(*m_passkey);
    }
    void cleanup() {
        // A get-assertion still unwinding on the thread pool (after a cancel) talks to the key: let it end.
        QThreadPool::globalInstance()->waitForDone();
        m_key.reset();
        m_passkey.reset();
        h.reset();
    }

    // Sign in: "Touch your security key" and Stop while the key waits, the dialog still answering; the
    // touch signs in, the session is the passkey's user's, made with the security key, and the site is
    // remembered for next time.
    void aTouchSignsIn() {
        QVERIFY(!qEnvironmentVariableIsEmpty("DISPLAY"));
        m_key->waitForTouch(true);
        auto d = dialog();
        QSignalSpy signedIn(d.get(), &SignInDialog::signedIn);
        openSecurityKeyPage(*d);
        QTest::keyClick(child<QLineEdit>(*d, "securityKeyOrganizationEdit"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_key->isWaitingForTouch(), scaledMs(20000));
        QVERIFY(child<QLabel>(*d, "securityKeyTouchPrompt")->isVisible());
        QVERIFY(child<QPushButton>(*d, "securityKeyStopButton")->isVisible());
        QVERIFY(!child<QPushButton>(*d, "securityKeySignInButton")->isEnabled());
        QVERIFY(!child<QLineEdit>(*d, "securityKeyRpIdEdit")->isEnabled());
        if (const QString dir = qEnvironmentVariable("WS_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(d->grab().save(dir + QStringLiteral("/signin-security-key.png")));
        }
        m_key->touch();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, scaledMs(20000));
        const auto info = h->manager().getSession(signedIn.at(0).at(0).toString());
        QVERIFY(info.ok());
        QCOMPARE(info->token.claims.userId, h->fixture().userId());
        QVERIFY(info->signInMethod == SignInMethod::passkey(kRpId));
        QCOMPARE(info->lifetimeSeconds, qint64(1200));
        QCOMPARE(m_remembered, QStringList{kRpId});
        QVERIFY(!d->isVisible());
    }

    // Stop while the key waits: the key stops waiting, the form is back with "Stopped", nothing is kept;
    // Sign in then works without reopening the dialog.
    void stopEndsTheWait() {
        m_key->waitForTouch(true);
        auto d = dialog();
        QSignalSpy signedIn(d.get(), &SignInDialog::signedIn);
        QSignalSpy failed(d.get(), &SignInDialog::signInFailed);
        openSecurityKeyPage(*d);
        QTest::mouseClick(child<QPushButton>(*d, "securityKeySignInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_key->isWaitingForTouch(), scaledMs(20000));
        QTest::mouseClick(child<QPushButton>(*d, "securityKeyStopButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(errorText(*d).contains(QLatin1String("Stopped")), scaledMs(20000));
        QTRY_VERIFY(!m_key->isWaitingForTouch()); // the key heard the cancel
        QVERIFY(!child<QPushButton>(*d, "securityKeyStopButton")->isVisible());
        QVERIFY(child<QLineEdit>(*d, "securityKeyRpIdEdit")->isEnabled());
        QCOMPARE(failed.size(), 0); // stopping is not a failure
        verifyNothingLeft();
        QVERIFY(d->isVisible());

        m_key->touch(); // the next request finds the key touched
        QTest::mouseClick(child<QPushButton>(*d, "securityKeySignInButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, scaledMs(20000));
    }

    // A key that wants its PIN: the PIN field appears, focused, hidden text, and the sign-in kept nothing.
    void aKeyThatWantsItsPinShowsThePinField() {
        m_key->requirePin(true);
        auto d = dialog();
        openSecurityKeyPage(*d);
        auto* pin = child<QLineEdit>(*d, "securityKeyPinEdit");
        QVERIFY(!pin->isVisible());
        QTest::mouseClick(child<QPushButton>(*d, "securityKeySignInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pin->isVisible(), scaledMs(20000));
        QTRY_VERIFY(pin->hasFocus());
        QCOMPARE(pin->echoMode(), QLineEdit::Password);
        QVERIFY(errorText(*d).contains(QLatin1String("PIN")));
        if (const QString dir = qEnvironmentVariable("WS_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(d->grab().save(dir + QStringLiteral("/signin-security-key-pin.png")));
        }
        verifyNothingLeft();
    }

    // No passkey for the site on the key: said on the page (the form stays), nothing kept.
    void aKeyWithoutThePasskeySaysSo() {
        m_key->holdNoCredential(true);
        auto d = dialog();
        QSignalSpy failed(d.get(), &SignInDialog::signInFailed);
        openSecurityKeyPage(*d);
        QTest::mouseClick(child<QPushButton>(*d, "securityKeySignInButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, scaledMs(20000));
        QVERIFY2(errorText(*d).contains(QLatin1String("no passkey for this site")),
                 qPrintable(errorText(*d)));
        QVERIFY(child<QPushButton>(*d, "securityKeySignInButton")->isEnabled());
        verifyNothingLeft();
        QVERIFY(m_remembered.isEmpty());
    }

    // A key with passkeys of two accounts for the site: the Account choice appears with both, and the
    // chosen account's passkey signs the sign-in (the devserver's stamp log names its key).
    void theAccountIsChosenWhenTheKeyHoldsSeveral() {
        Result<SoftwarePasskey> second = SoftwarePasskey::create(kRpId);
        QVERIFY(second);
        QVERIFY(h->server()
                    .state()
                    .addAuthenticator({QString(), h->fixture().userId(), second->credentialId(),
                                       second->publicKeyHex(), kRpId})
                    .ok());
        m_key->addAccount(*second, QByteArrayLiteral("user-2"), QStringLiteral("bob"));
        auto d = dialog();
        QSignalSpy signedIn(d.get(), &SignInDialog::signedIn);
        openSecurityKeyPage(*d);
        auto* account = child<QComboBox>(*d, "securityKeyAccountCombo");
        QVERIFY(!account->isVisible());
        QTest::mouseClick(child<QPushButton>(*d, "securityKeySignInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(account->isVisible(), scaledMs(20000));
        QCOMPARE(account->count(), 2);
        QCOMPARE(account->itemText(0), QStringLiteral("ann"));
        QCOMPARE(account->itemText(1), QStringLiteral("bob"));
        QVERIFY(errorText(*d).contains(QLatin1String("several accounts")));
        QCOMPARE(signedIn.size(), 0);
        verifyNothingLeft();
        if (const QString dir = qEnvironmentVariable("WS_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(d->grab().save(dir + QStringLiteral("/signin-security-key-account.png")));
        }
        account->setCurrentIndex(1);
        QTest::mouseClick(child<QPushButton>(*d, "securityKeySignInButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, scaledMs(20000));
        QByteArray stampedBy;
        for (const auto& entry : h->server().stampLog().entries()) {
            if (entry.path.endsWith(QLatin1String("stamp_login")))
                stampedBy = entry.publicKey;
        }
        QCOMPARE(stampedBy, second->publicKeyHex());
    }

    // The form names its first problem once a site is typed: a URL instead of a domain.
    void aSiteMustBeADomain() {
        auto d = dialog(QString());
        openSecurityKeyPageWithoutSite(*d);
    }

    // Sign in again for a session made with the security key: the page opens with its site and
    // organization, the name fixed; the touch replaces the session under the same name.
    void signInAgainWithTheKey() {
        {
            auto first = dialog();
            QSignalSpy signedIn(first.get(), &SignInDialog::signedIn);
            openSecurityKeyPage(*first);
            QTest::mouseClick(child<QPushButton>(*first, "securityKeySignInButton"), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, scaledMs(20000));
        }
        const QString name = QString::fromLatin1(kDefaultSessionKey);
        const QString oldKey = h->publicKeyOf(name);
        auto d = dialog(QStringLiteral("other.example"));
        d->startSignInAgain(name, 1200, SignInMethod::passkey(kRpId), h->fixture().organizationId());
        QVERIFY(onSecurityKeyPage(*d));
        QCOMPARE(child<QLineEdit>(*d, "securityKeyRpIdEdit")->text(), kRpId);
        QCOMPARE(child<QLineEdit>(*d, "securityKeyOrganizationEdit")->text(), h->fixture().organizationId());
        QVERIFY(child<QLineEdit>(*d, "securityKeySessionKeyEdit")->isReadOnly());
        QSignalSpy signedIn(d.get(), &SignInDialog::signedIn);
        QTest::keyClick(d.get(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, scaledMs(20000));
        QCOMPARE(signedIn.at(0).at(0).toString(), name);
        QVERIFY(h->publicKeyOf(name) != oldKey);
        QCOMPARE(h->onlySessionKeysLeft(), QString());
    }

    // Refresh with Options › Security key: "Touch your security key" with Cancel; the touch refreshes
    // (stamped by the passkey, also for an expired session); Cancel ends the wait, the session as it was.
    void aSecurityKeyRefreshesASession() {
        QVERIFY(h->login(QStringLiteral("work")).ok());
        const QString before = h->publicKeyOf(QStringLiteral("work"));
        m_key->waitForTouch(true);
        QWidget window;
        window.show();
        std::optional<Result<SessionInfo>> outcome;
        RefreshRequest request;
        request.sessionKey = QStringLiteral("work");
        auto* cancelled = new SecurityKeyRefresh(h->manager(), m_key->seam(), &window);
        cancelled->start(request, kRpId, [&](const Result<SessionInfo>& r) { outcome = r; });
        QTRY_VERIFY_WITH_TIMEOUT(m_key->isWaitingForTouch(), scaledMs(20000));
        auto* progress = window.findChild<QProgressDialog*>(QStringLiteral("securityKeyRefreshProgress"));
        QVERIFY(progress);
        QTRY_VERIFY(progress->isVisible());
        QVERIFY(progress->labelText().contains(QLatin1String("Touch your security key")));
        QTest::keyClick(progress, Qt::Key_Escape); // as the user stops it
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), scaledMs(20000));
        QCOMPARE(outcome->error().code, ErrorCode::Cancelled);
        QCOMPARE(h->publicKeyOf(QStringLiteral("work")), before);
        QCOMPARE(h->onlySessionKeysLeft(), QString());

        outcome.reset();
        h->clock().advanceSecs(1000); // expired: only the key can renew it now
        auto* refresh = new SecurityKeyRefresh(h->manager(), m_key->seam(), &window);
        refresh->start(request, kRpId, [&](const Result<SessionInfo>& r) { outcome = r; });
        QTRY_VERIFY_WITH_TIMEOUT(m_key->isWaitingForTouch(), scaledMs(20000));
        m_key->touch();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), scaledMs(20000));
        QVERIFY2(outcome->ok(), outcome->ok() ? "" : qPrintable(outcome->error().message));
        QVERIFY(h->publicKeyOf(QStringLiteral("work")) != before);
        QVERIFY(outcome->value().token.claims.exp > h->clock().nowSecs());
    }

private:
    void openSecurityKeyPageWithoutSite(SignInDialog& d) {
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QTest::mouseClick(child<QPushButton>(d, "signInSecurityKeyButton"), Qt::LeftButton);
        QTRY_VERIFY(onSecurityKeyPage(d));
        auto* site = child<QLineEdit>(d, "securityKeyRpIdEdit");
        QVERIFY(site->hasFocus());
        QTest::keyClicks(site, QStringLiteral("https://wallet.example/login"));
        QTest::keyClicks(child<QLineEdit>(d, "securityKeyOrganizationEdit"), QStringLiteral("org"));
        QVERIFY(!child<QPushButton>(d, "securityKeySignInButton")->isEnabled());
        QVERIFY2(errorText(d).contains(QLatin1String("domain name only")), qPrintable(errorText(d)));
        site->setText(kRpId);
        QVERIFY(child<QPushButton>(d, "securityKeySignInButton")->isEnabled());
        QCOMPARE(errorText(d), QString());
    }
};

QTEST_MAIN(TestSignInSecurityKey)
#include "tst_signin_securitykey.moc"
