#include "ClearAllCommand.h"

#include "CommandOptions.h"
#include "ExitCodes.h"
#include "Terminal.h"
#include "Text.h"
#include "session/SessionManager.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ws::cli {

namespace {} // namespace

QString ClearAllCommand::summary() const {
    return Text::tr("Remove every session and delete their keys (asks first unless --yes).");
}

void ClearAllCommand::addOptions(QCommandLineParser& parser) const {
    parser.addOption(
        {{QStringLiteral("y"), QStringLiteral("yes")},
         Text::tr("Do not ask for confirmation (required when standard input is not a terminal).")});
    parser.addOption(revokeOption());
}

CommandNeeds ClearAllCommand::needs(const QCommandLineParser& parser) const {
    return {true, parser.isSet(QStringLiteral("revoke")), true};
}

void ClearAllCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const int count = int(context.manager().getAllSessions().size());
    if (!parser.isSet(QStringLiteral("yes"))) {
        // Checked before anything else so scripts get the same answer whether or not sessions exist.
        if (!stdinIsTerminal()) {
            context.usage(Text::tr("clear-all refuses to run without confirmation: standard input is not a "
                                   "terminal; pass --yes"));
            return;
        }
        if (count > 0 &&
            !askConfirmation(Text::tr("Remove all %1 sessions and delete their keys?").arg(count))) {
            context.fail(Error(ErrorCode::Cancelled, Text::tr("Nothing was removed.")));
            return;
        }
    }
    if (count == 0) {
        if (context.out().isJson())
            context.out().json(QJsonObject{{QStringLiteral("cleared"), QJsonArray()},
                                           {QStringLiteral("failed"), QJsonArray()}});
        else
            context.out().line(Text::tr("No sessions to clear."));
        context.succeed();
        return;
    }
    ClearOptions options;
    options.revokeOnServer = parser.isSet(QStringLiteral("revoke"));
    context.manager().clearAllSessions(options, &context, [&context](Result<BatchReport> result) {
        if (!result) {
            context.fail(result.error());
            return;
        }
        QJsonArray cleared;
        QJsonArray failed;
        const Error* firstError = nullptr;
        for (const SessionOutcome& o : std::as_const(result->outcomes)) {
            if (o.result) {
                cleared.append(o.sessionKey);
                if (!context.out().isJson())
                    context.out().line(Text::tr("Cleared session '%1'.").arg(o.sessionKey));
                continue;
            }
            if (!firstError)
                firstError = &o.result.error();
            failed.append(QJsonObject{{QStringLiteral("sessionKey"), o.sessionKey},
                                      {QStringLiteral("code"), errorCodeName(o.result.error().code)},
                                      {QStringLiteral("message"), o.result.error().message}});
            if (!context.out().isJson())
                context.out().line(
                    Text::tr("Failed to clear '%1': %2").arg(o.sessionKey, o.result.error().message));
        }
        if (context.out().isJson())
            context.out().json(
                QJsonObject{{QStringLiteral("cleared"), cleared}, {QStringLiteral("failed"), failed}});
        if (!firstError) {
            context.succeed();
            return;
        }
        context.fail(
            Error(firstError->code, Text::tr("%1 of %2 sessions could not be cleared; the first failure: %3")
                                        .arg(failed.size())
                                        .arg(result->outcomes.size())
                                        .arg(firstError->message)));
    });
}

} // namespace ws::cli
