#include "KeysCleanCommand.h"

#include "Text.h"
#include "session/SessionManager.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ws::cli {

namespace {
using text::tr;
} // namespace

QString KeysCleanCommand::summary() const {
    return tr("Delete key pairs that no session uses (clearUnusedKeyPairs).");
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
            context.out().line(tr("Deleted %1 unused key(s); finished %2 interrupted refresh(es).")
                                   .arg(r.deletedKeys)
                                   .arg(r.completedRefreshes));
            if (r.heldKeys > 0)
                context.out().line(
                    tr("Kept %1 held key(s) because their session may still exist (see 'keys list').")
                        .arg(r.heldKeys));
        }
        if (r.failures.isEmpty()) {
            context.succeed();
            return;
        }
        context.fail(Error(
            r.failures.first().code,
            tr("%1 key(s) could not be deleted now and are kept for a later attempt; the first failure: %2")
                .arg(r.failures.size())
                .arg(r.failures.first().message)));
    });
}

} // namespace ws::cli
