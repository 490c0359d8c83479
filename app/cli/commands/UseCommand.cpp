#include "UseCommand.h"

#include "CommandOptions.h"
#include "Formatting.h"
#include "session/SessionManager.h"

#include <QCoreApplication>

namespace ws::cli {

QString UseCommand::summary() const {
    return QCoreApplication::translate("ws", "Make a session the active one.");
}

void UseCommand::addOptions(QCommandLineParser& parser) const {
    parser.addPositionalArgument(QStringLiteral("SESSION_KEY"),
                                 QCoreApplication::translate("ws", "The session to make active."));
}

Result<void> UseCommand::validate(const QCommandLineParser& parser) const {
    if (Result<QString> key = sessionKeyArgument(parser); !key)
        return key.error();
    return {};
}

void UseCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QString key = parser.positionalArguments().value(0);
    context.manager().setActiveSession(key, &context, [&context, key](Result<void> ok) {
        if (!ok) {
            context.fail(ok.error());
            return;
        }
        Result<SessionInfo> session = context.manager().getSession(key);
        if (context.out().isJson()) {
            if (session)
                context.out().json(sessionSummaryJson(*session, context.now()));
        } else {
            context.out().line(QCoreApplication::translate("ws", "Active session: %1").arg(key));
        }
        context.succeed();
    });
}

} // namespace ws::cli
