// refreshSession()'s publicKey and stampWith against the in-process devserver and the real keyring:
// a refresh onto a key made beforehand, an unknown key, and each stamper with the server's stamp log
// showing which key signed the stamp_login.
#include "OnlineHarness.h"
#include "TestEnvironment.h"

#include <QTest>

using namespace ws;
using namespace ws::test;

class TestRefreshOptionsOnline : public QObject {
    Q_OBJECT

    std::unique_ptr<OnlineHarness> h;
    SessionManager& m() { return h->manager(); }

    // The key that stamped the last stamp_login the server answered.
    QByteArray lastStampLoginStamper() {
        const auto& entries = h->server().stampLog().entries();
        for (auto it = entries.crbegin(); it != entries.crend(); ++it)
            if (it->path == QLatin1String("/public/v1/submit/stamp_login"))
                return it->publicKey;
        return {};
    }
    QString apiPub() { return QString::fromLatin1(h->server().demoApiPublicKeyHex()); }

private Q_SLOTS:
    void init() {
        h = std::make_unique<OnlineHarness>();
        const auto started = h->start();
        WS_REQUIRE_KEYRING_OR_SKIP(started.ok(), started.ok() ? QString() : started.error().toString());
    }
    void cleanup() { h.reset(); }

    void refreshOntoAKeyMadeBeforehand() {
        WS_VERIFY_OK(h->login(QStringLiteral("work")));
        const QString oldPub = h->publicKeyOf(QStringLiteral("work"));
        const auto made =
            waitFor<QString>([&](QObject* c, Callback<QString> cb) { m().createApiKeyPair(c, cb); });
        WS_VERIFY_OK(made);
        RefreshRequest request;
        request.sessionKey = QStringLiteral("work");
        request.publicKey = made.value();
        const auto refreshed = h->refresh(request);
        WS_VERIFY_OK(refreshed);
        // The server registered exactly that key, and the session uses it.
        QCOMPARE(refreshed.value().token.claims.publicKey, made.value());
        QVERIFY(h->serverHasKey(made.value()));
        QCOMPARE(lastStampLoginStamper(), oldPub.toLatin1()); // signed by the session's own key
        const KeyRecord& record = h->local().data().keys.at(made.value());
        QCOMPARE(record.state, KeyState::Live);
        QVERIFY(!record.held);
        QCOMPARE(h->onlySessionKeysLeft(), QString());
    }

    void refreshOntoAHeldKeyReleasesIt() {
        WS_VERIFY_OK(h->login(QStringLiteral("work")));
        const auto made =
            waitFor<QString>([&](QObject* c, Callback<QString> cb) { m().createApiKeyPair(c, cb); });
        WS_VERIFY_OK(made);
        const QString pub = made.value();
        // Held, as `keys generate` keeps its keys.
        WS_VERIFY_OK(h->local().index().update([pub](IndexData& data) -> Result<void> {
            data.keys.at(pub).held = true;
            data.keys.at(pub).heldReason = QStringLiteral("generated");
            return {};
        }));
        RefreshRequest request;
        request.publicKey = pub;
        const auto refreshed = h->refresh(request);
        WS_VERIFY_OK(refreshed);
        QCOMPARE(refreshed.value().token.claims.publicKey, pub);
        QVERIFY(!h->local().data().keys.at(pub).held);
        QVERIFY(h->local().data().keys.at(pub).heldReason.isEmpty());
    }

    void unknownPublicKeyIsNotFoundAndSendsNothing() {
        WS_VERIFY_OK(h->login(QStringLiteral("work")));
        const int before = h->server().requestCount();
        RefreshRequest request;
        request.publicKey = QStringLiteral("02") + QString(64, QLatin1Char('a'));
        WS_VERIFY_ERROR(h->refresh(request), ErrorCode::NotFound);
        // A key a session uses is not a target either.
        request.publicKey = h->publicKeyOf(QStringLiteral("work"));
        WS_VERIFY_ERROR(h->refresh(request), ErrorCode::InvalidInput);
        QCOMPARE(h->server().requestCount(), before);
    }

    void stampWithARememberedApiKeyRenewsAnExpiredSession() {
        WS_VERIFY_OK(h->login(QStringLiteral("work"), true, 60, true));
        RefreshRequest request;
        request.stampWith = StampWith::RememberedApiKey;
        const auto refreshed = h->refresh(request);
        WS_VERIFY_OK(refreshed);
        QCOMPARE(lastStampLoginStamper(), apiPub().toLatin1());
        // Expired: its own key cannot sign, the remembered API key can.
        h->clock().advanceSecs(120);
        WS_VERIFY_ERROR(h->refresh(QStringLiteral("work")), ErrorCode::SessionExpired);
        request.stampPublicKey = apiPub();
        request.expirationSeconds = 900;
        const auto renewed = h->refresh(request);
        WS_VERIFY_OK(renewed);
        QCOMPARE(lastStampLoginStamper(), apiPub().toLatin1());
        QVERIFY(renewed.value().token.claims.exp > h->clock().nowSecs());
    }

    void unusableStampersSendNothing() {
        WS_VERIFY_OK(h->login(QStringLiteral("work"))); // no API key remembered
        const int before = h->server().requestCount();
        const size_t keysBefore = h->local().data().keys.size();
        RefreshRequest request;
        request.stampWith = StampWith::RememberedApiKey;
        const auto noKey = h->refresh(request);
        WS_VERIFY_ERROR(noKey, ErrorCode::NotSupported);
        QVERIFY2(noKey.error().message.contains(QStringLiteral("remembered API key")),
                 qPrintable(noKey.error().message));
        request.stampPublicKey = apiPub();
        WS_VERIFY_ERROR(h->refresh(request), ErrorCode::NotSupported);
        request = {};
        request.stampWith = StampWith::Passkey;
        const auto passkey = h->refresh(request);
        WS_VERIFY_ERROR(passkey, ErrorCode::NotSupported);
        QVERIFY2(passkey.error().message.contains(QStringLiteral("security key")),
                 qPrintable(passkey.error().message));
        request.stampWith = StampWith::Wallet;
        WS_VERIFY_ERROR(h->refresh(request), ErrorCode::NotSupported);
        QCOMPARE(h->server().requestCount(), before);
        QCOMPARE(h->local().data().keys.size(), keysBefore);
    }
};

QTEST_GUILESS_MAIN(TestRefreshOptionsOnline)
#include "tst_refresh_options_online.moc"
