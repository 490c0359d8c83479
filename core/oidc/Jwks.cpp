#include "oidc/Jwks.h"

#include "crypto/Ecdsa.h"
#include "crypto/Encoding.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace ws::oidc {

namespace {

Error jwksError(const QString& what) {
    return Error(ErrorCode::BadResponse,
                 QCoreApplication::translate("ws", "the provider's key set is malformed: %1").arg(what));
}

Error signatureError() {
    return Error(ErrorCode::Unauthorized,
                 QCoreApplication::translate("ws", "the id_token's signature does not verify"));
}

template <typename T, void (*Free)(T*)>
struct Deleter {
    void operator()(T* p) const { Free(p); }
};
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using BldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;

BnPtr toBn(const QByteArray& bytes) {
    return BnPtr(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()), int(bytes.size()), nullptr));
}

Result<void> verifyRs256(const Jwk& key, QByteArrayView signingInput, QByteArrayView signature) {
    // Keys below 2048 bits are not accepted for RS256 (RFC 7518 §3.3).
    if (key.n.size() < 256)
        return jwksError(
            QCoreApplication::translate("ws", "RSA key %1 is shorter than 2048 bits").arg(key.kid));
    BnPtr n = toBn(key.n);
    BnPtr e = toBn(key.e);
    BldPtr bld(OSSL_PARAM_BLD_new());
    if (!n || !e || !bld || !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) ||
        !OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get()))
        return Error(ErrorCode::Crypto,
                     QCoreApplication::translate("ws", "OpenSSL could not build an RSA key"));
    ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    PkeyCtxPtr fromCtx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY* raw = nullptr;
    if (!params || !fromCtx || EVP_PKEY_fromdata_init(fromCtx.get()) <= 0 ||
        EVP_PKEY_fromdata(fromCtx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return jwksError(QCoreApplication::translate("ws", "RSA key %1 is not usable").arg(key.kid));
    PkeyPtr pkey(raw);
    MdCtxPtr md(EVP_MD_CTX_new());
    if (!md || EVP_DigestVerifyInit(md.get(), nullptr, EVP_sha256(), nullptr, pkey.get()) != 1)
        return Error(ErrorCode::Crypto,
                     QCoreApplication::translate("ws", "OpenSSL could not start an RS256 check"));
    const int verified = EVP_DigestVerify(
        md.get(), reinterpret_cast<const unsigned char*>(signature.data()), size_t(signature.size()),
        reinterpret_cast<const unsigned char*>(signingInput.data()), size_t(signingInput.size()));
    if (verified != 1)
        return signatureError();
    return {};
}

Result<void> verifyEs256(const Jwk& key, QByteArrayView signingInput, QByteArrayView signature) {
    if (key.x.size() != 32 || key.y.size() != 32)
        return jwksError(QCoreApplication::translate("ws", "EC key %1 is not a P-256 point").arg(key.kid));
    if (signature.size() != 64)
        return signatureError();
    const QByteArray point = "04" + encoding::toHex(key.x) + encoding::toHex(key.y);
    if (!ecdsa::verifyDigestRaw(point, ecdsa::sha256(signingInput), signature))
        return signatureError();
    return {};
}

} // namespace

Result<QList<Jwk>> parseJwks(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        !document.object().value(QLatin1String("keys")).isArray())
        return jwksError(QCoreApplication::translate("ws", "no \"keys\" array"));
    QList<Jwk> keys;
    const QJsonArray array = document.object().value(QLatin1String("keys")).toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        Jwk key;
        key.kid = object.value(QLatin1String("kid")).toString();
        key.kty = object.value(QLatin1String("kty")).toString();
        key.alg = object.value(QLatin1String("alg")).toString();
        const QString use = object.value(QLatin1String("use")).toString();
        if (!use.isEmpty() && use != QLatin1String("sig"))
            continue;
        auto field = [&object](const char* name) {
            return encoding::fromBase64Url(object.value(QLatin1String(name)).toString().toLatin1());
        };
        if (key.kty == QLatin1String("RSA")) {
            auto n = field("n");
            auto e = field("e");
            if (!n || !e || n->isEmpty() || e->isEmpty())
                return jwksError(
                    QCoreApplication::translate("ws", "RSA key %1 has no valid n/e").arg(key.kid));
            key.n = *n;
            key.e = *e;
        } else if (key.kty == QLatin1String("EC")) {
            if (object.value(QLatin1String("crv")).toString() != QLatin1String("P-256"))
                continue;
            auto x = field("x");
            auto y = field("y");
            if (!x || !y)
                return jwksError(
                    QCoreApplication::translate("ws", "EC key %1 has no valid x/y").arg(key.kid));
            key.x = *x;
            key.y = *y;
        } else {
            continue;
        }
        keys.append(key);
    }
    return keys;
}

Result<void> verifyJws(const Jwk& key, const QString& alg, QByteArrayView signingInput,
                       QByteArrayView signature) {
    if (alg == QLatin1String("RS256") && key.kty == QLatin1String("RSA"))
        return verifyRs256(key, signingInput, signature);
    if (alg == QLatin1String("ES256") && key.kty == QLatin1String("EC"))
        return verifyEs256(key, signingInput, signature);
    return signatureError();
}

} // namespace ws::oidc
