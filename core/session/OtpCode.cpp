#include "session/OtpCode.h"

namespace ws::otp {

QString normalizeCode(const QString& typed, int length, bool alphanumeric) {
    QString code;
    for (const QChar c : typed) {
        if (c.unicode() >= 128)
            continue; // codes are ASCII: a full-width digit or a look-alike letter is not one
        if (c.isDigit())
            code.append(c);
        else if (alphanumeric && c.isLetter())
            code.append(c.toUpper());
    }
    return length > 0 ? code.left(length) : code;
}

} // namespace ws::otp
