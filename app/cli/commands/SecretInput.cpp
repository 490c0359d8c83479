#include "SecretInput.h"

#include "Text.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace ws::cli {

namespace {

constexpr qsizetype kMaxKeyFileBytes = 4096;

bool isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Reads at most `maxBytes` + 1 so an oversized input is detected without reading all of it.
Result<QByteArray> readAll(QFile& file, qsizetype maxBytes, const QString& name) {
    QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        secureWipe(data);
        return Error(ErrorCode::InvalidInput, Text::tr("Cannot read %1: %2.").arg(name, file.errorString()));
    }
    if (data.size() > maxBytes) {
        secureWipe(data);
        return Error(ErrorCode::InvalidInput,
                     Text::tr("%1 is larger than %2 bytes.").arg(name).arg(maxBytes));
    }
    return data;
}

} // namespace

Result<SecureBytes> normalizePrivateKeyHex(QByteArray& text, const QString& sourceName) {
    // Work in place on `text` so no unwiped copy of the key is left behind.
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && QChar::isSpace(uchar(text[begin])))
        ++begin;
    while (end > begin && QChar::isSpace(uchar(text[end - 1])))
        --end;
    if (end - begin >= 2 && text[begin] == '0' && (text[begin + 1] == 'x' || text[begin + 1] == 'X'))
        begin += 2;
    const qsizetype length = end - begin;
    Error error;
    bool ok = true;
    if (length == 0) {
        ok = false;
        error = Error(
            ErrorCode::InvalidInput,
            Text::tr("%1 is empty; it must contain the API private key as 64 hex digits.").arg(sourceName));
    } else if (length != 64) {
        ok = false;
        error = Error(
            ErrorCode::InvalidInput,
            Text::tr("%1 does not hold an API private key: expected 64 hex digits, found %2 characters.")
                .arg(sourceName)
                .arg(length));
    } else {
        for (qsizetype i = begin; i < end; ++i) {
            if (!isHexDigit(text[i])) {
                ok = false;
                error = Error(ErrorCode::InvalidInput,
                              Text::tr("%1 does not hold an API private key: it contains "
                                       "a character that is not a hex digit.")
                                  .arg(sourceName));
                break;
            }
            if (text[i] >= 'A' && text[i] <= 'F')
                text[i] = char(text[i] - 'A' + 'a');
        }
    }
    SecureBytes result = ok ? SecureBytes(QByteArrayView(text).sliced(begin, length)) : SecureBytes();
    secureWipe(text);
    if (!ok)
        return error;
    return result;
}

Result<SecureBytes> readPrivateKeyHex(const QString& path) {
    QFile file;
    QString name;
    if (path == QLatin1String("-")) {
        name = Text::tr("Standard input");
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error(ErrorCode::InvalidInput,
                         Text::tr("Cannot read the API private key from standard input."));
    } else {
        name = Text::tr("The API private key file '%1'").arg(path);
        file.setFileName(path);
        if (QFileInfo(path).isDir())
            return Error(ErrorCode::InvalidInput, Text::tr("%1 is a directory.").arg(name));
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::InvalidInput,
                         Text::tr("Cannot read %1: %2.").arg(name, file.errorString()));
    }
    Result<QByteArray> data = readAll(file, kMaxKeyFileBytes, name);
    if (!data)
        return data.error();
    return normalizePrivateKeyHex(data.value(), name);
}

Result<QByteArray> normalizePublicKeyHex(const QString& text) {
    QByteArray key = text.trimmed().toLatin1().toLower();
    if (key.startsWith("0x"))
        key.remove(0, 2);
    bool hex = !key.isEmpty();
    for (const char c : std::as_const(key))
        hex = hex && isHexDigit(c);
    if (key.size() != 66 || !hex || !(key.startsWith("02") || key.startsWith("03")))
        return Error(
            ErrorCode::InvalidInput,
            Text::tr(
                "The API public key must be a compressed P-256 key: 66 hex digits starting with 02 or 03."));
    return key;
}

Result<QByteArray> readArgumentOrStdin(const QString& argument, qsizetype maxBytes) {
    if (argument != QLatin1String("-")) {
        const QByteArray value = argument.trimmed().toUtf8();
        if (value.size() > maxBytes)
            return Error(ErrorCode::InvalidInput,
                         Text::tr("The argument is larger than %1 bytes.").arg(maxBytes));
        return value;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error(ErrorCode::InvalidInput, Text::tr("Cannot read standard input."));
    Result<QByteArray> data = readAll(in, maxBytes, Text::tr("Standard input"));
    if (!data)
        return data.error();
    return data.value().trimmed();
}

} // namespace ws::cli
