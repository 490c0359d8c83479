// Sessions whose keys live in a software TPM (swtpm), end to end against the in-process devserver:
// the devserver verifies the TPM-made stamps as Turnkey does, and a refreshed session stays in the TPM.
#include "OnlineHarness.h"
#include "SwtpmFixture.h"
#include "TestEnvironment.h"
#include "api/AuthProxyClient.h"
#include "crypto/TpmKeys.h"
#include "session/OtpAttestation.h"

#include <QJsonObject>
#include <QTest>

using namespace ws;
using namespace ws::test;

class TestTpmOnline : public QObject {
    Q_OBJECT

    SwtpmFixture tpm;
    std::unique_ptr<OnlineHarness> h;

    Result<QString> loginInTpm(const QString& label) {
        return waitFor<QString>([&](QObject* c, Callback<QString> cb) {
            LoginRequest request;
            request.organizationId = h->fixture().organizationId();
            request.apiPublicKey = h->server().demoApiPublicKeyHex();
            request.apiPrivateKey = h->server().demoApiPrivateKeyHex();
            request.sessionKey = label;
            request.keyStore = KeyStoreKind::Tpm;
            h->manager().loginWithApiKey(std::move(request), c, cb);
        });
    }

private Q_SLOTS:
    void initTestCase() {
        const auto started = tpm.start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    }
    void init() {
        tpm.use();
        h = std::make_unique<OnlineHarness>();
        const auto started = h->start();
        WS_REQUIRE_KEYRING_OR_SKIP(started.ok(), started.ok() ? QString() : started.error().toString());
    }
    void cleanup() { h.reset(); }

    void loginAndRefreshKeepTheKeyInTheTpm() {
        WS_VERIFY_OK(loginInTpm(QStringLiteral("tpm")));
        const QString first = h->publicKeyOf(QStringLiteral("tpm"));
        QCOMPARE(h->local().data().keys.at(first).store, KeyStoreKind::Tpm);
        // The keychain entry holds the TPM-wrapped blob, never a private key.
        const auto entry = h->local().readSecret(sessionKeyEntryName(first));
        WS_VERIFY_OK(entry);
        QVERIFY(tpm::isKeyBlob(entry.value().view()));
        QVERIFY(h->serverHasKey(first));

        // whoami stamped by the TPM key: the devserver checks the stamp as Turnkey does.
        WS_VERIFY_OK(h->verify(QStringLiteral("tpm")));

        const auto refreshed = h->refresh(QStringLiteral("tpm"));
        WS_VERIFY_OK(refreshed);
        const QString second = refreshed.value().token.claims.publicKey;
        QVERIFY(second != first);
        QCOMPARE(h->local().data().keys.at(second).store, KeyStoreKind::Tpm);
        const auto secondEntry = h->local().readSecret(sessionKeyEntryName(second));
        WS_VERIFY_OK(secondEntry);
        QVERIFY(tpm::isKeyBlob(secondEntry.value().view()));
        QVERIFY(h->serverHasKey(second));
        QVERIFY(!h->local().keychainHasSessionKey(first));
        QCOMPARE(h->onlySessionKeysLeft(), QString());
    }

    // Email sign-up with the session key made inside the TPM: the TPM key signs signup_v2's client
    // signature and the attested stamp_login (both checked by the devserver as Turnkey does), on the
    // thread pool; the session lands in the TPM like any other.
    void emailSignUpKeepsTheSessionKeyInTheTpm() {
        ApiConfig config = h->client().config();
        config.baseUrl = h->fixture().url();
        AuthProxyClient proxy(config, h->server().authProxyConfigId());
        OtpSignInOptions options;
        options.type = OtpType::Email;
        options.contact = QStringLiteral("tpm.signup@example.com");
        options.createAccount = true;
        options.otpSignerKeyHex = h->server().otpSignerPublicKeyHex();
        auto source = std::make_shared<OtpAttestation>(proxy, h->clock(), options);
        connect(source.get(), &OtpAttestation::codeNeeded, source.get(), [&](const std::optional<Error>&) {
            source->submitCode(
                h->server().sentOtpCodes().last().toObject().value(QStringLiteral("code")).toString());
        });
        const auto key = waitFor<QString>([&](QObject* c, Callback<QString> cb) {
            SignInRequest request;
            request.sessionKey = QStringLiteral("mail-tpm");
            request.keyStore = KeyStoreKind::Tpm;
            h->manager().signIn(request, source, c, cb);
        });
        WS_VERIFY_OK(key);
        const QString pub = h->publicKeyOf(QStringLiteral("mail-tpm"));
        QCOMPARE(h->local().data().keys.at(pub).store, KeyStoreKind::Tpm);
        const auto entry = h->local().readSecret(sessionKeyEntryName(pub));
        WS_VERIFY_OK(entry);
        QVERIFY(tpm::isKeyBlob(entry.value().view()));
        const auto info = h->manager().getSession(QStringLiteral("mail-tpm"));
        WS_VERIFY_OK(info);
        QVERIFY(info.value().token.claims.organizationId != h->fixture().organizationId()); // signed up
        WS_VERIFY_OK(h->verify(QStringLiteral("mail-tpm")));
        QCOMPARE(h->onlySessionKeysLeft(), QString());
    }

    void refreshAllKeepsTpmAndKeychainSessionsWhereTheyAre() {
        WS_VERIFY_OK(loginInTpm(QStringLiteral("in-tpm")));
        WS_VERIFY_OK(h->login(QStringLiteral("in-keychain"), false));
        const auto report = waitFor<BatchReport>(
            [&](QObject* c, Callback<BatchReport> cb) { h->manager().refreshAllSessions(c, cb); });
        WS_VERIFY_OK(report);
        QCOMPARE(report.value().succeededCount(), 2);
        const IndexData& data = h->local().data();
        QCOMPARE(data.keys.at(h->publicKeyOf(QStringLiteral("in-tpm"))).store, KeyStoreKind::Tpm);
        QCOMPARE(data.keys.at(h->publicKeyOf(QStringLiteral("in-keychain"))).store, KeyStoreKind::Keychain);
        QCOMPARE(h->onlySessionKeysLeft(), QString());
    }

    void withoutTheTpmNothingIsLost() {
        WS_VERIFY_OK(loginInTpm(QStringLiteral("tpm")));
        const QString key = h->publicKeyOf(QStringLiteral("tpm"));
        qputenv("TPM2OPENSSL_TCTI", unreachableTpmTcti().toLatin1());
        const auto refreshed = h->refresh(QStringLiteral("tpm"));
        WS_VERIFY_ERROR(refreshed, ErrorCode::KeychainUnavailable);
        QVERIFY2(refreshed.error().message.contains(QLatin1String("TPM 2.0")),
                 qPrintable(refreshed.error().message));
        // The session and its key are untouched, and a login into the TPM fails the same way.
        QCOMPARE(h->publicKeyOf(QStringLiteral("tpm")), key);
        QVERIFY(h->local().keychainHasSessionKey(key));
        WS_VERIFY_ERROR(loginInTpm(QStringLiteral("other")), ErrorCode::KeychainUnavailable);
        QCOMPARE(h->manager().getAllSessions(SessionManager::SignatureCheck::Skip).size(), 1);
        tpm.use();
        WS_VERIFY_OK(h->refresh(QStringLiteral("tpm")));
        QCOMPARE(h->onlySessionKeysLeft(), QString());
    }
};

QTEST_GUILESS_MAIN(TestTpmOnline)
#include "tst_tpm_online.moc"
