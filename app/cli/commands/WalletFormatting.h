#pragma once

#include "Error.h"
#include "api/WalletTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace ws::cli {

// show --json: [{walletId, walletName, accounts: [{address, curve, path, addressFormat}]}]
QJsonArray walletsJson(const QList<WalletInfo>& wallets);
// show --json when the wallets could not be loaded: {code, message}
QJsonObject walletsErrorJson(const Error& error);
// show's human text: one line per wallet ("Default Wallet (id)"), then one indented line per account
// (address, curve, path); "(none)" when the organization holds no wallet.
QStringList walletsText(const QList<WalletInfo>& wallets);

} // namespace ws::cli
