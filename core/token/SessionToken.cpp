#include "SessionToken.h"

#include "Text.h"
#include "crypto/Encoding.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QList>
#include <cmath>

namespace ws {

namespace {

// 9999-12-31T23:59:59Z: anything later is not seconds (Turnkey's OTP tokens carry milliseconds).
constexpr double kMaxExpSeconds = 253402300799.0;

Error invalid(const QString& why) {
    return Error(ErrorCode::InvalidInput, Text::tr("invalid session token: %1").arg(why));
}

QString jsonTypeName(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

Result<QJsonObject> decodeSegment(QByteArrayView segment, const QString& name) {
    Result<QByteArray> json = encoding::fromBase64Url(segment);
    if (!json) {
        return invalid(Text::tr("the %1 is not base64url: %2").arg(name, json.error().message));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalid(Text::tr("the %1 is not JSON (%2)").arg(name, parseError.errorString()));
    }
    if (!doc.isObject()) {
        return invalid(Text::tr("the %1 is not a JSON object").arg(name));
    }
    return doc.object();
}

Result<QString> requiredString(const QJsonObject& payload, const char* claim) {
    const QJsonValue value = payload.value(QLatin1String(claim));
    if (value.isUndefined()) {
        return invalid(Text::tr("payload claim '%1' is missing").arg(QLatin1String(claim)));
    }
    if (!value.isString()) {
        return invalid(Text::tr("payload claim '%1' must be a string, got %2")
                           .arg(QLatin1String(claim), jsonTypeName(value)));
    }
    if (value.toString().isEmpty()) {
        return invalid(Text::tr("payload claim '%1' is empty").arg(QLatin1String(claim)));
    }
    return value.toString();
}

Result<QString> optionalString(const QJsonObject& payload, const char* claim) {
    const QJsonValue value = payload.value(QLatin1String(claim));
    if (value.isUndefined()) {
        return QString();
    }
    if (!value.isString()) {
        return invalid(Text::tr("payload claim '%1' must be a string, got %2")
                           .arg(QLatin1String(claim), jsonTypeName(value)));
    }
    return value.toString();
}

Result<qint64> expClaim(const QJsonObject& payload) {
    const QJsonValue value = payload.value(QLatin1String("exp"));
    if (value.isUndefined()) {
        return invalid(Text::tr("payload claim 'exp' is missing"));
    }
    if (!value.isDouble()) {
        return invalid(Text::tr("payload claim 'exp' must be an integer number of seconds, got %1")
                           .arg(jsonTypeName(value)));
    }
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || std::floor(seconds) != seconds) {
        return invalid(Text::tr("payload claim 'exp' must be an integer number of seconds, got a fraction"));
    }
    if (seconds <= 0) {
        return invalid(Text::tr("payload claim 'exp' must be positive"));
    }
    if (seconds > kMaxExpSeconds) {
        return invalid(
            Text::tr("payload claim 'exp' is too large to be seconds since the epoch (milliseconds?)"));
    }
    return static_cast<qint64>(seconds);
}

bool isCompressedKeyHex(const QString& key) {
    if (key.size() != 66 || !(key.startsWith(QLatin1String("02")) || key.startsWith(QLatin1String("03")))) {
        return false;
    }
    for (QChar c : key) {
        const char16_t u = c.unicode();
        const bool hex = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!hex) {
            return false;
        }
    }
    return true;
}

} // namespace

Result<SessionToken> decodeSessionToken(QByteArrayView jwt) {
    if (jwt.size() > kMaxSessionTokenBytes) {
        return invalid(
            Text::tr("it is %1 bytes, more than the %2 allowed").arg(jwt.size()).arg(kMaxSessionTokenBytes));
    }
    if (jwt.isEmpty()) {
        return invalid(Text::tr("it is empty"));
    }
    QList<QByteArrayView> segments;
    qsizetype start = 0;
    while (true) {
        const qsizetype dot = jwt.indexOf('.', start);
        if (dot < 0) {
            segments.append(jwt.sliced(start));
            break;
        }
        segments.append(jwt.sliced(start, dot - start));
        start = dot + 1;
        if (segments.size() > 3) {
            break;
        }
    }
    if (segments.size() != 3) {
        return invalid(
            Text::tr("expected three dot-separated segments (header.payload.signature), got %1")
                .arg(segments.size() > 3 ? QStringLiteral("more") : QString::number(segments.size())));
    }
    static const char* const kSegmentNames[] = {"header", "payload", "signature"};
    for (int i = 0; i < 3; ++i) {
        if (segments[i].isEmpty()) {
            return invalid(Text::tr("the %1 segment is empty").arg(QLatin1String(kSegmentNames[i])));
        }
    }
    Result<QByteArray> signature = encoding::fromBase64Url(segments[2]);
    if (!signature) {
        return invalid(Text::tr("the signature is not base64url: %1").arg(signature.error().message));
    }

    Result<QJsonObject> header = decodeSegment(segments[0], Text::tr("header"));
    if (!header) {
        return header.error();
    }
    const QJsonValue alg = header->value(QLatin1String("alg"));
    if (!alg.isString()) {
        return invalid(Text::tr("the header has no 'alg' string"));
    }
    if (alg.toString() != QLatin1String("ES256")) {
        return invalid(Text::tr("the header 'alg' is '%1', expected 'ES256'").arg(alg.toString().left(32)));
    }

    Result<QJsonObject> payload = decodeSegment(segments[1], Text::tr("payload"));
    if (!payload) {
        return payload.error();
    }
    SessionToken token;
    token.raw = jwt.toByteArray();
    SessionClaims& claims = token.claims;

    Result<qint64> exp = expClaim(*payload);
    if (!exp) {
        return exp.error();
    }
    claims.exp = *exp;

    Result<QString> publicKey = requiredString(*payload, "public_key");
    if (!publicKey) {
        return publicKey.error();
    }
    if (!isCompressedKeyHex(*publicKey)) {
        return invalid(
            Text::tr("payload claim 'public_key' must be a compressed P-256 key (66 hex characters, 02/03)"));
    }
    claims.publicKey = *publicKey;

    const std::pair<const char*, QString*> required[] = {
        {"session_type", &claims.sessionType},
        {"user_id", &claims.userId},
        {"organization_id", &claims.organizationId},
    };
    for (const auto& [claim, target] : required) {
        Result<QString> value = requiredString(*payload, claim);
        if (!value) {
            return value.error();
        }
        *target = *value;
    }
    const std::pair<const char*, QString*> optional[] = {
        {"session_profile_id", &claims.sessionProfileId},
        {"scope", &claims.scope},
    };
    for (const auto& [claim, target] : optional) {
        Result<QString> value = optionalString(*payload, claim);
        if (!value) {
            return value.error();
        }
        *target = *value;
    }
    return token;
}

} // namespace ws
