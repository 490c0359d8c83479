#include "VerificationToken.h"

#include "Ecdsa.h"
#include "Encoding.h"
#include "P256KeyPair.h"
#include "Text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ws::vtoken {

namespace {

constexpr qsizetype kMaxTokenBytes = 8 * 1024;

Error invalid(const QString& why) {
    return Error(ErrorCode::InvalidInput, Text::tr("malformed verification token: %1").arg(why));
}

QByteArray jsonString(const QString& text) {
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

Result<Claims> decode(QByteArrayView token) {
    if (token.size() > kMaxTokenBytes)
        return invalid(Text::tr("it is longer than 8 KiB"));
    const QList<QByteArray> parts = token.toByteArray().split('.');
    if (parts.size() != 3)
        return invalid(Text::tr("it does not have three dot-separated parts"));
    Result<QByteArray> payload = encoding::fromBase64Url(parts.at(1));
    if (!payload)
        return invalid(payload.error().message);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(*payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(Text::tr("the payload is not a JSON object"));
    const QJsonObject o = doc.object();
    Claims claims;
    const QJsonValue exp = o.value(QLatin1String("exp"));
    bool ok = false;
    claims.expMs = exp.isString() ? exp.toString().toLongLong(&ok) : 0;
    if (!ok || claims.expMs <= 0)
        return invalid(Text::tr("'exp' must be epoch milliseconds as a string"));
    claims.id = o.value(QLatin1String("id")).toString();
    claims.organizationId = o.value(QLatin1String("organization_id")).toString();
    claims.verificationType = o.value(QLatin1String("verification_type")).toString();
    claims.contact = o.value(QLatin1String("contact")).toString();
    claims.publicKey = o.value(QLatin1String("public_key")).toString().toLatin1().toLower();
    if (claims.id.isEmpty())
        return invalid(Text::tr("'id' is missing"));
    if (claims.publicKey.size() != 66)
        return invalid(Text::tr("'public_key' is not a compressed P-256 key"));
    return claims;
}

Result<Claims> verify(QByteArrayView token, QByteArrayView signerPublicKeyHex, qint64 nowMs) {
    Result<Claims> claims = decode(token);
    if (!claims)
        return claims;
    const qsizetype lastDot = QByteArrayView(token).lastIndexOf('.');
    Result<QByteArray> raw = encoding::fromBase64Url(token.sliced(lastDot + 1));
    if (!raw || raw->size() != 64)
        return invalid(Text::tr("the signature is not 64 bytes of base64url"));
    Result<QByteArray> der = ecdsa::rawToDer(*raw);
    if (!der)
        return invalid(der.error().message);
    if (Result<void> ok = ecdsa::verifyDer(signerPublicKeyHex, token.first(lastDot), *der); !ok)
        return Error(ErrorCode::Unauthorized,
                     Text::tr("the verification token's signature does not verify with the OTP signer key"));
    if (claims->expMs <= nowMs)
        return Error(ErrorCode::Unauthorized, Text::tr("the verification token has expired"));
    return claims;
}

Result<QByteArray> sign(const P256KeyPair& signer, const Claims& claims) {
    const QByteArray header = encoding::toBase64Url(QByteArrayLiteral(R"({"typ":"JWT","alg":"ES256"})"));
    const QByteArray payload =
        QByteArrayLiteral("{\"exp\":") + jsonString(QString::number(claims.expMs)) +
        QByteArrayLiteral(",\"id\":") + jsonString(claims.id) + QByteArrayLiteral(",\"organization_id\":") +
        jsonString(claims.organizationId) + QByteArrayLiteral(",\"verification_type\":") +
        jsonString(claims.verificationType) + QByteArrayLiteral(",\"contact\":") +
        jsonString(claims.contact) + QByteArrayLiteral(",\"public_key\":") +
        jsonString(QString::fromLatin1(claims.publicKey)) + '}';
    const QByteArray input = QByteArray(header + '.' + encoding::toBase64Url(payload));
    Result<QByteArray> der = signer.signDer(input);
    if (!der)
        return der.error();
    Result<QByteArray> raw = ecdsa::derToRaw(*der);
    if (!raw)
        return raw.error();
    return QByteArray(input + '.' + encoding::toBase64Url(*raw));
}

} // namespace ws::vtoken
