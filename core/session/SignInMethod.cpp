#include "SignInMethod.h"

#include <QCoreApplication>

namespace ws {

namespace {

struct Prefix {
    SignInMethod::Kind kind;
    QLatin1String text;
};

constexpr Prefix kPrefixes[] = {
    {SignInMethod::Kind::ApiKey, QLatin1String("api-key:")},
    {SignInMethod::Kind::Email, QLatin1String("email:")},
    {SignInMethod::Kind::Sms, QLatin1String("sms:")},
    {SignInMethod::Kind::OpenId, QLatin1String("openid:")},
    {SignInMethod::Kind::Passkey, QLatin1String("passkey:")},
};

} // namespace

SignInMethod SignInMethod::parse(const QString& stored) {
    for (const Prefix& prefix : kPrefixes) {
        if (stored.startsWith(prefix.text))
            return {prefix.kind, stored.mid(prefix.text.size())};
    }
    return {};
}

QString SignInMethod::toStored() const {
    for (const Prefix& prefix : kPrefixes) {
        if (prefix.kind == kind)
            return prefix.text + detail;
    }
    return {};
}

QString SignInMethod::describe() const {
    switch (kind) {
    case Kind::ApiKey:
        return QCoreApplication::translate("ws", "API key %1…").arg(detail.left(12));
    case Kind::Email:
        return QCoreApplication::translate("ws", "Code by email to %1").arg(detail);
    case Kind::Sms:
        return QCoreApplication::translate("ws", "Code by text message to %1").arg(detail);
    case Kind::OpenId:
        if (detail == QLatin1String("google"))
            return QCoreApplication::translate("ws", "Google");
        return QCoreApplication::translate("ws", "OpenID provider %1").arg(detail);
    case Kind::Passkey:
        return QCoreApplication::translate("ws", "Security key for %1").arg(detail);
    case Kind::Unknown:
        break;
    }
    return QCoreApplication::translate("ws", "Unknown");
}

} // namespace ws
