#include "WalletFormatting.h"

#include <QCoreApplication>

namespace ws::cli {

QJsonArray walletsJson(const QList<WalletInfo>& wallets) {
    QJsonArray array;
    for (const WalletInfo& wallet : wallets) {
        QJsonArray accounts;
        for (const WalletAccountInfo& a : wallet.accounts) {
            accounts.append(QJsonObject{{QStringLiteral("address"), a.address},
                                        {QStringLiteral("curve"), a.curve},
                                        {QStringLiteral("path"), a.path},
                                        {QStringLiteral("addressFormat"), a.addressFormat}});
        }
        array.append(QJsonObject{{QStringLiteral("walletId"), wallet.walletId},
                                 {QStringLiteral("walletName"), wallet.walletName},
                                 {QStringLiteral("accounts"), accounts}});
    }
    return array;
}

QJsonObject walletsErrorJson(const Error& error) {
    return QJsonObject{{QStringLiteral("code"), errorCodeName(error.code)},
                       {QStringLiteral("message"), error.message}};
}

QStringList walletsText(const QList<WalletInfo>& wallets) {
    if (wallets.isEmpty())
        return {QCoreApplication::translate("ws", "  (none)")};
    QStringList lines;
    for (const WalletInfo& wallet : wallets) {
        lines.append(QStringLiteral("  %1 (%2)").arg(wallet.walletName, wallet.walletId));
        if (wallet.accounts.isEmpty())
            lines.append(QCoreApplication::translate("ws", "    no accounts"));
        for (const WalletAccountInfo& a : wallet.accounts)
            lines.append(QStringLiteral("    %1  %2  %3").arg(a.address, a.curve, a.path));
    }
    return lines;
}

} // namespace ws::cli
