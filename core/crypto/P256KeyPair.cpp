#include "P256KeyPair.h"

#include "EcPoint.h"
#include "Ecdsa.h"
#include "Encoding.h"
#include "Text.h"

#include <QCoreApplication>
#include <array>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/params.h>

namespace ws {

namespace {

constexpr int kScalarBytes = 32;

Error cryptoError(const char* what) {
    return Error(ErrorCode::Crypto, Text::tr(what));
}

// Wipes a fixed buffer when leaving scope, whichever return is taken.
template <std::size_t N>
struct WipedBuffer {
    std::array<unsigned char, N> bytes{};
    ~WipedBuffer() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
    unsigned char* data() { return bytes.data(); }
};

Result<QByteArray> uncompressedPublicKey(EVP_PKEY* pkey) {
    QByteArray out(65, Qt::Uninitialized);
    size_t length = 0;
    if (EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY,
                                        reinterpret_cast<unsigned char*>(out.data()),
                                        static_cast<size_t>(out.size()), &length) != 1 ||
        length != 65 || out[0] != '\x04') {
        return cryptoError(
            QT_TRANSLATE_NOOP("ws", "OpenSSL did not return an uncompressed P-256 public key"));
    }
    return out;
}

} // namespace

struct P256KeyPair::Key {
    ossl::Pkey pkey;
    ExternalSigner external; // set instead of pkey for a key held elsewhere
};

P256KeyPair::P256KeyPair(std::unique_ptr<Key> key)
    : m_key(std::move(key)) {
    if (m_key->external)
        return; // its public key is given by external()
    // Pitfall P5: OpenSSL 3.0 always hands out the 65-byte point, Turnkey wants the 33-byte one.
    Result<QByteArray> uncompressed = uncompressedPublicKey(m_key->pkey.get());
    if (uncompressed) {
        m_publicKeyHex = encoding::toHex(ecpoint::compressUncompressed(*uncompressed));
    }
}

P256KeyPair::P256KeyPair(P256KeyPair&&) noexcept = default;
P256KeyPair& P256KeyPair::operator=(P256KeyPair&&) noexcept = default;
P256KeyPair::~P256KeyPair() = default;

Result<P256KeyPair> P256KeyPair::generate() {
    EVP_PKEY* pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (pkey == nullptr) {
        return cryptoError(QT_TRANSLATE_NOOP("ws", "OpenSSL could not generate a P-256 key"));
    }
    auto key = std::make_unique<Key>();
    key->pkey.reset(pkey);
    P256KeyPair pair(std::move(key));
    if (pair.m_publicKeyHex.isEmpty()) {
        return cryptoError(
            QT_TRANSLATE_NOOP("ws", "OpenSSL did not return an uncompressed P-256 public key"));
    }
    return pair;
}

Result<P256KeyPair> P256KeyPair::fromPrivateKeyHex(QByteArrayView privateKeyHex,
                                                   QByteArrayView expectedPublicKeyHex) {
    if (privateKeyHex.isEmpty()) {
        return Error(ErrorCode::InvalidInput, Text::tr("the private key is empty"));
    }
    if (privateKeyHex.size() > 2 * kScalarBytes) {
        return Error(
            ErrorCode::InvalidInput,
            Text::tr("a P-256 private key is at most 64 hex characters, got %1").arg(privateKeyHex.size()));
    }
    // Left-pad like Turnkey's convertTurnkeyApiKeyToJwk, so keys whose hex lost leading zeros still load.
    WipedBuffer<2 * kScalarBytes> padded;
    const qsizetype pad = 2 * kScalarBytes - privateKeyHex.size();
    std::fill(padded.bytes.begin(), padded.bytes.begin() + pad, '0');
    std::copy(privateKeyHex.begin(), privateKeyHex.end(), padded.bytes.begin() + pad);
    Result<QByteArray> decodedResult =
        encoding::fromHex(QByteArrayView(reinterpret_cast<const char*>(padded.data()), 2 * kScalarBytes));
    if (!decodedResult) {
        // The error names only the position and character class, never the key itself.
        return Error(ErrorCode::InvalidInput, Text::tr("the private key is not hex"));
    }
    SecureBytes scalar = SecureBytes::takeAndWipe(decodedResult.value());

    ossl::Group group = ecpoint::p256Group();
    ossl::BnCtx bnCtx(BN_CTX_secure_new());
    ossl::Bn d(BN_secure_new());
    if (!group || !bnCtx || !d) {
        return cryptoError(QT_TRANSLATE_NOOP("ws", "OpenSSL is out of memory"));
    }
    if (BN_bin2bn(reinterpret_cast<const unsigned char*>(scalar.constData()), kScalarBytes, d.get()) ==
        nullptr) {
        return cryptoError(QT_TRANSLATE_NOOP("ws", "OpenSSL could not read the private key"));
    }
    scalar.clear();
    if (BN_is_zero(d.get()) || BN_cmp(d.get(), EC_GROUP_get0_order(group.get())) >= 0) {
        return Error(ErrorCode::InvalidInput,
                     Text::tr("the private key is not a valid P-256 scalar (zero or not below "
                              "the curve order)"));
    }

    ossl::Point pub(EC_POINT_new(group.get()));
    if (!pub || EC_POINT_mul(group.get(), pub.get(), d.get(), nullptr, nullptr, bnCtx.get()) != 1) {
        return cryptoError(QT_TRANSLATE_NOOP("ws", "OpenSSL could not derive the public key"));
    }
    QByteArray pubOctets = ecpoint::encode(group.get(), pub.get(), false);
    if (pubOctets.isEmpty()) {
        return cryptoError(QT_TRANSLATE_NOOP("ws", "OpenSSL could not derive the public key"));
    }

    // OSSL_PARAM_BLD keeps its own unwiped copy of a BIGNUM; a param over our own buffer does not.
    WipedBuffer<kScalarBytes> privNative;
    if (BN_bn2nativepad(d.get(), privNative.data(), kScalarBytes) != kScalarBytes) {
        return cryptoError(QT_TRANSLATE_NOOP("ws", "OpenSSL could not read the private key"));
    }
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, const_cast<char*>(ecpoint::kGroupName),
                                         0),
        OSSL_PARAM_construct_BN(OSSL_PKEY_PARAM_PRIV_KEY, privNative.data(), kScalarBytes),
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, pubOctets.data(),
                                          static_cast<size_t>(pubOctets.size())),
        OSSL_PARAM_construct_end(),
    };
    ossl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY* pkey = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &pkey, EVP_PKEY_KEYPAIR, params) != 1 || pkey == nullptr) {
        return cryptoError(QT_TRANSLATE_NOOP("ws", "OpenSSL could not load the private key"));
    }
    auto key = std::make_unique<Key>();
    key->pkey.reset(pkey);
    P256KeyPair pair(std::move(key));
    if (pair.m_publicKeyHex.isEmpty()) {
        return cryptoError(
            QT_TRANSLATE_NOOP("ws", "OpenSSL did not return an uncompressed P-256 public key"));
    }

    if (!expectedPublicKeyHex.isEmpty()) {
        const QByteArray expected = expectedPublicKeyHex.toByteArray().toLower();
        const QByteArray actual =
            expected.size() == 130 ? pair.uncompressedPublicKeyHex() : pair.m_publicKeyHex;
        if (expected != actual) {
            return Error(ErrorCode::InvalidInput,
                         Text::tr("the private key does not match the public key %1")
                             .arg(QString::fromLatin1(expectedPublicKeyHex.toByteArray())));
        }
    }
    return pair;
}

P256KeyPair P256KeyPair::external(QByteArray compressedPublicKeyHex, ExternalSigner signDer) {
    auto key = std::make_unique<Key>();
    key->external = std::move(signDer);
    P256KeyPair pair(std::move(key));
    pair.m_publicKeyHex = std::move(compressedPublicKeyHex);
    return pair;
}

bool P256KeyPair::isExternal() const {
    return m_key && m_key->external;
}

QByteArray P256KeyPair::uncompressedPublicKeyHex() const {
    if (!m_key) {
        return {};
    }
    if (m_key->external) {
        Result<QByteArray> uncompressed = ecdsa::uncompressPublicKeyHex(m_publicKeyHex);
        return uncompressed ? *uncompressed : QByteArray();
    }
    Result<QByteArray> uncompressed = uncompressedPublicKey(m_key->pkey.get());
    return uncompressed ? encoding::toHex(*uncompressed) : QByteArray();
}

SecureBytes P256KeyPair::privateKeyHex() const {
    if (!m_key || m_key->external) {
        return {};
    }
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(m_key->pkey.get(), OSSL_PKEY_PARAM_PRIV_KEY, &raw) != 1 || raw == nullptr) {
        return {};
    }
    ossl::Bn d(raw);
    WipedBuffer<kScalarBytes> bytes;
    if (BN_bn2binpad(d.get(), bytes.data(), kScalarBytes) != kScalarBytes) {
        return {};
    }
    static constexpr char kDigits[] = "0123456789abcdef";
    WipedBuffer<2 * kScalarBytes> hex;
    for (int i = 0; i < kScalarBytes; ++i) {
        hex.bytes[2 * i] = static_cast<unsigned char>(kDigits[bytes.bytes[i] >> 4]);
        hex.bytes[2 * i + 1] = static_cast<unsigned char>(kDigits[bytes.bytes[i] & 0x0f]);
    }
    return SecureBytes(QByteArrayView(reinterpret_cast<const char*>(hex.data()), 2 * kScalarBytes));
}

Result<QByteArray> P256KeyPair::signDer(QByteArrayView message) const {
    if (!m_key) {
        return Error(ErrorCode::Internal, Text::tr("signing with a moved-from key"));
    }
    if (m_key->external) {
        return m_key->external(message);
    }
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key->pkey.get()) != 1) {
        return cryptoError(QT_TRANSLATE_NOOP("ws", "OpenSSL could not start signing"));
    }
    const auto* data = reinterpret_cast<const unsigned char*>(message.constData());
    size_t length = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &length, data, static_cast<size_t>(message.size())) != 1) {
        return cryptoError(QT_TRANSLATE_NOOP("ws", "OpenSSL could not sign"));
    }
    QByteArray der(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(der.data()), &length, data,
                       static_cast<size_t>(message.size())) != 1) {
        return cryptoError(QT_TRANSLATE_NOOP("ws", "OpenSSL could not sign"));
    }
    der.truncate(static_cast<qsizetype>(length));
    return der;
}

Result<QByteArray> P256KeyPair::signDigestRaw(QByteArrayView digest32) const {
    if (!m_key) {
        return Error(ErrorCode::Internal, Text::tr("signing with a moved-from key"));
    }
    if (m_key->external) {
        return Error(ErrorCode::NotSupported, Text::tr("a key held in a TPM signs whole messages only"));
    }
    if (digest32.size() != 32) {
        return Error(ErrorCode::InvalidInput,
                     Text::tr("a digest must be 32 bytes, got %1").arg(digest32.size()));
    }
    // No signature digest is set on the context, so OpenSSL signs the 32 bytes as they are.
    ossl::PkeyCtx ctx(EVP_PKEY_CTX_new(m_key->pkey.get(), nullptr));
    if (!ctx || EVP_PKEY_sign_init(ctx.get()) != 1) {
        return cryptoError(QT_TRANSLATE_NOOP("ws", "OpenSSL could not start signing"));
    }
    const auto* data = reinterpret_cast<const unsigned char*>(digest32.constData());
    size_t length = 0;
    if (EVP_PKEY_sign(ctx.get(), nullptr, &length, data, 32) != 1) {
        return cryptoError(QT_TRANSLATE_NOOP("ws", "OpenSSL could not sign"));
    }
    QByteArray der(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char*>(der.data()), &length, data, 32) != 1) {
        return cryptoError(QT_TRANSLATE_NOOP("ws", "OpenSSL could not sign"));
    }
    der.truncate(static_cast<qsizetype>(length));
    Result<QByteArray> raw = ecdsa::derToRaw(der);
    if (!raw) {
        return Error(ErrorCode::Crypto,
                     Text::tr("OpenSSL produced a malformed signature: %1").arg(raw.error().message));
    }
    return raw;
}

} // namespace ws

namespace ws {

Result<SecureBytes> P256KeyPair::ecdh(QByteArrayView peerPublicKeyHex) const {
    Result<ossl::Pkey> peer = ecpoint::publicKeyFromHex(peerPublicKeyHex);
    if (!peer)
        return peer.error();
    ossl::PkeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, m_key->pkey.get(), nullptr));
    size_t length = 0;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 ||
        EVP_PKEY_derive_set_peer(ctx.get(), peer->get()) != 1 ||
        EVP_PKEY_derive(ctx.get(), nullptr, &length) != 1 || length != 32)
        return Error(ErrorCode::Crypto,
                     QCoreApplication::translate("ws", "OpenSSL could not derive an ECDH secret"));
    QByteArray secret(32, Qt::Uninitialized);
    if (EVP_PKEY_derive(ctx.get(), reinterpret_cast<unsigned char*>(secret.data()), &length) != 1) {
        secureWipe(secret);
        return Error(ErrorCode::Crypto,
                     QCoreApplication::translate("ws", "OpenSSL could not derive an ECDH secret"));
    }
    return SecureBytes::takeAndWipe(secret);
}

} // namespace ws
