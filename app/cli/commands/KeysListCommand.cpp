#include "KeysListCommand.h"

#include "Formatting.h"
#include "Text.h"
#include "store/SessionIndex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ws::cli {

namespace {

QString kindName(KeyKind kind) {
    return kind == KeyKind::ApiKey ? QStringLiteral("api-key") : QStringLiteral("session");
}
} // namespace

QString KeysListCommand::summary() const {
    return Text::tr("List the key pairs the app keeps in the keychain and what uses them.");
}

void KeysListCommand::run(CliContext& context, const QCommandLineParser&) {
    const IndexData& data = context.index().data();
    QJsonArray array;
    QList<QStringList> rows;
    QStringList held;
    for (const auto& [publicKey, record] : data.keys) {
        const SessionRecord* user = data.sessionUsingKey(publicKey);
        const QString usedBy = user ? user->sessionKey : QString();
        array.append(QJsonObject{
            {QStringLiteral("publicKey"), publicKey},
            {QStringLiteral("kind"), kindName(record.kind)},
            {QStringLiteral("state"), keyStateName(record.state)},
            {QStringLiteral("createdAt"), record.createdAt.isValid()
                                              ? QJsonValue(record.createdAt.toUTC().toString(Qt::ISODate))
                                              : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("organizationId"), record.organizationId},
            {QStringLiteral("usedBy"), user ? QJsonValue(usedBy) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("held"), record.held},
            {QStringLiteral("keyStore"), keyStoreName(record.store)},
            {QStringLiteral("heldReason"),
             record.held ? QJsonValue(record.heldReason) : QJsonValue(QJsonValue::Null)},
        });
        rows.append({publicKey, kindName(record.kind),
                     record.held ? Text::tr("held") : keyStateName(record.state),
                     formatLocalTime(record.createdAt), usedBy.isEmpty() ? QStringLiteral("-") : usedBy});
        if (record.held)
            held.append(Text::tr("  %1…: %2").arg(publicKey.left(16), record.heldReason));
    }
    if (context.out().isJson()) {
        context.out().json(array);
    } else {
        context.out().table({Text::tr("PUBLIC KEY"), Text::tr("KIND"), Text::tr("STATE"),
                             Text::tr("CREATED AT"), Text::tr("USED BY")},
                            rows, Text::tr("No keys recorded."));
        if (!held.isEmpty()) {
            // Held keys are never removed by anything automatic: say why each is kept and how to remove it.
            context.out().line(QString());
            context.out().line(Text::tr("Held keys are kept because their session may still exist:"));
            for (const QString& line : std::as_const(held))
                context.out().line(line);
            context.out().line(
                Text::tr("Delete one you no longer need with 'wallet-sessions-cli keys delete PUBLIC_KEY'."));
        }
    }
    context.succeed();
}

} // namespace ws::cli
