// Two managers refreshing one session at once, as two processes do: each has its own index object
// over the same index (sessions.db) and its own keychain client for the same service, and both talk to the
// devserver over real HTTP. The loser must succeed once the index shows the winner's newer key, and
// no key either of them made may be left on the server or in the keychain unused. Also: a
// stamp_login reply the client cannot read leaves no key registered on the server.
#include "CliHarness.h"
#include "OnlineHarness.h"
#include "TestEnvironment.h"

#include <QTest>
#include <algorithm>
#include <optional>

using namespace ws;
using namespace ws::test;

namespace {

const QString kLabel = QStringLiteral("work");

// The other "process": a second SessionIndex and keychain client over the first one's directory and
// keychain service, sharing only the devserver and its client.
class Peer {
public:
    explicit Peer(OnlineHarness& h)
        : m_keychain(h.local().keychain().service(), std::chrono::seconds(20))
        , m_secrets(m_keychain)
        , m_index(h.local().index().directory()) {
        SessionManager::Options options;
        options.notarizerPublicKeyHex = h.server().notarizerPublicKeyHex();
        m_options = options;
        m_api = &h.client();
        m_clock = &h.clock();
    }

    Result<void> open() {
        if (auto opened = m_index.open(); !opened.ok())
            return opened;
        m_manager = std::make_unique<SessionManager>(m_index, m_secrets, m_api, *m_clock, m_options);
        return {};
    }

    SessionManager& manager() { return *m_manager; }
    SessionIndex& index() { return m_index; }
    FaultySecretStore& secrets() { return m_secrets; }

private:
    KeychainStore m_keychain;
    FaultySecretStore m_secrets;
    SessionIndex m_index;
    SessionManager::Options m_options;
    TurnkeyClient* m_api = nullptr;
    const Clock* m_clock = nullptr;
    std::unique_ptr<SessionManager> m_manager;
};

// A refresh started now and collected later.
struct Pending {
    QObject context;
    std::optional<Result<SessionInfo>> result;
    void start(SessionManager& manager) {
        RefreshRequest request;
        request.sessionKey = kLabel;
        manager.refreshSession(request, &context,
                               [this](Result<SessionInfo> r) { result.emplace(std::move(r)); });
    }
};

QStringList sorted(QStringList list) {
    std::sort(list.begin(), list.end());
    return list;
}

QStringList added(const QStringList& after, const QStringList& before) {
    QStringList out;
    for (const QString& key : after)
        if (!before.contains(key))
            out.append(key);
    return sorted(out);
}

} // namespace

class TestRefreshRace : public QObject {
    Q_OBJECT

    std::unique_ptr<OnlineHarness> h;
    QString m_oldKey;
    QStringList m_serverBefore;

    // One session on `key`, usable, the only key recorded and stored, and the only key the refreshes
    // added on the server.
    void verifyOneWorkingSession(const QString& key) {
        QCOMPARE(h->publicKeyOf(kLabel), key);
        // The other manager's drop of a key it deleted reaches the file with its next write, at the
        // latest SessionIndex::kWriteBehindDelay later; this index sees it when its watcher fires.
        QTRY_COMPARE_WITH_TIMEOUT(h->recordedKeys(), QStringList{key}, 10000);
        QVERIFY(h->local().keychainHasSessionKey(key));
        QVERIFY(!h->local().keychainHasSessionKey(m_oldKey));
        const QStringList problems = consistencyProblems(h->local().data(), h->local().keychain().service());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(added(h->serverKeys(), m_serverBefore), QStringList{key});
        WS_VERIFY_OK(h->verify(kLabel));
    }

private Q_SLOTS:
    void init() {
        h = std::make_unique<OnlineHarness>();
        const auto started = h->start();
        WS_REQUIRE_KEYRING_OR_SKIP(started.ok(), started.ok() ? QString() : started.error().toString());
        WS_VERIFY_OK(h->login(kLabel));
        m_oldKey = h->publicKeyOf(kLabel);
        m_serverBefore = h->serverKeys();
    }
    void cleanup() {
        if (h)
            keyring::removeAll(h->local().keychain().service());
        h.reset();
    }

    // The loser reads the old key only after the winner deleted it: "missing from the keychain" before.
    void loserFindsTheOldKeyDeleted() {
        Peer peer(*h);
        WS_VERIFY_OK(peer.open());
        peer.secrets().delayNext(FaultySecretStore::Op::Read, scaledMs(5000));
        Pending lost;
        lost.start(peer.manager());
        const auto won = h->refresh(kLabel);
        WS_VERIFY_OK(won);
        QVERIFY(!won.value().refreshedElsewhere);
        QVERIFY2(!lost.result, "the peer's keychain read was to come after the winner's refresh");
        QTRY_VERIFY_WITH_TIMEOUT(lost.result.has_value(), 60000);
        WS_VERIFY_OK(*lost.result);
        QVERIFY(lost.result->value().refreshedElsewhere);
        const QString fresh = won.value().token.claims.publicKey;
        QCOMPARE(lost.result->value().token.claims.publicKey, fresh);
        QVERIFY(lost.result->value().lastError.isEmpty());
        QCOMPARE(peer.index().data().findSession(kLabel)->token.claims.publicKey, fresh);
        verifyOneWorkingSession(fresh);
    }

    // Both stamp with the old key; the second swap finds the session moved: "changed elsewhere"
    // before. The loser's key was registered on the server and must be revoked there.
    void loserFindsTheSessionSwapped() {
        Peer peer(*h);
        WS_VERIFY_OK(peer.open());
        h->server().addLatency(800); // both stamp_logins are in flight together
        Pending first;
        Pending second;
        first.start(h->manager());
        second.start(peer.manager());
        QTRY_VERIFY_WITH_TIMEOUT(first.result.has_value() && second.result.has_value(), 60000);
        h->server().resetFaults();
        WS_VERIFY_OK(*first.result);
        WS_VERIFY_OK(*second.result);
        const SessionInfo& a = first.result->value();
        const SessionInfo& b = second.result->value();
        QVERIFY2(a.refreshedElsewhere != b.refreshedElsewhere, "exactly one of them must have lost");
        QCOMPARE(a.token.claims.publicKey, b.token.claims.publicKey);
        QTRY_COMPARE_WITH_TIMEOUT(peer.index().data().findSession(kLabel)->token.claims.publicKey,
                                  a.token.claims.publicKey, 10000);
        verifyOneWorkingSession(a.token.claims.publicKey);
    }

    // refresh-all losing to a single refresh in another process still counts the session as refreshed.
    void refreshAllCountsALostRaceAsSuccess() {
        Peer peer(*h);
        WS_VERIFY_OK(peer.open());
        h->server().addLatency(800);
        Pending single;
        single.start(h->manager());
        const auto report = waitFor<BatchReport>(
            [&](QObject* c, Callback<BatchReport> cb) { peer.manager().refreshAllSessions(c, cb); });
        QTRY_VERIFY_WITH_TIMEOUT(single.result.has_value(), 60000);
        h->server().resetFaults();
        WS_VERIFY_OK(report);
        QCOMPARE(report.value().outcomes.size(), 1);
        const SessionOutcome& outcome = report.value().outcomes.front();
        QVERIFY2(outcome.result.ok(),
                 outcome.result.ok() ? "" : qPrintable(outcome.result.error().toString()));
        WS_VERIFY_OK(*single.result);
        QVERIFY2(outcome.refreshedElsewhere != single.result->value().refreshedElsewhere,
                 "exactly one of them must have lost");
        verifyOneWorkingSession(h->publicKeyOf(kLabel));
    }

    // The server registers the key, then its reply is cut short: the key must not stay registered.
    void malformedStampLoginReplyRevokesTheNewKey() {
        h->server().malformNext(1);
        WS_VERIFY_ERROR(h->refresh(kLabel), ErrorCode::BadResponse);
        QCOMPARE(sorted(h->serverKeys()), sorted(m_serverBefore));
        QCOMPARE(h->recordedKeys(), QStringList{m_oldKey});
        const QStringList problems = consistencyProblems(h->local().data(), h->local().keychain().service());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        WS_VERIFY_OK(h->verify(kLabel));
    }

    // A failed revocation of the unusable key does not change the refresh's outcome.
    void failedRevocationKeepsTheOutcome() {
        h->server().malformNext(3); // the stamp_login reply and the revocation's replies
        WS_VERIFY_ERROR(h->refresh(kLabel), ErrorCode::BadResponse);
        h->server().resetFaults();
        QCOMPARE(h->recordedKeys(), QStringList{m_oldKey});
        const QStringList problems = consistencyProblems(h->local().data(), h->local().keychain().service());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        WS_VERIFY_OK(h->verify(kLabel));
    }
};

QTEST_GUILESS_MAIN(TestRefreshRace)
#include "tst_refresh_race.moc"
