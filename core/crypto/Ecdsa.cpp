#include "Ecdsa.h"

#include "EcPoint.h"
#include "Encoding.h"
#include "Text.h"

#include <QCoreApplication>
#include <openssl/sha.h>

namespace ws::ecdsa {

namespace {

constexpr qsizetype kScalarBytes = 32;

Error invalid(const QString& message) {
    return Error(ErrorCode::InvalidInput, message);
}

Error doesNotVerify() {
    return Error(ErrorCode::Unauthorized, Text::tr("signature does not verify"));
}

// One DER INTEGER holding a positive value of at most 32 bytes, minimally encoded.
// Appends the value, left-padded to 32 bytes, to `raw`; advances `pos`.
Result<void> readInteger(QByteArrayView der, qsizetype& pos, const char* name, QByteArray& raw) {
    if (pos + 2 > der.size() || static_cast<unsigned char>(der[pos]) != 0x02) {
        return invalid(Text::tr("DER signature: expected an INTEGER for %1").arg(QLatin1String(name)));
    }
    const auto length = static_cast<unsigned char>(der[pos + 1]);
    pos += 2;
    if (length == 0 || length > 0x7f || pos + length > der.size()) {
        return invalid(Text::tr("DER signature: bad length for %1").arg(QLatin1String(name)));
    }
    QByteArrayView value = der.sliced(pos, length);
    pos += length;
    if (static_cast<unsigned char>(value[0]) & 0x80) {
        return invalid(Text::tr("DER signature: %1 is negative").arg(QLatin1String(name)));
    }
    if (value.size() > 1 && value[0] == 0 && !(static_cast<unsigned char>(value[1]) & 0x80)) {
        return invalid(Text::tr("DER signature: %1 has a superfluous leading zero").arg(QLatin1String(name)));
    }
    if (value[0] == 0) {
        value = value.sliced(1);
    }
    if (value.size() > kScalarBytes) {
        return invalid(Text::tr("DER signature: %1 is longer than 32 bytes").arg(QLatin1String(name)));
    }
    bool allZero = true;
    for (char c : value) {
        allZero = allZero && c == 0;
    }
    if (allZero) {
        return invalid(Text::tr("DER signature: %1 is zero").arg(QLatin1String(name)));
    }
    raw.append(QByteArray(kScalarBytes - value.size(), '\0'));
    raw.append(value.constData(), value.size());
    return {};
}

void appendInteger(QByteArray& out, QByteArrayView scalar) {
    qsizetype start = 0;
    while (start < scalar.size() - 1 && scalar[start] == 0) {
        ++start;
    }
    QByteArrayView value = scalar.sliced(start);
    const bool needsZero = static_cast<unsigned char>(value[0]) & 0x80;
    out.append('\x02');
    out.append(static_cast<char>(value.size() + (needsZero ? 1 : 0)));
    if (needsZero) {
        out.append('\0');
    }
    out.append(value.constData(), value.size());
}

bool isZero(QByteArrayView bytes) {
    for (char c : bytes) {
        if (c != 0) {
            return false;
        }
    }
    return true;
}

} // namespace

QByteArray sha256(QByteArrayView data) {
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(data.constData(), static_cast<size_t>(data.size()),
               reinterpret_cast<unsigned char*>(out.data()), &length, EVP_sha256(), nullptr);
    return out;
}

Result<QByteArray> derToRaw(QByteArrayView der) {
    // r and s are at most 33 bytes each, so the SEQUENCE length always fits the short form.
    if (der.size() < 8 || static_cast<unsigned char>(der[0]) != 0x30) {
        return invalid(Text::tr("DER signature: not an ECDSA SEQUENCE"));
    }
    const auto length = static_cast<unsigned char>(der[1]);
    if (length > 0x7f || length + 2 != der.size()) {
        return invalid(
            Text::tr("DER signature: the SEQUENCE length does not match the %1 bytes given").arg(der.size()));
    }
    QByteArray raw;
    raw.reserve(2 * kScalarBytes);
    qsizetype pos = 2;
    if (Result<void> r = readInteger(der, pos, "r", raw); !r) {
        return r.error();
    }
    if (Result<void> s = readInteger(der, pos, "s", raw); !s) {
        return s.error();
    }
    if (pos != der.size()) {
        return invalid(Text::tr("DER signature: trailing bytes after s"));
    }
    return raw;
}

Result<QByteArray> rawToDer(QByteArrayView raw) {
    if (raw.size() != 2 * kScalarBytes) {
        return invalid(Text::tr("a raw P-256 signature must be 64 bytes (r||s), got %1").arg(raw.size()));
    }
    const QByteArrayView r = raw.first(kScalarBytes);
    const QByteArrayView s = raw.sliced(kScalarBytes);
    if (isZero(r) || isZero(s)) {
        return invalid(Text::tr("raw signature has a zero r or s"));
    }
    QByteArray body;
    appendInteger(body, r);
    appendInteger(body, s);
    QByteArray der;
    der.append('\x30');
    der.append(static_cast<char>(body.size()));
    der.append(body);
    return der;
}

Result<void> verifyDer(QByteArrayView publicKeyHex, QByteArrayView message, QByteArrayView derSignature) {
    Result<ossl::Pkey> key = ecpoint::publicKeyFromHex(publicKeyHex);
    if (!key) {
        return key.error();
    }
    if (Result<QByteArray> wellFormed = derToRaw(derSignature); !wellFormed) {
        return wellFormed.error();
    }
    ossl::MdCtx ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key->get()) != 1) {
        return Error(ErrorCode::Crypto, Text::tr("OpenSSL could not start a signature check"));
    }
    const int rc = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char*>(derSignature.constData()),
        static_cast<size_t>(derSignature.size()), reinterpret_cast<const unsigned char*>(message.constData()),
        static_cast<size_t>(message.size()));
    if (rc != 1) {
        return doesNotVerify();
    }
    return {};
}

Result<void> verifyDigestRaw(QByteArrayView publicKeyHex, QByteArrayView digest32,
                             QByteArrayView rawSignature) {
    if (digest32.size() != SHA256_DIGEST_LENGTH) {
        return invalid(Text::tr("a digest must be 32 bytes, got %1").arg(digest32.size()));
    }
    Result<ossl::Pkey> key = ecpoint::publicKeyFromHex(publicKeyHex);
    if (!key) {
        return key.error();
    }
    Result<QByteArray> der = rawToDer(rawSignature);
    if (!der) {
        return der.error();
    }
    ossl::PkeyCtx ctx(EVP_PKEY_CTX_new(key->get(), nullptr));
    if (!ctx || EVP_PKEY_verify_init(ctx.get()) != 1) {
        return Error(ErrorCode::Crypto, Text::tr("OpenSSL could not start a signature check"));
    }
    const int rc = EVP_PKEY_verify(
        ctx.get(), reinterpret_cast<const unsigned char*>(der->constData()), static_cast<size_t>(der->size()),
        reinterpret_cast<const unsigned char*>(digest32.constData()), static_cast<size_t>(digest32.size()));
    if (rc != 1) {
        return doesNotVerify();
    }
    return {};
}

Result<QByteArray> uncompressPublicKeyHex(QByteArrayView publicKeyHex) {
    ossl::Group group = ecpoint::p256Group();
    Result<ossl::Point> point = ecpoint::decodeHex(group.get(), publicKeyHex);
    if (!point) {
        return point.error();
    }
    const QByteArray encoded = ecpoint::encode(group.get(), point->get(), false);
    if (encoded.isEmpty()) {
        return Error(ErrorCode::Crypto, Text::tr("OpenSSL could not encode a public key"));
    }
    return encoding::toHex(encoded);
}

Result<QByteArray> compressPublicKeyHex(QByteArrayView publicKeyHex) {
    ossl::Group group = ecpoint::p256Group();
    Result<ossl::Point> point = ecpoint::decodeHex(group.get(), publicKeyHex);
    if (!point) {
        return point.error();
    }
    const QByteArray encoded = ecpoint::encode(group.get(), point->get(), true);
    if (encoded.isEmpty()) {
        return Error(ErrorCode::Crypto, Text::tr("OpenSSL could not encode a public key"));
    }
    return encoding::toHex(encoded);
}

} // namespace ws::ecdsa
