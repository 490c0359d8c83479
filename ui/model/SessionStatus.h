#pragma once

#include "app/SessionPolicy.h"
#include "session/SessionTypes.h"

#include <QString>

namespace ws::ui {

// What the Status column shows. Ordered by how urgently the user should look at a row.
// "Valid", not "Active": the starred row is the *default* session, a different thing (issue 18).
enum class SessionStatus { Valid, Expiring, Refreshing, Error, Expired, Revoked };

// How much time is left, for the countdown colours. Stopped: the session was revoked, so its countdown
// no longer means anything (a grey, empty bar; never a green one).
enum class RemainingLevel { Normal, Warning, Expired, Stopped };

// The status that follows from a session's data and the time alone: the session policy's state, with a
// failed last operation shown on a usable session (refreshing is transient UI state and is layered on
// top by the model).
SessionStatus statusAt(const SessionInfo& session, qint64 nowSecs, const SessionPolicy& policy);
RemainingLevel remainingLevel(qint64 remainingMSecs, const SessionPolicy& policy);
QString statusText(SessionStatus status);

// "00:04:59", "1d 02:00:00"; "Expired" once the time is up. Whole seconds, rounded up so a session
// never shows 00:00:00 while it is still valid.
QString formatRemaining(qint64 remainingMSecs);
// Coarse text for screen readers: "about 5 minutes left" (does not change every second).
QString formatRemainingCoarse(qint64 remainingMSecs);
// The JWT's session_type claim in words ("Read-write"); unknown values are shown as they are.
QString sessionTypeText(const QString& sessionType);
// The lifetime the session was created with, for the "fraction left" bar.
qint64 sessionLifetimeSeconds(const SessionInfo& session);

} // namespace ws::ui
