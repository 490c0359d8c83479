// Sign-in and refresh with a passkey on a FIDO2 security key, end to end: libfido2's real protocol code
// talks to the software security key behind its I/O hooks (on the thread pool, as for hardware), the
// X-Stamp-WebAuthn goes over loopback HTTP to the devserver, which verifies it against the authenticator
// registered for the demo user, and the session is stored with the real keychain. Every failure (no key,
// no passkey for the site, a PIN needed, a cancel during the touch, a passkey the server does not know)
// leaves no session, no key record and no keychain entry behind.
#include "OnlineHarness.h"
#include "SoftwarePasskey.h"
#include "SoftwareSecurityKey.h"
#include "TestEnvironment.h"
#include "fido/PasskeyStamp.h"
#include "session/PasskeyAttestation.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace ws;
using namespace ws::test;

namespace {
const QString kRpId = QStringLiteral("wallet.example");
const QString kStampLogin = QStringLiteral("/public/v1/submit/stamp_login");
} // namespace

class TestPasskeyOnline : public QObject {
    Q_OBJECT

    std::unique_ptr<OnlineHarness> h;
    std::optional<SoftwarePasskey> m_passkey;
    std::unique_ptr<SoftwareSecurityKey> m_key;
    SessionManager& m() { return h->manager(); }

    std::shared_ptr<fido::PasskeySigner> signer(const QString& rpId = kRpId) {
        auto made = std::make_shared<fido::PasskeySigner>();
        made->rpId = rpId;
        made->seam = m_key->seam();
        made->timeoutMs = 20000;
        return made;
    }
    std::shared_ptr<PasskeyAttestation> source(std::shared_ptr<fido::PasskeySigner> with) {
        return std::make_shared<PasskeyAttestation>(
            PasskeySignInOptions{h->fixture().organizationId(), std::move(with)});
    }
    Result<QString> signIn(std::shared_ptr<AttestationSource> from, const QString& label,
                           SignInHandle* handle = nullptr) {
        return waitFor<QString>([&](QObject* c, Callback<QString> cb) {
            SignInRequest request;
            request.sessionKey = label;
            request.expirationSeconds = 1200;
            const SignInHandle started = m().signIn(request, from, c, cb);
            if (handle)
                *handle = started;
        });
    }
    Result<SessionInfo> refreshWithPasskey(const QString& label, std::shared_ptr<fido::PasskeySigner> with) {
        RefreshRequest request;
        request.sessionKey = label;
        request.stampWith = StampWith::Passkey;
        request.passkey = std::move(with);
        return h->refresh(request);
    }
    // The key that stamped the last stamp_login, as the devserver logged it.
    QByteArray lastStampLoginKey() {
        const auto& entries = h->server().stampLog().entries();
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            if (it->path == kStampLogin)
                return it->publicKey;
        }
        return {};
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
        Result<SoftwarePasskey> passkey = SoftwarePasskey::create(kRpId);
        WS_VERIFY_OK(passkey);
        m_passkey.emplace(std::move(*passkey));
        auto added = h->server().state().addAuthenticator(
            {QString(), h->fixture().userId(), m_passkey->credentialId(), m_passkey->publicKeyHex(), kRpId});
        WS_VERIFY_OK(added);
        m_key = std::make_unique<SoftwareSecurityKey>(*m_passkey);
    }
    void cleanup() {
        // A get-assertion still unwinding on the thread pool (after a cancel) talks to the key: let it end.
        QThreadPool::globalInstance()->waitForDone();
        m_key.reset();
        m_passkey.reset();
        h.reset();
    }

    // The session is the demo user's, made by one touch; the devserver saw the passkey stamp it; the
    // session remembers the site, and is then an ordinary session (its own key verifies and refreshes).
    void aSecurityKeySignsASessionIn() {
        const auto key = signIn(source(signer()), QStringLiteral("yubi"));
        WS_VERIFY_OK(key);
        QCOMPARE(m_key->assertionsMade(), 1);
        QCOMPARE(lastStampLoginKey(), m_passkey->publicKeyHex());
        auto info = m().getSession(QStringLiteral("yubi"));
        WS_VERIFY_OK(info);
        QCOMPARE(info->token.claims.userId, h->fixture().userId());
        QCOMPARE(info->token.claims.organizationId, h->fixture().organizationId());
        QVERIFY(info->signInMethod == SignInMethod::passkey(kRpId));
        QCOMPARE(info->lifetimeSeconds, qint64(1200));
        QVERIFY(h->local().keychainHasSessionKey(info->token.claims.publicKey));
        QCOMPARE(h->recordedKeys(), QStringList{info->token.claims.publicKey});
        WS_VERIFY_OK(h->verify(QStringLiteral("yubi")));
        WS_VERIFY_OK(h->refresh(QStringLiteral("yubi")));
        QCOMPARE(m_key->assertionsMade(), 1); // the refresh was stamped by the session's own key
    }

    // --stamp-with passkey: the stamp_login of the refresh is the passkey's, for a session made with an
    // API key (the site named) and for one signed in with the key (the site remembered); an expired
    // session is renewed that way without signing in again.
    void aRefreshIsStampedByThePasskey() {
        WS_VERIFY_OK(h->login(QStringLiteral("work")));
        const QString before = h->publicKeyOf(QStringLiteral("work"));
        auto refreshed = refreshWithPasskey(QStringLiteral("work"), signer());
        WS_VERIFY_OK(refreshed);
        QVERIFY(refreshed->token.claims.publicKey != before);
        QCOMPARE(lastStampLoginKey(), m_passkey->publicKeyHex());
        QCOMPARE(m_key->assertionsMade(), 1);

        WS_VERIFY_OK(signIn(source(signer()), QStringLiteral("yubi")));
        h->clock().advanceSecs(1300); // both sessions have expired
        auto renewed = refreshWithPasskey(QStringLiteral("yubi"), signer(QString()));
        WS_VERIFY_OK(renewed);
        QVERIFY(renewed->token.claims.exp > h->clock().nowSecs());
        QCOMPARE(m_key->assertionsMade(), 3);
        QCOMPARE(h->onlySessionKeysLeft(), QString());
    }

    // A session not signed in with a security key, and no site named: nothing to ask the key for.
    void aRefreshWithoutASiteIsRefused() {
        WS_VERIFY_OK(h->login(QStringLiteral("work")));
        const QString before = h->publicKeyOf(QStringLiteral("work"));
        auto refused = refreshWithPasskey(QStringLiteral("work"), signer(QString()));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::NotSupported);
        QVERIFY2(refused.error().message.contains(QLatin1String("--rp-id")),
                 qPrintable(refused.error().message));
        QCOMPARE(m_key->assertionsMade(), 0);
        QCOMPARE(h->publicKeyOf(QStringLiteral("work")), before);
    }

    // A key with no passkey for the site: the sign-in says so and leaves nothing; the refresh's stamper
    // is unusable (NOT_SUPPORTED) and the session is as it was.
    void aKeyWithoutThePasskeyLeavesNothing() {
        m_key->holdNoCredential(true);
        const auto refused = signIn(source(signer()), QStringLiteral("yubi"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::NotFound);
        QVERIFY2(refused.error().message.contains(QLatin1String("no passkey for this site")),
                 qPrintable(refused.error().message));
        verifyNothingLeft();

        WS_VERIFY_OK(h->login(QStringLiteral("work")));
        const QString before = h->publicKeyOf(QStringLiteral("work"));
        auto notRefreshed = refreshWithPasskey(QStringLiteral("work"), signer());
        QVERIFY(!notRefreshed.ok());
        QCOMPARE(notRefreshed.error().code, ErrorCode::NotSupported);
        QCOMPARE(h->publicKeyOf(QStringLiteral("work")), before);
        QCOMPARE(h->onlySessionKeysLeft(), QString());
    }

    // The key wants its PIN: PIN_REQUIRED (the front ends ask for it and start again), nothing kept.
    void aKeyThatWantsItsPinSaysSo() {
        m_key->requirePin(true);
        const auto refused = signIn(source(signer()), QStringLiteral("yubi"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::PinRequired);
        verifyNothingLeft();
    }

    // Cancelled while the key waits for the touch: fido_dev_cancel reaches the key (its CTAPHID_CANCEL
    // ends the wait), the sign-in ends CANCELLED at once, and nothing is left. The next sign-in works.
    void aCancelDuringTheTouchStopsTheKey() {
        m_key->waitForTouch(true);
        SignInHandle handle;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&] {
            if (m_key->isWaitingForTouch()) {
                poll.stop();
                handle.cancel();
            }
        });
        poll.start();
        QElapsedTimer clock;
        clock.start();
        const auto cancelled = signIn(source(signer()), QStringLiteral("yubi"), &handle);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QVERIFY(clock.elapsed() < 15000);         // not the 20 s touch timeout
        QTRY_VERIFY(!m_key->isWaitingForTouch()); // the key heard the cancel
        verifyNothingLeft();
        QCOMPARE(m_key->assertionsMade(), 0);

        m_key->touch(); // the next request finds the key touched
        WS_VERIFY_OK(signIn(source(signer()), QStringLiteral("yubi")));
    }

    // The key waits for the touch, and the sign-in finishes once it comes.
    void theSignInWaitsForTheTouch() {
        m_key->waitForTouch(true);
        QTimer::singleShot(300, this, [this] { m_key->touch(); });
        WS_VERIFY_OK(signIn(source(signer()), QStringLiteral("yubi")));
        QCOMPARE(m_key->assertionsMade(), 1);
    }

    // A passkey the organization does not know (registered elsewhere): the server refuses it.
    void aPasskeyTheServerDoesNotKnowIsRefused() {
        Result<SoftwarePasskey> stranger = SoftwarePasskey::create(kRpId);
        WS_VERIFY_OK(stranger);
        m_key.reset();
        SoftwareSecurityKey other(*stranger);
        auto with = std::make_shared<fido::PasskeySigner>();
        with->rpId = kRpId;
        with->seam = other.seam();
        const auto refused = signIn(source(with), QStringLiteral("yubi"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
        verifyNothingLeft();
    }

    // No seam: libfido2 looks for a real key on this computer, and (on a machine without one) says to
    // plug it in; nothing is left.
    void noSecurityKeyPluggedIn() {
        auto real = std::make_shared<fido::PasskeySigner>();
        real->rpId = kRpId;
        const auto refused = signIn(source(real), QStringLiteral("yubi"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::NotFound);
        QVERIFY2(refused.error().message.contains(QLatin1String("No security key is plugged in")),
                 qPrintable(refused.error().message));
        verifyNothingLeft();
    }
};

QTEST_GUILESS_MAIN(TestPasskeyOnline)
#include "tst_passkey_online.moc"
