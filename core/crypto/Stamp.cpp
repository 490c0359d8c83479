#include "Stamp.h"

#include "Ecdsa.h"
#include "Encoding.h"
#include "P256KeyPair.h"
#include "Text.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace ws::stamp {

namespace {

constexpr qsizetype kMaxHeaderBytes = 4 * 1024;

Error malformed(const QString& why) {
    return Error(ErrorCode::InvalidInput, Text::tr("malformed X-Stamp: %1").arg(why));
}

bool isHex(QByteArrayView text) {
    for (char c : text) {
        const bool digit = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!digit) {
            return false;
        }
    }
    return true;
}

Result<QByteArray> stringField(const QJsonObject& object, const char* name) {
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined()) {
        return malformed(Text::tr("the field '%1' is missing").arg(QLatin1String(name)));
    }
    if (!value.isString()) {
        return malformed(Text::tr("the field '%1' must be a string").arg(QLatin1String(name)));
    }
    return value.toString().toUtf8();
}

} // namespace

Result<QByteArray> make(const P256KeyPair& key, QByteArrayView body) {
    Result<QByteArray> der = key.signDer(body);
    if (!der) {
        return der.error();
    }
    // Built by hand to pin the field order and spacing the JS and Swift stampers emit; every value
    // is hex or a constant, so nothing needs escaping.
    QByteArray json;
    json.reserve(256);
    json.append(R"({"publicKey":")");
    json.append(key.publicKeyHex());
    json.append(R"(","scheme":")");
    json.append(kScheme);
    json.append(R"(","signature":")");
    json.append(encoding::toHex(*der));
    json.append(R"("})");
    return encoding::toBase64Url(json);
}

Result<StampContents> parse(QByteArrayView headerValue) {
    if (headerValue.size() > kMaxHeaderBytes) {
        return malformed(Text::tr("it is %1 bytes, more than the 4 KiB allowed").arg(headerValue.size()));
    }
    if (headerValue.isEmpty()) {
        return malformed(Text::tr("it is empty"));
    }
    Result<QByteArray> json = encoding::fromBase64Url(headerValue);
    if (!json) {
        return malformed(json.error().message);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return malformed(Text::tr("not JSON (%1)").arg(parseError.errorString()));
    }
    if (!doc.isObject()) {
        return malformed(Text::tr("not a JSON object"));
    }
    const QJsonObject object = doc.object();
    StampContents contents;
    for (auto [name, target] :
         {std::pair{"publicKey", &contents.publicKey}, std::pair{"scheme", &contents.scheme},
          std::pair{"signature", &contents.signatureHex}}) {
        Result<QByteArray> field = stringField(object, name);
        if (!field) {
            return field.error();
        }
        *target = *field;
    }
    if (contents.publicKey.size() != 66 || !isHex(contents.publicKey)) {
        return malformed(Text::tr("'publicKey' must be a compressed P-256 key of 66 hex characters"));
    }
    if (contents.signatureHex.isEmpty() || contents.signatureHex.size() % 2 != 0 ||
        !isHex(contents.signatureHex)) {
        return malformed(Text::tr("'signature' must be hex"));
    }
    // Hex is case-insensitive on the wire (Node's Buffer.from accepts both); hand out one spelling so
    // callers can compare and look keys up by string.
    contents.publicKey = contents.publicKey.toLower();
    contents.signatureHex = contents.signatureHex.toLower();
    return contents;
}

Result<StampContents> verify(QByteArrayView headerValue, QByteArrayView body) {
    Result<StampContents> contents = parse(headerValue);
    if (!contents) {
        return contents.error();
    }
    if (contents->scheme != QByteArrayView(kScheme)) {
        return malformed(Text::tr("unsupported scheme '%1', only %2 is supported")
                             .arg(QString::fromUtf8(contents->scheme), QLatin1String(kScheme)));
    }
    Result<QByteArray> der = encoding::fromHex(contents->signatureHex);
    if (!der) {
        return malformed(der.error().message);
    }
    if (Result<QByteArray> wellFormed = ecdsa::derToRaw(*der); !wellFormed) {
        return malformed(wellFormed.error().message);
    }
    Result<void> verified = ecdsa::verifyDer(contents->publicKey, body, *der);
    if (!verified) {
        if (verified.error().code == ErrorCode::Unauthorized) {
            return Error(ErrorCode::Unauthorized, Text::tr("could not verify api key signature"));
        }
        return malformed(verified.error().message);
    }
    return contents;
}

} // namespace ws::stamp
