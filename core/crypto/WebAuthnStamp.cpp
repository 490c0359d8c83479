#include "WebAuthnStamp.h"

#include "Ecdsa.h"
#include "Encoding.h"
#include "Text.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ws::webauthn {

namespace {

constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
constexpr qsizetype kAuthenticatorDataMinimum = 37; // rpIdHash(32) + flags(1) + signCount(4)
constexpr char kFlagUserPresent = 0x01;
constexpr char kFlagUserVerified = 0x04;

const char* const kFields[] = {"authenticatorData", "clientDataJson", "credentialId", "signature"};

Error unauthorized(const QString& why) {
    return Error(ErrorCode::Unauthorized, Text::tr("The passkey stamp was refused: %1").arg(why));
}

Error malformed(const QString& why) {
    return Error(ErrorCode::InvalidInput, Text::tr("Malformed X-Stamp-WebAuthn: %1").arg(why));
}

} // namespace

QByteArray challengeFor(QByteArrayView body) {
    return encoding::toHex(ecdsa::sha256(body));
}

QByteArray clientDataJson(QByteArrayView challenge, const QString& origin) {
    // Written by hand, not by QJsonDocument: the order of the members is the one browsers use, and the
    // bytes are what the authenticator signs (their hash), so they must not change between here and
    // the header.
    const QByteArray challengeText = encoding::toBase64Url(challenge);
    QByteArray originJson =
        QJsonDocument(QJsonObject{{QStringLiteral("o"), origin}}).toJson(QJsonDocument::Compact);
    originJson = originJson.mid(5, originJson.size() - 6); // {"o":"…"} → "…"
    return QByteArrayLiteral("{\"type\":\"webauthn.get\",\"challenge\":\"") + challengeText +
           QByteArrayLiteral("\",\"origin\":") + originJson + QByteArrayLiteral(",\"crossOrigin\":false}");
}

QByteArray headerValue(const Assertion& assertion) {
    const QJsonObject stamp{
        {QStringLiteral("authenticatorData"),
         QString::fromLatin1(encoding::toBase64Url(assertion.authenticatorData))},
        {QStringLiteral("clientDataJson"),
         QString::fromLatin1(encoding::toBase64Url(assertion.clientDataJson))},
        {QStringLiteral("credentialId"), QString::fromLatin1(encoding::toBase64Url(assertion.credentialId))},
        {QStringLiteral("signature"), QString::fromLatin1(encoding::toBase64Url(assertion.signature))},
    };
    return QJsonDocument(stamp).toJson(QJsonDocument::Compact);
}

Result<Assertion> parse(QByteArrayView headerValue) {
    if (headerValue.size() > kMaxHeaderBytes)
        return malformed(Text::tr("the header is over 16 KiB"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(headerValue.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return malformed(Text::tr("the header is not a JSON object"));
    const QJsonObject object = document.object();
    QByteArray decoded[4];
    for (int i = 0; i < 4; ++i) {
        const QJsonValue value = object.value(QLatin1String(kFields[i]));
        if (!value.isString() || value.toString().isEmpty())
            return malformed(Text::tr("%1 is missing or not a string").arg(QLatin1String(kFields[i])));
        Result<QByteArray> bytes = encoding::fromBase64Url(value.toString().toLatin1());
        if (!bytes)
            return malformed(Text::tr("%1 is not base64url").arg(QLatin1String(kFields[i])));
        decoded[i] = std::move(bytes.value());
    }
    return Assertion{decoded[0], decoded[1], decoded[2], decoded[3]};
}

Result<void> verify(const Assertion& assertion, QByteArrayView body, const Expectation& expected) {
    QJsonParseError error;
    const QJsonDocument clientData = QJsonDocument::fromJson(assertion.clientDataJson, &error);
    if (error.error != QJsonParseError::NoError || !clientData.isObject())
        return unauthorized(Text::tr("clientDataJSON is not a JSON object"));
    const QJsonObject client = clientData.object();
    if (client.value(QStringLiteral("type")).toString() != QLatin1String("webauthn.get"))
        return unauthorized(Text::tr("clientDataJSON is not a webauthn.get"));
    Result<QByteArray> challenge =
        encoding::fromBase64Url(client.value(QStringLiteral("challenge")).toString().toLatin1());
    if (!challenge || challenge.value() != challengeFor(body))
        return unauthorized(Text::tr("the challenge is not the one for this request body"));

    const QByteArray& data = assertion.authenticatorData;
    if (data.size() < kAuthenticatorDataMinimum)
        return unauthorized(Text::tr("the authenticator data is too short"));
    if (data.left(32) != ecdsa::sha256(expected.rpId.toUtf8()))
        return unauthorized(
            Text::tr("the authenticator data is not for relying party %1").arg(expected.rpId));
    const char flags = data.at(32);
    if ((flags & kFlagUserPresent) == 0)
        return unauthorized(Text::tr("the user was not present (the key was not touched)"));
    if (expected.requireUserVerified && (flags & kFlagUserVerified) == 0)
        return unauthorized(Text::tr("the user was not verified (no PIN)"));

    const QByteArray signedBytes = data + ecdsa::sha256(assertion.clientDataJson);
    if (Result<void> ok = ecdsa::verifyDer(expected.publicKeyHex, signedBytes, assertion.signature); !ok)
        return unauthorized(Text::tr("the signature does not verify with the credential's key"));
    return {};
}

} // namespace ws::webauthn
