#include "api/AuthProxyTypes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ws {

QString otpTypeName(OtpType type) {
    return type == OtpType::Sms ? QStringLiteral("OTP_TYPE_SMS") : QStringLiteral("OTP_TYPE_EMAIL");
}

QString otpAccountFilterType(OtpType type) {
    return type == OtpType::Sms ? QStringLiteral("PHONE_NUMBER") : QStringLiteral("EMAIL");
}

QByteArray jsonStringLiteral(const QString& text) {
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray signupSignatureMessage(OtpType type, const QString& contact, const QString& tokenId) {
    // Written by hand: the field order is part of what is signed.
    return QByteArrayLiteral(R"({"signupV2":{"apiKeys":[],"authenticators":[],"oauthProviders":[],")") +
           (type == OtpType::Sms ? QByteArrayLiteral("phoneNumber") : QByteArrayLiteral("email")) +
           QByteArrayLiteral("\":") + jsonStringLiteral(contact) + QByteArrayLiteral(R"(},"tokenId":)") +
           jsonStringLiteral(tokenId) + QByteArrayLiteral(R"(,"type":"USAGE_TYPE_SIGNUP"})");
}

} // namespace ws
