// Start-up recovery over a hand-crafted interrupted state: what a crash at each step of the
// refresh/clear flows leaves behind, in a real index and a real gnome-keyring.
#include "SessionTestKit.h"
#include "TestEnvironment.h"
#include "crypto/P256KeyPair.h"

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
        QCOMPARE(report.value().deletedKeys, 5);
        QCOMPARE(report.value().completedRefreshes, 2);
        QVERIFY(report.value().failures.isEmpty());

        for (const QString& gone : {doomed, pendingOld, pendingNeverWritten, refreshedOld, liveOrphan}) {
            QVERIFY2(!keyRecord(gone), qPrintable(gone));
            WS_VERIFY_ERROR(h->readSecret(sessionKeyEntryName(gone)), ErrorCode::NotFound);
        }
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
