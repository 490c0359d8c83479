#include "api/WalletRequests.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ws::api {

namespace {

Error bad(const QString& what, const QString& path, const char* expected) {
    return Error(ErrorCode::BadResponse,
                 QCoreApplication::translate("ws", "%1: the server's reply is not what the protocol says: %2")
                     .arg(what, QCoreApplication::translate("ws", "%1 is missing or not %2")
                                    .arg(path, QCoreApplication::translate("ws", expected))));
}

// QJsonObject writes its keys sorted; "organizationId" before "walletId" is also the SDK's order.
QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<QString> text(const QJsonObject& object, const char* key, const QString& path, const QString& what) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString() || value.toString().isEmpty())
        return bad(what, path, "a non-empty string");
    return value.toString();
}

} // namespace

QByteArray listWalletsBody(const QString& organizationId) {
    return compact(QJsonObject{{QStringLiteral("organizationId"), organizationId}});
}

QByteArray listWalletAccountsBody(const QString& organizationId, const QString& walletId) {
    return compact(QJsonObject{{QStringLiteral("organizationId"), organizationId},
                               {QStringLiteral("walletId"), walletId}});
}

Result<QList<WalletInfo>> parseWallets(const QJsonObject& reply, const QString& what) {
    const QJsonValue array = reply.value(QStringLiteral("wallets"));
    if (!array.isArray())
        return bad(what, QStringLiteral("wallets"), "an array");
    QList<WalletInfo> wallets;
    const QJsonArray items = array.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("wallets[%1]").arg(i);
        if (!items.at(i).isObject())
            return bad(what, path, "an object");
        const QJsonObject item = items.at(i).toObject();
        Result<QString> id = text(item, "walletId", path + QStringLiteral(".walletId"), what);
        if (!id)
            return id.error();
        const QJsonValue name = item.value(QStringLiteral("walletName"));
        if (!name.isString())
            return bad(what, path + QStringLiteral(".walletName"), "a string");
        wallets.append(WalletInfo{id.value(), name.toString(), {}});
    }
    return wallets;
}

Result<QList<WalletAccountInfo>> parseWalletAccounts(const QJsonObject& reply, const QString& what) {
    const QJsonValue array = reply.value(QStringLiteral("accounts"));
    if (!array.isArray())
        return bad(what, QStringLiteral("accounts"), "an array");
    QList<WalletAccountInfo> accounts;
    const QJsonArray items = array.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("accounts[%1]").arg(i);
        if (!items.at(i).isObject())
            return bad(what, path, "an object");
        const QJsonObject item = items.at(i).toObject();
        WalletAccountInfo account;
        for (const auto& [key, field] :
             {std::pair{"address", &account.address}, std::pair{"curve", &account.curve},
              std::pair{"path", &account.path}, std::pair{"addressFormat", &account.addressFormat}}) {
            Result<QString> value = text(item, key, path + QLatin1Char('.') + QLatin1String(key), what);
            if (!value)
                return value.error();
            *field = value.value();
        }
        accounts.append(account);
    }
    return accounts;
}

} // namespace ws::api
