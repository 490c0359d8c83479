#pragma once

#include "session/SessionTypes.h"

#include <QObject>
#include <QString>
#include <chrono>

namespace ws {

// What a session is at a moment, for every front end. Refreshing is not here: it is what the window
// or the tray is doing, layered on top by them.
enum class SessionState {
    Valid,    // usable, more than the warning time left
    Expiring, // usable, within the warning time of its expiry
    Expired,  // the JWT's exp has passed: log in again
    Revoked,  // the server no longer knows its key
    Revoking, // a clear with server revocation is under way: unusable, recovery finishes the clear
};

// "valid", "expiring", "expired", "revoked", "revoking".
QString sessionStateName(SessionState state);

// The one rule for a session's state at a time, with the warning threshold from the configuration
// (warn-before). A QObject so the table and the tray that share one follow a changed threshold.
class SessionPolicy : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::seconds kDefaultWarnBefore{120};

    explicit SessionPolicy(std::chrono::seconds warnBefore = kDefaultWarnBefore, QObject* parent = nullptr);

    std::chrono::seconds warnBefore() const { return m_warnBefore; }
    void setWarnBefore(std::chrono::seconds warnBefore); // emits changed() when it differs

    SessionState stateAt(const SessionInfo& session, qint64 nowSecs) const;
    // The same rule from a stored record's two fields that decide it.
    SessionState stateAt(ServerState serverState, qint64 expSecs, qint64 nowSecs) const;
    // The JWT's exp has passed (at exp itself the session is expired).
    static bool isExpiredAt(const SessionInfo& session, qint64 nowSecs);
    // Valid or expiring: the only sessions a refresh can save.
    bool isUsableAt(const SessionInfo& session, qint64 nowSecs) const;
    // Within the warning time but not expired, counting milliseconds (countdown colours).
    bool isWithinWarning(qint64 remainingMSecs) const;
    // The next moment (epoch seconds) the state changes by time alone, or 0 when it never does.
    qint64 nextChangeAfter(const SessionInfo& session, qint64 nowSecs) const;

Q_SIGNALS:
    void changed();

private:
    std::chrono::seconds m_warnBefore;
};

// The one duration formatter; the styles differ only in how the units are written and how precise.
enum class DurationStyle {
    Terse,       // "45s", "14m 59s", "1h 05m", "3d 04h": the CLI's columns
    Words,       // "45 s", "14 min 59 s", "1 h 5 min", "15 min": lifetimes and thresholds a person reads
    WordsMinutes // "45 s", "14 min", "1 h 5 min": text refreshed only once a minute (the tray)
};
// The two most significant units of |seconds|.
QString formatDuration(qint64 seconds, DurationStyle style = DurationStyle::Words);
// Terse: "14m 59s" while time is left, "expired 2m 10s ago" after. Words: "14 min left", "expired".
QString formatTimeLeft(qint64 secondsLeft, DurationStyle style);

} // namespace ws
