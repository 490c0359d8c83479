#include "KeysCleanCommand.h"

#include "Text.h"
#include "session/SessionManager.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ws::cli {

namespace {} // namespace

QString KeysCleanCommand::summary() const {
    return Text::tr("Delete key pairs that no session uses (clearUnusedKeyPairs).");
}

void KeysCleanCommand::run(CliContext& context, const QCommandLineParser&) {
    context.manager().clearUnusedKeyPairs(&context, [&context](Result<CleanupReport> result) {
        if (!result) {
            context.fail(result.error());
            return;
        }
        const CleanupReport& r = *result;
        if (context.out().isJson()) {
            QJsonArray failures;
            for (const Error& e : r.failures)
                failures.append(QJsonObject{{QStringLiteral("code"), errorCodeName(e.code)},
                                            {QStringLiteral("message"), e.message}});
            context.out().json(QJsonObject{{QStringLiteral("deletedKeys"), r.deletedKeys},
                                           {QStringLiteral("completedRefreshes"), r.completedRefreshes},
                                           {QStringLiteral("heldKeys"), r.heldKeys},
                                           {QStringLiteral("failures"), failures}});
        } else {
            context.out().line(
                Text::tr("Deleted %n unused key(s).", nullptr, r.deletedKeys) + QLatin1Char(' ') +
                Text::tr("Finished %n interrupted refresh(es).", nullptr, r.completedRefreshes));
            if (r.heldKeys > 0)
                context.out().line(
                    Text::tr("Kept %n held key(s) because their session may still exist (see 'keys list').",
                             nullptr, r.heldKeys));
        }
        if (r.failures.isEmpty()) {
            context.succeed();
            return;
        }
        const auto failed = static_cast<int>(r.failures.size());
        context.fail(Error(
            r.failures.first().code,
            Text::tr(
                "%n key(s) could not be deleted now and are kept for a later attempt; the first failure: %1",
                nullptr, failed)
                .arg(r.failures.first().message)));
    });
}

} // namespace ws::cli
