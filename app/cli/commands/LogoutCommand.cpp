#include "LogoutCommand.h"

#include "CommandOptions.h"
#include "Text.h"
#include "session/SessionManager.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ws::cli {

namespace {} // namespace

QString LogoutCommand::summary() const {
    return Text::tr("Log out: remove the active session (or the given one) and delete its key.");
}

void LogoutCommand::addOptions(QCommandLineParser& parser) const {
    parser.addPositionalArgument(QStringLiteral("SESSION_KEY"),
                                 Text::tr("The session to log out of; the active one when omitted."),
                                 QStringLiteral("[SESSION_KEY]"));
    parser.addOption(revokeOption());
}

Result<void> LogoutCommand::validate(const QCommandLineParser& parser) const {
    if (Result<QString> key = sessionKeyArgument(parser); !key)
        return key.error();
    return {};
}

CommandNeeds LogoutCommand::needs(const QCommandLineParser& parser) const {
    return {true, parser.isSet(QStringLiteral("revoke")), true};
}

void LogoutCommand::run(CliContext& context, const QCommandLineParser& parser) {
    Result<SessionInfo> session = context.manager().getSession(parser.positionalArguments().value(0));
    if (!session) {
        context.fail(session.error());
        return;
    }
    const QString key = session->sessionKey;
    ClearOptions options;
    options.revokeOnServer = parser.isSet(QStringLiteral("revoke"));
    context.manager().logout(key, options, &context, [&context, key](Result<void> result) {
        if (!result) {
            context.fail(result.error());
            return;
        }
        if (context.out().isJson())
            context.out().json(
                QJsonObject{{QStringLiteral("sessionKey"), key}, {QStringLiteral("loggedOut"), true}});
        else
            context.out().line(Text::tr("Logged out of session '%1'.").arg(key));
        context.succeed();
    });
}

} // namespace ws::cli
