#include "ApiHandlers.h"

#include "Clock.h"
#include "WalletCatalog.h"
#include "crypto/Ecdsa.h"
#include "crypto/Encoding.h"
#include "crypto/P256KeyPair.h"
#include "crypto/SessionJwtSignature.h"
#include "crypto/WebAuthnStamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUuid>

namespace ws::devserver {

namespace {

const QString kStampLoginPath = QStringLiteral("/public/v1/submit/stamp_login");
const QString kDeleteApiKeysPath = QStringLiteral("/public/v1/submit/delete_api_keys");
const QString kWhoamiPath = QStringLiteral("/public/v1/query/whoami");
const QString kGetActivityPath = QStringLiteral("/public/v1/query/get_activity");
const QString kGetApiKeysPath = QStringLiteral("/public/v1/query/get_api_keys");
const QString kListWalletsPath = QStringLiteral("/public/v1/query/list_wallets");
const QString kListWalletAccountsPath = QStringLiteral("/public/v1/query/list_wallet_accounts");

constexpr qint64 kDefaultExpirationSeconds = 900;
// Ten years: beyond this the expiry arithmetic stops meaning anything for a session.
constexpr qint64 kMaxExpirationSeconds = 10LL * 365 * 24 * 3600;

QJsonObject timestamp(qint64 msecs) {
    return QJsonObject{{QStringLiteral("seconds"), QString::number(msecs / 1000)},
                       {QStringLiteral("nanos"), QString::number((msecs % 1000) * 1000000)}};
}

// A JSON string literal for `text`, so the claims can be written in Turnkey's order.
QByteArray jsonString(const QString& text) {
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray toJson(const QJsonObject& object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpReply ok(const QJsonObject& object) {
    return HttpReply{200, toJson(object), false};
}

// Turnkey's int64-as-string: digits only, no sign, no fraction, no exponent.
std::optional<qint64> parsePositiveIntegerString(const QJsonValue& value) {
    if (!value.isString())
        return std::nullopt;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    const QString text = value.toString();
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const qint64 number = text.toLongLong();
    if (number <= 0)
        return std::nullopt;
    return number;
}

} // namespace

bool ApiHandlers::handles(const QString& path) {
    return path == kStampLoginPath || path == kDeleteApiKeysPath || path == kWhoamiPath ||
           path == kGetActivityPath || path == kGetApiKeysPath || path == kListWalletsPath ||
           path == kListWalletAccountsPath;
}

HttpReply ApiHandlers::handle(const QString& path, const QByteArray& stampHeader, const QByteArray& body,
                              const QByteArray& attestedHeader, const QByteArray& webauthnHeader) {
    if (stampHeader.isEmpty() && !attestedHeader.isEmpty())
        return attestedStampLogin(path, attestedHeader, body);
    if (stampHeader.isEmpty() && !webauthnHeader.isEmpty())
        return webauthnStampLogin(path, webauthnHeader, body);
    if (path.startsWith(QStringLiteral("/public/v1/submit/")))
        return submit(path, stampHeader, body);
    return query(path, stampHeader, body);
}

HttpReply ApiHandlers::submit(const QString& path, const QByteArray& stampHeader, const QByteArray& body) {
    auto verified = m_authenticator.verifyStamp(stampHeader, body);
    if (auto* rejection = std::get_if<HttpReply>(&verified))
        return *rejection;
    const auto& stampContents = std::get<stamp::StampContents>(verified);

    // Same bytes, same stamp: the request already ran, answer with its activity as it stands now.
    const QByteArray requestKey = ActivityStore::requestKey(body, stampHeader);
    if (const auto id = m_ctx.activities.idForRequest(requestKey))
        return ok(QJsonObject{{QStringLiteral("activity"), *m_ctx.activities.view(*id)}});

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return errors::badRequest(QStringLiteral("malformed request body: %1").arg(parseError.errorString()));
    const QJsonObject request = document.object();
    const QString organizationId = request.value(QStringLiteral("organizationId")).toString();
    if (organizationId.isEmpty())
        return errors::badRequest(QStringLiteral("missing organizationId"));

    const qint64 nowMs = m_ctx.clock.nowMSecs();
    auto authorized = m_authenticator.authorize(stampContents, organizationId, nowMs);
    if (auto* rejection = std::get_if<HttpReply>(&authorized))
        return *rejection;
    const ApiKey key = std::get<ApiKey>(authorized);
    const Caller caller{key, *m_ctx.state.user(key.userId), organizationId};

    if (std::optional<HttpReply> bad = checkActivityEnvelope(request, nowMs))
        return *bad;

    const QString type = request.value(QStringLiteral("type")).toString();
    if (path == kStampLoginPath) {
        if (type != QLatin1String("ACTIVITY_TYPE_STAMP_LOGIN"))
            return errors::badRequest(QStringLiteral("invalid activity type '%1' for stamp_login").arg(type));
        return stampLogin(caller, request, body, requestKey);
    }
    if (type != QLatin1String("ACTIVITY_TYPE_DELETE_API_KEYS"))
        return errors::badRequest(QStringLiteral("invalid activity type '%1' for delete_api_keys").arg(type));
    return deleteApiKeys(caller, request, body, requestKey);
}

std::optional<HttpReply> ApiHandlers::checkActivityEnvelope(const QJsonObject& request, qint64 nowMs) const {
    const QJsonValue timestampValue = request.value(QStringLiteral("timestampMs"));
    const std::optional<qint64> timestampMs = parsePositiveIntegerString(timestampValue);
    if (!timestampMs)
        return errors::badRequest(
            QStringLiteral("invalid timestampMs: must be a string of epoch milliseconds"));
    if (qAbs(*timestampMs - nowMs) > m_ctx.maxTimestampSkewMs)
        return errors::badRequest(
            QStringLiteral("timestampMs %1 is too far from the server time %2 (allowed skew %3 ms)")
                .arg(*timestampMs)
                .arg(nowMs)
                .arg(m_ctx.maxTimestampSkewMs));
    if (!request.value(QStringLiteral("parameters")).isObject())
        return errors::badRequest(QStringLiteral("missing parameters"));
    return std::nullopt;
}

std::variant<QJsonObject, HttpReply>
ApiHandlers::unstampedStampLogin(const QString& path, const QByteArray& headerName, const QByteArray& header,
                                 const QByteArray& body, QByteArray* requestKey) const {
    if (path != kStampLoginPath)
        return errors::make(
            401, errors::kGrpcUnauthenticated,
            QStringLiteral("%1 is only accepted by stamp_login").arg(QString::fromLatin1(headerName)));
    // Same bytes, same stamp: the request already ran (before any single-use check of what it carries).
    *requestKey = ActivityStore::requestKey(body, header);
    if (const auto id = m_ctx.activities.idForRequest(*requestKey))
        return ok(QJsonObject{{QStringLiteral("activity"), *m_ctx.activities.view(*id)}});
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return errors::badRequest(QStringLiteral("malformed request body: %1").arg(parseError.errorString()));
    const QJsonObject request = document.object();
    if (std::optional<HttpReply> bad = checkActivityEnvelope(request, m_ctx.clock.nowMSecs()))
        return *bad;
    const QString type = request.value(QStringLiteral("type")).toString();
    if (type != QLatin1String("ACTIVITY_TYPE_STAMP_LOGIN"))
        return errors::badRequest(QStringLiteral("invalid activity type '%1' for stamp_login").arg(type));
    return request;
}

std::variant<const User*, HttpReply> ApiHandlers::userInOrganization(const QString& userId,
                                                                     const QString& organizationId) const {
    const User* user = m_ctx.state.user(userId);
    const Organization* organization = user ? m_ctx.state.organization(user->organizationId) : nullptr;
    if (!user || (organizationId != user->organizationId &&
                  !(organization && organization->parentId == organizationId)))
        return errors::publicKeyNotFound();
    return user;
}

HttpReply ApiHandlers::attestedStampLogin(const QString& path, const QByteArray& attestedHeader,
                                          const QByteArray& body) {
    QByteArray requestKey;
    auto parsed =
        unstampedStampLogin(path, QByteArrayLiteral("X-Stamp-Attested"), attestedHeader, body, &requestKey);
    if (auto* rejection = std::get_if<HttpReply>(&parsed))
        return *rejection;
    const QJsonObject request = std::get<QJsonObject>(parsed);

    auto identified = m_ctx.attestedSchemes.verify(attestedHeader, body, m_ctx.clock.nowMSecs());
    if (auto* rejection = std::get_if<HttpReply>(&identified))
        return *rejection;
    const AttestedIdentity identity = std::get<AttestedIdentity>(identified);
    const QByteArray publicKey = request.value(QStringLiteral("parameters"))
                                     .toObject()
                                     .value(QStringLiteral("publicKey"))
                                     .toString()
                                     .toLatin1()
                                     .toLower();
    if (publicKey != identity.boundPublicKey)
        return errors::make(
            401, errors::kGrpcUnauthenticated,
            QStringLiteral("parameters.publicKey is not the key the attestation is bound to"));
    const QString organizationId = request.value(QStringLiteral("organizationId")).toString();
    auto user = userInOrganization(identity.userId, organizationId);
    if (auto* rejection = std::get_if<HttpReply>(&user))
        return *rejection;
    ApiKey attestedKey;
    attestedKey.userId = identity.userId;
    attestedKey.publicKey = publicKey;
    return stampLogin(Caller{attestedKey, *std::get<const User*>(user), organizationId}, request, body,
                      requestKey);
}

// A passkey's stamp (turnkey-protocol.md §1.2): the assertion names its credential, which must be a
// registered authenticator's; it must be for exactly this body (the challenge), for the authenticator's
// relying party, made with the user present, and signed by the authenticator's key.
HttpReply ApiHandlers::webauthnStampLogin(const QString& path, const QByteArray& webauthnHeader,
                                          const QByteArray& body) {
    QByteArray requestKey;
    auto parsed =
        unstampedStampLogin(path, QByteArrayLiteral("X-Stamp-WebAuthn"), webauthnHeader, body, &requestKey);
    if (auto* rejection = std::get_if<HttpReply>(&parsed))
        return *rejection;
    const QJsonObject request = std::get<QJsonObject>(parsed);

    Result<webauthn::Assertion> assertion = webauthn::parse(webauthnHeader);
    if (!assertion)
        return errors::make(401, errors::kGrpcUnauthenticated, assertion.error().message);
    const Authenticator* authenticator = m_ctx.state.authenticatorByCredentialId(assertion->credentialId);
    if (!authenticator)
        return errors::make(401, errors::kGrpcUnauthenticated,
                            QStringLiteral("could not find an authenticator with this credential id"));
    const webauthn::Expectation expected{authenticator->rpId, authenticator->publicKey, false};
    if (Result<void> verified = webauthn::verify(*assertion, body, expected); !verified)
        return errors::make(401, errors::kGrpcUnauthenticated, verified.error().message);
    const QString organizationId = request.value(QStringLiteral("organizationId")).toString();
    auto user = userInOrganization(authenticator->userId, organizationId);
    if (auto* rejection = std::get_if<HttpReply>(&user))
        return *rejection;
    ApiKey passkey;
    passkey.userId = authenticator->userId;
    passkey.publicKey = authenticator->publicKey;
    return stampLogin(Caller{passkey, *std::get<const User*>(user), organizationId}, request, body,
                      requestKey);
}

HttpReply ApiHandlers::query(const QString& path, const QByteArray& stampHeader, const QByteArray& body) {
    auto verified = m_authenticator.verifyStamp(stampHeader, body);
    if (auto* rejection = std::get_if<HttpReply>(&verified))
        return *rejection;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return errors::badRequest(QStringLiteral("malformed request body: %1").arg(parseError.errorString()));
    const QJsonObject request = document.object();
    const QString organizationId = request.value(QStringLiteral("organizationId")).toString();
    if (organizationId.isEmpty())
        return errors::badRequest(QStringLiteral("missing organizationId"));
    auto authorized = m_authenticator.authorize(std::get<stamp::StampContents>(verified), organizationId,
                                                m_ctx.clock.nowMSecs());
    if (auto* rejection = std::get_if<HttpReply>(&authorized))
        return *rejection;
    const ApiKey key = std::get<ApiKey>(authorized);
    const Caller caller{key, *m_ctx.state.user(key.userId), organizationId};

    if (path == kWhoamiPath)
        return whoami(caller);
    if (path == kGetActivityPath)
        return getActivity(caller, request);
    // Wallets belong to the organization the request targets, which authorize() checked.
    if (path == kListWalletsPath)
        return wallets::listWallets(caller.organizationId);
    if (path == kListWalletAccountsPath)
        return wallets::listWalletAccounts(caller.organizationId, request);
    return getApiKeys(caller, request);
}

QJsonObject ApiHandlers::activity(const Caller& caller, const QString& type, const QJsonObject& intent,
                                  const QJsonObject& result, const QByteArray& body) const {
    const QJsonObject now = timestamp(m_ctx.clock.nowMSecs());
    return QJsonObject{
        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("organizationId"), caller.organizationId},
        {QStringLiteral("status"), QStringLiteral("ACTIVITY_STATUS_COMPLETED")},
        {QStringLiteral("type"), type},
        {QStringLiteral("intent"), intent},
        {QStringLiteral("result"), result},
        {QStringLiteral("votes"), QJsonArray{}},
        {QStringLiteral("appProofs"), QJsonArray{}},
        {QStringLiteral("fingerprint"),
         QString::fromLatin1(QByteArrayLiteral("sha256:") + encoding::toHex(ecdsa::sha256(body)))},
        {QStringLiteral("canApprove"), false},
        {QStringLiteral("canReject"), false},
        {QStringLiteral("createdAt"), now},
        {QStringLiteral("updatedAt"), now}};
}

HttpReply ApiHandlers::storeActivity(const QByteArray& requestKey, const QJsonObject& completed) {
    const QString id = completed.value(QStringLiteral("id")).toString();
    m_ctx.activities.add(requestKey, completed, m_ctx.faults.takePendingPolls());
    return ok(QJsonObject{{QStringLiteral("activity"), *m_ctx.activities.view(id)}});
}

HttpReply ApiHandlers::stampLogin(const Caller& caller, const QJsonObject& request, const QByteArray& body,
                                  const QByteArray& requestKey) {
    const QJsonObject parameters = request.value(QStringLiteral("parameters")).toObject();

    const QByteArray publicKey =
        parameters.value(QStringLiteral("publicKey")).toString().toLatin1().toLower();
    if (publicKey.size() != 66 || !ecdsa::compressPublicKeyHex(publicKey))
        return errors::badRequest(
            QStringLiteral("invalid public key: expected a compressed P-256 point (66 hex)"));

    qint64 expirationSeconds = kDefaultExpirationSeconds;
    const QJsonValue expiration = parameters.value(QStringLiteral("expirationSeconds"));
    if (!expiration.isUndefined() && !expiration.isNull()) {
        const std::optional<qint64> parsed = parsePositiveIntegerString(expiration);
        if (!parsed || *parsed > kMaxExpirationSeconds)
            return errors::badRequest(QStringLiteral("invalid api key expiration"));
        expirationSeconds = *parsed;
    }

    const QJsonValue invalidate = parameters.value(QStringLiteral("invalidateExisting"));
    if (!invalidate.isUndefined() && !invalidate.isNull() && !invalidate.isBool())
        return errors::badRequest(QStringLiteral("invalidateExisting must be a boolean"));
    const QJsonValue profile = parameters.value(QStringLiteral("sessionProfileId"));
    if (!profile.isUndefined() && !profile.isNull() && !profile.isString())
        return errors::badRequest(QStringLiteral("sessionProfileId must be a string"));

    Result<QByteArray> jwt =
        issueSession(caller.user, publicKey, expirationSeconds, invalidate.toBool(false), profile.toString());
    if (!jwt)
        return jwt.error().code == ErrorCode::InvalidInput
                   ? errors::badRequest(jwt.error().message)
                   : errors::make(500, errors::kGrpcInternal, jwt.error().message);

    const QJsonObject result{{QStringLiteral("stampLoginResult"),
                              QJsonObject{{QStringLiteral("session"), QString::fromLatin1(*jwt)}}}};
    const QJsonObject intent{{QStringLiteral("stampLoginIntent"), parameters}};
    return storeActivity(requestKey,
                         activity(caller, QStringLiteral("ACTIVITY_TYPE_STAMP_LOGIN"), intent, result, body));
}

Result<QByteArray> ApiHandlers::issueSession(const User& user, const QByteArray& publicKey,
                                             qint64 expirationSeconds, bool invalidateExisting,
                                             const QString& sessionProfileId) {
    const qint64 nowMs = m_ctx.clock.nowMSecs();
    auto registration =
        m_ctx.state.registerSessionKey(user.id, publicKey, expirationSeconds, nowMs, invalidateExisting);
    if (!registration)
        return Error(ErrorCode::InvalidInput, registration.error().message);

    const qint64 exp = nowMs / 1000 + expirationSeconds;
    QByteArray payload = QByteArrayLiteral("{\"exp\":") + QByteArray::number(exp) +
                         QByteArrayLiteral(",\"public_key\":") + jsonString(QString::fromLatin1(publicKey)) +
                         QByteArrayLiteral(",\"session_type\":\"SESSION_TYPE_READ_WRITE\",\"user_id\":") +
                         jsonString(user.id) + QByteArrayLiteral(",\"organization_id\":") +
                         jsonString(user.organizationId);
    if (!sessionProfileId.isEmpty())
        payload += QByteArrayLiteral(",\"session_profile_id\":") + jsonString(sessionProfileId);
    payload += '}';
    auto jwt =
        jwtsig::sign(m_ctx.notarizer, QByteArrayLiteral("{\"alg\":\"ES256\",\"typ\":\"JWT\"}"), payload);
    if (!jwt)
        return Error(ErrorCode::Internal,
                     QStringLiteral("devserver could not sign the session: %1").arg(jwt.error().message));
    return *jwt;
}

const User* ApiHandlers::visibleUser(const Caller& caller, const QString& userId) const {
    const User* user = m_ctx.state.user(userId);
    if (!user)
        return nullptr;
    if (user->organizationId == caller.organizationId)
        return user;
    const Organization* organization = m_ctx.state.organization(user->organizationId);
    if (organization && organization->parentId == caller.organizationId)
        return user;
    return nullptr;
}

HttpReply ApiHandlers::deleteApiKeys(const Caller& caller, const QJsonObject& request, const QByteArray& body,
                                     const QByteArray& requestKey) {
    const QJsonObject parameters = request.value(QStringLiteral("parameters")).toObject();
    const QString userId = parameters.value(QStringLiteral("userId")).toString();
    if (userId.isEmpty())
        return errors::badRequest(QStringLiteral("missing parameters.userId"));
    const QJsonValue idsValue = parameters.value(QStringLiteral("apiKeyIds"));
    if (!idsValue.isArray() || idsValue.toArray().isEmpty())
        return errors::badRequest(
            QStringLiteral("parameters.apiKeyIds must be a non-empty array of strings"));
    QStringList ids;
    const QJsonArray idsArray = idsValue.toArray();
    for (const QJsonValue& id : idsArray) {
        if (!id.isString() || id.toString().isEmpty())
            return errors::badRequest(
                QStringLiteral("parameters.apiKeyIds must be a non-empty array of strings"));
        ids.append(id.toString());
    }
    if (!visibleUser(caller, userId))
        return errors::notFound(
            QStringLiteral("user %1 not found in organization %2").arg(userId, caller.organizationId));
    auto deleted = m_ctx.state.deleteKeys(userId, ids);
    if (!deleted)
        return errors::notFound(deleted.error().message);

    const QJsonObject result{
        {QStringLiteral("deleteApiKeysResult"),
         QJsonObject{{QStringLiteral("apiKeyIds"), QJsonArray::fromStringList(*deleted)}}}};
    const QJsonObject intent{{QStringLiteral("deleteApiKeysIntent"), parameters}};
    return storeActivity(
        requestKey, activity(caller, QStringLiteral("ACTIVITY_TYPE_DELETE_API_KEYS"), intent, result, body));
}

HttpReply ApiHandlers::whoami(const Caller& caller) {
    const Organization* organization = m_ctx.state.organization(caller.user.organizationId);
    return ok(QJsonObject{{QStringLiteral("organizationId"), caller.user.organizationId},
                          {QStringLiteral("organizationName"), organization ? organization->name : QString()},
                          {QStringLiteral("userId"), caller.user.id},
                          {QStringLiteral("username"), caller.user.username}});
}

HttpReply ApiHandlers::getActivity(const Caller& caller, const QJsonObject& request) {
    const QString id = request.value(QStringLiteral("activityId")).toString();
    if (id.isEmpty())
        return errors::badRequest(QStringLiteral("missing activityId"));
    if (m_ctx.activities.organizationOf(id) != caller.organizationId)
        return errors::notFound(QStringLiteral("activity %1 not found").arg(id));
    const std::optional<QJsonObject> activity = m_ctx.activities.poll(id);
    if (!activity)
        return errors::notFound(QStringLiteral("activity %1 not found").arg(id));
    return ok(QJsonObject{{QStringLiteral("activity"), *activity}});
}

HttpReply ApiHandlers::getApiKeys(const Caller& caller, const QJsonObject& request) {
    const QString userId = request.value(QStringLiteral("userId")).toString(caller.user.id);
    if (!visibleUser(caller, userId) && userId != caller.user.id)
        return errors::notFound(
            QStringLiteral("user %1 not found in organization %2").arg(userId, caller.organizationId));
    QJsonArray keys;
    const QList<ApiKey> userKeys = m_ctx.state.keysForUser(userId);
    for (const ApiKey& key : userKeys) {
        QJsonObject credential{
            {QStringLiteral("publicKey"), QString::fromLatin1(key.publicKey)},
            {QStringLiteral("type"), key.isExpiring() ? QStringLiteral("CREDENTIAL_TYPE_LOGIN")
                                                      : QStringLiteral("CREDENTIAL_TYPE_API_KEY_P256")}};
        QJsonObject entry{{QStringLiteral("apiKeyId"), key.id},
                          {QStringLiteral("apiKeyName"), key.name},
                          {QStringLiteral("credential"), credential},
                          {QStringLiteral("createdAt"), timestamp(key.createdAtMs)},
                          {QStringLiteral("updatedAt"), timestamp(key.createdAtMs)}};
        if (key.isExpiring())
            entry.insert(QStringLiteral("expirationSeconds"), QString::number(key.expirationSeconds));
        keys.append(entry);
    }
    return ok(QJsonObject{{QStringLiteral("apiKeys"), keys}});
}

} // namespace ws::devserver
