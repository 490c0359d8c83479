#include "AttestedStamp.h"

#include "Ecdsa.h"
#include "Encoding.h"
#include "P256KeyPair.h"
#include "Text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ws::attested {

namespace {

// An OIDC id_token is a few KiB at most; anything far larger is not a stamp.
constexpr qsizetype kMaxHeaderBytes = 16 * 1024;

Error malformed(const QString& why) {
    return Error(ErrorCode::InvalidInput, Text::tr("malformed X-Stamp-Attested: %1").arg(why));
}

// A JSON string literal: the attestation is a token, but it is not ours, so it is escaped.
QByteArray jsonString(QByteArrayView text) {
    const QByteArray array =
        QJsonDocument(QJsonArray{QString::fromUtf8(text)}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

bool isHex(QByteArrayView text) {
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

} // namespace

Result<QByteArray> make(const P256KeyPair& key, QByteArrayView scheme, QByteArrayView attestation,
                        QByteArrayView body) {
    Result<QByteArray> der = key.signDer(body);
    if (!der)
        return der.error();
    QByteArray json;
    json.reserve(attestation.size() + 300);
    json.append(R"({"publicKeyAttestation":)");
    json.append(jsonString(attestation));
    json.append(R"(,"scheme":)");
    json.append(jsonString(scheme));
    json.append(R"(,"publicKey":")");
    json.append(key.publicKeyHex());
    json.append(R"(","signature":")");
    json.append(encoding::toHex(*der));
    json.append(R"("})");
    return encoding::toBase64Url(json);
}

Result<AttestedStampContents> parse(QByteArrayView headerValue) {
    if (headerValue.isEmpty())
        return malformed(Text::tr("it is empty"));
    if (headerValue.size() > kMaxHeaderBytes)
        return malformed(Text::tr("it is %1 bytes, more than the 16 KiB allowed").arg(headerValue.size()));
    Result<QByteArray> json = encoding::fromBase64Url(headerValue);
    if (!json)
        return malformed(json.error().message);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(*json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(Text::tr("not a JSON object"));
    const QJsonObject object = doc.object();
    AttestedStampContents contents;
    for (auto [name, target] :
         {std::pair{"publicKeyAttestation", &contents.publicKeyAttestation},
          std::pair{"scheme", &contents.scheme}, std::pair{"publicKey", &contents.publicKey},
          std::pair{"signature", &contents.signatureHex}}) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (!value.isString() || value.toString().isEmpty())
            return malformed(Text::tr("the field '%1' is missing or not a string").arg(QLatin1String(name)));
        *target = value.toString().toUtf8();
    }
    if (contents.publicKey.size() != 66 || !isHex(contents.publicKey))
        return malformed(Text::tr("'publicKey' must be a compressed P-256 key of 66 hex characters"));
    if (contents.signatureHex.size() % 2 != 0 || !isHex(contents.signatureHex))
        return malformed(Text::tr("'signature' must be hex"));
    contents.publicKey = contents.publicKey.toLower();
    contents.signatureHex = contents.signatureHex.toLower();
    return contents;
}

Result<AttestedStampContents> verify(QByteArrayView headerValue, QByteArrayView body) {
    Result<AttestedStampContents> contents = parse(headerValue);
    if (!contents)
        return contents.error();
    Result<QByteArray> der = encoding::fromHex(contents->signatureHex);
    if (!der)
        return malformed(der.error().message);
    if (Result<void> verified = ecdsa::verifyDer(contents->publicKey, body, *der); !verified) {
        if (verified.error().code == ErrorCode::Unauthorized)
            return Error(ErrorCode::Unauthorized,
                         Text::tr("could not verify the attested stamp's signature"));
        return malformed(verified.error().message);
    }
    return contents;
}

} // namespace ws::attested
