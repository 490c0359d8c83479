#include "KeysListCommand.h"

#include "Formatting.h"
#include "store/SessionIndex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ws::cli {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("ws", text);
}

QString kindName(KeyKind kind) {
    return kind == KeyKind::ApiKey ? QStringLiteral("api-key") : QStringLiteral("session");
}
} // namespace

QString KeysListCommand::summary() const {
    return tr("List the key pairs the app keeps in the keychain and what uses them.");
}

void KeysListCommand::run(CliContext& context, const QCommandLineParser&) {
    const IndexData& data = context.index().data();
    QJsonArray array;
    QList<QStringList> rows;
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
        });
        rows.append({publicKey, kindName(record.kind), keyStateName(record.state),
                     formatLocalTime(record.createdAt), usedBy.isEmpty() ? QStringLiteral("-") : usedBy});
    }
    if (context.out().isJson())
        context.out().json(array);
    else
        context.out().table({tr("PUBLIC KEY"), tr("KIND"), tr("STATE"), tr("CREATED AT"), tr("USED BY")},
                            rows, tr("No keys recorded."));
    context.succeed();
}

} // namespace ws::cli
