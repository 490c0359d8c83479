#pragma once

#include "Result.h"
#include "api/WalletTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The bodies and replies of the two wallet queries (SDK getWallets / getWalletAccounts).
namespace ws::api {

// {"organizationId"}
QByteArray listWalletsBody(const QString& organizationId);
// {"organizationId","walletId"}
QByteArray listWalletAccountsBody(const QString& organizationId, const QString& walletId);

// {wallets:[{walletId, walletName, ...}]}: the wallets, accounts left empty.
Result<QList<WalletInfo>> parseWallets(const QJsonObject& reply, const QString& what);
// {accounts:[{address, curve, path, addressFormat, ...}]}
Result<QList<WalletAccountInfo>> parseWalletAccounts(const QJsonObject& reply, const QString& what);

} // namespace ws::api
