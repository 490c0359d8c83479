#include "api/ActivityPoller.h"

#include "Text.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ws::api {

namespace {

bool isKnownFailure(const QString& status) {
    return status == QLatin1String("ACTIVITY_STATUS_FAILED") ||
           status == QLatin1String("ACTIVITY_STATUS_REJECTED") ||
           status == QLatin1String("ACTIVITY_STATUS_CONSENSUS_NEEDED") ||
           status == QLatin1String("ACTIVITY_STATUS_AUTHENTICATORS_NEEDED");
}
} // namespace

ActivityOutcome classifyActivityStatus(const QString& status) {
    if (status == QLatin1String("ACTIVITY_STATUS_COMPLETED"))
        return ActivityOutcome::Completed;
    if (status == QLatin1String("ACTIVITY_STATUS_CREATED") ||
        status == QLatin1String("ACTIVITY_STATUS_PENDING"))
        return ActivityOutcome::Pending;
    return ActivityOutcome::Failed;
}

Error activityFailedError(const ActivityInfo& info, const QString& what) {
    if (!isKnownFailure(info.status)) {
        return Error(ErrorCode::BadResponse,
                     Text::tr("%1: activity %2 has the unknown status '%3'").arg(what, info.id, info.status));
    }
    QString message;
    if (info.status == QLatin1String("ACTIVITY_STATUS_CONSENSUS_NEEDED"))
        message = Text::tr("%1: activity %2 needs approval by other users (%3); it was not carried out");
    else if (info.status == QLatin1String("ACTIVITY_STATUS_AUTHENTICATORS_NEEDED"))
        message = Text::tr("%1: activity %2 needs additional authenticators (%3); it was not carried out");
    else if (info.status == QLatin1String("ACTIVITY_STATUS_REJECTED"))
        message = Text::tr("%1: activity %2 was rejected (%3)");
    else
        message = Text::tr("%1: activity %2 failed (%3)");
    message = message.arg(what, info.id, info.status);
    if (!info.failureMessage.isEmpty())
        message += QStringLiteral(": ") + info.failureMessage;
    Error e(ErrorCode::ActivityFailed, message);
    e.serverMessage = info.failureMessage;
    return e;
}

Error activityStillPendingError(const ActivityInfo& info, int polls, const QString& what) {
    return Error(ErrorCode::Timeout, Text::tr("%1: activity %2 is still %3 after %4 polls; check it later")
                                         .arg(what, info.id, info.status)
                                         .arg(polls));
}

QByteArray getActivityBody(const QString& organizationId, const QString& activityId) {
    QJsonObject body;
    body.insert(QLatin1String("organizationId"), organizationId);
    body.insert(QLatin1String("activityId"), activityId);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace ws::api
