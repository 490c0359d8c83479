#include "AuthProxyHandlers.h"

#include "Clock.h"
#include "api/AuthProxyTypes.h"
#include "crypto/Ecdsa.h"
#include "crypto/Encoding.h"
#include "crypto/OtpBundle.h"
#include "crypto/P256KeyPair.h"
#include "crypto/VerificationToken.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

namespace ws::devserver {

struct AuthProxyHandlers::Otp {
    QString id;
    QString type;
    QString contact;
    QByteArray code;
    P256KeyPair target;
    qint64 createdMs = 0;
    int attemptsLeft = 0;
    bool used = false;
};

namespace {

constexpr qint64 kSessionExpirationSeconds = 900; // the dashboard's default

HttpReply ok(const QJsonObject& object) {
    return HttpReply{200, QJsonDocument(object).toJson(QJsonDocument::Compact), false};
}

QString uuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A client signature (signup_v2, otp_login_v2): over exactly `expected`, raw r||s hex, by `publicKey`
// (the verification token's key).
bool validClientSignature(const QJsonObject& signature, const QByteArray& expected,
                          const QByteArray& publicKey) {
    Result<QByteArray> raw =
        encoding::fromHex(signature.value(QStringLiteral("signature")).toString().toLatin1());
    return signature.value(QStringLiteral("message")).toString().toUtf8() == expected && raw &&
           raw->size() == 64 &&
           signature.value(QStringLiteral("publicKey")).toString().toLatin1().toLower() == publicKey &&
           ecdsa::verifyDigestRaw(publicKey, ecdsa::sha256(expected), *raw);
}
} // namespace

AuthProxyHandlers::AuthProxyHandlers(Settings settings, DevServerState& state, const Clock& clock,
                                     const P256KeyPair& otpSigner, QString parentOrganizationId)
    : m_settings(std::move(settings))
    , m_state(state)
    , m_clock(clock)
    , m_signer(otpSigner)
    , m_parentOrganizationId(std::move(parentOrganizationId)) {}

AuthProxyHandlers::~AuthProxyHandlers() = default;

QJsonArray AuthProxyHandlers::sentCodes() const {
    return m_sent;
}

HttpReply AuthProxyHandlers::handle(const QString& path, const QByteArray& configId, const QByteArray& body) {
    if (configId.isEmpty())
        return errors::make(401, errors::kGrpcUnauthenticated,
                            QStringLiteral("missing X-Auth-Proxy-Config-ID"));
    if (QString::fromUtf8(configId) != m_settings.configId)
        return errors::make(403, errors::kGrpcPermissionDenied,
                            QStringLiteral("unknown auth proxy config id"));
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return errors::badRequest(QStringLiteral("the body must be a JSON object"));
    const QJsonObject request = doc.object();
    if (path == QLatin1String("/v1/wallet_kit_config"))
        return walletKitConfig();
    if (path == QLatin1String("/v1/otp_init_v2"))
        return otpInit(request);
    if (path == QLatin1String("/v1/otp_verify_v2"))
        return otpVerify(request);
    if (path == QLatin1String("/v1/account"))
        return account(request);
    if (path == QLatin1String("/v1/signup_v2"))
        return signup(request);
    if (path == QLatin1String("/v1/otp_login_v2"))
        return otpLogin(request);
    return errors::notFound(QStringLiteral("no such endpoint"));
}

Result<QJsonObject> AuthProxyHandlers::configure(const QJsonObject& change) {
    Settings next = m_settings;
    if (change.value(QLatin1String("reset")).toBool()) {
        const Settings defaults;
        next.otpLength = defaults.otpLength;
        next.otpAlphanumeric = defaults.otpAlphanumeric;
        next.otpProviders = defaults.otpProviders;
    }
    if (change.contains(QLatin1String("otpLength"))) {
        const int length = change.value(QLatin1String("otpLength")).toInt(-1);
        if (length < 4 || length > 12)
            return Error(ErrorCode::InvalidInput, QStringLiteral("otpLength must be 4 to 12"));
        next.otpLength = length;
    }
    if (change.contains(QLatin1String("otpAlphanumeric"))) {
        if (!change.value(QLatin1String("otpAlphanumeric")).isBool())
            return Error(ErrorCode::InvalidInput, QStringLiteral("otpAlphanumeric must be true or false"));
        next.otpAlphanumeric = change.value(QLatin1String("otpAlphanumeric")).toBool();
    }
    if (change.contains(QLatin1String("otpProviders"))) {
        QStringList providers;
        for (const QJsonValue& value : change.value(QLatin1String("otpProviders")).toArray()) {
            const QString name = value.toString();
            if (name != QLatin1String("email") && name != QLatin1String("sms"))
                return Error(ErrorCode::InvalidInput,
                             QStringLiteral("otpProviders may hold \"email\" and \"sms\""));
            if (!providers.contains(name))
                providers.append(name);
        }
        next.otpProviders = providers;
    }
    m_settings = next;
    return QJsonObject{{QStringLiteral("otpLength"), m_settings.otpLength},
                       {QStringLiteral("otpAlphanumeric"), m_settings.otpAlphanumeric},
                       {QStringLiteral("otpProviders"), QJsonArray::fromStringList(m_settings.otpProviders)}};
}

HttpReply AuthProxyHandlers::walletKitConfig() {
    QJsonArray providers = QJsonArray::fromStringList(m_settings.otpProviders);
    QJsonObject clientIds;
    if (m_oidc.userForIdToken) {
        providers.append(m_oidc.providerName);
        clientIds.insert(m_oidc.providerName, m_oidc.clientId);
    }
    return ok(
        QJsonObject{{QStringLiteral("enabledProviders"), providers},
                    {QStringLiteral("sessionExpirationSeconds"), QString::number(kSessionExpirationSeconds)},
                    {QStringLiteral("organizationId"), m_parentOrganizationId},
                    {QStringLiteral("oauthClientIds"), clientIds},
                    {QStringLiteral("oauthRedirectUrl"), QString()},
                    {QStringLiteral("otpAlphanumeric"), m_settings.otpAlphanumeric},
                    {QStringLiteral("otpLength"), m_settings.otpLength}});
}

HttpReply AuthProxyHandlers::otpInit(const QJsonObject& request) {
    const QString type = request.value(QStringLiteral("otpType")).toString();
    const QString contact = request.value(QStringLiteral("contact")).toString().trimmed();
    if (type != QLatin1String("OTP_TYPE_EMAIL") && type != QLatin1String("OTP_TYPE_SMS"))
        return errors::badRequest(QStringLiteral("otpType must be OTP_TYPE_EMAIL or OTP_TYPE_SMS"));
    if (!m_settings.otpProviders.contains(type == QLatin1String("OTP_TYPE_SMS") ? QLatin1String("sms")
                                                                                : QLatin1String("email")))
        return errors::make(403, errors::kGrpcPermissionDenied,
                            QStringLiteral("%1 sign-in is not enabled for this app")
                                .arg(type == QLatin1String("OTP_TYPE_SMS") ? QStringLiteral("SMS")
                                                                           : QStringLiteral("Email")));
    if (contact.isEmpty())
        return errors::badRequest(QStringLiteral("missing contact"));
    const qint64 now = m_clock.nowMSecs();
    int active = 0;
    for (const auto& otp : std::as_const(m_otps))
        if (otp->contact == contact && !otp->used && now - otp->createdMs < m_settings.codeLifetimeMs)
            ++active;
    if (active >= m_settings.maxActiveCodes)
        return errors::make(429, errors::kGrpcResourceExhausted,
                            QStringLiteral("Max number of OTPs have been initiated"));
    Result<P256KeyPair> target = P256KeyPair::generate();
    if (!target)
        return errors::make(500, errors::kGrpcInternal, target.error().message);
    Result<QByteArray> bundle = otpbundle::makeTargetBundle(m_signer, target->uncompressedPublicKeyHex());
    if (!bundle)
        return errors::make(500, errors::kGrpcInternal, bundle.error().message);
    static constexpr char kAlphanumeric[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray code;
    for (int i = 0; i < m_settings.otpLength; ++i)
        code += m_settings.otpAlphanumeric ? kAlphanumeric[QRandomGenerator::system()->bounded(36)]
                                           : char('0' + QRandomGenerator::system()->bounded(10));
    auto otp = std::make_shared<Otp>(
        Otp{uuid(), type, contact, code, std::move(*target), now, m_settings.attempts, false});
    m_otps.insert(otp->id, otp);
    m_sent.append(QJsonObject{{QStringLiteral("otpId"), otp->id},
                              {QStringLiteral("otpType"), type},
                              {QStringLiteral("contact"), contact},
                              {QStringLiteral("code"), QString::fromLatin1(code)},
                              {QStringLiteral("sentAt"), QString::number(now)}});
    return ok(QJsonObject{{QStringLiteral("otpId"), otp->id},
                          {QStringLiteral("otpEncryptionTargetBundle"), QString::fromUtf8(*bundle)}});
}

HttpReply AuthProxyHandlers::otpVerify(const QJsonObject& request) {
    const auto it = m_otps.constFind(request.value(QStringLiteral("otpId")).toString());
    if (it == m_otps.constEnd())
        return errors::notFound(QStringLiteral("OTP not found"));
    Otp& otp = **it;
    const qint64 now = m_clock.nowMSecs();
    if (otp.used || otp.attemptsLeft <= 0 || now - otp.createdMs >= m_settings.codeLifetimeMs)
        return errors::badRequest(QStringLiteral("OTP has expired or was already used"));
    Result<otpbundle::OtpPlaintext> plain = otpbundle::decrypt(
        otp.target, request.value(QStringLiteral("encryptedOtpBundle")).toString().toUtf8());
    if (!plain)
        return errors::badRequest(
            QStringLiteral("invalid encrypted OTP bundle: %1").arg(plain.error().message));
    if (plain->code.view() != QByteArrayView(otp.code)) {
        --otp.attemptsLeft;
        return errors::badRequest(
            QStringLiteral("Invalid OTP code (%1 attempts remaining)").arg(otp.attemptsLeft));
    }
    otp.used = true;
    vtoken::Claims claims;
    claims.expMs = now + m_settings.tokenLifetimeMs;
    claims.id = uuid();
    claims.organizationId = m_parentOrganizationId;
    claims.verificationType = otp.type;
    claims.contact = otp.contact;
    claims.publicKey = plain->publicKey.toLower();
    Result<QByteArray> token = vtoken::sign(m_signer, claims);
    if (!token)
        return errors::make(500, errors::kGrpcInternal, token.error().message);
    return ok(QJsonObject{{QStringLiteral("verificationToken"), QString::fromLatin1(*token)}});
}

HttpReply AuthProxyHandlers::account(const QJsonObject& request) {
    if (request.value(QStringLiteral("filterType")).toString() == QLatin1String("OIDC_TOKEN"))
        return accountByOidcToken(request);
    Result<vtoken::Claims> claims =
        vtoken::verify(request.value(QStringLiteral("verificationToken")).toString().toUtf8(),
                       m_signer.uncompressedPublicKeyHex(), m_clock.nowMSecs());
    if (!claims)
        return errors::make(401, errors::kGrpcUnauthenticated, claims.error().message);
    if (request.value(QStringLiteral("filterValue")).toString() != claims->contact)
        return errors::badRequest(QStringLiteral("filterValue is not the verified contact"));
    const QList<User> users = m_state.users();
    for (const User& user : users)
        if (user.username.compare(claims->contact, Qt::CaseInsensitive) == 0)
            return ok(QJsonObject{{QStringLiteral("organizationId"), user.organizationId}});
    return ok(QJsonObject{});
}

HttpReply AuthProxyHandlers::accountByOidcToken(const QJsonObject& request) {
    if (!m_oidc.userForIdToken)
        return errors::badRequest(QStringLiteral("OAUTH disallowed: no OpenID provider is configured"));
    const QByteArray idToken = request.value(QStringLiteral("filterValue")).toString().toLatin1();
    if (idToken.isEmpty())
        return errors::badRequest(QStringLiteral("missing filterValue (the oidc token)"));
    const auto user = m_oidc.userForIdToken(idToken);
    if (const auto* reply = std::get_if<HttpReply>(&user))
        return *reply;
    const QString userId = std::get<QString>(user);
    for (const User& known : m_state.users())
        if (known.id == userId)
            return ok(QJsonObject{{QStringLiteral("organizationId"), known.organizationId}});
    return ok(QJsonObject{});
}

HttpReply AuthProxyHandlers::signup(const QJsonObject& request) {
    Result<vtoken::Claims> claims =
        vtoken::verify(request.value(QStringLiteral("verificationToken")).toString().toUtf8(),
                       m_signer.uncompressedPublicKeyHex(), m_clock.nowMSecs());
    if (!claims)
        return errors::make(401, errors::kGrpcUnauthenticated, claims.error().message);
    const bool sms = claims->verificationType == QLatin1String("OTP_TYPE_SMS");
    const QString contact =
        request.value(sms ? QStringLiteral("userPhoneNumber") : QStringLiteral("userEmail")).toString();
    if (contact != claims->contact)
        return errors::badRequest(QStringLiteral("the contact is not the verified one"));
    const QJsonObject signature = request.value(QStringLiteral("clientSignature")).toObject();
    const QByteArray expected =
        signupSignatureMessage(sms ? OtpType::Sms : OtpType::Email, contact, claims->id);
    if (!validClientSignature(signature, expected, claims->publicKey))
        return errors::make(401, errors::kGrpcUnauthenticated, QStringLiteral("invalid client signature"));
    for (const User& user : m_state.users())
        if (user.username.compare(contact, Qt::CaseInsensitive) == 0)
            return errors::badRequest(QStringLiteral("an account with this contact already exists"));
    const Organization organization{uuid(), QStringLiteral("Sub-organization of %1").arg(contact),
                                    m_parentOrganizationId};
    const User user{uuid(), organization.id, contact};
    if (Result<void> added = m_state.addOrganization(organization); !added)
        return errors::badRequest(added.error().message);
    if (Result<void> added = m_state.addUser(user); !added)
        return errors::badRequest(added.error().message);
    return ok(QJsonObject{{QStringLiteral("organizationId"), organization.id},
                          {QStringLiteral("userId"), user.id}});
}

namespace {
// The client signature of otp_login_v2 is over exactly this (core utils.ts
// getClientSignatureMessageForLogin): raw r||s hex by the token-bound key.
QByteArray loginSignatureMessage(const QByteArray& publicKey, const QString& tokenId) {
    return QByteArrayLiteral(R"({"login":{"publicKey":")") + publicKey +
           QByteArrayLiteral(R"("},"tokenId":")") + tokenId.toUtf8() +
           QByteArrayLiteral(R"(","type":"USAGE_TYPE_LOGIN"})");
}
} // namespace

HttpReply AuthProxyHandlers::otpLogin(const QJsonObject& request) {
    if (!m_login.issueSession || !m_login.consumeToken)
        return errors::make(500, errors::kGrpcInternal, QStringLiteral("otp_login_v2 is not set up"));
    Result<vtoken::Claims> claims =
        vtoken::verify(request.value(QStringLiteral("verificationToken")).toString().toUtf8(),
                       m_signer.uncompressedPublicKeyHex(), m_clock.nowMSecs());
    if (!claims)
        return errors::make(401, errors::kGrpcUnauthenticated,
                            QStringLiteral("invalid verification token: %1").arg(claims.error().message));
    const QByteArray publicKey = request.value(QStringLiteral("publicKey")).toString().toLatin1().toLower();
    if (publicKey != claims->publicKey)
        return errors::make(401, errors::kGrpcUnauthenticated,
                            QStringLiteral("the verification token is bound to another public key"));
    const QJsonObject signature = request.value(QStringLiteral("clientSignature")).toObject();
    const QByteArray expected = loginSignatureMessage(publicKey, claims->id);
    if (!validClientSignature(signature, expected, claims->publicKey))
        return errors::make(401, errors::kGrpcUnauthenticated, QStringLiteral("invalid client signature"));
    const QJsonValue invalidate = request.value(QStringLiteral("invalidateExisting"));
    if (!invalidate.isUndefined() && !invalidate.isNull() && !invalidate.isBool())
        return errors::badRequest(QStringLiteral("invalidateExisting must be a boolean"));
    const User* account = nullptr;
    const QList<User> users = m_state.users();
    for (const User& user : users)
        if (user.username.compare(claims->contact, Qt::CaseInsensitive) == 0)
            account = &user;
    if (!account)
        return errors::make(404, errors::kGrpcNotFound,
                            QStringLiteral("no user with the contact of the verification token"));
    const QString organizationId = request.value(QStringLiteral("organizationId")).toString();
    if (!organizationId.isEmpty() && organizationId != account->organizationId)
        return errors::make(
            403, errors::kGrpcPermissionDenied,
            QStringLiteral("the contact's account is not in organization %1").arg(organizationId));
    if (!m_login.consumeToken(claims->id))
        return errors::make(401, errors::kGrpcUnauthenticated,
                            QStringLiteral("the verification token has already been used"));
    // The proxy's sessions last the configuration's sessionExpirationSeconds (wallet_kit_config).
    Result<QByteArray> session =
        m_login.issueSession(*account, publicKey, kSessionExpirationSeconds, invalidate.toBool(false));
    if (!session)
        return errors::badRequest(session.error().message);
    return ok(QJsonObject{{QStringLiteral("session"), QString::fromLatin1(*session)}});
}

} // namespace ws::devserver
