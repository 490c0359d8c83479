// Faults during refresh, from the server (devserver fault injection over real HTTP) and from the
// keychain (the FaultySecretStore seam around the real gnome-keyring): each reaches the caller as
// the right error code, and nothing is lost — the old session still works, no key is orphaned.
#include "OnlineHarness.h"
#include "TestEnvironment.h"

#include <QSignalSpy>
#include <QTest>

using namespace ws;
using namespace ws::test;

class TestSessionFaults : public QObject {
    Q_OBJECT

    std::unique_ptr<OnlineHarness> h;
    QString m_pub;
    SessionManager& m() { return h->manager(); }

    // After a failed refresh: same key, still in the keychain, still accepted by the server, and the
    // index holds exactly the session's key (no pending or doomed leftovers, nothing for recover()).
    void verifyNothingLost() {
        QCOMPARE(h->publicKeyOf(QStringLiteral("work")), m_pub);
        QCOMPARE(h->recordedKeys(), QStringList{m_pub});
        QVERIFY(h->local().keychainHasSessionKey(m_pub));
        QVERIFY(!m().isRefreshing(QStringLiteral("work")));
        const auto info = m().getSession(QStringLiteral("work"));
        WS_VERIFY_OK(info);
        QVERIFY(!info.value().lastError.isEmpty());
        QVERIFY(info.value().active);
        WS_VERIFY_OK(h->verify(QStringLiteral("work")));
        const auto recovered = h->local().recover();
        WS_VERIFY_OK(recovered);
        QCOMPARE(recovered.value().deletedKeys, 0);
        // And the session can still be refreshed once the fault is gone.
        const auto refreshed = h->refresh(QStringLiteral("work"));
        WS_VERIFY_OK(refreshed);
        QVERIFY(refreshed.value().lastError.isEmpty());
        QCOMPARE(h->recordedKeys(), QStringList{refreshed.value().token.claims.publicKey});
    }

private Q_SLOTS:
    void init() {
        h = std::make_unique<OnlineHarness>();
        const auto started = h->start();
        WS_REQUIRE_KEYRING_OR_SKIP(started.ok(), started.ok() ? QString() : started.error().toString());
        WS_VERIFY_OK(h->login(QStringLiteral("work")));
        m_pub = h->publicKeyOf(QStringLiteral("work"));
    }
    void cleanup() { h.reset(); }

    void serverFaults_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("expected");
        QTest::newRow("5xx after retries") << QStringLiteral("500") << int(ErrorCode::ServerError);
        QTest::newRow("503 after retries") << QStringLiteral("503") << int(ErrorCode::ServerError);
        QTest::newRow("429") << QStringLiteral("429") << int(ErrorCode::RateLimited);
        QTest::newRow("dropped connection") << QStringLiteral("drop") << int(ErrorCode::Network);
        QTest::newRow("malformed body") << QStringLiteral("malform") << int(ErrorCode::BadResponse);
        QTest::newRow("activity stays pending") << QStringLiteral("pending") << int(ErrorCode::Timeout);
        QTest::newRow("latency beyond timeout") << QStringLiteral("latency") << int(ErrorCode::Timeout);
    }

    void serverFaults() {
        QFETCH(QString, fault);
        QFETCH(int, expected);
        auto& server = h->server();
        if (fault == QStringLiteral("drop"))
            server.dropNext(10);
        else if (fault == QStringLiteral("malform"))
            server.malformNext(1);
        else if (fault == QStringLiteral("pending"))
            server.pendingPolls(10);
        else if (fault == QStringLiteral("latency"))
            server.addLatency(6000); // the client gives up after 3 s of silence
        else
            server.failNext(fault.toInt(), 10);

        const auto r = h->refresh(QStringLiteral("work"));
        server.resetFaults();
        WS_VERIFY_ERROR(r, ErrorCode(expected));
        QVERIFY(r.error().message.contains(QStringLiteral("work")));
        QCOMPARE(m().getSession(QStringLiteral("work")).value().serverState == ServerState::Revoked, false);
        verifyNothingLost();
    }

    void keychainWriteFails() {
        const int keysOnServer = h->server().keyCount(h->fixture().userId());
        h->local().secrets().failNext(
            FaultySecretStore::Op::Write,
            Error(ErrorCode::KeychainUnavailable, QStringLiteral("the keychain is locked")));
        WS_VERIFY_ERROR(h->refresh(QStringLiteral("work")), ErrorCode::KeychainUnavailable);
        QCOMPARE(h->server().keyCount(h->fixture().userId()), keysOnServer); // never reached the server
        verifyNothingLost();
    }

    void keychainReadOfTheSessionKeyFails() {
        h->local().secrets().failNext(FaultySecretStore::Op::Read,
                                      Error(ErrorCode::KeychainDenied, QStringLiteral("access denied")), 1,
                                      m_pub);
        WS_VERIFY_ERROR(h->refresh(QStringLiteral("work")), ErrorCode::KeychainDenied);
        verifyNothingLost();
    }

    void slowKeychainStillCompletes() {
        h->local().secrets().delayNext(FaultySecretStore::Op::Write, 1500);
        h->local().secrets().delayNext(FaultySecretStore::Op::Read, 500);
        const auto refreshed = h->refresh(QStringLiteral("work"));
        WS_VERIFY_OK(refreshed);
        QCOMPARE(h->recordedKeys(), QStringList{refreshed.value().token.claims.publicKey});
    }

    void oldKeyDeletionFailsAfterTheSwap() {
        // Step 5 failing must not undo the refresh: the old key stays doomed until recovery.
        h->local().secrets().failNext(FaultySecretStore::Op::Delete,
                                      Error(ErrorCode::KeychainUnavailable, QStringLiteral("keychain busy")),
                                      1, m_pub);
        const auto refreshed = h->refresh(QStringLiteral("work"));
        WS_VERIFY_OK(refreshed);
        const QString newPub = refreshed.value().token.claims.publicKey;
        QCOMPARE(h->local().data().keys.at(m_pub).state, KeyState::Doomed);
        QVERIFY(h->local().keychainHasSessionKey(m_pub));
        const auto recovered = h->local().recover();
        WS_VERIFY_OK(recovered);
        QCOMPARE(recovered.value().deletedKeys, 1);
        QCOMPARE(recovered.value().completedRefreshes, 1);
        QCOMPARE(h->recordedKeys(), QStringList{newPub});
        WS_VERIFY_ERROR(h->local().readSecret(sessionKeyEntryName(m_pub)), ErrorCode::NotFound);
        WS_VERIFY_OK(h->verify(QStringLiteral("work")));
    }

    void sessionClearedDuringRefresh() {
        // The session disappears between the request and step 4 (as if another process cleared it).
        h->server().addLatency(800);
        QObject context;
        std::optional<Result<SessionInfo>> result;
        RefreshRequest request;
        request.sessionKey = QStringLiteral("work");
        m().refreshSession(request, &context, [&](Result<SessionInfo> r) { result.emplace(std::move(r)); });
        WS_VERIFY_OK(h->clear(QStringLiteral("work")));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        h->server().resetFaults();
        WS_VERIFY_ERROR(*result, ErrorCode::NotFound);
        QVERIFY(h->local().data().sessions.empty());
        QVERIFY(h->recordedKeys().isEmpty()); // neither the old nor the new key is left behind
    }
};

QTEST_GUILESS_MAIN(TestSessionFaults)
#include "tst_session_faults.moc"
