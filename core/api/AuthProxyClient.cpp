#include "api/AuthProxyClient.h"

#include "Text.h"
#include "api/ApiCallImpl.h"
#include "api/UrlPolicy.h"
#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <optional>

namespace ws {

using api::ApiCallImpl;
using api::CallSpec;

namespace {

QByteArray compact(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Error badResponse(const QString& what, const QString& why) {
    return Error(ErrorCode::BadResponse,
                 Text::tr("%1: the Auth Proxy's reply is not what the protocol says: %2").arg(what, why));
}

Result<QString> requiredString(const QJsonObject& reply, const char* field, const QString& what) {
    const QJsonValue value = reply.value(QLatin1String(field));
    if (!value.isString() || value.toString().isEmpty())
        return badResponse(what, Text::tr("'%1' is missing or not a string").arg(QLatin1String(field)));
    return value.toString();
}

// "Invalid OTP code: 2 attempts left" (the proxy's words) or "(attempts left: 2)" (ours) -> 2
std::optional<int> attemptsLeftIn(const QString& text) {
    static const QRegularExpression left(
        QStringLiteral("(\\d+) attempts? (?:left|remaining)|attempts left: (\\d+)"));
    const QRegularExpressionMatch match = left.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return (match.captured(1).isEmpty() ? match.captured(2) : match.captured(1)).toInt();
}

// The proxy's answers about codes, which a user acts on differently from other failures.
Error mapOtpError(Error error) {
    const QString text = error.serverMessage.isEmpty() ? error.message : error.serverMessage;
    if (text.contains(QLatin1String("Max number of OTPs have been initiated"), Qt::CaseInsensitive)) {
        error.code = ErrorCode::MaxOtpInitiated;
        error.message = Text::tr("Too many codes were requested for this contact; wait a few minutes before "
                                 "requesting another (%1)")
                            .arg(text);
    } else if (text.contains(QLatin1String("expired"), Qt::CaseInsensitive) &&
               text.contains(QLatin1String("OTP"), Qt::CaseInsensitive)) {
        error.code = ErrorCode::OtpExpired;
        error.message = Text::tr("The code has expired; request a new one (%1)").arg(text);
    } else if (text.contains(QLatin1String("Invalid OTP code"), Qt::CaseInsensitive)) {
        const std::optional<int> left = attemptsLeftIn(text);
        if (left == 0) {
            error.code = ErrorCode::OtpExpired;
            error.message = Text::tr("The code is wrong and no attempts are left; request a new code");
        } else {
            error.code = ErrorCode::InvalidOtpCode;
            // Worded for any count: core has no plural translations (the GUI words its own).
            error.message = left ? Text::tr("The code is wrong (attempts left: %1)").arg(*left)
                                 : Text::tr("The code is wrong");
        }
    } else if (text.contains(QLatin1String("too many"), Qt::CaseInsensitive) &&
               text.contains(QLatin1String("attempts"), Qt::CaseInsensitive)) {
        error.code = ErrorCode::OtpExpired;
        error.message = Text::tr("Too many wrong codes; request a new code (%1)").arg(text);
    }
    return error;
}

// /v1/account's answer: the organization of the account, or empty when there is none.
Result<QString> accountOrganization(const QString& what, const QJsonObject& reply) {
    const QJsonValue org = reply.value(QLatin1String("organizationId"));
    if (!org.isUndefined() && !org.isNull() && !org.isString())
        return badResponse(what, Text::tr("'organizationId' is not a string"));
    return org.toString();
}

} // namespace

class AuthProxyClient::Impl {
public:
    net::HttpClient http;
    QList<QPointer<ApiCallImpl>> calls;
    std::optional<Error> setupError;

    template <typename T, typename Parse>
    QPointer<ApiCall> launch(const ApiConfig& config, const QString& configId, const QString& what,
                             const QString& path, QByteArray body, QObject* context, Callback<T> done,
                             Parse parse) {
        CallSpec spec{what, path, std::move(body), false, QString()};
        spec.headers.append({QByteArrayLiteral("X-Auth-Proxy-Config-ID"), configId.toUtf8()});
        auto finisher = [done = std::move(done), parse = std::move(parse)](Result<QJsonObject> reply) {
            if (!reply) {
                done(mapOtpError(reply.error()));
                return;
            }
            done(parse(reply.value()));
        };
        auto* call = new ApiCallImpl(&http, config, nullptr, std::move(spec), context, std::move(finisher));
        calls.removeAll(QPointer<ApiCallImpl>());
        calls.append(call);
        if (setupError)
            call->refuse(setupError->withContext(what));
        else
            call->start();
        return call;
    }
};

AuthProxyClient::AuthProxyClient(ApiConfig config, QString configId, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>()) {
    reconfigure(std::move(config), std::move(configId));
}

void AuthProxyClient::reconfigure(ApiConfig config, QString configId) {
    m_config = std::move(config);
    m_configId = std::move(configId);
    d->setupError.reset();
    if (Result<void> url = api::validateBaseUrl(m_config.baseUrl); !url)
        d->setupError = url.error().withContext(Text::tr("the Auth Proxy URL"));
    else if (m_configId.isEmpty())
        d->setupError =
            Error(ErrorCode::InvalidInput,
                  Text::tr("no Auth Proxy configuration id is set: give --auth-proxy-config-id, set "
                           "$WALLET_SESSIONS_AUTH_PROXY_CONFIG_ID, or enter it in Settings (Advanced)"));
}

Result<void> AuthProxyClient::usable() const {
    if (d->setupError)
        return *d->setupError;
    return {};
}

AuthProxyClient::~AuthProxyClient() {
    for (const QPointer<ApiCallImpl>& call : std::as_const(d->calls)) {
        if (call)
            call->abandon();
    }
}

QPointer<ApiCall> AuthProxyClient::walletKitConfig(QObject* context, Callback<WalletKitConfig> done) {
    const QString what = QStringLiteral("wallet_kit_config");
    return d->launch<WalletKitConfig>(
        m_config, m_configId, what, QStringLiteral("/v1/wallet_kit_config"), QByteArrayLiteral("{}"), context,
        std::move(done), [what](const QJsonObject& reply) -> Result<WalletKitConfig> {
            WalletKitConfig config;
            const QJsonValue providers = reply.value(QLatin1String("enabledProviders"));
            if (!providers.isArray())
                return badResponse(what, Text::tr("'enabledProviders' is not an array"));
            const QJsonArray list = providers.toArray();
            for (const QJsonValue& p : list)
                if (p.isString())
                    config.enabledProviders.append(p.toString());
            const QJsonValue expiration = reply.value(QLatin1String("sessionExpirationSeconds"));
            config.sessionExpirationSeconds =
                expiration.isString() ? expiration.toString().toLongLong() : qint64(expiration.toDouble());
            config.organizationId = reply.value(QLatin1String("organizationId")).toString();
            config.oauthClientIds = reply.value(QLatin1String("oauthClientIds")).toObject();
            config.oauthRedirectUrl = reply.value(QLatin1String("oauthRedirectUrl")).toString();
            config.otpAlphanumeric = reply.value(QLatin1String("otpAlphanumeric")).toBool(false);
            const int length = reply.value(QLatin1String("otpLength")).toInt(6);
            if (length < 4 || length > 12)
                return badResponse(what, Text::tr("'otpLength' %1 is not between 4 and 12").arg(length));
            config.otpLength = length;
            return config;
        });
}

QPointer<ApiCall> AuthProxyClient::otpInit(OtpType type, const QString& contact, QObject* context,
                                           Callback<OtpInitResult> done) {
    const QString what = QStringLiteral("otp_init_v2");
    const QJsonObject body{{QStringLiteral("otpType"), otpTypeName(type)},
                           {QStringLiteral("contact"), contact}};
    return d->launch<OtpInitResult>(
        m_config, m_configId, what, QStringLiteral("/v1/otp_init_v2"), compact(body), context,
        std::move(done), [what](const QJsonObject& reply) -> Result<OtpInitResult> {
            Result<QString> id = requiredString(reply, "otpId", what);
            if (!id)
                return id.error();
            Result<QString> bundle = requiredString(reply, "otpEncryptionTargetBundle", what);
            if (!bundle)
                return bundle.error();
            return OtpInitResult{*id, bundle->toUtf8()};
        });
}

QPointer<ApiCall> AuthProxyClient::otpVerify(const QString& otpId, const QByteArray& encryptedOtpBundle,
                                             QObject* context, Callback<QByteArray> done) {
    const QString what = QStringLiteral("otp_verify_v2");
    const QJsonObject body{{QStringLiteral("otpId"), otpId},
                           {QStringLiteral("encryptedOtpBundle"), QString::fromUtf8(encryptedOtpBundle)}};
    return d->launch<QByteArray>(m_config, m_configId, what, QStringLiteral("/v1/otp_verify_v2"),
                                 compact(body), context, std::move(done),
                                 [what](const QJsonObject& reply) -> Result<QByteArray> {
                                     Result<QString> token = requiredString(reply, "verificationToken", what);
                                     if (!token)
                                         return token.error();
                                     return token->toUtf8();
                                 });
}

QPointer<ApiCall> AuthProxyClient::account(OtpType type, const QString& contact,
                                           const QByteArray& verificationToken, QObject* context,
                                           Callback<QString> done) {
    const QString what = QStringLiteral("account");
    const QJsonObject body{{QStringLiteral("filterType"), otpAccountFilterType(type)},
                           {QStringLiteral("filterValue"), contact},
                           {QStringLiteral("verificationToken"), QString::fromUtf8(verificationToken)}};
    return d->launch<QString>(m_config, m_configId, what, QStringLiteral("/v1/account"), compact(body),
                              context, std::move(done),
                              [what](const QJsonObject& reply) { return accountOrganization(what, reply); });
}

QPointer<ApiCall> AuthProxyClient::accountByOidcToken(const QByteArray& idToken, QObject* context,
                                                      Callback<QString> done) {
    const QString what = QStringLiteral("account");
    const QJsonObject body{{QStringLiteral("filterType"), QStringLiteral("OIDC_TOKEN")},
                           {QStringLiteral("filterValue"), QString::fromLatin1(idToken)}};
    return d->launch<QString>(m_config, m_configId, what, QStringLiteral("/v1/account"), compact(body),
                              context, std::move(done),
                              [what](const QJsonObject& reply) { return accountOrganization(what, reply); });
}

QPointer<ApiCall> AuthProxyClient::signup(const SignupRequest& request, QObject* context,
                                          Callback<SignupResult> done) {
    const QString what = QStringLiteral("signup_v2");
    QJsonObject body{
        {request.type == OtpType::Sms ? QStringLiteral("userPhoneNumber") : QStringLiteral("userEmail"),
         request.contact},
        {QStringLiteral("apiKeys"), QJsonArray{}},
        {QStringLiteral("authenticators"), QJsonArray{}},
        {QStringLiteral("oauthProviders"), QJsonArray{}},
        {QStringLiteral("verificationToken"), QString::fromUtf8(request.verificationToken)},
        {QStringLiteral("clientSignature"),
         QJsonObject{{QStringLiteral("publicKey"), QString::fromLatin1(request.clientSignature.publicKey)},
                     {QStringLiteral("scheme"), QStringLiteral("CLIENT_SIGNATURE_SCHEME_API_P256")},
                     {QStringLiteral("message"), QString::fromUtf8(request.clientSignature.message)},
                     {QStringLiteral("signature"), QString::fromLatin1(request.clientSignature.signature)}}}};
    return d->launch<SignupResult>(
        m_config, m_configId, what, QStringLiteral("/v1/signup_v2"), compact(body), context, std::move(done),
        [what](const QJsonObject& reply) -> Result<SignupResult> {
            Result<QString> org = requiredString(reply, "organizationId", what);
            if (!org)
                return org.error();
            return SignupResult{*org, reply.value(QLatin1String("userId")).toString()};
        });
}

std::optional<int> otpAttemptsLeft(const Error& error) {
    if (error.code != ErrorCode::InvalidOtpCode)
        return std::nullopt;
    return attemptsLeftIn(error.serverMessage.isEmpty() ? error.message : error.serverMessage);
}

} // namespace ws
