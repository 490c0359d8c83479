// SessionManager::signIn() end to end: the generic sign-in (session key first, recorded before the
// keychain write; the source's attestation; the attested stamp_login; the session stored) driven by the
// one-time-code source against the in-process devserver's Auth Proxy and API over loopback, with the
// real keychain. After every failure and every cancel: no session, no keychain entry, no index record.
#include "OnlineHarness.h"
#include "TestEnvironment.h"
#include "api/AuthProxyClient.h"
#include "crypto/AttestedStamp.h"
#include "crypto/VerificationToken.h"
#include "session/OtpAttestation.h"

#include <QJsonObject>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace ws;
using namespace ws::test;

namespace {

// A source that fails, or never answers until cancelled: the seam for the flow's own failure paths.
class ScriptedSource : public AttestationSource {
public:
    std::optional<Error> failWith; // empty: never answers
    QByteArray seenKey;
    bool cancelled = false;
    int attests = 0;
    void attest(TurnkeyClient::Signer key, Callback<Attestation> done) override {
        ++attests;
        seenKey = key->publicKeyHex();
        if (failWith)
            QTimer::singleShot(0, [done, e = *failWith]() { done(e); });
    }
    void cancel() override { cancelled = true; }
    SignInMethod method() const override { return SignInMethod::email(QStringLiteral("fake@example.com")); }
};

} // namespace

class TestSignInOnline : public QObject {
    Q_OBJECT

    std::unique_ptr<OnlineHarness> h;
    std::unique_ptr<AuthProxyClient> m_proxy;
    SessionManager& m() { return h->manager(); }

    std::shared_ptr<OtpAttestation> otp(const QString& contact, bool createAccount,
                                        OtpType type = OtpType::Email) {
        OtpSignInOptions options;
        options.type = type;
        options.contact = contact;
        options.createAccount = createAccount;
        options.otpSignerKeyHex = h->server().otpSignerPublicKeyHex();
        return std::make_shared<OtpAttestation>(*m_proxy, h->clock(), options);
    }
    QString wrongCode() const {
        return lastCode() == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    }
    QString lastCode() const {
        return h->server().sentOtpCodes().last().toObject().value(QStringLiteral("code")).toString();
    }
    // Answers every codeNeeded with `code()` (evaluated when asked).
    void answerWith(OtpAttestation& source, std::function<QString()> code) {
        connect(&source, &OtpAttestation::codeNeeded, &source,
                [&source, code](const std::optional<Error>&) { source.submitCode(code()); });
    }
    Result<QString> signIn(std::shared_ptr<AttestationSource> source, const QString& label = QString(),
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
    // Nothing of a failed sign-in is left: no session, no key record, no keychain entry for `key`.
    void verifyNothingLeft(const QByteArray& key) {
        QVERIFY(m().getAllSessions(SessionManager::SignatureCheck::Skip).isEmpty());
        QCOMPARE(h->recordedKeys(), QStringList());
        if (!key.isEmpty())
            QVERIFY(!h->local().keychainHasSessionKey(QString::fromLatin1(key)));
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

    void signsUpThenSignsInWithAnEmailedCode() {
        const QString email = QStringLiteral("new.user@example.com");
        auto source = otp(email, true);
        QStringList sentTo;
        connect(source.get(), &OtpAttestation::codeSent, this, [&](const QString& c) { sentTo << c; });
        answerWith(*source, [this] { return lastCode(); });
        const auto key = signIn(source, QStringLiteral("mail"));
        WS_VERIFY_OK(key);
        QCOMPARE(key.value(), QStringLiteral("mail"));
        QCOMPARE(sentTo, QStringList{email});
        auto info = m().getSession(QStringLiteral("mail"));
        WS_VERIFY_OK(info);
        QVERIFY(info.value().active);
        QVERIFY(info.value().signatureVerified);
        QCOMPARE(info.value().lifetimeSeconds, qint64(1200));
        const QString pub = info.value().token.claims.publicKey;
        const QString org = info.value().token.claims.organizationId;
        QVERIFY(org != h->fixture().organizationId()); // a new sub-organization
        QVERIFY(h->local().keychainHasSessionKey(pub));
        QCOMPARE(h->recordedKeys(), QStringList{pub});
        QCOMPARE(info.value().username, email); // whoami stamped by the new session's own key
        // The session is like any other: verified and refreshed with its own key.
        WS_VERIFY_OK(h->verify(QStringLiteral("mail")));
        WS_VERIFY_OK(h->refresh(QStringLiteral("mail")));

        // The same contact again: the account exists, no sign-up, the same organization.
        auto again = otp(email, false);
        answerWith(*again, [this] { return lastCode(); });
        WS_VERIFY_OK(signIn(again, QStringLiteral("mail2")));
        auto second = m().getSession(QStringLiteral("mail2"));
        WS_VERIFY_OK(second);
        QCOMPARE(second.value().token.claims.organizationId, org);
    }

    // The client signature of signup_v2 by a key inside a TPM (an external key, which can block for
    // tens of milliseconds) is made on the thread pool, not on the calling (GUI) thread; the devserver
    // checks it, so the sign-up only succeeds with the right signature.
    void aTpmKeySignsTheSignUpOffTheCallingThread() {
        auto software = P256KeyPair::generate();
        WS_VERIFY_OK(software);
        auto inner = std::make_shared<const P256KeyPair>(std::move(software.value()));
        QList<QThread*> signedOn;
        auto external = std::make_shared<const P256KeyPair>(
            P256KeyPair::external(inner->publicKeyHex(), [inner, &signedOn](QByteArrayView message) {
                signedOn.append(QThread::currentThread()); // read after the attestation has finished
                return inner->signDer(message);
            }));
        auto source = otp(QStringLiteral("tpm.user@example.com"), true);
        answerWith(*source, [this] { return lastCode(); });
        const auto attestation = waitFor<Attestation>(
            [&](QObject*, Callback<Attestation> cb) { source->attest(external, std::move(cb)); });
        WS_VERIFY_OK(attestation);
        QVERIFY(!attestation.value().organizationId.isEmpty());
        QVERIFY(attestation.value().organizationId != h->fixture().organizationId()); // signed up
        QCOMPARE(signedOn.size(), 1);
        QVERIFY(signedOn.first() != QThread::currentThread());
    }

    void signsUpWithATextedCode() {
        auto source = otp(QStringLiteral("+15555550123"), true, OtpType::Sms);
        answerWith(*source, [this] { return lastCode(); });
        WS_VERIFY_OK(signIn(source));
        auto info = m().getSession();
        WS_VERIFY_OK(info);
        QCOMPARE(info.value().username, QStringLiteral("+15555550123"));
    }

    void aNewContactWithoutCreateAccountLeavesNothing() {
        auto source = otp(QStringLiteral("nobody@example.com"), false);
        QByteArray seen;
        connect(source.get(), &OtpAttestation::codeNeeded, source.get(), [&](const std::optional<Error>&) {
            seen = h->recordedKeys().value(0).toLatin1(); // the pending key exists while the code is awaited
            source->submitCode(lastCode());
        });
        const auto r = signIn(source);
        WS_VERIFY_ERROR(r, ErrorCode::NotFound);
        QVERIFY(!seen.isEmpty());
        verifyNothingLeft(seen);
    }

    void aWrongCodeFailsOrIsRetried() {
        auto source = otp(QStringLiteral("a@example.com"), true);
        answerWith(*source, [this] {
            return lastCode() == QLatin1String("000000") ? QStringLiteral("111111")
                                                         : QStringLiteral("000000");
        });
        WS_VERIFY_ERROR(signIn(source), ErrorCode::InvalidOtpCode);
        verifyNothingLeft({});

        // The window's way: the error comes back with codeNeeded and the right code then works.
        OtpSignInOptions options = source->options();
        options.retryCodes = true;
        auto retrying = std::make_shared<OtpAttestation>(*m_proxy, h->clock(), options);
        QList<std::optional<Error>> asked;
        connect(retrying.get(), &OtpAttestation::codeNeeded, retrying.get(),
                [&](const std::optional<Error>& e) {
                    asked << e;
                    retrying->submitCode(asked.size() == 1 ? wrongCode() : lastCode());
                });
        WS_VERIFY_OK(signIn(retrying));
        QCOMPARE(asked.size(), 2);
        QVERIFY(!asked[0].has_value());
        QVERIFY(asked[1].has_value());
        QCOMPARE(asked[1]->code, ErrorCode::InvalidOtpCode);
    }

    void threeWrongCodesUseTheCodeUpAndCancelLeavesNothing() {
        OtpSignInOptions options;
        options.contact = QStringLiteral("three@example.com");
        options.createAccount = true;
        options.otpSignerKeyHex = h->server().otpSignerPublicKeyHex();
        options.retryCodes = true;
        auto source = std::make_shared<OtpAttestation>(*m_proxy, h->clock(), options);
        SignInHandle handle;
        QList<ErrorCode> refusals;
        connect(source.get(), &OtpAttestation::codeNeeded, this, [&](const std::optional<Error>& previous) {
            if (previous)
                refusals << previous->code;
            if (refusals.size() < 3)
                return source->submitCode(wrongCode());
            handle.cancel(); // the user gives up at "request a new code"
        });
        WS_VERIFY_ERROR(signIn(source, QString(), &handle), ErrorCode::Cancelled);
        QCOMPARE(refusals, (QList<ErrorCode>{ErrorCode::InvalidOtpCode, ErrorCode::InvalidOtpCode,
                                             ErrorCode::OtpExpired}));
        verifyNothingLeft({});
    }

    void resendGivesANewCodeWithTheSameKey() {
        OtpSignInOptions options;
        options.contact = QStringLiteral("resend@example.com");
        options.createAccount = true;
        options.otpSignerKeyHex = h->server().otpSignerPublicKeyHex();
        options.retryCodes = true;
        auto source = std::make_shared<OtpAttestation>(*m_proxy, h->clock(), options);
        int sent = 0;
        QString firstCode;
        connect(source.get(), &OtpAttestation::codeSent, this, [&](const QString&) { ++sent; });
        connect(source.get(), &OtpAttestation::codeNeeded, this, [&](const std::optional<Error>&) {
            if (sent == 1) {
                firstCode = lastCode();
                return source->resend();
            }
            source->submitCode(lastCode());
        });
        WS_VERIFY_OK(signIn(source));
        QCOMPARE(sent, 2);
        QCOMPARE(h->server().sentOtpCodes().size(), 2);
        QCOMPARE(h->recordedKeys().size(), 1);
    }

    void aReplayedVerificationTokenIsRefused() {
        // The token of a finished sign-in, replayed by another: single use, and bound to the first key.
        QByteArray token;
        struct Replay : AttestationSource {
            QByteArray token;
            QString org;
            QByteArray seen;
            void attest(TurnkeyClient::Signer key, Callback<Attestation> done) override {
                seen = key->publicKeyHex();
                QTimer::singleShot(0, [done, t = token, o = org]() {
                    done(Attestation{attested::kSchemeVerificationToken, t, o});
                });
            }
            void cancel() override {}
            SignInMethod method() const override { return {}; }
        };
        auto first = otp(QStringLiteral("replay@example.com"), true);
        answerWith(*first, [this] { return lastCode(); });
        // Keep the token the first sign-in used: the one otp_verify_v2 returned.
        WS_VERIFY_OK(signIn(first, QStringLiteral("first")));
        auto info = m().getSession(QStringLiteral("first"));
        WS_VERIFY_OK(info);
        token = first->verificationToken();
        QVERIFY(!token.isEmpty());
        const QStringList keysBefore = h->recordedKeys();
        auto replay = std::make_shared<Replay>();
        replay->token = token;
        replay->org = info.value().token.claims.organizationId;
        const auto r = signIn(replay, QStringLiteral("second"));
        WS_VERIFY_ERROR(r, ErrorCode::Unauthorized);
        QCOMPARE(h->recordedKeys(), keysBefore);
        QVERIFY(!h->local().keychainHasSessionKey(QString::fromLatin1(replay->seen)));
        QVERIFY(!m().getSession(QStringLiteral("second")).ok());
    }

    void anExpiredCodeLeavesNothing() {
        auto source = otp(QStringLiteral("late@example.com"), true);
        connect(source.get(), &OtpAttestation::codeNeeded, source.get(), [&](const std::optional<Error>&) {
            h->clock().advanceSecs(6 * 60);
            source->submitCode(lastCode());
        });
        WS_VERIFY_ERROR(signIn(source), ErrorCode::OtpExpired);
        verifyNothingLeft({});
    }

    void aTamperedTargetBundleSendsNothingMore() {
        // The configured OTP signer key is not the one the proxy signs with.
        OtpSignInOptions options;
        options.contact = QStringLiteral("t@example.com");
        options.createAccount = true;
        options.otpSignerKeyHex = P256KeyPair::generate().value().uncompressedPublicKeyHex();
        auto source = std::make_shared<OtpAttestation>(*m_proxy, h->clock(), options);
        answerWith(*source, [this] { return lastCode(); });
        int requestsAtCode = -1;
        connect(
            source.get(), &OtpAttestation::codeNeeded, this,
            [&](const std::optional<Error>&) { requestsAtCode = h->server().requestCount(); },
            Qt::DirectConnection);
        const auto r = signIn(source);
        WS_VERIFY_ERROR(r, ErrorCode::BadResponse);
        verifyNothingLeft({});
        QVERIFY(requestsAtCode >= 0);
        QCOMPARE(h->server().requestCount(), requestsAtCode); // no otp_verify_v2, no stamp_login
    }

    void aFailingSourceLeavesNothing() {
        auto source = std::make_shared<ScriptedSource>();
        source->failWith = Error(ErrorCode::Network, QStringLiteral("the proxy is down"));
        WS_VERIFY_ERROR(signIn(source), ErrorCode::Network);
        QCOMPARE(source->attests, 1);
        verifyNothingLeft(source->seenKey);
    }

    void cancelWhileAttestingLeavesNothing() {
        auto source = std::make_shared<ScriptedSource>();
        SignInHandle handle;
        const auto r = waitFor<QString>([&](QObject* c, Callback<QString> cb) {
            handle = m().signIn(SignInRequest{}, source, c, cb);
            QTimer::singleShot(0, this, [&]() {
                QVERIFY(QTest::qWaitFor([&] { return source->attests == 1; }, 20000));
                QCOMPARE(h->recordedKeys(), QStringList{QString::fromLatin1(source->seenKey)});
                QVERIFY(h->local().keychainHasSessionKey(QString::fromLatin1(source->seenKey)));
                handle.cancel();
            });
        });
        WS_VERIFY_ERROR(r, ErrorCode::Cancelled);
        QVERIFY(source->cancelled);
        verifyNothingLeft(source->seenKey);
        handle.cancel(); // after the end: nothing
    }

    void cancelWhileTheCodeIsAwaitedLeavesNothing() {
        auto source = otp(QStringLiteral("c@example.com"), true);
        SignInHandle handle;
        QByteArray pending;
        connect(source.get(), &OtpAttestation::codeNeeded, this, [&](const std::optional<Error>&) {
            pending = h->recordedKeys().value(0).toLatin1();
            handle.cancel();
        });
        WS_VERIFY_ERROR(signIn(source, QString(), &handle), ErrorCode::Cancelled);
        QVERIFY(!pending.isEmpty());
        verifyNothingLeft(pending);
    }

    void aTokenForAnotherKeyIsRefusedByStampLogin() {
        // A source that hands over a genuine token bound to some other key: the devserver refuses the
        // attested stamp_login (the stamp's key is not the token's), and the new key is destroyed.
        struct OtherKeySource : AttestationSource {
            TestSignInOnline* t;
            QByteArray seen;
            void attest(TurnkeyClient::Signer key, Callback<Attestation> done) override {
                seen = key->publicKeyHex();
                vtoken::Claims claims;
                claims.expMs = t->h->clock().nowMSecs() + 60000;
                claims.id = QStringLiteral("token-other");
                claims.verificationType = QStringLiteral("OTP_TYPE_EMAIL");
                claims.contact = QStringLiteral("o@example.com");
                claims.publicKey = P256KeyPair::generate().value().publicKeyHex();
                auto token = t->h->server().signVerificationToken(claims);
                const QString org = t->h->fixture().organizationId();
                QTimer::singleShot(0, [done, token, org]() {
                    done(Attestation{attested::kSchemeVerificationToken, token.value(), org});
                });
            }
            void cancel() override {}
            SignInMethod method() const override { return {}; }
        };
        auto source = std::make_shared<OtherKeySource>();
        source->t = this;
        const int keysBefore = h->serverKeys().size();
        const auto r = signIn(source);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Unauthorized);
        verifyNothingLeft(source->seen);
        QCOMPARE(h->serverKeys().size(), keysBefore);
    }

    void anExistingSessionNameIsRefusedBeforeAnyKey() {
        WS_VERIFY_OK(h->login(QStringLiteral("taken")));
        auto source = std::make_shared<ScriptedSource>();
        WS_VERIFY_ERROR(signIn(source, QStringLiteral("taken")), ErrorCode::AlreadyExists);
        QCOMPARE(source->attests, 0);
        QCOMPARE(h->recordedKeys().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSignInOnline)
#include "tst_signin_online.moc"
