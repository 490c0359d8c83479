#include "OtpBundle.h"

#include "Ecdsa.h"
#include "Encoding.h"
#include "Hpke.h"
#include "P256KeyPair.h"
#include "Text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ws::otpbundle {

namespace {

Error invalid(const QString& why) {
    return Error(ErrorCode::InvalidInput, Text::tr("the OTP target bundle is malformed: %1").arg(why));
}

QByteArray jsonString(const QString& text) {
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

Result<QJsonObject> object(QByteArrayView json, const QString& what) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(Text::tr("%1 is not a JSON object").arg(what));
    return doc.object();
}

} // namespace

Result<QByteArray> encryptOtpCode(QByteArrayView code, QByteArrayView targetBundle,
                                  QByteArrayView sessionPublicKeyHex, QByteArrayView signerPublicKeyHex) {
    Result<QJsonObject> bundle = object(targetBundle, Text::tr("the bundle"));
    if (!bundle)
        return bundle.error();
    const QByteArray quorum = bundle->value(QLatin1String("enclaveQuorumPublic")).toString().toLatin1();
    const QByteArray signature = bundle->value(QLatin1String("dataSignature")).toString().toLatin1();
    const QByteArray dataHex = bundle->value(QLatin1String("data")).toString().toLatin1();
    if (quorum != signerPublicKeyHex)
        return Error(
            ErrorCode::Unauthorized,
            Text::tr("the OTP target bundle is signed by '%1', not by the configured OTP signer key '%2'")
                .arg(QString::fromLatin1(quorum), QString::fromLatin1(signerPublicKeyHex.toByteArray())));
    Result<QByteArray> data = encoding::fromHex(dataHex);
    Result<QByteArray> der = encoding::fromHex(signature);
    if (!data || !der)
        return invalid(Text::tr("'data' and 'dataSignature' must be hex"));
    if (Result<void> verified = ecdsa::verifyDer(quorum, *data, *der); !verified)
        return Error(ErrorCode::Unauthorized,
                     Text::tr("the OTP target bundle's signature does not verify with the OTP signer key"));
    Result<QJsonObject> signedData = object(*data, Text::tr("its data"));
    if (!signedData)
        return signedData.error();
    const QByteArray target = signedData->value(QLatin1String("targetPublic")).toString().toLatin1();
    if (target.size() != 130)
        return invalid(Text::tr("'targetPublic' is not an uncompressed P-256 key"));
    // JSON.stringify({otp_code, public_key}): that order, no spaces.
    QByteArray plain = QByteArrayLiteral("{\"otp_code\":") +
                       jsonString(QString::fromUtf8(code.toByteArray())) +
                       QByteArrayLiteral(",\"public_key\":") +
                       jsonString(QString::fromLatin1(sessionPublicKeyHex.toByteArray())) + '}';
    Result<hpke::Sealed> sealed = hpke::seal(target, plain);
    secureWipe(plain);
    if (!sealed)
        return sealed.error();
    return QByteArray(QByteArrayLiteral("{\"encappedPublic\":\"") + encoding::toHex(sealed->encappedPublic) +
                      QByteArrayLiteral("\",\"ciphertext\":\"") + encoding::toHex(sealed->ciphertext) +
                      QByteArrayLiteral("\"}"));
}

Result<QByteArray> makeTargetBundle(const P256KeyPair& signer, QByteArrayView targetPublicKeyHex) {
    const QByteArray data = QByteArrayLiteral("{\"targetPublic\":\"") + targetPublicKeyHex.toByteArray() +
                            QByteArrayLiteral("\"}");
    Result<QByteArray> der = signer.signDer(data);
    if (!der)
        return der.error();
    return QJsonDocument(
               QJsonObject{{QStringLiteral("enclaveQuorumPublic"),
                            QString::fromLatin1(signer.uncompressedPublicKeyHex())},
                           {QStringLiteral("dataSignature"), QString::fromLatin1(encoding::toHex(*der))},
                           {QStringLiteral("data"), QString::fromLatin1(encoding::toHex(data))}})
        .toJson(QJsonDocument::Compact);
}

Result<OtpPlaintext> decrypt(const P256KeyPair& target, QByteArrayView encryptedBundle) {
    Result<QJsonObject> bundle = object(encryptedBundle, Text::tr("the encrypted bundle"));
    if (!bundle)
        return bundle.error();
    Result<QByteArray> enc =
        encoding::fromHex(bundle->value(QLatin1String("encappedPublic")).toString().toLatin1());
    Result<QByteArray> ciphertext =
        encoding::fromHex(bundle->value(QLatin1String("ciphertext")).toString().toLatin1());
    if (!enc || !ciphertext)
        return invalid(Text::tr("'encappedPublic' and 'ciphertext' must be hex"));
    Result<SecureBytes> plain = hpke::open(target, *enc, *ciphertext);
    if (!plain)
        return plain.error();
    Result<QJsonObject> fields = object(plain->view(), Text::tr("the decrypted bundle"));
    if (!fields)
        return fields.error();
    QByteArray code = fields->value(QLatin1String("otp_code")).toString().toUtf8();
    OtpPlaintext out{SecureBytes::takeAndWipe(code),
                     fields->value(QLatin1String("public_key")).toString().toLatin1()};
    return out;
}

} // namespace ws::otpbundle
