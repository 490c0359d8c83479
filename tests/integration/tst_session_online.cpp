// SessionManager's online operations against the in-process devserver (real HTTP on loopback).
#include "OnlineHarness.h"
#include "TestEnvironment.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <optional>

using namespace ws;
using namespace ws::test;

class TestSessionOnline : public QObject {
    Q_OBJECT

    std::unique_ptr<OnlineHarness> h;
    SessionManager& m() { return h->manager(); }

    // Every key record belongs to a session and every session's key is in the keychain: the
    // invariant makes the records the full list of what the app has in the keychain.
    void verifyOnlySessionKeysLeft() {
        QStringList sessionKeys;
        for (const SessionInfo& s : m().getAllSessions(SessionManager::SignatureCheck::Skip)) {
            sessionKeys.append(s.token.claims.publicKey);
            QVERIFY2(h->local().keychainHasSessionKey(s.token.claims.publicKey), qPrintable(s.sessionKey));
        }
        QStringList recorded = h->recordedKeys();
        sessionKeys.sort();
        recorded.sort();
        QCOMPARE(recorded, sessionKeys);
    }

private Q_SLOTS:
    void init() {
        SessionManager::Options options;
        options.maxConcurrentRefreshes = 2;
        h = std::make_unique<OnlineHarness>(options);
        const auto started = h->start();
        WS_REQUIRE_KEYRING_OR_SKIP(started.ok(), started.ok() ? QString() : started.error().toString());
    }
    void cleanup() { h.reset(); }

    void login() {
        const int requestsBefore = h->server().requestCount();
        const auto key = h->login(QString());
        WS_VERIFY_OK(key);
        QCOMPARE(key.value(), QString::fromLatin1(kDefaultSessionKey));
        const auto info = m().getSession();
        WS_VERIFY_OK(info);
        QVERIFY(info.value().active);
        QVERIFY(info.value().signatureVerified); // signed by the devserver's notarizer, which we trust here
        QCOMPARE(info.value().lifetimeSeconds, qint64(900));
        QCOMPARE(info.value().token.claims.userId, h->fixture().userId());
        QCOMPARE(info.value().token.claims.organizationId, h->fixture().organizationId());
        const QString pub = info.value().token.claims.publicKey;
        QVERIFY(h->serverHasKey(pub));
        QVERIFY(h->local().keychainHasSessionKey(pub));
        QVERIFY(h->server().requestCount() > requestsBefore);
        // Not asked to remember the API key: it is nowhere.
        QCOMPARE(h->recordedKeys(), QStringList{pub});
        WS_VERIFY_ERROR(
            h->local().readSecret(apiKeyEntryName(QString::fromLatin1(h->server().demoApiPublicKeyHex()))),
            ErrorCode::NotFound);
        WS_VERIFY_OK(h->verify(QString()));
    }

    void loginRemembersTheApiKeyOnlyWhenAsked() {
        WS_VERIFY_OK(h->login(QStringLiteral("work"), true, 900, true));
        const QString apiPub = QString::fromLatin1(h->server().demoApiPublicKeyHex());
        const auto record = h->local().data().keys.find(apiPub);
        QVERIFY(record != h->local().data().keys.end());
        QCOMPARE(record->second.kind, KeyKind::ApiKey);
        QCOMPARE(record->second.organizationId, h->fixture().organizationId());
        const auto secret = h->local().readSecret(apiKeyEntryName(apiPub));
        WS_VERIFY_OK(secret);
        const SecureBytes expected = h->server().demoApiPrivateKeyHex();
        QVERIFY(secret.value().view() == expected.view());
        // Recovery keeps remembered API keys.
        WS_VERIFY_OK(h->local().recover());
        QVERIFY(h->local().data().keys.count(apiPub) == 1);
    }

    void loginRejectsBadInputBeforeAnyNetworkWork() {
        WS_VERIFY_OK(h->login(QStringLiteral("work")));
        const int requests = h->server().requestCount();
        WS_VERIFY_ERROR(h->login(QStringLiteral("work")), ErrorCode::AlreadyExists);
        WS_VERIFY_ERROR(h->login(QStringLiteral("short"), true, 10), ErrorCode::InvalidInput);
        WS_VERIFY_ERROR(h->login(QStringLiteral("bad\tlabel")), ErrorCode::InvalidInput);
        auto stranger = P256KeyPair::generate();
        WS_VERIFY_OK(stranger);
        const auto mismatch = waitFor<QString>([&](QObject* c, Callback<QString> cb) {
            LoginRequest request;
            request.organizationId = h->fixture().organizationId();
            request.apiPublicKey = stranger.value().publicKeyHex(); // not the private key's public key
            request.apiPrivateKey = h->server().demoApiPrivateKeyHex();
            request.sessionKey = QStringLiteral("other");
            m().loginWithApiKey(std::move(request), c, cb);
        });
        WS_VERIFY_ERROR(mismatch, ErrorCode::InvalidInput);
        QCOMPARE(h->server().requestCount(), requests);
        QCOMPARE(h->local().data().keys.size(), size_t(1)); // no key left behind by the refused logins
    }

    // Sign in again (issue 18): a new session under the same name, signed by the remembered API key
    // (no private key given); the old one's key is deleted as clear does, and how the session was
    // created is kept with it. A failed attempt leaves the old session exactly as it was.
    void signInAgainReplacesTheSessionUnderItsName() {
        WS_VERIFY_OK(h->login(QStringLiteral("work"), true, 600, true));
        const QString apiPub = QString::fromLatin1(h->server().demoApiPublicKeyHex());
        const auto before = m().getSession(QStringLiteral("work"));
        WS_VERIFY_OK(before);
        QCOMPARE(before->signInMethod, SignInMethod::apiKey(apiPub));
        const QString oldKey = before->token.claims.publicKey;

        // The name is taken: refused before any network work, with the way out named.
        const auto taken = h->login(QStringLiteral("work"));
        WS_VERIFY_ERROR(taken, ErrorCode::AlreadyExists);
        QVERIFY2(taken.error().message.contains(QStringLiteral("sign in again")),
                 qPrintable(taken.error().message));

        const auto again = [&](const QString& organizationId) {
            return waitFor<QString>([&](QObject* c, Callback<QString> cb) {
                LoginRequest request;
                request.organizationId = organizationId;
                request.apiPublicKey = apiPub.toLatin1(); // no private key: the remembered one signs
                request.sessionKey = QStringLiteral("work");
                request.expirationSeconds = 1200;
                request.replace = true;
                m().loginWithApiKey(std::move(request), c, cb);
            });
        };
        // A refused attempt (an organization the key does not belong to) changes nothing.
        WS_VERIFY_ERROR(again(QStringLiteral("org-that-is-not-this-one")), ErrorCode::Unauthorized);
        const auto untouched = m().getSession(QStringLiteral("work"));
        WS_VERIFY_OK(untouched);
        QCOMPARE(untouched->token.raw, before->token.raw);
        QVERIFY(h->local().keychainHasSessionKey(oldKey));

        const auto replaced = again(h->fixture().organizationId());
        WS_VERIFY_OK(replaced);
        QCOMPARE(replaced.value(), QStringLiteral("work"));
        const auto after = m().getSession(QStringLiteral("work"));
        WS_VERIFY_OK(after);
        QVERIFY(after->token.claims.publicKey != oldKey);
        QCOMPARE(after->lifetimeSeconds, qint64(1200));
        QCOMPARE(after->signInMethod, SignInMethod::apiKey(apiPub));
        QVERIFY(after->active);
        QCOMPARE(m().getAllSessions(SessionManager::SignatureCheck::Skip).size(), qsizetype(1));
        // The old key is gone from the keychain and the index; the new one and the API key remain.
        QVERIFY(!h->local().keychainHasSessionKey(oldKey));
        QVERIFY(h->local().data().keys.count(oldKey) == 0);
        QVERIFY(h->local().keychainHasSessionKey(after->token.claims.publicKey));
        QVERIFY(h->local().data().keys.count(apiPub) == 1);
        WS_VERIFY_OK(h->verify(QStringLiteral("work")));
    }

    void refreshActiveSession() {
        WS_VERIFY_OK(h->login(QStringLiteral("work")));
        const QString oldPub = h->publicKeyOf(QStringLiteral("work"));
        QSignalSpy refreshing(&m(), &SessionManager::refreshStateChanged);
        const auto refreshed = h->refresh(QString());
        WS_VERIFY_OK(refreshed);
        const QString newPub = refreshed.value().token.claims.publicKey;
        QVERIFY(newPub != oldPub);
        QCOMPARE(refreshed.value().sessionKey, QStringLiteral("work"));
        QVERIFY(refreshed.value().active);
        QVERIFY(refreshed.value().refreshedAt.isValid());
        QCOMPARE(refreshed.value().serverState, ServerState::Alive);
        QCOMPARE(refreshing.count(), 2);
        // Server: the new key is registered for the same user; the old one was not revoked (not asked).
        QVERIFY(h->serverHasKey(newPub));
        QVERIFY(h->serverHasKey(oldPub));
        // Local: the old key is gone from keychain and index, the new one is live.
        WS_VERIFY_ERROR(h->local().readSecret(sessionKeyEntryName(oldPub)), ErrorCode::NotFound);
        QCOMPARE(h->recordedKeys(), QStringList{newPub});
        WS_VERIFY_OK(h->verify(QStringLiteral("work")));
    }

    void refreshNonActiveSessionUsesItsOwnKey() {
        WS_VERIFY_OK(h->login(QStringLiteral("a")));
        WS_VERIFY_OK(h->login(QStringLiteral("b"), false));
        QCOMPARE(m().getActiveSessionKey(), QStringLiteral("a"));
        const QString aPub = h->publicKeyOf(QStringLiteral("a"));
        const QString bPub = h->publicKeyOf(QStringLiteral("b"));

        // Revoke the ACTIVE session's key on the server: a refresh stamped with it would now fail.
        QStringList aIds;
        for (const auto& key : h->server().apiKeysForUser(h->fixture().userId()))
            if (QString::fromLatin1(key.publicKey) == aPub)
                aIds.append(key.id);
        WS_VERIFY_OK(h->server().state().deleteKeys(h->fixture().userId(), aIds));

        const auto refreshed = h->refresh(QStringLiteral("b"));
        WS_VERIFY_OK(refreshed);
        QCOMPARE(m().getActiveSessionKey(), QStringLiteral("a")); // the active session stays what it was
        QVERIFY(!refreshed.value().active);
        const QString newPub = refreshed.value().token.claims.publicKey;
        QVERIFY(newPub != bPub);
        QVERIFY(h->serverHasKey(newPub));
        QCOMPARE(refreshed.value().token.claims.userId, h->fixture().userId());
        QVERIFY(h->serverHasKey(bPub)); // still there server-side until it expires or is revoked
        QCOMPARE(h->publicKeyOf(QStringLiteral("a")), aPub);

        // And the other way round: with b's own key revoked, b's refresh fails although a... is irrelevant.
        QSignalSpy revoked(&m(), &SessionManager::sessionRevoked);
        QStringList newIds;
        for (const auto& key : h->server().apiKeysForUser(h->fixture().userId()))
            if (QString::fromLatin1(key.publicKey) == newPub)
                newIds.append(key.id);
        WS_VERIFY_OK(h->server().state().deleteKeys(h->fixture().userId(), newIds));
        WS_VERIFY_ERROR(h->refresh(QStringLiteral("b")), ErrorCode::SessionExpired);
        QCOMPARE(revoked.count(), 1);
        QCOMPARE(revoked.first().first().toString(), QStringLiteral("b"));
        const auto b = m().getSession(QStringLiteral("b"));
        WS_VERIFY_OK(b); // marked, not deleted
        QCOMPARE(b.value().serverState, ServerState::Revoked);
        QVERIFY(!b.value().lastError.isEmpty());
        QCOMPARE(b.value().token.claims.publicKey, newPub);
        QVERIFY(h->local().keychainHasSessionKey(newPub));
        QCOMPARE(h->local().data().keys.size(), size_t(2)); // a's and b's keys; the failed refresh left none
    }

    void refreshKeepsSessionProfileId() {
        // A scoped session made the SDK way: createApiKeyPair, stamp_login with a profile, storeSession.
        auto apiKey = h->fixture().demoKey();
        WS_VERIFY_OK(apiKey);
        const auto pub = h->local().createKey();
        WS_VERIFY_OK(pub);
        StampLoginParams params;
        params.publicKey = pub.value().toLatin1();
        params.sessionProfileId = QStringLiteral("profile-readonly-42");
        const auto signer = std::make_shared<const P256KeyPair>(std::move(apiKey).value());
        const auto jwt = waitFor<QByteArray>([&](QObject* c, Callback<QByteArray> cb) {
            h->client().stampLogin(signer, h->fixture().organizationId(), params, c, cb);
        });
        WS_VERIFY_OK(jwt);
        WS_VERIFY_OK(h->local().store(jwt.value(), QStringLiteral("scoped")));
        QCOMPARE(m().getSession(QStringLiteral("scoped")).value().token.claims.sessionProfileId,
                 QStringLiteral("profile-readonly-42"));

        const auto refreshed = h->refresh(QStringLiteral("scoped"));
        WS_VERIFY_OK(refreshed);
        QCOMPARE(refreshed.value().token.claims.sessionProfileId, QStringLiteral("profile-readonly-42"));
        QVERIFY(refreshed.value().token.claims.publicKey != pub.value());
    }

    void refreshWithAPreCreatedKey() {
        WS_VERIFY_OK(h->login(QStringLiteral("work")));
        const auto pre = h->local().createKey();
        WS_VERIFY_OK(pre);
        RefreshRequest request;
        request.sessionKey = QStringLiteral("work");
        request.publicKey = pre.value();
        request.expirationSeconds = 120;
        const auto refreshed = h->refresh(request);
        WS_VERIFY_OK(refreshed);
        QCOMPARE(refreshed.value().token.claims.publicKey, pre.value());
        QVERIFY(h->serverHasKey(pre.value()));
        request.publicKey = QStringLiteral("02") + QString(64, QLatin1Char('a'));
        WS_VERIFY_ERROR(h->refresh(request), ErrorCode::NotFound);
        request.publicKey.clear();
        request.expirationSeconds = 5;
        WS_VERIFY_ERROR(h->refresh(request), ErrorCode::InvalidInput);
    }

    void refreshAllWithBoundedConcurrency() {
        for (int i = 0; i < 5; ++i)
            WS_VERIFY_OK(h->login(QStringLiteral("s%1").arg(i), i == 0));
        WS_VERIFY_OK(h->login(QStringLiteral("brief"), false, 30));
        h->clock().advanceSecs(45); // "brief" is expired now; the others have minutes left

        QSet<QString> inFlight;
        int maxInFlight = 0;
        const auto watch =
            connect(&m(), &SessionManager::refreshStateChanged, this, [&](const QString& key, bool on) {
                if (on)
                    inFlight.insert(key);
                else
                    inFlight.remove(key);
                maxInFlight = std::max(maxInFlight, int(inFlight.size()));
            });
        h->server().addLatency(150); // keeps requests overlapping so the bound is actually exercised
        QList<BatchProgress> progress;
        const auto report = waitFor<BatchReport>([&](QObject* c, Callback<BatchReport> cb) {
            m().refreshAllSessions(c, cb, [&](BatchProgress p) { progress.append(p); });
        });
        h->server().resetFaults();
        disconnect(watch);
        WS_VERIFY_OK(report);
        QCOMPARE(report.value().outcomes.size(), 6);
        // Expired sessions are skipped, not failures: the one rule of every front end.
        QCOMPARE(report.value().failureCount(), 0);
        QCOMPARE(report.value().skippedCount(), 1);
        for (const SessionOutcome& o : report.value().outcomes) {
            if (o.sessionKey == QStringLiteral("brief")) {
                QCOMPARE(o.status, SessionOutcome::Status::Skipped);
                QCOMPARE(o.result.error().code, ErrorCode::SessionExpired);
                QVERIFY(o.result.error().message.contains(QStringLiteral("log in again")));
            } else {
                QVERIFY2(o.result.ok(),
                         qPrintable(o.sessionKey + QLatin1Char(' ') + o.result.error().toString()));
            }
        }
        QCOMPARE(maxInFlight, 2);
        QCOMPARE(progress.size(), 5);
        QCOMPARE(progress.last().done, 6);
        QCOMPARE(progress.last().total, 6);
        QCOMPARE(m().getActiveSessionKey(), QStringLiteral("s0"));
        QVERIFY(m().getSession(QStringLiteral("brief")).ok()); // expired sessions are shown, not deleted
        verifyOnlySessionKeysLeft();
    }

    // Refresh-all makes its sessions' new keys ahead, many per index commit: a key that a failed
    // refresh (or one that joined a refresh already under way) did not use must not stay behind.
    void refreshAllDestroysTheKeysItDidNotUse() {
        for (int i = 0; i < 4; ++i)
            WS_VERIFY_OK(h->login(QStringLiteral("k%1").arg(i), i == 0));
        // k1's key is revoked on the server: its refresh fails with SESSION_EXPIRED.
        const QString revokedPub = h->publicKeyOf(QStringLiteral("k1"));
        QStringList ids;
        for (const auto& key : h->server().apiKeysForUser(h->fixture().userId()))
            if (QString::fromLatin1(key.publicKey) == revokedPub)
                ids.append(key.id);
        WS_VERIFY_OK(h->server().state().deleteKeys(h->fixture().userId(), ids));
        // k2 is already being refreshed on its own when refresh-all reaches it: they share that run.
        h->server().addLatency(200);
        std::optional<Result<SessionInfo>> single;
        RefreshRequest request;
        request.sessionKey = QStringLiteral("k2");
        m().refreshSession(request, this, [&](Result<SessionInfo> r) { single = r; });
        const auto report = waitFor<BatchReport>(
            [&](QObject* c, Callback<BatchReport> cb) { m().refreshAllSessions(c, cb, {}); });
        h->server().resetFaults();
        WS_VERIFY_OK(report);
        QTRY_VERIFY_WITH_TIMEOUT(single.has_value(), 20000);
        WS_VERIFY_OK(*single);
        QCOMPARE(report.value().outcomes.size(), 4);
        for (const SessionOutcome& o : report.value().outcomes) {
            if (o.sessionKey == QStringLiteral("k1"))
                QCOMPARE(o.result.error().code, ErrorCode::SessionExpired);
            else
                QVERIFY2(o.result.ok(),
                         qPrintable(o.sessionKey + QLatin1Char(' ') + o.result.error().toString()));
        }
        QCOMPARE(h->publicKeyOf(QStringLiteral("k1")), revokedPub);
        verifyOnlySessionKeysLeft();
    }

    void invalidateExistingLogsOutOtherSessions() {
        WS_VERIFY_OK(h->login(QStringLiteral("a")));
        WS_VERIFY_OK(h->login(QStringLiteral("b"), false));
        RefreshRequest request;
        request.sessionKey = QStringLiteral("a");
        request.invalidateExisting = true;
        const auto refreshed = h->refresh(request);
        WS_VERIFY_OK(refreshed);
        QVERIFY(!h->serverHasKey(h->publicKeyOf(QStringLiteral("b"))));
        QSignalSpy revoked(&m(), &SessionManager::sessionRevoked);
        WS_VERIFY_ERROR(h->verify(QStringLiteral("b")), ErrorCode::SessionExpired);
        QCOMPARE(revoked.count(), 1);
        QCOMPARE(m().getSession(QStringLiteral("b")).value().serverState, ServerState::Revoked);
        WS_VERIFY_OK(h->verify(QStringLiteral("a")));
        QCOMPARE(m().getSession(QStringLiteral("a")).value().serverState, ServerState::Alive);
    }

    void elevenSessionsEvictTheOldest() {
        for (int i = 0; i <= 10; ++i)
            WS_VERIFY_OK(h->login(QStringLiteral("s%1").arg(i, 2, 10, QLatin1Char('0')), i == 0));
        const QString oldest = QStringLiteral("s00");
        QVERIFY(!h->serverHasKey(h->publicKeyOf(oldest)));
        QSignalSpy revoked(&m(), &SessionManager::sessionRevoked);
        WS_VERIFY_ERROR(h->verify(oldest), ErrorCode::SessionExpired);
        QCOMPARE(revoked.count(), 1);
        WS_VERIFY_ERROR(h->refresh(oldest), ErrorCode::SessionExpired);
        const auto info = m().getSession(oldest);
        WS_VERIFY_OK(info); // marked Revoked, never deleted silently
        QCOMPARE(info.value().serverState, ServerState::Revoked);
        QCOMPARE(m().getAllSessions().size(), 11);
        QCOMPARE(h->local().data().keys.size(), size_t(11)); // the failed refresh left no key behind
        WS_VERIFY_OK(h->verify(QStringLiteral("s10")));
    }

    void revokeOnClear() {
        WS_VERIFY_OK(h->login(QStringLiteral("a")));
        WS_VERIFY_OK(h->login(QStringLiteral("b"), false));
        const QString aPub = h->publicKeyOf(QStringLiteral("a"));
        const QString bPub = h->publicKeyOf(QStringLiteral("b"));
        ClearOptions revoke;
        revoke.revokeOnServer = true;
        WS_VERIFY_OK(h->clear(QStringLiteral("a"), revoke));
        QVERIFY(!h->serverHasKey(aPub));
        QVERIFY(h->serverHasKey(bPub));
        WS_VERIFY_ERROR(m().getSession(QStringLiteral("a")), ErrorCode::NotFound);
        WS_VERIFY_ERROR(h->local().readSecret(sessionKeyEntryName(aPub)), ErrorCode::NotFound);

        // A failed revocation keeps the session unless the caller says otherwise...
        h->server().failNext(500, 10);
        WS_VERIFY_ERROR(h->clear(QStringLiteral("b"), revoke), ErrorCode::ServerError);
        WS_VERIFY_OK(m().getSession(QStringLiteral("b")));
        QVERIFY(h->local().keychainHasSessionKey(bPub));
        // ...and when it does, the local clear happens and the failure is still reported.
        revoke.clearLocallyIfRevokeFails = true;
        WS_VERIFY_ERROR(h->clear(QStringLiteral("b"), revoke), ErrorCode::ServerError);
        h->server().resetFaults();
        WS_VERIFY_ERROR(m().getSession(QStringLiteral("b")), ErrorCode::NotFound);
        WS_VERIFY_ERROR(h->local().readSecret(sessionKeyEntryName(bPub)), ErrorCode::NotFound);
        QVERIFY(h->serverHasKey(bPub));
    }

    void revokeOnClearAllAndLogout() {
        WS_VERIFY_OK(h->login(QStringLiteral("a")));
        WS_VERIFY_OK(h->login(QStringLiteral("b"), false));
        const QString aPub = h->publicKeyOf(QStringLiteral("a"));
        const QString bPub = h->publicKeyOf(QStringLiteral("b"));
        ClearOptions revoke;
        revoke.revokeOnServer = true;
        WS_VERIFY_OK(
            waitFor<void>([&](QObject* c, Callback<void> cb) { m().logout(QString(), revoke, c, cb); }));
        QVERIFY(!h->serverHasKey(aPub));
        const auto report = waitFor<BatchReport>(
            [&](QObject* c, Callback<BatchReport> cb) { m().clearAllSessions(revoke, c, cb); });
        WS_VERIFY_OK(report);
        QVERIFY(report.value().allSucceeded());
        QVERIFY(!h->serverHasKey(bPub));
        QVERIFY(h->local().data().sessions.empty());
        QVERIFY(h->local().data().keys.empty());
    }

    void concurrentRefreshesShareOneRequest() {
        WS_VERIFY_OK(h->login(QStringLiteral("work")));
        const int activitiesBefore = h->server().activityCount();
        const int keysBefore = h->server().keyCount(h->fixture().userId());
        QObject context;
        std::optional<Result<SessionInfo>> first, second;
        RefreshRequest request;
        request.sessionKey = QStringLiteral("work");
        m().refreshSession(request, &context, [&](Result<SessionInfo> r) { first.emplace(std::move(r)); });
        QVERIFY(m().isRefreshing(QStringLiteral("work")));
        m().refreshSession(request, &context, [&](Result<SessionInfo> r) { second.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(first.has_value() && second.has_value(), 60000);
        WS_VERIFY_OK(*first);
        WS_VERIFY_OK(*second);
        QCOMPARE(first->value().token.claims.publicKey, second->value().token.claims.publicKey);
        QCOMPARE(h->server().activityCount(), activitiesBefore + 1);
        QCOMPARE(h->server().keyCount(h->fixture().userId()), keysBefore + 1);
        QVERIFY(!m().isRefreshing(QStringLiteral("work")));
    }

    // A passkey stamp without a security key given is unusable, and the SDK's browser-wallet stamper has
    // no meaning here: both NOT_SUPPORTED, nothing sent (the security key itself: tst_passkey_online).
    void unusableStampersSendNothing() {
        WS_VERIFY_OK(h->login(QStringLiteral("work")));
        const int requests = h->server().requestCount();
        for (StampWith with : {StampWith::Passkey, StampWith::Wallet}) {
            RefreshRequest request;
            request.stampWith = with;
            const auto r = h->refresh(request);
            WS_VERIFY_ERROR(r, ErrorCode::NotSupported);
            QVERIFY2(r.error().message.contains(with == StampWith::Wallet ? QLatin1String("desktop")
                                                                          : QLatin1String("No security key")),
                     qPrintable(r.error().message));
        }
        QCOMPARE(h->server().requestCount(), requests);
    }
};

QTEST_GUILESS_MAIN(TestSessionOnline)
#include "tst_session_online.moc"
