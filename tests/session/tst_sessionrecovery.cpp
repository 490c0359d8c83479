// Start-up recovery over a hand-crafted interrupted state: what a crash at each step of the
// refresh/clear flows leaves behind, in a real index and a real gnome-keyring.
#include "SessionTestKit.h"
#include "TestEnvironment.h"
#include "crypto/P256KeyPair.h"

#include <QProcess>
#include <QScopeGuard>
#include <QTest>

using namespace ws;
using namespace ws::test;

class TestSessionRecovery : public QObject {
    Q_OBJECT

    ManualClock m_clock;
    TokenFactory m_tokens;
    std::unique_ptr<SessionHarness> h;

    // A key pair written to the keychain under `entry` (or not at all) and recorded as given.
    QString craftKey(KeyState state, KeyKind kind, qint64 ageSecs, bool inKeychain = true) {
        auto key = P256KeyPair::generate();
        if (!key.ok())
            return {};
        const QString pub = QString::fromLatin1(key.value().publicKeyHex());
        const auto recorded = h->index().update([&](IndexData& data) -> Result<void> {
            KeyRecord r;
            r.publicKey = pub;
            r.state = state;
            r.kind = kind;
            r.createdAt = m_clock.now().addSecs(-ageSecs);
            data.keys[pub] = r;
            return {};
        });
        if (!recorded.ok())
            return {};
        if (inKeychain) {
            const QString entry = kind == KeyKind::ApiKey ? apiKeyEntryName(pub) : sessionKeyEntryName(pub);
            const SecureBytes secret = key.value().privateKeyHex();
            if (!h->writeSecret(entry, secret.view().toByteArray()).ok())
                return {};
        }
        return pub;
    }

    void craftSession(const QString& label, const QString& pub) {
        const auto token = decodeSessionToken(m_tokens.make(pub, m_clock.nowSecs() + 900));
        QVERIFY(token.ok());
        WS_VERIFY_OK(h->index().update([&](IndexData& data) -> Result<void> {
            SessionRecord s;
            s.sessionKey = label;
            s.token = token.value();
            s.lifetimeSeconds = 900;
            s.createdAt = m_clock.now();
            data.sessions[label] = s;
            data.activeSessionKey = label;
            return {};
        }));
    }

    const KeyRecord* keyRecord(const QString& pub) const {
        const auto it = h->data().keys.find(pub);
        return it == h->data().keys.end() ? nullptr : &it->second;
    }

private Q_SLOTS:
    void init() {
        h = std::make_unique<SessionHarness>(m_clock, nullptr, SessionManager::Options{},
                                             QStringLiteral("recovery"));
        const auto opened = h->open();
        WS_REQUIRE_KEYRING_OR_SKIP(opened.ok(), opened.ok() ? QString() : opened.error().toString());
    }
    void cleanup() { h.reset(); }

    void finishesInterruptedWork() {
        const qint64 hour = 3600;
        const QString doomed = craftKey(KeyState::Doomed, KeyKind::Session, 30);
        const QString pendingOld = craftKey(KeyState::Pending, KeyKind::Session, hour);
        const QString pendingYoung = craftKey(KeyState::Pending, KeyKind::Session, 60);
        const QString pendingNeverWritten = craftKey(KeyState::Pending, KeyKind::Session, hour, false);
        // Crash after step 4 of a refresh: the session points at the new key, the old one is doomed.
        const QString refreshedOld = craftKey(KeyState::Doomed, KeyKind::Session, hour);
        const QString refreshedNew = craftKey(KeyState::Live, KeyKind::Session, 5);
        craftSession(QStringLiteral("work"), refreshedNew);
        const QString liveOrphan = craftKey(KeyState::Live, KeyKind::Session, hour);
        const QString apiKey = craftKey(KeyState::Live, KeyKind::ApiKey, 10 * hour);
        for (const QString& k : {doomed, pendingOld, pendingYoung, pendingNeverWritten, refreshedOld,
                                 refreshedNew, liveOrphan, apiKey})
            QVERIFY(!k.isEmpty());

        const auto report = h->recover();
        WS_VERIFY_OK(report);
        QCOMPARE(report.value().deletedKeys, 4);
        QCOMPARE(report.value().completedRefreshes, 2);
        QCOMPARE(report.value().heldKeys, 1);
        QVERIFY(report.value().failures.isEmpty());

        for (const QString& gone : {doomed, pendingOld, pendingNeverWritten, refreshedOld}) {
            QVERIFY2(!keyRecord(gone), qPrintable(gone));
            WS_VERIFY_ERROR(h->readSecret(sessionKeyEntryName(gone)), ErrorCode::NotFound);
        }
        // A live session key that no session uses lost its session to damage (a salvaged index) or to
        // something this version does not know: its session may still exist, so it is held, not deleted.
        QVERIFY(keyRecord(liveOrphan));
        QCOMPARE(keyRecord(liveOrphan)->state, KeyState::Live);
        QVERIFY(keyRecord(liveOrphan)->held);
        QVERIFY(!keyRecord(liveOrphan)->heldReason.isEmpty());
        QVERIFY(h->keychainHasSessionKey(liveOrphan));
        QCOMPARE(keyRecord(pendingYoung)->state, KeyState::Pending);
        QVERIFY(h->keychainHasSessionKey(pendingYoung));
        QCOMPARE(keyRecord(refreshedNew)->state, KeyState::Live);
        QVERIFY(h->keychainHasSessionKey(refreshedNew));
        QCOMPARE(keyRecord(apiKey)->kind, KeyKind::ApiKey);
        WS_VERIFY_OK(h->readSecret(apiKeyEntryName(apiKey)));

        // The refreshed session is complete and usable.
        const auto info = h->manager().getSession();
        WS_VERIFY_OK(info);
        QCOMPARE(info.value().token.claims.publicKey, refreshedNew);

        // A second run finds nothing left to do.
        const auto again = h->recover();
        WS_VERIFY_OK(again);
        QCOMPARE(again.value().deletedKeys, 0);
        QCOMPARE(again.value().heldKeys, 1); // still held, and still reported
        QVERIFY(h->keychainHasSessionKey(liveOrphan));
    }

    void heldKeysAreNeverTouched() {
        // Held keys of every state: only the user's `keys delete` removes them.
        QStringList held;
        for (const KeyState state : {KeyState::Pending, KeyState::Live, KeyState::Doomed}) {
            const QString pub = craftKey(state, KeyKind::Session, 3600);
            QVERIFY(!pub.isEmpty());
            WS_VERIFY_OK(h->index().update([&](IndexData& data) -> Result<void> {
                data.keys[pub].held = true;
                data.keys[pub].heldReason = QStringLiteral("from a damaged index");
                return {};
            }));
            held.append(pub);
        }
        const auto report = h->recover();
        WS_VERIFY_OK(report);
        QCOMPARE(report.value().deletedKeys, 0);
        QCOMPARE(report.value().heldKeys, 3);
        const auto cleaned = waitFor<CleanupReport>(
            [&](QObject* ctx, Callback<CleanupReport> done) { h->manager().clearUnusedKeyPairs(ctx, done); });
        WS_VERIFY_OK(cleaned);
        QCOMPARE(cleaned.value().deletedKeys, 0);
        for (const QString& pub : std::as_const(held)) {
            QVERIFY(keyRecord(pub));
            QVERIFY(keyRecord(pub)->held);
            QVERIFY(h->keychainHasSessionKey(pub));
        }
    }

    // A clear with revocation in progress in another process: a Revoking session with a lease.
    void revokingSession_data() {
        QTest::addColumn<QString>("owner"); // "live", "dead", "expired", "none"
        QTest::addColumn<bool>("kept");
        QTest::addRow("lease of a live process") << QStringLiteral("live") << true;
        QTest::addRow("lease of a dead process") << QStringLiteral("dead") << false;
        QTest::addRow("expired lease of a live process") << QStringLiteral("expired") << false;
        QTest::addRow("no lease (interrupted by an older version)") << QStringLiteral("none") << false;
    }

    void revokingSession() {
        QFETCH(QString, owner);
        QFETCH(bool, kept);
        // Another process, on this host: this test process's own pid would count as the recovering
        // process itself.
        QProcess child;
        child.start(QStringLiteral("sleep"),
                    {owner == QLatin1String("dead") ? QStringLiteral("0") : QStringLiteral("60")});
        QVERIFY(child.waitForStarted());
        const qint64 childPid = child.processId();
        QVERIFY(childPid > 0);
        if (owner == QLatin1String("dead"))
            QVERIFY(child.waitForFinished());
        const auto stopChild = qScopeGuard([&child]() {
            child.kill();
            child.waitForFinished();
        });

        const QString pub = craftKey(KeyState::Live, KeyKind::Session, 60);
        QVERIFY(!pub.isEmpty());
        craftSession(QStringLiteral("leaving"), pub);
        const auto grace = SessionManager::Options{}.pendingGracePeriod;
        WS_VERIFY_OK(h->index().update([&](IndexData& data) -> Result<void> {
            SessionRecord* s = data.findSession(QStringLiteral("leaving"));
            s->serverState = ServerState::Revoking;
            if (owner != QLatin1String("none")) {
                s->lease = currentProcessLease(m_clock.now());
                s->lease.pid = childPid;
                if (owner == QLatin1String("expired"))
                    s->lease.since = m_clock.now().addSecs(-2 * grace.count());
            }
            return {};
        }));

        const auto report = h->recover();
        WS_VERIFY_OK(report);
        if (kept) {
            QVERIFY(h->data().findSession(QStringLiteral("leaving")));
            QCOMPARE(h->data().findSession(QStringLiteral("leaving"))->serverState, ServerState::Revoking);
            QCOMPARE(report.value().deletedKeys, 0);
            QVERIFY(keyRecord(pub));
            QVERIFY(h->keychainHasSessionKey(pub));
        } else {
            // The owner is gone: the clear it started is finished, as for an interrupted one.
            QVERIFY(!h->data().findSession(QStringLiteral("leaving")));
            QCOMPARE(report.value().deletedKeys, 1);
            QVERIFY(!keyRecord(pub));
            WS_VERIFY_ERROR(h->readSecret(sessionKeyEntryName(pub)), ErrorCode::NotFound);
        }
    }

    void sessionKeyIsLiveWhateverItsRecordSays() {
        // Crash between recording a key and the session update of another process: the session wins.
        const QString pub = craftKey(KeyState::Doomed, KeyKind::Session, 3600);
        craftSession(QStringLiteral("work"), pub);
        const auto report = h->recover();
        WS_VERIFY_OK(report);
        QCOMPARE(report.value().deletedKeys, 0);
        QCOMPARE(keyRecord(pub)->state, KeyState::Live);
        QVERIFY(h->keychainHasSessionKey(pub));
    }

    void failedDeletionIsKeptForNextTime() {
        const QString doomed = craftKey(KeyState::Doomed, KeyKind::Session, 30);
        const QString other = craftKey(KeyState::Doomed, KeyKind::Session, 30);
        h->secrets().failNext(FaultySecretStore::Op::Delete,
                              Error(ErrorCode::KeychainUnavailable, QStringLiteral("keychain locked")), 1,
                              doomed);
        auto report = h->recover();
        WS_VERIFY_OK(report);
        QCOMPARE(report.value().deletedKeys, 1); // the failure did not stop the other deletion
        QCOMPARE(report.value().failures.size(), 1);
        QCOMPARE(report.value().failures.first().code, ErrorCode::KeychainUnavailable);
        QCOMPARE(keyRecord(doomed)->state, KeyState::Doomed);
        QVERIFY(h->keychainHasSessionKey(doomed));
        QVERIFY(!keyRecord(other));

        report = h->recover();
        WS_VERIFY_OK(report);
        QCOMPARE(report.value().deletedKeys, 1);
        QVERIFY(report.value().failures.isEmpty());
        QVERIFY(!keyRecord(doomed));
        WS_VERIFY_ERROR(h->readSecret(sessionKeyEntryName(doomed)), ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSessionRecovery)
#include "tst_sessionrecovery.moc"
