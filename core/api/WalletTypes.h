#pragma once

#include <QList>
#include <QString>

namespace ws {

// One account of a wallet as list_wallet_accounts describes it (the fields the app shows).
struct WalletAccountInfo {
    QString address;
    QString curve;         // CURVE_SECP256K1, CURVE_ED25519
    QString path;          // m/44'/60'/0'/0/0
    QString addressFormat; // ADDRESS_FORMAT_ETHEREUM, ...
};

// A wallet of the session's organization (list_wallets) and its accounts.
struct WalletInfo {
    QString walletId;
    QString walletName;
    QList<WalletAccountInfo> accounts;
};

} // namespace ws
