#include "WalletCatalog.h"

#include "crypto/Ecdsa.h"
#include "crypto/Encoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ws::devserver::wallets {

namespace {

// 32 bytes that stand for one account's key: stable per organization and path.
QByteArray seedBytes(const QString& organizationId, const QString& path) {
    return ecdsa::sha256((organizationId + QLatin1Char('|') + path).toUtf8());
}

QString stableId(const QString& organizationId, const QString& what) {
    const QByteArray digest = ecdsa::sha256((organizationId + QLatin1Char('#') + what).toUtf8());
    return QUuid::fromRfc4122(digest.left(16)).toString(QUuid::WithoutBraces);
}

// An Ethereum-style address: 0x and 20 bytes of hex (not checksummed; the devserver holds no keys).
QString ethereumAddress(const QByteArray& seed) {
    return QStringLiteral("0x") + QString::fromLatin1(encoding::toHex(seed.right(20)));
}

// Base58 (Bitcoin alphabet) of 32 bytes, the form of a Solana address.
QString base58(const QByteArray& bytes) {
    static const char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    QList<int> digits; // little-endian base-58 digits
    for (const char c : bytes) {
        int carry = static_cast<unsigned char>(c);
        for (int& digit : digits) {
            carry += digit * 256;
            digit = carry % 58;
            carry /= 58;
        }
        while (carry > 0) {
            digits.append(carry % 58);
            carry /= 58;
        }
    }
    QString out;
    for (const char c : bytes) {
        if (c != 0)
            break;
        out.append(QLatin1Char('1'));
    }
    for (auto it = digits.crbegin(); it != digits.crend(); ++it)
        out.append(QLatin1Char(kAlphabet[*it]));
    return out;
}

WalletAccount account(const QString& organizationId, const QString& curve, const QString& path,
                      const QString& addressFormat) {
    const QByteArray seed = seedBytes(organizationId, path);
    WalletAccount a;
    a.walletAccountId = stableId(organizationId, QStringLiteral("account ") + path);
    a.curve = curve;
    a.pathFormat = QStringLiteral("PATH_FORMAT_BIP32");
    a.path = path;
    a.addressFormat = addressFormat;
    a.address =
        addressFormat == QLatin1String("ADDRESS_FORMAT_SOLANA") ? base58(seed) : ethereumAddress(seed);
    return a;
}

QJsonObject timestampNow() {
    return QJsonObject{{QStringLiteral("seconds"), QStringLiteral("1767225600")},
                       {QStringLiteral("nanos"), QStringLiteral("0")}};
}

HttpReply ok(const QJsonObject& object) {
    return HttpReply{200, QJsonDocument(object).toJson(QJsonDocument::Compact), false};
}

} // namespace

QList<Wallet> forOrganization(const QString& organizationId) {
    const QString secp = QStringLiteral("CURVE_SECP256K1");
    const QString ed = QStringLiteral("CURVE_ED25519");
    const QString eth = QStringLiteral("ADDRESS_FORMAT_ETHEREUM");
    const QString sol = QStringLiteral("ADDRESS_FORMAT_SOLANA");
    Wallet main{stableId(organizationId, QStringLiteral("wallet main")),
                QStringLiteral("Default Wallet"),
                {account(organizationId, secp, QStringLiteral("m/44'/60'/0'/0/0"), eth),
                 account(organizationId, secp, QStringLiteral("m/44'/60'/0'/0/1"), eth)}};
    Wallet solana{stableId(organizationId, QStringLiteral("wallet solana")),
                  QStringLiteral("Solana Wallet"),
                  {account(organizationId, ed, QStringLiteral("m/44'/501'/0'/0'"), sol)}};
    return {main, solana};
}

HttpReply listWallets(const QString& organizationId) {
    QJsonArray array;
    const QList<Wallet> all = forOrganization(organizationId);
    for (const Wallet& wallet : all) {
        array.append(QJsonObject{{QStringLiteral("walletId"), wallet.walletId},
                                 {QStringLiteral("walletName"), wallet.walletName},
                                 {QStringLiteral("createdAt"), timestampNow()},
                                 {QStringLiteral("updatedAt"), timestampNow()},
                                 {QStringLiteral("exported"), false},
                                 {QStringLiteral("imported"), false}});
    }
    return ok(QJsonObject{{QStringLiteral("wallets"), array}});
}

HttpReply listWalletAccounts(const QString& organizationId, const QJsonObject& request) {
    const QString walletId = request.value(QStringLiteral("walletId")).toString();
    if (walletId.isEmpty())
        return errors::badRequest(QStringLiteral("missing walletId"));
    const QList<Wallet> all = forOrganization(organizationId);
    for (const Wallet& wallet : all) {
        if (wallet.walletId != walletId)
            continue;
        QJsonArray accounts;
        for (const WalletAccount& a : wallet.accounts) {
            accounts.append(QJsonObject{{QStringLiteral("walletAccountId"), a.walletAccountId},
                                        {QStringLiteral("organizationId"), organizationId},
                                        {QStringLiteral("walletId"), wallet.walletId},
                                        {QStringLiteral("curve"), a.curve},
                                        {QStringLiteral("pathFormat"), a.pathFormat},
                                        {QStringLiteral("path"), a.path},
                                        {QStringLiteral("addressFormat"), a.addressFormat},
                                        {QStringLiteral("address"), a.address},
                                        {QStringLiteral("createdAt"), timestampNow()},
                                        {QStringLiteral("updatedAt"), timestampNow()}});
        }
        return ok(QJsonObject{{QStringLiteral("accounts"), accounts}});
    }
    return errors::notFound(
        QStringLiteral("wallet %1 not found in organization %2").arg(walletId, organizationId));
}

} // namespace ws::devserver::wallets
