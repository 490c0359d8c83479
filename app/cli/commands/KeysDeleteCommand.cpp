#include "KeysDeleteCommand.h"

#include "Text.h"
#include "session/SessionManager.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ws::cli {

namespace {} // namespace

QString KeysDeleteCommand::summary() const {
    return Text::tr("Delete one key pair that no session uses, held keys included.");
}

QString KeysDeleteCommand::description() const {
    return summary() + QLatin1Char('\n') +
           Text::tr(
               "Removes the key from the keychain and from the index. Held keys (see 'keys list') are kept "
               "by\n"
               "everything automatic because their session may still exist, for example in a damaged index\n"
               "that was moved aside; delete one only when you know its session is gone. A key a session "
               "uses\n"
               "is refused: clear the session instead.");
}

void KeysDeleteCommand::run(CliContext& context, const QCommandLineParser& parser) {
    const QString publicKey = parser.positionalArguments().value(0).toLower();
    context.manager().deleteApiKeyPair(publicKey, &context, [&context, publicKey](Result<void> deleted) {
        if (!deleted) {
            context.fail(deleted.error());
            return;
        }
        if (context.out().isJson())
            context.out().json(QJsonObject{{QStringLiteral("deleted"), publicKey}});
        else
            context.out().line(Text::tr("Deleted key %1 from the keychain.").arg(publicKey));
        context.succeed();
    });
}

} // namespace ws::cli
