#include "LoginReport.h"

#include "CliContext.h"
#include "Formatting.h"
#include "session/SessionManager.h"

#include <QCoreApplication>

namespace ws::cli {

void reportLogin(CliContext& context, const Result<QString>& sessionKey) {
    if (!sessionKey) {
        context.fail(sessionKey.error());
        return;
    }
    Result<SessionInfo> session = context.manager().getSession(*sessionKey);
    if (!session) {
        context.fail(session.error());
        return;
    }
    const qint64 expiresIn = session->token.claims.exp - context.now().toSecsSinceEpoch();
    if (context.out().isJson())
        context.out().json(sessionDetailJson(*session, context.now()));
    else
        context.out().line(QCoreApplication::translate("ws",
                                                       "Logged in: session '%1' for user %2, expires at "
                                                       "%3 (in %4).")
                               .arg(session->sessionKey, session->token.claims.userId,
                                    formatLocalTime(session->token.claims.exp), formatTimeLeft(expiresIn)));
    context.succeed();
}

} // namespace ws::cli
