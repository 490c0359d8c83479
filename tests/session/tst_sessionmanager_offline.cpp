// The offline SessionManager operations against a real gnome-keyring and a real index on disk.
#include "SessionTestKit.h"
#include "TestEnvironment.h"
#include "crypto/P256KeyPair.h"

#include <QSignalSpy>
#include <QTest>

using namespace ws;
using namespace ws::test;

class TestSessionManagerOffline : public QObject {
    Q_OBJECT

    ManualClock m_clock;
    TokenFactory m_tokens;
    std::unique_ptr<SessionHarness> h;

    SessionManager& m() { return h->manager(); }
    qint64 in(qint64 secs) const { return m_clock.nowSecs() + secs; }

    Result<void> setActive(const QString& key) {
        return waitFor<void>(
            [&](QObject* c, Callback<void> cb) { m().setActiveSession(key, c, std::move(cb)); });
    }
    Result<void> setAutoRefresh(const QString& key, bool enabled) {
        return waitFor<void>(
            [&](QObject* c, Callback<void> cb) { m().setAutoRefresh(key, enabled, c, std::move(cb)); });
    }

    Result<void> clear(const QString& key, ClearOptions options = {}) {
        return waitFor<void>([&](QObject* c, Callback<void> cb) { m().clearSession(key, options, c, cb); });
    }
    Result<BatchReport> clearAll() {
        return waitFor<BatchReport>(
            [&](QObject* c, Callback<BatchReport> cb) { m().clearAllSessions(ClearOptions{}, c, cb); });
    }
    Result<void> logout(const QString& key = {}) {
        return waitFor<void>([&](QObject* c, Callback<void> cb) { m().logout(key, ClearOptions{}, c, cb); });
    }
    Result<CleanupReport> sweep() {
        return waitFor<CleanupReport>(
            [&](QObject* c, Callback<CleanupReport> cb) { m().clearUnusedKeyPairs(c, cb); });
    }
    const KeyRecord* keyRecord(const QString& pub) const {
        const auto it = h->data().keys.find(pub);
        return it == h->data().keys.end() ? nullptr : &it->second;
    }

private Q_SLOTS:
    void init() {
        SessionManager::Options options;
        options.notarizerPublicKeyHex = m_tokens.notarizerPublicKeyHex();
        h = std::make_unique<SessionHarness>(m_clock, nullptr, options);
        const auto opened = h->open();
        WS_REQUIRE_KEYRING_OR_SKIP(opened.ok(), opened.ok() ? QString() : opened.error().toString());
    }
    void cleanup() { h.reset(); }

    void createAndDeleteApiKeyPair() {
        const auto pub = h->createKey();
        WS_VERIFY_OK(pub);
        QCOMPARE(pub.value().size(), 66);
        const KeyRecord* record = keyRecord(pub.value());
        QVERIFY(record);
        QCOMPARE(record->state, KeyState::Pending);
        QCOMPARE(record->kind, KeyKind::Session);
        const auto secret = h->readSecret(sessionKeyEntryName(pub.value()));
        WS_VERIFY_OK(secret);
        WS_VERIFY_OK(P256KeyPair::fromPrivateKeyHex(secret.value().view(), pub.value().toLatin1()));

        WS_VERIFY_OK(
            waitFor<void>([&](QObject* c, Callback<void> cb) { m().deleteApiKeyPair(pub.value(), c, cb); }));
        QVERIFY(!keyRecord(pub.value()));
        WS_VERIFY_ERROR(h->readSecret(sessionKeyEntryName(pub.value())), ErrorCode::NotFound);
        WS_VERIFY_ERROR(
            waitFor<void>([&](QObject* c, Callback<void> cb) { m().deleteApiKeyPair(pub.value(), c, cb); }),
            ErrorCode::NotFound);
    }

    void deleteApiKeyPairRefusesAKeyInUse() {
        const auto pub = h->storeNew(m_tokens, QStringLiteral("work"), in(900));
        WS_VERIFY_OK(pub);
        WS_VERIFY_ERROR(
            waitFor<void>([&](QObject* c, Callback<void> cb) { m().deleteApiKeyPair(pub.value(), c, cb); }),
            ErrorCode::InvalidInput);
        QVERIFY(h->keychainHasSessionKey(pub.value()));
    }

    void storeRequiresThePrivateKey() {
        auto stranger = P256KeyPair::generate();
        WS_VERIFY_OK(stranger);
        const QString pub = QString::fromLatin1(stranger.value().publicKeyHex());
        WS_VERIFY_ERROR(h->store(m_tokens.make(pub, in(900)), QStringLiteral("work")), ErrorCode::NotFound);
        QVERIFY(h->data().sessions.empty());
        QVERIFY(m().getActiveSessionKey().isEmpty());
    }

    void storeRejectsBadTokensAndLabels() {
        const auto pub = h->createKey();
        WS_VERIFY_OK(pub);
        WS_VERIFY_ERROR(h->store(QByteArrayLiteral("not.a.jwt"), QStringLiteral("work")),
                        ErrorCode::InvalidInput);
        WS_VERIFY_ERROR(h->store(m_tokens.make(pub.value(), in(900)), QStringLiteral("bad\nlabel")),
                        ErrorCode::InvalidInput);
        WS_VERIFY_ERROR(h->store(m_tokens.make(pub.value(), in(900)), QString(129, QLatin1Char('x'))),
                        ErrorCode::InvalidInput);
        StoreOptions tooShort;
        tooShort.lifetimeSeconds = 10;
        WS_VERIFY_ERROR(h->store(m_tokens.make(pub.value(), in(900)), QStringLiteral("work"), tooShort),
                        ErrorCode::InvalidInput);
        QVERIFY(h->data().sessions.empty());
    }

    void storeActivationRules() {
        QSignalSpy changed(&m(), &SessionManager::sessionsChanged);
        const auto first = h->storeNew(m_tokens, QStringLiteral("first"), in(900));
        WS_VERIFY_OK(first);
        QVERIFY(changed.count() > 0);
        QCOMPARE(m().getActiveSessionKey(), QStringLiteral("first"));
        QCOMPARE(keyRecord(first.value())->state, KeyState::Live);

        // Another session does not steal the active slot...
        WS_VERIFY_OK(h->storeNew(m_tokens, QStringLiteral("second"), in(900)));
        QCOMPARE(m().getActiveSessionKey(), QStringLiteral("first"));
        // ...unless asked to.
        StoreOptions activate;
        activate.makeActive = true;
        WS_VERIFY_OK(h->storeNew(m_tokens, QStringLiteral("third"), in(900), activate));
        QCOMPARE(m().getActiveSessionKey(), QStringLiteral("third"));

        const auto info = m().getSession();
        WS_VERIFY_OK(info);
        QCOMPARE(info.value().sessionKey, QStringLiteral("third"));
        QVERIFY(info.value().active);
        QVERIFY(info.value().signatureVerified);
        QCOMPARE(info.value().lifetimeSeconds, qint64(900));
    }

    void storeRefusesToOverwriteUnlessAskedToReplace() {
        const auto old = h->storeNew(m_tokens, QStringLiteral("work"), in(900));
        WS_VERIFY_OK(old);
        const auto fresh = h->createKey();
        WS_VERIFY_OK(fresh);
        const QByteArray token = m_tokens.make(fresh.value(), in(600));
        WS_VERIFY_ERROR(h->store(token, QStringLiteral("work")), ErrorCode::AlreadyExists);
        QCOMPARE(m().getSession(QStringLiteral("work")).value().token.claims.publicKey, old.value());

        StoreOptions replace;
        replace.replace = true;
        WS_VERIFY_OK(h->store(token, QStringLiteral("work"), replace));
        QCOMPARE(m().getSession(QStringLiteral("work")).value().token.claims.publicKey, fresh.value());
        QCOMPARE(m().getActiveSessionKey(), QStringLiteral("work"));
        // The replaced session's key is gone from the keychain and from the index.
        QVERIFY(!keyRecord(old.value()));
        WS_VERIFY_ERROR(h->readSecret(sessionKeyEntryName(old.value())), ErrorCode::NotFound);
        QCOMPARE(keyRecord(fresh.value())->state, KeyState::Live);
    }

    void oneKeyCannotBackTwoSessions() {
        const auto pub = h->storeNew(m_tokens, QStringLiteral("a"), in(900));
        WS_VERIFY_OK(pub);
        WS_VERIFY_ERROR(h->store(m_tokens.make(pub.value(), in(900)), QStringLiteral("b")),
                        ErrorCode::AlreadyExists);
    }

    void unverifiableTokenIsStoredButMarked() {
        TokenFactory otherServer;
        const auto pub = h->createKey();
        WS_VERIFY_OK(pub);
        WS_VERIFY_OK(h->store(otherServer.make(pub.value(), in(900)), QStringLiteral("elsewhere")));
        const auto info = m().getSession(QStringLiteral("elsewhere"));
        WS_VERIFY_OK(info);
        QVERIFY(!info.value().signatureVerified);
    }

    void queries() {
        WS_VERIFY_ERROR(m().getSession(), ErrorCode::NoSessionFound);
        WS_VERIFY_ERROR(m().getSession(QStringLiteral("nope")), ErrorCode::NotFound);
        WS_VERIFY_ERROR(setActive(QStringLiteral("nope")), ErrorCode::NotFound);
        QVERIFY(m().getAllSessions().isEmpty());

        WS_VERIFY_OK(h->storeNew(m_tokens, QStringLiteral("b-short"), in(60)));
        WS_VERIFY_OK(h->storeNew(m_tokens, QStringLiteral("a-long"), in(3600)));
        WS_VERIFY_OK(setActive(QStringLiteral("a-long")));
        QCOMPARE(m().getActiveSessionKey(), QStringLiteral("a-long"));

        m_clock.advanceSecs(120); // b-short is now expired: still listed, marked by its expiry
        const QList<SessionInfo> all = m().getAllSessions();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).sessionKey, QStringLiteral("a-long"));
        QVERIFY(all.at(0).active);
        QVERIFY(!all.at(0).isExpiredAt(m_clock.now()));
        QCOMPARE(all.at(1).sessionKey, QStringLiteral("b-short"));
        QVERIFY(!all.at(1).active);
        QVERIFY(all.at(1).isExpiredAt(m_clock.now()));

        WS_VERIFY_OK(setAutoRefresh(QStringLiteral("a-long"), false));
        QVERIFY(!m().getSession(QStringLiteral("a-long")).value().autoRefresh);
        WS_VERIFY_ERROR(setAutoRefresh(QStringLiteral("nope"), false), ErrorCode::NotFound);
    }

    // The tray's queries: a handful of sessions, the active one first, then by expiry (ties by key),
    // and a pass over the records that describes none of them.
    void mostUrgentSessionsAndRecordPass() {
        QVERIFY(m().getMostUrgentSessions(3).isEmpty());
        QCOMPARE(m().sessionCount(), 0);
        WS_VERIFY_OK(h->storeNew(m_tokens, QStringLiteral("late"), in(7200)));
        WS_VERIFY_OK(h->storeNew(m_tokens, QStringLiteral("soon-b"), in(60)));
        WS_VERIFY_OK(h->storeNew(m_tokens, QStringLiteral("soon-a"), in(60)));
        WS_VERIFY_OK(h->storeNew(m_tokens, QStringLiteral("middle"), in(600)));
        WS_VERIFY_OK(setActive(QStringLiteral("late")));

        const auto keysOf = [](const QList<SessionInfo>& sessions) {
            QStringList keys;
            for (const SessionInfo& s : sessions)
                keys << s.sessionKey;
            return keys;
        };
        QCOMPARE(keysOf(m().getMostUrgentSessions(3)),
                 (QStringList{QStringLiteral("late"), QStringLiteral("soon-a"), QStringLiteral("soon-b")}));
        const QList<SessionInfo> all = m().getMostUrgentSessions(10);
        QCOMPARE(keysOf(all), (QStringList{QStringLiteral("late"), QStringLiteral("soon-a"),
                                           QStringLiteral("soon-b"), QStringLiteral("middle")}));
        QVERIFY(all.front().active);
        QCOMPARE(all.front().expiresAt(), m().getSession(QStringLiteral("late")).value().expiresAt());
        QVERIFY(m().getMostUrgentSessions(0).isEmpty());
        QVERIFY(m().getMostUrgentSessions(-1).isEmpty());

        QCOMPARE(m().sessionCount(), 4);
        QStringList visited;
        m().forEachSessionRecord([&](const SessionRecord& r) { visited << r.sessionKey; });
        QCOMPARE(visited, (QStringList{QStringLiteral("late"), QStringLiteral("middle"),
                                       QStringLiteral("soon-a"), QStringLiteral("soon-b")}));
    }

    void clearSessionRemovesKeyAndFixesActive() {
        const auto a = h->storeNew(m_tokens, QStringLiteral("a"), in(900));
        const auto b = h->storeNew(m_tokens, QStringLiteral("b"), in(900));
        WS_VERIFY_OK(a);
        WS_VERIFY_OK(b);
        QCOMPARE(m().getActiveSessionKey(), QStringLiteral("a"));
        WS_VERIFY_ERROR(clear(QStringLiteral("nope")), ErrorCode::NotFound);

        WS_VERIFY_OK(clear(QStringLiteral("a")));
        WS_VERIFY_ERROR(m().getSession(QStringLiteral("a")), ErrorCode::NotFound);
        QVERIFY(m().getActiveSessionKey().isEmpty()); // no other session is picked behind the user's back
        QVERIFY(!keyRecord(a.value()));
        WS_VERIFY_ERROR(h->readSecret(sessionKeyEntryName(a.value())), ErrorCode::NotFound);
        QVERIFY(h->keychainHasSessionKey(b.value()));
    }

    void clearAllWaitsAndReports() {
        const auto none = clearAll();
        WS_VERIFY_ERROR(none, ErrorCode::NoSessionFound);

        QStringList pubs;
        for (const char* label : {"one", "two", "three"}) {
            const auto pub = h->storeNew(m_tokens, QString::fromLatin1(label), in(900));
            WS_VERIFY_OK(pub);
            pubs.append(pub.value());
        }
        QList<BatchProgress> progress;
        const auto report = waitFor<BatchReport>([&](QObject* c, Callback<BatchReport> cb) {
            m().clearAllSessions(ClearOptions{}, c, cb, [&](BatchProgress p) { progress.append(p); });
        });
        WS_VERIFY_OK(report);
        QCOMPARE(report.value().outcomes.size(), 3);
        QVERIFY(report.value().allSucceeded());
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.last().done, 3);
        QCOMPARE(progress.last().total, 3);
        QVERIFY(h->data().sessions.empty());
        QVERIFY(h->data().keys.empty());
        QVERIFY(m().getActiveSessionKey().isEmpty());
        for (const QString& pub : std::as_const(pubs))
            WS_VERIFY_ERROR(h->readSecret(sessionKeyEntryName(pub)), ErrorCode::NotFound);
    }

    void clearAllReportsEachFailure() {
        const auto a = h->storeNew(m_tokens, QStringLiteral("a"), in(900));
        const auto b = h->storeNew(m_tokens, QStringLiteral("b"), in(900));
        WS_VERIFY_OK(a);
        WS_VERIFY_OK(b);
        h->secrets().failNext(FaultySecretStore::Op::Delete,
                              Error(ErrorCode::KeychainUnavailable, QStringLiteral("keychain locked")), 1,
                              b.value());
        const auto report = clearAll();
        WS_VERIFY_OK(report);
        QCOMPARE(report.value().outcomes.size(), 2);
        QCOMPARE(report.value().failureCount(), 1);
        const SessionOutcome& failed = report.value().outcomes.at(1);
        QCOMPARE(failed.sessionKey, QStringLiteral("b"));
        QCOMPARE(failed.result.error().code, ErrorCode::KeychainUnavailable);
        // The session is gone, its key is kept as doomed, and the next recovery finishes the job.
        QVERIFY(h->data().sessions.empty());
        QCOMPARE(keyRecord(b.value())->state, KeyState::Doomed);
        QVERIFY(h->keychainHasSessionKey(b.value()));
        const auto recovered = h->recover();
        WS_VERIFY_OK(recovered);
        QCOMPARE(recovered.value().deletedKeys, 1);
        QVERIFY(h->data().keys.empty());
        WS_VERIFY_ERROR(h->readSecret(sessionKeyEntryName(b.value())), ErrorCode::NotFound);
    }

    void logoutDefaultsToActive() {
        WS_VERIFY_ERROR(logout(), ErrorCode::NoSessionFound);
        const auto a = h->storeNew(m_tokens, QStringLiteral("a"), in(900));
        WS_VERIFY_OK(h->storeNew(m_tokens, QStringLiteral("b"), in(900)));
        WS_VERIFY_OK(a);
        WS_VERIFY_OK(logout());
        WS_VERIFY_ERROR(m().getSession(QStringLiteral("a")), ErrorCode::NotFound);
        WS_VERIFY_OK(m().getSession(QStringLiteral("b")));
        WS_VERIFY_ERROR(h->readSecret(sessionKeyEntryName(a.value())), ErrorCode::NotFound);
        WS_VERIFY_ERROR(logout(), ErrorCode::NoSessionFound); // b exists but is not active
        WS_VERIFY_OK(logout(QStringLiteral("b")));
        WS_VERIFY_ERROR(logout(QStringLiteral("b")), ErrorCode::NotFound);
    }

    void clearUnusedKeyPairsHonoursTheGracePeriod() {
        const auto used = h->storeNew(m_tokens, QStringLiteral("work"), in(3600));
        WS_VERIFY_OK(used);
        const auto pending = h->createKey();
        WS_VERIFY_OK(pending);

        auto report = sweep();
        WS_VERIFY_OK(report);
        QCOMPARE(report.value().deletedKeys, 0);
        QVERIFY(keyRecord(pending.value()));
        QVERIFY(h->keychainHasSessionKey(pending.value()));

        m_clock.advanceSecs(9 * 60); // still inside the 10 minute grace period
        report = sweep();
        WS_VERIFY_OK(report);
        QCOMPARE(report.value().deletedKeys, 0);

        m_clock.advanceSecs(2 * 60);
        report = sweep();
        WS_VERIFY_OK(report);
        QCOMPARE(report.value().deletedKeys, 1);
        QVERIFY(report.value().failures.isEmpty());
        QVERIFY(!keyRecord(pending.value()));
        WS_VERIFY_ERROR(h->readSecret(sessionKeyEntryName(pending.value())), ErrorCode::NotFound);
        // The session's key is never touched, however old.
        QCOMPARE(keyRecord(used.value())->state, KeyState::Live);
        QVERIFY(h->keychainHasSessionKey(used.value()));
        WS_VERIFY_OK(m().getSession(QStringLiteral("work")));
    }

    // keys generate: a held key, which no sweep removes however old, unlike createApiKeyPair()'s.
    void generatedKeysAreHeldPastTheGracePeriod() {
        const auto generated = waitFor<QString>(
            [&](QObject* c, Callback<QString> cb) { m().generateKeyPair(KeyStoreKind::Keychain, c, cb); });
        WS_VERIFY_OK(generated);
        QVERIFY(keyRecord(generated.value()));
        QVERIFY(keyRecord(generated.value())->held);
        QVERIFY(keyRecord(generated.value())->heldReason.contains(QStringLiteral("keys generate")));
        QVERIFY(h->keychainHasSessionKey(generated.value()));

        m_clock.advanceSecs(24 * 3600);
        auto report = sweep();
        WS_VERIFY_OK(report);
        QCOMPARE(report.value().deletedKeys, 0);
        QCOMPARE(report.value().heldKeys, 1);
        QVERIFY(keyRecord(generated.value()));
        QVERIFY(h->keychainHasSessionKey(generated.value()));
        const auto recovered =
            waitFor<CleanupReport>([&](QObject* c, Callback<CleanupReport> cb) { m().recover(c, cb); });
        WS_VERIFY_OK(recovered);
        QVERIFY(h->keychainHasSessionKey(generated.value()));

        // Only the user's delete removes it.
        WS_VERIFY_OK(waitFor<void>(
            [&](QObject* c, Callback<void> cb) { m().deleteApiKeyPair(generated.value(), c, cb); }));
        QVERIFY(!keyRecord(generated.value()));
        WS_VERIFY_ERROR(h->readSecret(sessionKeyEntryName(generated.value())), ErrorCode::NotFound);
    }

    void callbackIsDroppedWhenTheContextDies() {
        int calls = 0;
        {
            QObject context;
            m().createApiKeyPair(&context, [&](Result<QString>) { ++calls; });
        }
        QTest::qWait(300);
        // Let the keychain write finish; the callback must still not run.
        QTRY_VERIFY_WITH_TIMEOUT(!h->data().keys.empty(), 30000);
        QTest::qWait(200);
        QCOMPARE(calls, 0);
    }

    void onlineOperationsNeedAnApi() {
        WS_VERIFY_OK(h->storeNew(m_tokens, QStringLiteral("work"), in(900)));
        const auto refreshed = waitFor<SessionInfo>(
            [&](QObject* c, Callback<SessionInfo> cb) { m().refreshSession(RefreshRequest{}, c, cb); });
        WS_VERIFY_ERROR(refreshed, ErrorCode::NotSupported);
        LoginRequest login;
        login.organizationId = QStringLiteral("org-1");
        WS_VERIFY_ERROR(waitFor<QString>([&](QObject* c, Callback<QString> cb) {
                            m().loginWithApiKey(std::move(login), c, cb);
                        }),
                        ErrorCode::NotSupported);
    }
};

QTEST_GUILESS_MAIN(TestSessionManagerOffline)
#include "tst_sessionmanager_offline.moc"
