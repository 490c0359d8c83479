#include "VerifyCommand.h"

#include "CommandOptions.h"
#include "Text.h"
#include "session/SessionManager.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ws::cli {

namespace {} // namespace

QString VerifyCommand::summary() const {
    return Text::tr("Ask the server (whoami) whether a session (default: the active one) is alive.");
}

void VerifyCommand::addOptions(QCommandLineParser& parser) const {
    parser.addPositionalArgument(QStringLiteral("SESSION_KEY"),
                                 Text::tr("The session to check; the active one when omitted."),
                                 QStringLiteral("[SESSION_KEY]"));
}

Result<void> VerifyCommand::validate(const QCommandLineParser& parser) const {
    if (Result<QString> key = sessionKeyArgument(parser); !key)
        return key.error();
    return {};
}

void VerifyCommand::run(CliContext& context, const QCommandLineParser& parser) {
    Result<SessionInfo> session = context.manager().getSession(parser.positionalArguments().value(0));
    if (!session) {
        context.fail(session.error());
        return;
    }
    const QString key = session->sessionKey;
    context.manager().verifySession(key, &context, [&context, key](Result<WhoamiInfo> result) {
        if (!result) {
            context.fail(result.error());
            return;
        }
        const WhoamiInfo& w = *result;
        if (context.out().isJson()) {
            context.out().json(QJsonObject{{QStringLiteral("sessionKey"), key},
                                           {QStringLiteral("alive"), true},
                                           {QStringLiteral("userId"), w.userId},
                                           {QStringLiteral("username"), w.username},
                                           {QStringLiteral("organizationId"), w.organizationId},
                                           {QStringLiteral("organizationName"), w.organizationName}});
        } else {
            context.out().line(
                Text::tr("Session '%1' is alive: user %2 (%3) in organization %4 (%5).")
                    .arg(key, w.username.isEmpty() ? QStringLiteral("-") : w.username, w.userId,
                         w.organizationName.isEmpty() ? QStringLiteral("-") : w.organizationName,
                         w.organizationId));
        }
        context.succeed();
    });
}

} // namespace ws::cli
