#include "OidcSigningKeys.h"

#include "crypto/Ecdsa.h"
#include "crypto/Encoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace ws::devserver {

namespace {

const QString kRsaKid = QStringLiteral("devserver-rs256");
const QString kEcKid = QStringLiteral("devserver-es256");

QByteArray bnParam(EVP_PKEY* key, const char* name) {
    BIGNUM* bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray bytes(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char*>(bytes.data()));
    BN_free(bn);
    return bytes;
}

} // namespace

struct OidcSigningKeys::Rsa {
    EVP_PKEY* key = nullptr;
    ~Rsa() { EVP_PKEY_free(key); }
};

OidcSigningKeys::OidcSigningKeys(std::unique_ptr<Rsa> rsa, P256KeyPair ec)
    : m_rsa(std::move(rsa))
    , m_ec(std::move(ec)) {}
OidcSigningKeys::OidcSigningKeys(OidcSigningKeys&&) noexcept = default;
OidcSigningKeys& OidcSigningKeys::operator=(OidcSigningKeys&&) noexcept = default;
OidcSigningKeys::~OidcSigningKeys() = default;

Result<OidcSigningKeys> OidcSigningKeys::generate() {
    auto rsa = std::make_unique<Rsa>();
    rsa->key = EVP_RSA_gen(2048);
    if (!rsa->key)
        return Error(ErrorCode::Crypto, QStringLiteral("OpenSSL could not make an RSA key"));
    auto ec = P256KeyPair::generate();
    if (!ec)
        return ec.error();
    return OidcSigningKeys(std::move(rsa), std::move(*ec));
}

QJsonObject OidcSigningKeys::jwks() const {
    const QByteArray point = ecdsa::uncompressPublicKeyHex(m_ec->publicKeyHex()).value();
    const QByteArray x = encoding::fromHex(point.mid(2, 64)).value();
    const QByteArray y = encoding::fromHex(point.mid(66, 64)).value();
    const QJsonObject rsa{
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("use"), QStringLiteral("sig")},
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("kid"), kRsaKid},
        {QStringLiteral("n"),
         QString::fromLatin1(encoding::toBase64Url(bnParam(m_rsa->key, OSSL_PKEY_PARAM_RSA_N)))},
        {QStringLiteral("e"),
         QString::fromLatin1(encoding::toBase64Url(bnParam(m_rsa->key, OSSL_PKEY_PARAM_RSA_E)))}};
    const QJsonObject ec{{QStringLiteral("kty"), QStringLiteral("EC")},
                         {QStringLiteral("use"), QStringLiteral("sig")},
                         {QStringLiteral("alg"), QStringLiteral("ES256")},
                         {QStringLiteral("kid"), kEcKid},
                         {QStringLiteral("crv"), QStringLiteral("P-256")},
                         {QStringLiteral("x"), QString::fromLatin1(encoding::toBase64Url(x))},
                         {QStringLiteral("y"), QString::fromLatin1(encoding::toBase64Url(y))}};
    return QJsonObject{{QStringLiteral("keys"), QJsonArray{rsa, ec}}};
}

Result<QByteArray> OidcSigningKeys::sign(const QString& alg, const QJsonObject& payload) const {
    const bool rs256 = alg == QLatin1String("RS256");
    const QJsonObject header{
        {QStringLiteral("alg"), rs256 ? QStringLiteral("RS256") : QStringLiteral("ES256")},
        {QStringLiteral("kid"), rs256 ? kRsaKid : kEcKid},
        {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray signingInput =
        encoding::toBase64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
        encoding::toBase64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    QByteArray signature;
    if (rs256) {
        EVP_MD_CTX* md = EVP_MD_CTX_new();
        size_t length = 0;
        bool ok = md && EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, m_rsa->key) == 1 &&
                  EVP_DigestSign(md, nullptr, &length,
                                 reinterpret_cast<const unsigned char*>(signingInput.constData()),
                                 size_t(signingInput.size())) == 1;
        if (ok) {
            signature.resize(qsizetype(length));
            ok = EVP_DigestSign(md, reinterpret_cast<unsigned char*>(signature.data()), &length,
                                reinterpret_cast<const unsigned char*>(signingInput.constData()),
                                size_t(signingInput.size())) == 1;
            signature.resize(qsizetype(length));
        }
        EVP_MD_CTX_free(md);
        if (!ok)
            return Error(ErrorCode::Crypto, QStringLiteral("OpenSSL could not sign with RS256"));
    } else {
        auto raw = m_ec->signDigestRaw(ecdsa::sha256(signingInput));
        if (!raw)
            return raw.error();
        signature = *raw;
    }
    return QByteArray(signingInput + '.' + encoding::toBase64Url(signature));
}

} // namespace ws::devserver
