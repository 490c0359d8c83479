#pragma once

#include "Error.h"
#include "api/ResponseParsers.h"

#include <QByteArray>
#include <QString>

// What to do with an activity reply: it is done, it failed, or it has to be polled with get_activity.
namespace ws::api {

inline constexpr char kGetActivityPath[] = "/public/v1/query/get_activity";

enum class ActivityOutcome {
    Completed,
    Pending, // CREATED / PENDING: poll again
    Failed,  // FAILED / REJECTED / CONSENSUS_NEEDED / AUTHENTICATORS_NEEDED (or a status we do not know)
};

ActivityOutcome classifyActivityStatus(const QString& status);

// ACTIVITY_FAILED naming the status and the server's failure message; BAD_RESPONSE for a status the
// protocol does not define.
Error activityFailedError(const ActivityInfo& info, const QString& what);

// TIMEOUT: still pending after `polls` get_activity polls.
Error activityStillPendingError(const ActivityInfo& info, int polls, const QString& what);

// {"organizationId": "...", "activityId": "..."} serialised once, for stamping.
QByteArray getActivityBody(const QString& organizationId, const QString& activityId);

} // namespace ws::api
