#include "IndexJson.h"

#include "Text.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimeZone>
#include <cmath>
#include <optional>

namespace ws::indexjson {

namespace {

Error fieldError(const QString& field, const QString& problem) {
    return Error(ErrorCode::CorruptIndex, Text::tr("sessions.json: field '%1' %2").arg(field, problem));
}

QString typeName(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Bool:
        return Text::tr("a boolean");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("an array");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("missing");
}

Error wrongType(const QString& field, const QString& expected, const QJsonValue& value) {
    if (value.isUndefined())
        return fieldError(field, Text::tr("is missing"));
    return fieldError(field, Text::tr("must be %1, got %2").arg(expected, typeName(value)));
}

Result<QString> requireString(const QJsonObject& object, const QString& prefix, const char* name) {
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isString())
        return wrongType(prefix + QLatin1String(name), Text::tr("a string"), value);
    return value.toString();
}

Result<QDateTime> requireTime(const QJsonObject& object, const QString& prefix, const char* name,
                              bool optional) {
    const QString field = prefix + QLatin1String(name);
    const QJsonValue value = object.value(QLatin1String(name));
    if (optional && (value.isUndefined() || value.isNull()))
        return QDateTime();
    if (!value.isString())
        return wrongType(field, Text::tr("an ISO 8601 UTC time string"), value);
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return fieldError(field, Text::tr("is not an ISO 8601 time: '%1'").arg(value.toString().left(64)));
    return time.toUTC();
}

} // namespace

bool isValidLabel(const QString& label) {
    if (label.isEmpty() || label.size() > 256)
        return false;
    for (const QChar c : label) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

bool isValidPublicKey(const QString& publicKey) {
    if (publicKey.isEmpty() || publicKey.size() > 1024)
        return false;
    for (const QChar c : publicKey) {
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                         (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
                         (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!hex)
            return false;
    }
    return true;
}

QString formatTime(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

Result<qint64> readLifetime(const QJsonObject& object, const QString& prefix) {
    const QJsonValue lifetime = object.value(QLatin1String("lifetimeSeconds"));
    const double seconds = lifetime.toDouble(-1);
    if (!lifetime.isDouble() || seconds < 0 || seconds > 1e12 || std::floor(seconds) != seconds)
        return wrongType(prefix + QLatin1String("lifetimeSeconds"),
                         Text::tr("a non-negative whole number of seconds"), lifetime);
    return static_cast<qint64>(seconds);
}

Result<bool> readAutoRefresh(const QJsonObject& object, const QString& prefix) {
    const QJsonValue autoRefresh = object.value(QLatin1String("autoRefresh"));
    if (!autoRefresh.isBool())
        return wrongType(prefix + QLatin1String("autoRefresh"), Text::tr("true or false"), autoRefresh);
    return autoRefresh.toBool();
}

Result<ServerState> readServerState(const QJsonObject& object, const QString& prefix) {
    auto state = requireString(object, prefix, "serverState");
    if (!state)
        return state.error();
    if (*state == QLatin1String("unknown"))
        return ServerState::Unknown;
    if (*state == QLatin1String("alive"))
        return ServerState::Alive;
    if (*state == QLatin1String("revoked"))
        return ServerState::Revoked;
    if (*state == QLatin1String("revoking"))
        return ServerState::Revoking;
    return fieldError(prefix + QLatin1String("serverState"),
                      Text::tr("must be \"unknown\", \"alive\", \"revoked\" or \"revoking\", got \"%1\"")
                          .arg(state->left(64)));
}

Result<QString> readLastError(const QJsonObject& object, const QString& prefix) {
    const QJsonValue lastError = object.value(QLatin1String("lastError"));
    if (!lastError.isUndefined() && !lastError.isString())
        return wrongType(prefix + QLatin1String("lastError"), Text::tr("a string"), lastError);
    return lastError.toString();
}

// A display name: absent in files written before it existed, and empty until the server told us.
Result<QString> readOptionalString(const QJsonObject& object, const QString& prefix, const char* name) {
    const QJsonValue value = object.value(QLatin1String(name));
    if (!value.isUndefined() && !value.isString())
        return wrongType(prefix + QLatin1String(name), Text::tr("a string"), value);
    return value.toString().left(256);
}

Result<SessionLease> readLease(const QJsonObject& object, const QString& prefix) {
    SessionLease out;
    const QJsonValue lease = object.value(QLatin1String("lease"));
    if (lease.isUndefined() || lease.isNull())
        return out;
    if (!lease.isObject())
        return wrongType(prefix + QLatin1String("lease"), Text::tr("an object"), lease);
    const QJsonObject leaseObject = lease.toObject();
    const QString leasePrefix = prefix + QLatin1String("lease.");
    const QJsonValue pid = leaseObject.value(QLatin1String("pid"));
    if (!pid.isDouble() || pid.toDouble() < 1 || pid.toDouble() > 4294967295.0 ||
        std::floor(pid.toDouble()) != pid.toDouble())
        return wrongType(leasePrefix + QLatin1String("pid"), Text::tr("a process id"), pid);
    out.pid = static_cast<qint64>(pid.toDouble());
    auto host = requireString(leaseObject, leasePrefix, "host");
    if (!host)
        return host.error();
    out.host = *host;
    auto since = requireTime(leaseObject, leasePrefix, "since", false);
    if (!since)
        return since.error();
    out.since = *since;
    return out;
}

Result<SessionToken> readToken(const QJsonObject& object, const QString& prefix) {
    const QJsonValue token = object.value(QLatin1String("token"));
    if (!token.isString())
        return wrongType(prefix + QLatin1String("token"), Text::tr("a string"), token);
    auto decoded = decodeSessionToken(token.toString().toUtf8());
    if (!decoded)
        return fieldError(prefix + QLatin1String("token"),
                          Text::tr("is not a valid session token: %1").arg(decoded.error().message));
    return decoded;
}

// The JWT's optional `iat` claim (Turnkey's tokens have none; turnkey-protocol.md): the only other
// record of when a session began. Invalid when absent or unreadable.
QDateTime issuedAt(const QByteArray& jwt) {
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    const auto payload = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return {};
    const QJsonValue iat = QJsonDocument::fromJson(*payload).object().value(QLatin1String("iat"));
    const double seconds = iat.toDouble(-1);
    if (!iat.isDouble() || seconds < 0 || seconds > 1e11 || std::floor(seconds) != seconds)
        return {};
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), Qt::UTC);
}

// Strict (`salvageNow` null): the first unreadable field fails the record. Salvaging: only an
// unreadable token does; every other unreadable field takes its safe default.
Result<SessionRecord> readSession(const QString& label, const QJsonValue& value,
                                  const QDateTime* salvageNow) {
    const QString prefix = QStringLiteral("sessions[\"%1\"].").arg(label.left(64));
    if (!value.isObject())
        return wrongType(prefix.chopped(1), Text::tr("an object"), value);
    const QJsonObject object = value.toObject();
    SessionRecord record;
    record.sessionKey = label;
    auto token = readToken(object, prefix);
    if (!token)
        return token.error();
    record.token = std::move(token).value();

    const QDateTime issued = salvageNow ? issuedAt(record.token.raw) : QDateTime();
    // Keeps a readable field; for an unreadable one fails (strict) or keeps the default (salvaging).
    std::optional<Error> failure;
    const auto take = [&](auto result, auto& field, auto fallback) {
        if (result)
            field = std::move(result).value();
        else if (salvageNow)
            field = std::move(fallback);
        else if (!failure)
            failure = result.error();
    };
    take(readLifetime(object, prefix), record.lifetimeSeconds,
         issued.isValid() && record.token.claims.exp > issued.toSecsSinceEpoch()
             ? record.token.claims.exp - issued.toSecsSinceEpoch()
             : qint64(0));
    take(requireTime(object, prefix, "createdAt", false), record.createdAt,
         issued.isValid() ? issued : (salvageNow ? *salvageNow : QDateTime()));
    take(requireTime(object, prefix, "refreshedAt", true), record.refreshedAt, QDateTime());
    take(readAutoRefresh(object, prefix), record.autoRefresh, true);
    take(readServerState(object, prefix), record.serverState, ServerState::Unknown);
    take(readLastError(object, prefix), record.lastError, QString());
    take(readLease(object, prefix), record.lease, SessionLease{});
    take(readOptionalString(object, prefix, "username"), record.username, QString());
    take(readOptionalString(object, prefix, "organizationName"), record.organizationName, QString());
    take(readOptionalString(object, prefix, "signInMethod"), record.signInMethod, QString());
    if (failure)
        return *failure;
    return record;
}

} // namespace

Result<SessionRecord> parseSession(const QString& label, const QJsonValue& value) {
    if (!isValidLabel(label))
        return fieldError(QStringLiteral("sessions"),
                          Text::tr("has an invalid session key \"%1\"").arg(label.left(64)));
    return readSession(label, value, nullptr);
}

Result<SessionRecord> salvageSession(const QString& label, const QJsonValue& value, const QDateTime& now) {
    return readSession(label, value, &now);
}

Result<KeyRecord> parseKey(const QString& publicKey, const QJsonValue& value) {
    const QString prefix = QStringLiteral("keys[\"%1\"].").arg(publicKey.left(80));
    if (!isValidPublicKey(publicKey))
        return fieldError(
            QStringLiteral("keys"),
            Text::tr("has an entry whose public key \"%1\" is not hex").arg(publicKey.left(80)));
    if (!value.isObject())
        return wrongType(prefix.chopped(1), Text::tr("an object"), value);
    const QJsonObject object = value.toObject();
    KeyRecord record;
    record.publicKey = publicKey;

    auto state = requireString(object, prefix, "state");
    if (!state)
        return state.error();
    if (*state == QLatin1String("pending"))
        record.state = KeyState::Pending;
    else if (*state == QLatin1String("live"))
        record.state = KeyState::Live;
    else if (*state == QLatin1String("doomed"))
        record.state = KeyState::Doomed;
    else
        return fieldError(
            prefix + QLatin1String("state"),
            Text::tr("must be \"pending\", \"live\" or \"doomed\", got \"%1\"").arg(state->left(64)));

    auto kind = requireString(object, prefix, "kind");
    if (!kind)
        return kind.error();
    if (*kind == QLatin1String("session"))
        record.kind = KeyKind::Session;
    else if (*kind == QLatin1String("api"))
        record.kind = KeyKind::ApiKey;
    else
        return fieldError(prefix + QLatin1String("kind"),
                          Text::tr("must be \"session\" or \"api\", got \"%1\"").arg(kind->left(64)));

    auto created = requireTime(object, prefix, "createdAt", false);
    if (!created)
        return created.error();
    record.createdAt = *created;

    const QJsonValue org = object.value(QLatin1String("organizationId"));
    if (!org.isUndefined() && !org.isString())
        return wrongType(prefix + QLatin1String("organizationId"), Text::tr("a string"), org);
    record.organizationId = org.toString();

    const QJsonValue held = object.value(QLatin1String("held"));
    if (!held.isUndefined() && !held.isBool())
        return wrongType(prefix + QLatin1String("held"), Text::tr("true or false"), held);
    record.held = held.toBool();
    const QJsonValue heldReason = object.value(QLatin1String("heldReason"));
    if (!heldReason.isUndefined() && !heldReason.isString())
        return wrongType(prefix + QLatin1String("heldReason"), Text::tr("a string"), heldReason);
    record.heldReason = heldReason.toString();

    const QJsonValue store = object.value(QLatin1String("keyStore"));
    if (!store.isUndefined()) {
        if (store.toString() == keyStoreName(KeyStoreKind::Tpm))
            record.store = KeyStoreKind::Tpm;
        else if (store.toString() != keyStoreName(KeyStoreKind::Keychain))
            return wrongType(prefix + QLatin1String("keyStore"), Text::tr("\"tpm\" or \"keychain\""), store);
    }
    return record;
}

QJsonObject sessionToJson(const SessionRecord& session) {
    QJsonObject object;
    object.insert(QLatin1String("token"), QString::fromLatin1(session.token.raw));
    object.insert(QLatin1String("lifetimeSeconds"), static_cast<double>(session.lifetimeSeconds));
    object.insert(QLatin1String("createdAt"), formatTime(session.createdAt));
    if (session.refreshedAt.isValid())
        object.insert(QLatin1String("refreshedAt"), formatTime(session.refreshedAt));
    object.insert(QLatin1String("autoRefresh"), session.autoRefresh);
    object.insert(QLatin1String("serverState"), serverStateName(session.serverState));
    object.insert(QLatin1String("lastError"), session.lastError);
    if (!session.username.isEmpty())
        object.insert(QLatin1String("username"), session.username);
    if (!session.organizationName.isEmpty())
        object.insert(QLatin1String("organizationName"), session.organizationName);
    if (!session.signInMethod.isEmpty())
        object.insert(QLatin1String("signInMethod"), session.signInMethod);
    if (session.lease.isSet()) {
        QJsonObject lease;
        lease.insert(QLatin1String("pid"), static_cast<double>(session.lease.pid));
        lease.insert(QLatin1String("host"), session.lease.host);
        lease.insert(QLatin1String("since"), formatTime(session.lease.since));
        object.insert(QLatin1String("lease"), lease);
    }
    return object;
}

QJsonObject keyToJson(const KeyRecord& key) {
    QJsonObject object;
    object.insert(QLatin1String("state"), keyStateName(key.state));
    object.insert(QLatin1String("kind"),
                  key.kind == KeyKind::ApiKey ? QStringLiteral("api") : QStringLiteral("session"));
    object.insert(QLatin1String("createdAt"), formatTime(key.createdAt));
    object.insert(QLatin1String("organizationId"), key.organizationId);
    if (key.held) { // optional, so files without held keys stay as earlier versions wrote them
        object.insert(QLatin1String("held"), true);
        object.insert(QLatin1String("heldReason"), key.heldReason);
    }
    if (key.store == KeyStoreKind::Tpm) // optional too: keychain keys are written as before
        object.insert(QLatin1String("keyStore"), keyStoreName(key.store));
    return object;
}

} // namespace ws::indexjson
