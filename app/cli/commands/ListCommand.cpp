#include "ListCommand.h"

#include "Formatting.h"
#include "Text.h"
#include "session/SessionManager.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ws::cli {

QString ListCommand::summary() const {
    return QCoreApplication::translate(
        "ws",
        "List the stored sessions (* marks the default one; users and organizations by name once known).");
}

void ListCommand::run(CliContext& context, const QCommandLineParser&) {
    const QList<SessionInfo> sessions = context.manager().getAllSessions();
    const QDateTime now = context.now();
    if (context.out().isJson()) {
        QJsonArray array;
        for (const SessionInfo& s : sessions)
            array.append(sessionSummaryJson(s, now));
        context.out().json(array);
        context.succeed();
        return;
    }
    QList<QStringList> rows;
    for (const SessionInfo& s : sessions) {
        const SessionClaims& c = s.token.claims;
        // Names once whoami or a log-in told them (kept in the index); the IDs until then (`show` has both).
        rows.append({s.active ? QStringLiteral("*") : QString(), s.sessionKey,
                     s.username.isEmpty() ? c.userId : s.username,
                     s.organizationName.isEmpty() ? c.organizationId : s.organizationName,
                     shortSessionType(c.sessionType), formatLocalTime(c.exp),
                     formatTimeLeft(c.exp - now.toSecsSinceEpoch()), sessionStatus(s, now)});
    }
    context.out().table({QString(), Text::tr("SESSION KEY"), Text::tr("USER"), Text::tr("ORGANIZATION"),
                         Text::tr("TYPE"), Text::tr("EXPIRES AT"), Text::tr("TIME LEFT"), Text::tr("STATUS")},
                        rows, Text::tr("No sessions stored. Log in with: wallet-sessions-cli login --help"));
    context.succeed();
}

} // namespace ws::cli
