#include "Encoding.h"

#include <QCoreApplication>

namespace ws::encoding {

namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

int base64UrlValue(char c) {
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '-') {
        return 62;
    }
    if (c == '_') {
        return 63;
    }
    return -1;
}

Error invalid(const char* message) {
    return Error(ErrorCode::InvalidInput, QCoreApplication::translate("ws", message));
}

QString describeChar(char c) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x21 && u < 0x7f) {
        return QStringLiteral("'%1'").arg(QLatin1Char(c));
    }
    return QStringLiteral("byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
}

} // namespace

QByteArray toHex(QByteArrayView bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    QByteArray out(bytes.size() * 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        out[2 * i] = kDigits[b >> 4];
        out[2 * i + 1] = kDigits[b & 0x0f];
    }
    return out;
}

Result<QByteArray> fromHex(QByteArrayView hex) {
    if (hex.size() % 2 != 0) {
        return invalid("hex text has an odd number of characters");
    }
    QByteArray out(hex.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        const int hi = hexValue(hex[i]);
        const int lo = hexValue(hex[i + 1]);
        if (hi < 0 || lo < 0) {
            const qsizetype at = hi < 0 ? i : i + 1;
            return Error(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("ws", "hex text has an invalid character %1 at position %2")
                    .arg(describeChar(hex[at]))
                    .arg(at));
        }
        out[i / 2] = static_cast<char>((hi << 4) | lo);
    }
    return out;
}

QByteArray toBase64Url(QByteArrayView bytes) {
    return QByteArray(bytes.constData(), bytes.size())
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<QByteArray> fromBase64Url(QByteArrayView text) {
    qsizetype dataLength = text.size();
    qsizetype padding = 0;
    while (dataLength > 0 && text[dataLength - 1] == '=') {
        --dataLength;
        ++padding;
    }
    if (padding > 0) {
        // Padding is optional, but when present it must be exactly what the length calls for.
        if (padding > 2 || text.size() % 4 != 0) {
            return invalid("base64url text has wrong padding");
        }
    }
    if (dataLength % 4 == 1) {
        return invalid("base64url text has an impossible length");
    }
    if (padding > 0 && (dataLength % 4) + padding != 4) {
        return invalid("base64url text has wrong padding");
    }

    QByteArray out;
    out.reserve(dataLength * 3 / 4);
    quint32 accumulator = 0;
    int bits = 0;
    for (qsizetype i = 0; i < dataLength; ++i) {
        const char c = text[i];
        const int v = base64UrlValue(c);
        if (v < 0) {
            if (c == '+' || c == '/') {
                return Error(ErrorCode::InvalidInput,
                             QCoreApplication::translate(
                                 "ws", "text is standard base64 (%1 at position %2), not base64url")
                                 .arg(describeChar(c))
                                 .arg(i));
            }
            return Error(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("ws", "base64url text has an invalid character %1 at position %2")
                    .arg(describeChar(c))
                    .arg(i));
        }
        accumulator = (accumulator << 6) | static_cast<quint32>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((accumulator >> bits) & 0xff));
        }
    }
    return out;
}

} // namespace ws::encoding
