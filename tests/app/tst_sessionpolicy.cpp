// The one session policy (core/app/SessionPolicy): the state of a session at a time, the warning
// threshold, and the one duration formatter every front end uses. The CLI's duration cases moved here
// from tst_cli_units unchanged.
#include "app/SessionPolicy.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ws;

namespace {
SessionInfo sessionExpiringAt(qint64 exp, ServerState state = ServerState::Alive) {
    SessionInfo s;
    s.sessionKey = QStringLiteral("k");
    s.token.claims.exp = exp;
    s.serverState = state;
    return s;
}
} // namespace

class TestSessionPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void statesAtATime() {
        const SessionPolicy policy(std::chrono::seconds(120));
        const SessionInfo s = sessionExpiringAt(1000);
        QCOMPARE(policy.stateAt(s, 879), SessionState::Valid);
        QCOMPARE(policy.stateAt(s, 880), SessionState::Expiring); // exactly warn-before left
        QCOMPARE(policy.stateAt(s, 999), SessionState::Expiring);
        QCOMPARE(policy.stateAt(s, 1000), SessionState::Expired); // at exp it is over
        QCOMPARE(policy.stateAt(s, 5000), SessionState::Expired);
        QVERIFY(!SessionPolicy::isExpiredAt(s, 999));
        QVERIFY(SessionPolicy::isExpiredAt(s, 1000));
        QVERIFY(policy.isUsableAt(s, 999));
        QVERIFY(!policy.isUsableAt(s, 1000));
    }

    // What the server said outranks the clock.
    void serverStateOutranksTheClock() {
        const SessionPolicy policy;
        QCOMPARE(policy.stateAt(sessionExpiringAt(1000, ServerState::Revoked), 10), SessionState::Revoked);
        QCOMPARE(policy.stateAt(sessionExpiringAt(1000, ServerState::Revoked), 2000), SessionState::Revoked);
        QCOMPARE(policy.stateAt(sessionExpiringAt(1000, ServerState::Revoking), 10), SessionState::Revoking);
        QVERIFY(!policy.isUsableAt(sessionExpiringAt(1000, ServerState::Revoked), 10));
        QCOMPARE(policy.stateAt(sessionExpiringAt(1000, ServerState::Unknown), 10), SessionState::Valid);
        QCOMPARE(sessionStateName(SessionState::Expiring), QStringLiteral("expiring"));
        QCOMPARE(sessionStateName(SessionState::Revoking), QStringLiteral("revoking"));
    }

    void warnBeforeChangesTheStateAndIsAnnounced() {
        SessionPolicy policy;
        QCOMPARE(policy.warnBefore(), std::chrono::seconds(120));
        const SessionInfo s = sessionExpiringAt(1000);
        QCOMPARE(policy.stateAt(s, 900), SessionState::Expiring);
        QSignalSpy changed(&policy, &SessionPolicy::changed);
        policy.setWarnBefore(std::chrono::seconds(60));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(policy.stateAt(s, 900), SessionState::Valid);
        policy.setWarnBefore(std::chrono::seconds(60));
        QCOMPARE(changed.size(), 1); // no change, no signal
        QVERIFY(policy.isWithinWarning(60 * 1000));
        QVERIFY(!policy.isWithinWarning(60 * 1000 + 1));
        QVERIFY(!policy.isWithinWarning(0));
    }

    void nextChange() {
        const SessionPolicy policy(std::chrono::seconds(120));
        const SessionInfo s = sessionExpiringAt(1000);
        QCOMPARE(policy.nextChangeAfter(s, 100), qint64(880));
        QCOMPARE(policy.nextChangeAfter(s, 880), qint64(1000));
        QCOMPARE(policy.nextChangeAfter(s, 1000), qint64(0));
    }

    // Was tst_cli_units' durations (the CLI's formatDuration is this style now).
    void terseDurations() {
        QCOMPARE(formatDuration(0, DurationStyle::Terse), QStringLiteral("0s"));
        QCOMPARE(formatDuration(59, DurationStyle::Terse), QStringLiteral("59s"));
        QCOMPARE(formatDuration(60, DurationStyle::Terse), QStringLiteral("1m 00s"));
        QCOMPARE(formatDuration(899, DurationStyle::Terse), QStringLiteral("14m 59s"));
        QCOMPARE(formatDuration(3600 + 5 * 60 + 7, DurationStyle::Terse), QStringLiteral("1h 05m"));
        QCOMPARE(formatDuration(3 * 86400 + 4 * 3600, DurationStyle::Terse), QStringLiteral("3d 04h"));
        QCOMPARE(formatDuration(-130, DurationStyle::Terse), QStringLiteral("2m 10s"));
        QCOMPARE(formatTimeLeft(90, DurationStyle::Terse), QStringLiteral("1m 30s"));
        QCOMPARE(formatTimeLeft(-130, DurationStyle::Terse), QStringLiteral("expired 2m 10s ago"));
        QCOMPARE(formatTimeLeft(0, DurationStyle::Terse), QStringLiteral("expired 0s ago"));
    }

    // The window's lifetimes and thresholds, and the notifications.
    void wordDurations() {
        QCOMPARE(formatDuration(45), QStringLiteral("45 s"));
        QCOMPARE(formatDuration(120), QStringLiteral("2 min"));
        QCOMPARE(formatDuration(900), QStringLiteral("15 min"));
        QCOMPARE(formatDuration(899), QStringLiteral("14 min 59 s"));
        QCOMPARE(formatDuration(5400), QStringLiteral("1 h 30 min"));
        QCOMPARE(formatDuration(3600), QStringLiteral("1 h"));
        QCOMPARE(formatDuration(86400 + 7200), QStringLiteral("1 d 2 h"));
        QCOMPARE(formatTimeLeft(900, DurationStyle::Words), QStringLiteral("15 min left"));
        QCOMPARE(formatTimeLeft(0, DurationStyle::Words), QStringLiteral("expired"));
    }

    // The tray's text is refreshed once a minute: no seconds once a minute is left.
    void minuteDurations() {
        QCOMPARE(formatDuration(45, DurationStyle::WordsMinutes), QStringLiteral("45 s"));
        QCOMPARE(formatDuration(899, DurationStyle::WordsMinutes), QStringLiteral("14 min"));
        QCOMPARE(formatDuration(3900 + 59, DurationStyle::WordsMinutes), QStringLiteral("1 h 5 min"));
        QCOMPARE(formatTimeLeft(900, DurationStyle::WordsMinutes), QStringLiteral("15 min left"));
        QCOMPARE(formatTimeLeft(-5, DurationStyle::WordsMinutes), QStringLiteral("expired"));
    }
};

QTEST_GUILESS_MAIN(TestSessionPolicy)
#include "tst_sessionpolicy.moc"
