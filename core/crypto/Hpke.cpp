#include "Hpke.h"

#include "Ecdsa.h"
#include "Encoding.h"
#include "P256KeyPair.h"
#include "Text.h"

#include <QCoreApplication>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace ws::hpke {

namespace {

constexpr quint16 kKemP256 = 0x0010;
constexpr quint16 kKdfHkdfSha256 = 0x0001;
constexpr quint16 kAeadAes256Gcm = 0x0002;
constexpr int kNonceLength = 12;
constexpr int kTagLength = 16;

QByteArray be16(quint16 v) {
    QByteArray out(2, Qt::Uninitialized);
    out[0] = char(v >> 8);
    out[1] = char(v & 0xff);
    return out;
}

QByteArray kemSuite() {
    return QByteArrayLiteral("KEM") + be16(kKemP256);
}

QByteArray hpkeSuite(quint16 aeadId) {
    return QByteArrayLiteral("HPKE") + be16(kKemP256) + be16(kKdfHkdfSha256) + be16(aeadId);
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data) {
    // An empty HKDF salt is HashLen zero bytes (RFC 5869 §2.2): the same HMAC key once padded.
    static const QByteArray zeros(32, '\0');
    const QByteArrayView k = key.isEmpty() ? QByteArrayView(zeros) : key;
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), k.data(), int(k.size()), reinterpret_cast<const unsigned char*>(data.data()),
         size_t(data.size()), out, &length);
    return QByteArray(reinterpret_cast<const char*>(out), int(length));
}

QByteArray labeledExtract(QByteArrayView salt, const QByteArray& suite, QByteArrayView label,
                          QByteArrayView ikm) {
    return hmacSha256(
        salt, QByteArray(QByteArrayLiteral("HPKE-v1") + suite + label.toByteArray() + ikm.toByteArray()));
}

QByteArray labeledInfo(const QByteArray& suite, QByteArrayView label, QByteArrayView info, int length) {
    return be16(quint16(length)) + QByteArrayLiteral("HPKE-v1") + suite + label.toByteArray() +
           info.toByteArray();
}

// HKDF-Expand for at most one block (every length here is <= 32).
QByteArray expand(QByteArrayView prk, QByteArrayView info, int length) {
    return hmacSha256(prk, QByteArray(info.toByteArray() + '\x01')).left(length);
}

QByteArray keyScheduleContext(quint16 aeadId, QByteArrayView info) {
    const QByteArray suite = hpkeSuite(aeadId);
    return QByteArray(1, '\0') + labeledExtract({}, suite, "psk_id_hash", {}) +
           labeledExtract({}, suite, "info_hash", info);
}

Error cryptoError(const QString& what) {
    return Error(ErrorCode::Crypto, what);
}

} // namespace

QByteArray kemSharedSecret(QByteArrayView dh, QByteArrayView enc, QByteArrayView recipientUncompressed) {
    const QByteArray prk = labeledExtract({}, kemSuite(), "eae_prk", dh);
    const QByteArray kemContext = enc.toByteArray() + recipientUncompressed.toByteArray();
    return expand(prk, labeledInfo(kemSuite(), "shared_secret", kemContext, 32), 32);
}

KeySchedule keySchedule(QByteArrayView sharedSecret, QByteArrayView info, quint16 aeadId, int keyLength) {
    const QByteArray suite = hpkeSuite(aeadId);
    const QByteArray context = keyScheduleContext(aeadId, info);
    QByteArray secret = labeledExtract(sharedSecret, suite, "secret", {});
    QByteArray key = expand(secret, labeledInfo(suite, "key", context, keyLength), keyLength);
    KeySchedule schedule{
        SecureBytes::takeAndWipe(key),
        expand(secret, labeledInfo(suite, "base_nonce", context, kNonceLength), kNonceLength)};
    secureWipe(secret);
    return schedule;
}

QByteArray turnkeyExpandInfo(QByteArrayView label, int length) {
    return labeledInfo(hpkeSuite(kAeadAes256Gcm), label, keyScheduleContext(kAeadAes256Gcm, kTurnkeyInfo),
                       length);
}

namespace {

Result<QByteArray> aesGcm(bool encrypt, const SecureBytes& key, const QByteArray& nonce, QByteArrayView aad,
                          QByteArrayView input) {
    if (!encrypt && input.size() < kTagLength)
        return cryptoError(Text::tr("the HPKE ciphertext is shorter than its tag"));
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                        &EVP_CIPHER_CTX_free);
    const auto* k = reinterpret_cast<const unsigned char*>(key.constData());
    const auto* iv = reinterpret_cast<const unsigned char*>(nonce.constData());
    const qsizetype bodyLength = encrypt ? input.size() : input.size() - kTagLength;
    QByteArray out(bodyLength + (encrypt ? kTagLength : 0), Qt::Uninitialized);
    int length = 0;
    bool ok = ctx && EVP_CipherInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, k, iv, encrypt ? 1 : 0) == 1;
    ok = ok && EVP_CipherUpdate(ctx.get(), nullptr, &length,
                                reinterpret_cast<const unsigned char*>(aad.data()), int(aad.size())) == 1;
    ok = ok && EVP_CipherUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &length,
                                reinterpret_cast<const unsigned char*>(input.data()), int(bodyLength)) == 1;
    if (ok && !encrypt) {
        QByteArray tag = input.sliced(bodyLength).toByteArray();
        ok = EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagLength, tag.data()) == 1;
    }
    int finalLength = 0;
    ok = ok && EVP_CipherFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + length,
                                  &finalLength) == 1;
    if (ok && encrypt)
        ok = EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagLength, out.data() + bodyLength) == 1;
    if (!ok) {
        secureWipe(out);
        return cryptoError(encrypt ? Text::tr("OpenSSL could not encrypt with AES-256-GCM")
                                   : Text::tr("the HPKE ciphertext does not decrypt with this key"));
    }
    return out;
}

} // namespace

Result<Sealed> sealWith(const P256KeyPair& ephemeral, QByteArrayView recipientPublicKeyHex,
                        QByteArrayView plaintext) {
    Result<QByteArray> recipientHex = ecdsa::uncompressPublicKeyHex(recipientPublicKeyHex);
    if (!recipientHex)
        return recipientHex.error();
    Result<QByteArray> recipient = encoding::fromHex(*recipientHex);
    Result<QByteArray> enc = encoding::fromHex(ephemeral.uncompressedPublicKeyHex());
    if (!recipient || !enc)
        return cryptoError(Text::tr("a public key is not hex"));
    Result<SecureBytes> dh = ephemeral.ecdh(*recipientHex);
    if (!dh)
        return dh.error();
    QByteArray shared = kemSharedSecret(dh->view(), *enc, *recipient);
    const KeySchedule schedule = keySchedule(shared, kTurnkeyInfo, kAeadAes256Gcm, 32);
    secureWipe(shared);
    Result<QByteArray> ciphertext =
        aesGcm(true, schedule.key, schedule.baseNonce, QByteArray(*enc + *recipient), plaintext);
    if (!ciphertext)
        return ciphertext.error();
    return Sealed{*enc, *ciphertext};
}

Result<Sealed> seal(QByteArrayView recipientPublicKeyHex, QByteArrayView plaintext) {
    Result<P256KeyPair> ephemeral = P256KeyPair::generate();
    if (!ephemeral)
        return ephemeral.error();
    return sealWith(*ephemeral, recipientPublicKeyHex, plaintext);
}

Result<SecureBytes> open(const P256KeyPair& recipient, QByteArrayView encappedPublic,
                         QByteArrayView ciphertext) {
    if (encappedPublic.size() != 65 || encappedPublic.front() != '\x04')
        return Error(ErrorCode::InvalidInput,
                     Text::tr("the encapsulated key is not an uncompressed P-256 point"));
    Result<SecureBytes> dh = recipient.ecdh(encoding::toHex(encappedPublic));
    if (!dh)
        return dh.error();
    Result<QByteArray> recipientKey = encoding::fromHex(recipient.uncompressedPublicKeyHex());
    if (!recipientKey)
        return recipientKey.error();
    QByteArray shared = kemSharedSecret(dh->view(), encappedPublic, *recipientKey);
    const KeySchedule schedule = keySchedule(shared, kTurnkeyInfo, kAeadAes256Gcm, 32);
    secureWipe(shared);
    Result<QByteArray> plain = aesGcm(false, schedule.key, schedule.baseNonce,
                                      QByteArray(encappedPublic.toByteArray() + *recipientKey), ciphertext);
    if (!plain)
        return plain.error();
    return SecureBytes::takeAndWipe(plain.value());
}

} // namespace ws::hpke
