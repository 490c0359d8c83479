#pragma once

#include "ErrorBodies.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ws::devserver {

// One account of a wallet, in the shape of Turnkey's list_wallet_accounts reply.
struct WalletAccount {
    QString walletAccountId;
    QString curve;         // CURVE_SECP256K1 | CURVE_ED25519
    QString pathFormat;    // PATH_FORMAT_BIP32
    QString path;          // m/44'/60'/0'/0/0
    QString addressFormat; // ADDRESS_FORMAT_ETHEREUM | ADDRESS_FORMAT_SOLANA
    QString address;
};

struct Wallet {
    QString walletId;
    QString walletName;
    QList<WalletAccount> accounts;
};

// The wallets of an organization, for list_wallets / list_wallet_accounts. The devserver keeps no
// wallet state: every organization holds the same two wallets (an Ethereum one with two accounts, a
// Solana one with one), their ids and addresses derived from the organization id, so that a seeded
// user, the demo user and a test all see stable, distinct addresses without any setup.
namespace wallets {

QList<Wallet> forOrganization(const QString& organizationId);

// POST /public/v1/query/list_wallets {organizationId} → {wallets:[{walletId, walletName, ...}]}
HttpReply listWallets(const QString& organizationId);
// POST /public/v1/query/list_wallet_accounts {organizationId, walletId, paginationOptions?}
// → {accounts:[{walletAccountId, organizationId, walletId, curve, pathFormat, path, addressFormat,
// address, ...}]}; 400 without walletId, 404 for a wallet the organization does not hold.
HttpReply listWalletAccounts(const QString& organizationId, const QJsonObject& request);

} // namespace wallets
} // namespace ws::devserver
