#include "EcPoint.h"

#include "Encoding.h"

#include <QCoreApplication>
#include <openssl/core_names.h>
#include <openssl/obj_mac.h>
#include <openssl/params.h>

namespace ws::ecpoint {

ossl::Group p256Group() {
    return ossl::Group(EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1));
}

Result<ossl::Point> decodeHex(const EC_GROUP* group, QByteArrayView publicKeyHex) {
    if (publicKeyHex.size() != 66 && publicKeyHex.size() != 130) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate(
                         "ws", "a P-256 public key must be 66 (compressed) or 130 (uncompressed) hex "
                               "characters, got %1")
                         .arg(publicKeyHex.size()));
    }
    Result<QByteArray> bytes = encoding::fromHex(publicKeyHex);
    if (!bytes) {
        return bytes.error().withContext(QCoreApplication::translate("ws", "public key"));
    }
    const auto prefix = static_cast<unsigned char>(bytes->at(0));
    const bool prefixOk = bytes->size() == 33 ? (prefix == 0x02 || prefix == 0x03) : prefix == 0x04;
    if (!prefixOk) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("ws", "public key has an invalid SEC1 prefix %1")
                         .arg(QString::fromLatin1(publicKeyHex.first(2).toByteArray())));
    }
    if (group == nullptr) {
        return Error(ErrorCode::Crypto, QCoreApplication::translate("ws", "OpenSSL has no P-256 group"));
    }
    ossl::Point point(EC_POINT_new(group));
    ossl::BnCtx ctx(BN_CTX_new());
    if (!point || !ctx) {
        return Error(ErrorCode::Crypto, QCoreApplication::translate("ws", "OpenSSL is out of memory"));
    }
    const auto* raw = reinterpret_cast<const unsigned char*>(bytes->constData());
    if (EC_POINT_oct2point(group, point.get(), raw, static_cast<size_t>(bytes->size()), ctx.get()) != 1 ||
        EC_POINT_is_at_infinity(group, point.get()) == 1 ||
        EC_POINT_is_on_curve(group, point.get(), ctx.get()) != 1) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("ws", "public key is not a point on the P-256 curve"));
    }
    return point;
}

QByteArray encode(const EC_GROUP* group, const EC_POINT* point, bool compressed) {
    const point_conversion_form_t form =
        compressed ? POINT_CONVERSION_COMPRESSED : POINT_CONVERSION_UNCOMPRESSED;
    QByteArray out(compressed ? 33 : 65, Qt::Uninitialized);
    const size_t n = EC_POINT_point2oct(group, point, form, reinterpret_cast<unsigned char*>(out.data()),
                                        static_cast<size_t>(out.size()), nullptr);
    if (n != static_cast<size_t>(out.size())) {
        return {};
    }
    return out;
}

Result<ossl::Pkey> publicKeyFromHex(QByteArrayView publicKeyHex) {
    ossl::Group group = p256Group();
    Result<ossl::Point> point = decodeHex(group.get(), publicKeyHex);
    if (!point) {
        return point.error();
    }
    QByteArray encoded = encode(group.get(), point->get(), false);
    ossl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    if (encoded.isEmpty() || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1) {
        return Error(ErrorCode::Crypto,
                     QCoreApplication::translate("ws", "OpenSSL could not load a public key"));
    }
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, const_cast<char*>(kGroupName), 0),
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, encoded.data(),
                                          static_cast<size_t>(encoded.size())),
        OSSL_PARAM_construct_end(),
    };
    EVP_PKEY* pkey = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &pkey, EVP_PKEY_PUBLIC_KEY, params) != 1 || pkey == nullptr) {
        return Error(ErrorCode::Crypto,
                     QCoreApplication::translate("ws", "OpenSSL could not load a public key"));
    }
    return ossl::Pkey(pkey);
}

QByteArray compressUncompressed(QByteArrayView uncompressed65) {
    QByteArray out(33, Qt::Uninitialized);
    const auto lastY = static_cast<unsigned char>(uncompressed65[64]);
    out[0] = static_cast<char>((lastY & 1) ? 0x03 : 0x02);
    std::copy(uncompressed65.begin() + 1, uncompressed65.begin() + 33, out.begin() + 1);
    return out;
}

} // namespace ws::ecpoint
