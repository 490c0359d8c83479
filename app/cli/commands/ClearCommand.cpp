#include "ClearCommand.h"

#include "CommandOptions.h"
#include "Text.h"
#include "session/SessionManager.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ws::cli {

namespace {} // namespace

QString ClearCommand::summary() const {
    return Text::tr("Remove a session and delete its key from the keychain.");
}

void ClearCommand::addOptions(QCommandLineParser& parser) const {
    parser.addPositionalArgument(QStringLiteral("SESSION_KEY"), Text::tr("The session to remove."));
    parser.addOption(revokeOption());
}

Result<void> ClearCommand::validate(const QCommandLineParser& parser) const {
    if (Result<QString> key = sessionKeyArgument(parser); !key)
        return key.error();
    return {};
}

CommandNeeds ClearCommand::needs(const QCommandLineParser& parser) const {
    return {true, parser.isSet(QStringLiteral("revoke")), true};
}

void ClearCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QString key = parser.positionalArguments().value(0);
    // Checked here so an unknown key is always NOT_FOUND (exit 3), whatever the flow does.
    if (Result<SessionInfo> session = context.manager().getSession(key); !session) {
        context.fail(session.error());
        return;
    }
    ClearOptions options;
    options.revokeOnServer = parser.isSet(QStringLiteral("revoke"));
    context.manager().clearSession(key, options, &context, [&context, key, options](Result<void> result) {
        if (!result) {
            context.fail(result.error());
            return;
        }
        if (context.out().isJson())
            context.out().json(QJsonObject{{QStringLiteral("sessionKey"), key},
                                           {QStringLiteral("cleared"), true},
                                           {QStringLiteral("revoked"), options.revokeOnServer}});
        else
            context.out().line(
                options.revokeOnServer
                    ? Text::tr("Cleared session '%1' and revoked its key on the server.").arg(key)
                    : Text::tr("Cleared session '%1'.").arg(key));
        context.succeed();
    });
}

} // namespace ws::cli
